"""Each named query answers what it promises: on the hand-written mini graph (exact answers) and
on the graph built from the five seed documents (facts the seeds state plainly).

The seed graph comes from the extractor, which keeps improving, so seed assertions name only
robust facts (a lab's lead and co-builders as one sentence states them, tier members listed in
one sentence, …) and use "includes" rather than "equals" where more facts may legitimately appear.
"""
from __future__ import annotations

import pytest

from kg.query import run_query

MINI_POLICY = "关于支持杭州国家高新区建设世界领先科技园区的实施意见"


def rows(store, query_name, **params):
    return run_query(store, query_name, params).records()


def col(records, key):
    return [r[key] for r in records]


# ---------------------------------------------------------------- mini graph: exact answers


def test_mini_co_builders(mini_store):
    r = rows(mini_store, "co-builders")
    assert {(x["role"], x["orgName"]) for x in r} == {
        ("leads", "浙江省能源集团"), ("co-builds", "浙江大学"), ("co-builds", "西湖大学")}
    assert all(x["sentences"] == "1" for x in r)
    assert rows(mini_store, "co-builders", lab="浙大滨江研究院") == []


def test_mini_platform_tiers_declared_vs_named(mini_store):
    r = rows(mini_store, "platform-tiers")
    assert [(x["symbol"], x["declared"], x["named"]) for x in r] == [
        ("1", "1", "1"), ("2", "2", "2"), ("6", "6", "2"), ("N", None, "0")]


def test_mini_platform_members(mini_store):
    r = rows(mini_store, "platform-members")
    assert {(x["symbol"], x["memberName"]) for x in r} == {
        ("1", "极弱磁大科学设施"), ("2", "白马湖实验室"), ("2", "智能感知技术创新中心"),
        ("6", "浙江大学滨江研究院"), ("6", "北京航空航天大学杭州创新研究院")}
    lab = next(x for x in r if x["memberName"] == "白马湖实验室")
    assert set(lab["types"].split(", ")) == {"Laboratory", "ProvincialLaboratory"}


def test_mini_platform_systems(mini_store):
    [r] = rows(mini_store, "platform-systems")
    assert (r["formula"], r["tiers"], r["documents"]) == ("1+2+6+N", "4", "3")


def test_mini_tier_evidence(mini_store):
    r = rows(mini_store, "tier-evidence")
    lab = next(x for x in r if x["memberName"] == "白马湖实验室")
    assert lab["cue"] == "2个省级重点平台" and "白马湖实验室和智能感知技术创新中心2个省级重点平台" in lab["text"]


def test_mini_policies_by_issuer(mini_store):
    r = rows(mini_store, "policies-by-issuer", issuer="市发改委")  # an alias finds the body
    assert [x["policyName"] for x in r] == [MINI_POLICY]
    assert set(r[0]["supports"].split("、")) == {"白马湖实验室", "智能感知技术创新中心", "极弱磁大科学设施", "西湖论剑"}
    assert len(rows(mini_store, "policies-by-issuer")) == 2


def test_mini_policy_supports_and_supported_by(mini_store):
    assert {x["supportedName"] for x in rows(mini_store, "policy-supports")} == {
        "白马湖实验室", "智能感知技术创新中心", "极弱磁大科学设施", "西湖论剑"}
    assert col(rows(mini_store, "supported-by"), "supporterName") == [MINI_POLICY]


def test_mini_universities_cooperating(mini_store):
    r = rows(mini_store, "universities-cooperating")
    assert {(x["universityName"], x["how"]) for x in r} == {
        ("北京航空航天大学", "cooperates"), ("浙江大学", "cooperates"),
        ("浙江大学", "co-builds a platform"), ("西湖大学", "co-builds a platform")}


def test_mini_awards(mini_store):
    [r] = rows(mini_store, "awards")
    assert (r["winnerName"], r["awardName"]) == ("杭州高新区（滨江）", "科技创新鼎") and "科技创新鼎" in r["text"]


def test_mini_industries(mini_store):
    assert {(x["industryName"], x["actors"]) for x in rows(mini_store, "industries")} == {("智能物联", "1"), ("生物医药", "1")}
    r = rows(mini_store, "entities-by-industry", industry="生物医药")
    assert [(x["actorName"], x["types"]) for x in r] == [("两链迭代计划", "Initiative")]


def test_mini_documents_mentioning(mini_store):
    r = rows(mini_store, "documents-mentioning", name="白马湖实验室")
    assert {x["doc"][-16:] for x in r} == {"496028444a4f1fa6", "14e41b5ea05adff6"}


def test_mini_evidence(mini_store):
    r = rows(mini_store, "evidence", subject="白马湖实验室", predicate="coBuiltBy")
    assert {x["objectName"] for x in r} == {"浙江大学", "西湖大学"}
    assert all("联合浙江大学、西湖大学共建" in x["text"] and x["cue"] == "共建" for x in r)
    only = rows(mini_store, "evidence", subject="白马湖实验室", object="西湖大学")
    assert [x["objectName"] for x in only] == ["西湖大学"]


def test_mini_only_in_document(mini_store):
    r = rows(mini_store, "only-in-document", a="496028444a4f1fa6", b="14e41b5ea05adff6")
    names = set(col(r, "name"))
    assert {"浙江时迈药业有限公司", "孝作祥", "杭州晶华微电子股份有限公司"} <= names
    assert "白马湖实验室" not in names  # mentioned in both


def test_mini_document_entities(mini_store):
    r = rows(mini_store, "document-entities", doc="seeds/004")
    assert r[0]["mentions"] >= r[-1]["mentions"]
    assert {"白马湖实验室", "浙江时迈药业有限公司"} <= set(col(r, "name"))


def test_mini_most_connected(mini_store):
    r = rows(mini_store, "most-connected", n="3")
    assert len(r) == 3
    assert {"白马湖实验室", MINI_POLICY} <= set(col(r, "name"))
    assert r[0]["degree"] == "5"


def test_mini_entity_queries(mini_store):
    prof = rows(mini_store, "entity-profile", name="白马湖实验室")
    assert ("→", "https://w3id.org/innokg/ontology#ledBy", "浙江省能源集团") in {
        (x["direction"], x["predicate"], x["otherName"]) for x in prof}
    assert ("←", "https://w3id.org/innokg/ontology#supports", MINI_POLICY) in {
        (x["direction"], x["predicate"], x["otherName"]) for x in prof}
    found = {x["name"]: x["types"] for x in rows(mini_store, "entity-search", text="研究院")}
    assert {n for n, t in found.items() if "ResearchInstitute" in t} == {"浙江大学滨江研究院", "北京航空航天大学杭州创新研究院"}
    assert "“1+2+6+N”第3层:产业创新研究院" in found  # the tier's label contains 研究院 too
    aliases = {x["name"]: x["aliases"] for x in rows(mini_store, "aliases")}
    assert aliases["北京航空航天大学"] == "北航"
    co = rows(mini_store, "co-mentioned", name="白马湖实验室")
    assert "智能感知技术创新中心" in col(co, "otherName")
    assert "白马湖实验室" not in col(co, "otherName")


def test_mini_entity_types(mini_store):
    counts = {x["type"].rsplit("#", 1)[-1]: int(x["entities"]) for x in rows(mini_store, "entity-types")}
    assert counts["University"] == 3 and counts["PlatformTier"] == 4 and counts["Laboratory"] == 1


def test_mini_documents_and_timeline(mini_store):
    docs = rows(mini_store, "documents")
    assert len(docs) == 4
    draft = next(x for x in docs if x["kind"] == "policy-draft")
    assert draft["date"] == "2023-06-29" and draft["estimated"] == "false"
    tl = rows(mini_store, "timeline")
    assert col(tl, "date") == sorted(col(tl, "date"))
    assert {x["date"]: x["facts"] for x in tl}["2022-08"] == "11"


def test_mini_relations(mini_store):
    facts = rows(mini_store, "facts", predicate="ledBy")
    assert {(x["subjectName"], x["objectName"]) for x in facts} == {
        ("白马湖实验室", "浙江省能源集团"), ("浙江时迈药业有限公司", "孝作祥")}
    counts = {x["predicate"].rsplit("#", 1)[-1]: (x["facts"], x["evidence"]) for x in rows(mini_store, "relation-counts")}
    assert counts["memberOf"] == ("5", "5") and counts["coBuiltBy"] == ("2", "2")
    assert rows(mini_store, "facts-without-evidence") == []


def test_mini_low_confidence(mini_store):
    r = rows(mini_store, "low-confidence", below="0.8")
    conf = [float(x["confidence"]) for x in r]
    assert conf and all(c < 0.8 for c in conf) and conf == sorted(conf)
    assert r[0]["objectName"] == "西湖论剑"  # 0.6, the least confident fact


def test_mini_people_companies_bodies(mini_store):
    [lead] = rows(mini_store, "leaders")
    assert (lead["personName"], lead["orgName"]) == ("孝作祥", "浙江时迈药业有限公司") and "董事长" in lead["text"]
    ent = {x["name"]: x for x in rows(mini_store, "listed-enterprises")}
    assert ent["浙江时迈药业有限公司"]["leaders"] == "孝作祥"
    [body] = rows(mini_store, "government-bodies")
    assert (body["name"], body["policies"]) == ("杭州市发展和改革委员会", "1")
    assert rows(mini_store, "wikidata-links") == [
        {"name": "浙江大学", "wikidata": "http://www.wikidata.org/entity/Q197543", "types": "University"}]
    assert rows(mini_store, "founders") == [] and rows(mini_store, "incubated") == []
    assert rows(mini_store, "located-in") == []


def test_mini_labs_and_builders(mini_store):
    labs = {x["name"]: x for x in rows(mini_store, "labs-and-builders")}
    assert labs["白马湖实验室"]["leads"] == "浙江省能源集团"
    assert set(labs["白马湖实验室"]["coBuilders"].split("、")) == {"浙江大学", "西湖大学"}


def test_mini_is_related_and_neighbourhood(mini_store):
    assert run_query(mini_store, "is-related").boolean is True
    assert run_query(mini_store, "is-related", {"a": "白马湖实验室", "b": "孝作祥"}).boolean is False
    g = run_query(mini_store, "neighbourhood", {"name": "白马湖实验室"})
    spo = {(t.subject.value.rsplit("/", 1)[-1], t.predicate.value.rsplit("#", 1)[-1], t.object.value.rsplit("/", 1)[-1])
           for t in g.triples}
    assert ("bai-ma-hu-shi-yan-shi", "ledBy", "zhe-jiang-sheng-neng-yuan-ji-tuan") in spo
    assert ("bai-ma-hu-shi-yan-shi", "label", "白马湖实验室") in spo
    assert ("zhe-jiang-da-xue", "label", "浙江大学") in spo
    # only the entity and its neighbours, not the whole entities graph
    assert all(s != "hang-zhou-jiang-nan-ke-xue-cheng" for s, _, _ in spo)


# ---------------------------------------------------------------- seed graph: facts the seeds state


SEED_POLICY = "关于支持杭州国家高新区建设世界领先科技园区的实施意见"


def test_seed_co_builders(seed_store):
    """"这家省实验室由浙江省能源集团牵头,联合浙江大学、西湖大学共建" (2022-08 news)."""
    r = {(x["role"], x["orgName"]) for x in rows(seed_store, "co-builders", lab="白马湖实验室")}
    assert ("leads", "浙江省能源集团") in r
    assert {("co-builds", "浙江大学"), ("co-builds", "西湖大学")} <= r


def test_seed_platform_tiers_and_members(seed_store):
    tiers = rows(seed_store, "platform-tiers", formula="1+2+6+N")
    assert [(x["symbol"], x["declared"]) for x in tiers] == [("1", "1"), ("2", "2"), ("6", "6"), ("N", None)]
    members = {(x["symbol"], x["memberName"]) for x in rows(seed_store, "platform-members")}
    # "支持白马湖实验室和智能感知技术创新中心2个省级重点平台 … 提升浙江大学滨江研究院、北京航空航天大学杭州创新研究院等6个产业创新研究院"
    assert {("2", "白马湖实验室"), ("2", "智能感知技术创新中心"),
            ("6", "浙江大学滨江研究院"), ("6", "北京航空航天大学杭州创新研究院")} <= members
    named = {x["symbol"]: int(x["named"]) for x in tiers}
    assert named["2"] >= 2 and named["6"] >= 2
    ev = {x["memberName"]: x["text"] for x in rows(seed_store, "tier-evidence")}
    assert "2个省级重点平台" in ev["白马湖实验室"]


def test_seed_platform_systems(seed_store):
    systems = {x["formula"]: x for x in rows(seed_store, "platform-systems")}
    assert int(systems["1+2+6+N"]["documents"]) >= 3  # named in four of the five seeds


def test_seed_documents_and_timeline(seed_store):
    docs = rows(seed_store, "documents")
    assert len(docs) == 5
    assert any(x["date"] == "2023-06-29" and x["kind"] == "policy-draft" for x in docs)
    assert len(rows(seed_store, "timeline")) == 5
    mentioning = rows(seed_store, "documents-mentioning", name="白马湖实验室")
    assert len(mentioning) >= 3  # the 2022-08 news, the 2023-06 draft, the 2023 bureau report


def test_seed_evidence_behind_a_relation(seed_store):
    r = rows(seed_store, "evidence", subject="白马湖实验室", predicate="ledBy")
    assert any("浙江省能源集团牵头" in x["text"] for x in r)


def test_seed_policies(seed_store):
    issued = rows(seed_store, "policies-by-issuer", issuer="杭州市发展和改革委员会")
    assert SEED_POLICY in col(issued, "policyName")
    supported = {x["supportedName"] for x in rows(seed_store, "policy-supports") if x["policyName"] == SEED_POLICY}
    assert "白马湖实验室" in supported  # "大力支持白马湖实验室、省智能感知技术创新中心等重大平台载体建设"
    assert SEED_POLICY in col(rows(seed_store, "supported-by", name="白马湖实验室"), "supporterName")
    bodies = {x["name"]: int(x["policies"]) for x in rows(seed_store, "government-bodies")}
    assert bodies["杭州市发展和改革委员会"] >= 1


def test_seed_universities_cooperating(seed_store):
    r = {x["universityName"] for x in rows(seed_store, "universities-cooperating") if x["how"] == "cooperates"}
    assert {"北京航空航天大学", "浙江大学"} <= r  # "通过与北京航空航天大学、浙江大学等名校的合作"


def test_seed_awards(seed_store):
    r = {(x["winnerName"], x["awardName"]) for x in rows(seed_store, "awards")}
    assert ("杭州高新区(滨江)", "科技创新鼎") in r  # "连续三次获省“科技创新鼎”"


def test_seed_founders_and_incubation(seed_store):
    # "由北京航空航天大学、高新金投集团发起组建的杭州零磁医疗设备有限公司"
    founders = {(x["foundedName"], x["founderName"]) for x in rows(seed_store, "founders")}
    assert ("杭州零磁医疗设备有限公司", "北京航空航天大学") in founders
    incubators = col(rows(seed_store, "incubated"), "incubatorName")
    assert any("极弱磁" in (n or "") for n in incubators)  # the facility "诞下首枚“金蛋”"


def test_seed_people_and_companies(seed_store):
    leaders = {(x["personName"], x["orgName"]) for x in rows(seed_store, "leaders")}
    assert ("孝作祥", "浙江时迈药业有限公司") in leaders  # "浙江时迈药业有限公司董事长兼总经理孝作祥"
    assert "杭州晶华微电子股份有限公司" in col(rows(seed_store, "listed-enterprises", n="200"), "name")


def test_seed_industries(seed_store):
    names = col(rows(seed_store, "industries"), "industryName")
    assert any("生物医药" in n for n in names) and any("智能物联" in n for n in names)
    by_industry = rows(seed_store, "entities-by-industry")
    assert by_industry and all(x["industryName"] for x in by_industry)


def test_seed_entities(seed_store):
    counts = {x["type"].rsplit("#", 1)[-1]: int(x["entities"]) for x in rows(seed_store, "entity-types")}
    assert counts["University"] >= 3 and counts["Laboratory"] >= 1 and counts["PlatformSystem"] >= 1
    found = set(col(rows(seed_store, "entity-search", text="研究院"), "name"))
    assert {"浙江大学滨江研究院", "北京航空航天大学杭州创新研究院"} <= found
    aliases = {x["name"]: x["aliases"] for x in rows(seed_store, "aliases")}
    assert "北航" in aliases["北京航空航天大学"].split(" | ")
    prof = {(x["predicate"].rsplit("#", 1)[-1], x["otherName"]) for x in rows(seed_store, "entity-profile", name="白马湖实验室")}
    assert ("ledBy", "浙江省能源集团") in prof
    co = col(rows(seed_store, "co-mentioned", name="白马湖实验室"), "otherName")
    assert "智能感知技术创新中心" in co
    top = col(rows(seed_store, "most-connected", n="5"), "name")
    assert "杭州高新区(滨江)" in top
    assert run_query(seed_store, "is-related", {"a": "白马湖实验室", "b": "浙江省能源集团"}).boolean is True


def test_seed_documents_compared(seed_store):
    news = "2022-08-binjiang-international-second-climb-news"
    draft = "2023-06-hangzhou-ndrc-world-leading-science-park-opinions-draft"
    only = set(col(rows(seed_store, "only-in-document", a=news, b=draft), "name"))
    assert "浙江时迈药业有限公司" in only and "白马湖实验室" not in only
    ents = set(col(rows(seed_store, "document-entities", doc=news), "name"))
    assert {"白马湖实验室", "浙江时迈药业有限公司", "浙江省能源集团"} <= ents


def test_seed_relations_quality(seed_store):
    assert rows(seed_store, "facts-without-evidence") == []
    counts = {x["predicate"].rsplit("#", 1)[-1]: int(x["facts"]) for x in rows(seed_store, "relation-counts")}
    assert counts["memberOf"] >= 4
    led = {(x["subjectName"], x["objectName"]) for x in rows(seed_store, "facts", predicate="ledBy")}
    assert ("白马湖实验室", "浙江省能源集团") in led
    low = [float(x["confidence"]) for x in rows(seed_store, "low-confidence", below="1.01", n="1000")]
    assert low == sorted(low) and all(0 <= c <= 1 for c in low)


def test_seed_neighbourhood_is_a_graph(seed_store):
    g = run_query(seed_store, "neighbourhood", {"name": "白马湖实验室"})
    assert g.form == "graph" and len(g.triples) >= 5
    preds = {t.predicate.value.rsplit("#", 1)[-1] for t in g.triples}
    assert {"ledBy", "memberOf", "label", "type"} <= preds


@pytest.mark.parametrize("name", ["wikidata-links", "located-in", "stats-types", "stats-predicates", "stats-documents"])
def test_seed_other_queries_answer(seed_store, name):
    result = run_query(seed_store, name)
    assert result.form == "select"
    if name.startswith("stats-"):
        assert len(result) > 0
