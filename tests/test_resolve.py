"""Entity resolution: lexicon, abbreviations, context expansion, must-not-merge guards, order."""
from __future__ import annotations

import random

import pytest

from kg.extract import LEARNED_COMPONENTS, Extractor
from kg.ingest import document_from_text
from kg.records import DocExtraction, Mention
from kg.resolve import expand_gov_abbreviation, is_subsequence, policy_key, resolve


@pytest.fixture(scope="module")
def ex() -> Extractor:
    # the rules alone: what the learned models change is tested in test_entity_model.py and
    # test_relation_model.py
    return Extractor.load(exclude=LEARNED_COMPONENTS)


def doc_with(text: str, spans: list[tuple[str, str]], path="a.txt", source="t") -> DocExtraction:
    """A DocExtraction whose mentions are the given (surface, type) pairs, found in ``text``."""
    d = document_from_text(text, path=path)
    ms, pos = [], 0
    for surface, typ in spans:
        i = d.norm.index(surface, pos)
        s, e = d.to_original(i, i + len(surface))
        ms.append(Mention(d.doc_id, s, e, surface, typ, 0, source=source))
        pos = i + len(surface)
    return DocExtraction(d, ms)


def entity_of(res, ext, surface):
    m = next(m for m in ext.mentions if m.surface == surface)
    return res.entity_of(m)


def test_lexicon_aliases_map_to_the_canonical_name():
    ext = doc_with("浙大与北航合作。", [("浙大", "University"), ("北航", "University")])
    r = resolve([ext])
    assert entity_of(r, ext, "浙大").canonical == "浙江大学"
    assert entity_of(r, ext, "北航").canonical == "北京航空航天大学"
    assert "浙大" in entity_of(r, ext, "浙大").aliases


def test_known_abbreviation_inside_a_longer_name_is_expanded():
    ext = doc_with("浙大宁波研究院揭牌。", [("浙大宁波研究院", "ResearchInstitute")])
    r = resolve([ext])
    e = entity_of(r, ext, "浙大宁波研究院")
    assert e.canonical == "浙江大学宁波研究院" and "浙大宁波研究院" in e.aliases


def test_short_form_merges_into_its_unique_full_form_across_documents():
    a = doc_with("复旦大学宁波创新研究院成立。", [("复旦大学宁波创新研究院", "ResearchInstitute")], path="a.txt")
    b = doc_with("复旦宁研院开展合作。", [("复旦宁研院", "ResearchInstitute")], path="b.txt")
    r = resolve([a, b])
    assert entity_of(r, b, "复旦宁研院").key == entity_of(r, a, "复旦大学宁波创新研究院").key


def test_a_zones_body_is_one_whether_its_zone_is_written_short_or_in_full():
    a = doc_with("青禾经济技术开发区管委会发布通知。", [("青禾经济技术开发区管委会", "GovernmentBody")], path="a.txt")
    b = doc_with("青禾经开区管委会召开会议。", [("青禾经开区管委会", "GovernmentBody")], path="b.txt")
    c = doc_with("青禾高新区管委会召开会议。", [("青禾高新区管委会", "GovernmentBody")], path="c.txt")
    r = resolve([a, b, c])
    assert entity_of(r, b, "青禾经开区管委会").key == entity_of(r, a, "青禾经济技术开发区管委会").key
    # the same place's other zone has a body of its own
    assert entity_of(r, c, "青禾高新区管委会").key != entity_of(r, a, "青禾经济技术开发区管委会").key


def test_ambiguous_short_form_stays_separate():
    a = doc_with("宁波智能研究院和宁波材料研究院。",
                 [("宁波智能研究院", "ResearchInstitute"), ("宁波材料研究院", "ResearchInstitute")])
    b = doc_with("宁研院举办论坛。", [("宁研院", "ResearchInstitute")], path="b.txt")
    r = resolve([a, b])
    assert entity_of(r, b, "宁研院").canonical == "宁研院"


def test_city_abbreviation_is_expanded_from_the_documents_context():
    text = "宁波市推进改革。宁波各区县落实。市发改委牵头,省经信厅配合。"
    ext = doc_with(text, [("市发改委", "GovernmentBody"), ("省经信厅", "GovernmentBody")])
    r = resolve([ext])
    assert entity_of(r, ext, "市发改委").canonical == "宁波市发展和改革委员会"
    assert entity_of(r, ext, "省经信厅").canonical == "浙江省经济和信息化厅"


def test_expand_gov_abbreviation_with_an_explicit_place():
    assert expand_gov_abbreviation(__import__("kg.extract.resources", fromlist=["x"]).load_resources(),
                                   "温州市科技局", None) == "温州市科学技术局"


def test_institute_is_not_its_parent_university():
    ext = doc_with("北京航空航天大学与北京航空航天大学杭州创新研究院。",
                   [("北京航空航天大学", "University"), ("北京航空航天大学杭州创新研究院", "ResearchInstitute")])
    r = resolve([ext])
    assert entity_of(r, ext, "北京航空航天大学").key != entity_of(r, ext, "北京航空航天大学杭州创新研究院").key


def test_sibling_universities_sharing_characters_stay_apart():
    # 北京大学 is a subsequence of 北京航空航天大学, but both end in the full class word
    ext = doc_with("北京大学和北京科技大学。", [("北京大学", "University"), ("北京科技大学", "University")])
    r = resolve([ext])
    assert entity_of(r, ext, "北京大学").key != entity_of(r, ext, "北京科技大学").key


def test_lab_named_after_a_lake_is_not_the_lake(ex):
    d = document_from_text("以钱江湾命名的省实验室揭牌成立。钱江湾风景优美。", path="lake.txt")
    ext = ex.extract(d)
    r = resolve([ext])
    lab = next(e for e in r.entities.values() if e.type == "Laboratory")
    lake = next(e for e in r.entities.values() if e.type == "Zone")
    assert lab.canonical == "钱江湾实验室" and lake.canonical == "钱江湾"
    assert "钱江湾" not in lab.aliases


def test_deictics_never_become_entities(ex):
    d = document_from_text("这家省实验室由宁波港务集团牵头。我局将支持该研究院。", path="d.txt")
    r = resolve([ex.extract(d)])
    names = {e.canonical for e in r.entities.values()} | {a for e in r.entities.values() for a in e.aliases}
    assert not any(n.startswith(("这家", "我局", "该")) for n in names)


def test_policy_titles_differing_in_drafts_and_dashes_are_one_policy():
    assert policy_key("《杭州市条例(修订)》") == policy_key("杭州市条例")
    assert policy_key("行动方案(2023 年-2026 年)") == policy_key("行动方案(2023年—2026年)")


def test_programme_with_and_without_its_kind_word_is_one_entity():
    a = doc_with("开展“海聚英才”计划。", [("“海聚英才”计划", "Initiative")], source="quoted+kind")
    b = doc_with("深化“海聚英才”行动。", [("“海聚英才”行动", "Initiative")], path="b.txt", source="quoted+kind")
    r = resolve([a, b])
    assert entity_of(r, a, "“海聚英才”计划").key == entity_of(r, b, "“海聚英才”行动").key


def test_industry_with_and_without_chanye_is_one_entity():
    a = doc_with("发展海洋装备产业。", [("海洋装备产业", "Industry")])
    b = doc_with("海洋装备加快发展。", [("海洋装备", "Industry")], path="b.txt")
    r = resolve([a, b])
    assert entity_of(r, a, "海洋装备产业").key == entity_of(r, b, "海洋装备").key


def test_result_is_independent_of_document_order(ex):
    texts = [
        "浙大宁波研究院由浙江大学共建。市科技局支持。宁波市推进。",
        "浙江大学宁波研究院聚焦集成电路产业。",
        "复旦大学宁波创新研究院成立,复旦宁研院开展合作。",
        "以钱江湾命名的省实验室揭牌成立。",
    ]
    exts = [ex.extract(document_from_text(t, path=f"{i}.txt")) for i, t in enumerate(texts)]
    base = resolve(exts)
    for seed in range(3):
        shuffled = exts[:]
        random.Random(seed).shuffle(shuffled)
        r = resolve(shuffled)
        assert r.entities.keys() == base.entities.keys()
        assert {k: (e.canonical, sorted(e.aliases)) for k, e in r.entities.items()} == \
               {k: (e.canonical, sorted(e.aliases)) for k, e in base.entities.items()}
        assert r.mention_entity == base.mention_entity


def test_is_subsequence():
    assert is_subsequence("北航杭研院", "北航杭州创新研究院")
    assert not is_subsequence("杭北院", "北航杭州创新研究院")


def test_zone_short_and_full_forms_are_one_zone():
    a = doc_with("合肥高新区获评示范园区。", [("合肥高新区", "Zone")], path="a.txt")
    b = doc_with("合肥国家高新技术产业开发区成立于1991年。", [("合肥国家高新技术产业开发区", "Zone")], path="b.txt")
    r = resolve([a, b])
    assert entity_of(r, a, "合肥高新区").key == entity_of(r, b, "合肥国家高新技术产业开发区").key


def test_zones_of_different_cities_stay_apart():
    a = doc_with("合肥高新区与沈阳高新区合作。", [("合肥高新区", "Zone"), ("沈阳高新区", "Zone")])
    r = resolve([a])
    assert entity_of(r, a, "合肥高新区").key != entity_of(r, a, "沈阳高新区").key


def test_name_with_its_province_in_front_is_the_same_entity():
    a = doc_with("湖北东湖科学城加快建设,东湖科学城已集聚多家机构。",
                 [("湖北东湖科学城", "Zone"), ("东湖科学城", "Zone")])
    r = resolve([a])
    assert entity_of(r, a, "东湖科学城").key == entity_of(r, a, "湖北东湖科学城").key


def test_institute_with_its_parent_in_front_is_the_same_institute_but_not_the_parent():
    a = doc_with("中国科学院量子信息与量子科技创新研究院即量子信息与量子科技创新研究院。",
                 [("中国科学院", "ResearchInstitute"), ("量子信息与量子科技创新研究院", "ResearchInstitute"),
                  ("量子信息与量子科技创新研究院", "ResearchInstitute")])
    b = doc_with("中国科学院量子信息与量子科技创新研究院揭牌。",
                 [("中国科学院量子信息与量子科技创新研究院", "ResearchInstitute")], path="b.txt")
    r = resolve([a, b])
    inst = entity_of(r, b, "中国科学院量子信息与量子科技创新研究院")
    assert entity_of(r, a, "量子信息与量子科技创新研究院").key == inst.key
    assert entity_of(r, a, "中国科学院").key != inst.key


def test_national_ministry_short_forms_resolve_to_the_ministry():
    ext = doc_with("国家发展改革委和人社部联合发文。",
                   [("国家发展改革委", "GovernmentBody"), ("人社部", "GovernmentBody")])
    r = resolve([ext])
    assert entity_of(r, ext, "国家发展改革委").canonical == "国家发展和改革委员会"
    assert entity_of(r, ext, "人社部").canonical == "中华人民共和国人力资源和社会保障部"


def _resolve_texts(texts_and_mentions):
    """Resolve hand-made mentions of several documents: [(text, [(surface, type), ...]), ...]."""
    from kg.ingest import document_from_text
    from kg.records import DocExtraction, Mention
    from kg.resolve import resolve

    exts = []
    for i, (text, wanted) in enumerate(texts_and_mentions):
        doc = document_from_text(text, path=f"doc{i}.txt")
        mentions = []
        for surface, typ in wanted:
            at = doc.norm.index(surface)
            start, end = doc.to_original(at, at + len(surface))
            mentions.append(Mention(doc.doc_id, start, end, surface, typ, doc.sentence_at(start).index))
        exts.append(DocExtraction(doc, mentions))
    resolution = resolve(exts)
    return [[resolution.entity_of(m).canonical if resolution.entity_of(m) else None for m in ex.mentions]
            for ex in exts]


def test_a_bare_level_government_is_this_documents_city_and_never_merged_across_documents():
    got = _resolve_texts([
        ("北京市加快科技创新。市人民政府应当支持中关村建设。北京市各区落实。", [("市人民政府", "GovernmentBody")]),
        ("上海市推进科创中心建设。市人民政府统筹协调。上海市浦东新区先行先试。", [("市人民政府", "GovernmentBody")]),
        ("各级政府应当支持创新。区人民政府负责本辖区工作。", [("区人民政府", "GovernmentBody")]),
    ])
    assert got == [["北京市人民政府"], ["上海市人民政府"], [None]]


def test_a_place_less_short_form_in_another_citys_document_is_not_the_lexicon_entity():
    got = _resolve_texts([
        ("北京市昌平区的未来科技城聚集了一批央企研发机构。北京市支持其发展。", [("未来科技城", "Zone")]),
        ("杭州市余杭区的未来科技城是杭州城西科创大走廊的核心。", [("未来科技城", "Zone")]),
    ])
    assert got == [["北京未来科技城"], ["杭州未来科技城"]]


def test_an_organisations_place_is_part_of_its_name_not_where_the_document_must_be():
    # 北京… names a university's institute that sits in Hangzhou; 中国… is at home in every city
    got = _resolve_texts([
        ("杭州市滨江区支持北航杭州创新研究院建设。", [("北航杭州创新研究院", "ResearchInstitute")]),
        ("合肥市依托中科院量子信息与量子科技创新研究院建设科学中心。",
         [("中科院量子信息与量子科技创新研究院", "ResearchInstitute")]),
    ])
    assert got == [["北京航空航天大学杭州创新研究院"], ["中国科学院量子信息与量子科技创新研究院"]]


def test_a_name_without_its_parent_or_number_prefix_is_the_full_name():
    got = _resolve_texts([
        ("青岛市支持山东大学青岛校区建设。青岛校区位于即墨区。", [("山东大学青岛校区", "University"), ("青岛校区", "University")]),
        ("滨江实施“5151创业陪跑计划”。创业陪跑计划已服务百家企业。",
         [("5151创业陪跑计划", "Initiative"), ("创业陪跑计划", "Initiative")]),
    ])
    assert got == [["山东大学青岛校区", "山东大学青岛校区"], ["5151创业陪跑计划", "5151创业陪跑计划"]]


def test_expand_party_committee_written_with_its_prefix():
    from kg.extract.resources import load_resources

    res = load_resources()
    assert expand_gov_abbreviation(res, "中共深圳市委", None) == "中共深圳市委员会"
    assert expand_gov_abbreviation(res, "深圳市委", None) == "中共深圳市委员会"


def test_a_district_written_after_its_city_is_also_called_by_its_own_name(ex):
    # 杭州市萧山区 is also 萧山区 (an altLabel): a gold or a query by the short name finds it
    ext = ex.extract(document_from_text("杭州市萧山区与企业签约。", path="a.txt"))
    res = resolve([ext])
    ent = entity_of(res, ext, "杭州市萧山区")
    assert "萧山区" in ent.aliases


def test_district_short_form_needs_a_known_city_and_a_known_district():
    from kg.extract.resources import load_resources
    from kg.resolve import district_short_form

    res = load_resources()
    assert district_short_form(res, "杭州市萧山区") == "萧山区"
    assert district_short_form(res, "杭州高新区") == ""  # 高新 is no district
    assert district_short_form(res, "萧山区") == ""


def test_a_title_is_also_known_without_the_body_that_issues_it():
    title = "《湖南省人民政府关于设立湖南宁乡经济开发区的批复》"
    ext = doc_with(title + "印发。", [(title, "Policy")])
    e = entity_of(resolve([ext]), ext, title)
    assert "关于设立湖南宁乡经济开发区的批复" in e.aliases
    # a title with no issuer in front gets no such alias
    ext = doc_with("《关于设立湖南宁乡经济开发区的批复》印发。", [("《关于设立湖南宁乡经济开发区的批复》", "Policy")])
    e = entity_of(resolve([ext]), ext, "《关于设立湖南宁乡经济开发区的批复》")
    assert all(not a.startswith("于") for a in e.aliases)


def test_a_zone_written_short_is_also_known_by_its_official_full_name():
    ext = doc_with("玉溪国家高新区和曲靖省级高新区获批。", [("玉溪国家高新区", "Zone"), ("曲靖省级高新区", "Zone")])
    res = resolve([ext])
    assert "玉溪国家高新技术产业开发区" in entity_of(res, ext, "玉溪国家高新区").aliases
    # 省级 is no part of an official name
    assert "曲靖高新技术产业开发区" in entity_of(res, ext, "曲靖省级高新区").aliases


def test_a_bare_level_body_is_named_by_its_place_but_the_bare_form_is_no_label():
    # 市政府 names the city's government in this document only: not a label of the body
    ext = doc_with("石家庄市召开会议,市政府部署。", [("市政府", "GovernmentBody")])
    ent = entity_of(resolve([ext]), ext, "市政府")
    assert ent.canonical == "石家庄市人民政府" and "市政府" not in ent.aliases


def test_a_district_body_is_named_with_its_city_and_also_without_it():
    ext = doc_with("萧山区召开会议,区委部署,萧山区各部门和杭州市滨江区政府参加。",
                   [("区委", "GovernmentBody"), ("杭州市滨江区政府", "GovernmentBody")])
    res = resolve([ext])
    party = entity_of(res, ext, "区委")
    assert party.canonical == "中共杭州市萧山区委员会" and "中共萧山区委员会" in party.aliases
    assert entity_of(res, ext, "杭州市滨江区政府").canonical == "杭州市滨江区人民政府"


def test_a_city_body_is_not_merged_into_its_county_s():
    ext = doc_with("嘉兴市工商联和嘉善县工商联联合举办。",
                   [("嘉兴市工商联", "GovernmentBody"), ("嘉善县工商联", "GovernmentBody")])
    res = resolve([ext])
    city, county = entity_of(res, ext, "嘉兴市工商联"), entity_of(res, ext, "嘉善县工商联")
    assert city.key != county.key
    assert city.canonical == "嘉兴市工商业联合会" and county.canonical == "嘉兴市嘉善县工商业联合会"


def test_a_bare_district_body_needs_the_texts_district_at_that_level():
    # 区人民政府 in a text about 浦东新区 (a new area) is no district's government
    ext = doc_with("浦东新区召开会议。浦东新区人民政府部署,区人民政府负责本辖区工作。",
                   [("区人民政府", "GovernmentBody")])
    assert entity_of(resolve([ext]), ext, "区人民政府") is None
    # a place inside a longer one (津市 in 天津市) is not the text's district
    ext = doc_with("天津市推进科创。市、区人民政府应当优先保障。", [("区人民政府", "GovernmentBody")])
    assert entity_of(resolve([ext]), ext, "区人民政府") is None
    # the district written bare (萧山) or with 区 still names the body
    ext = doc_with("萧山经开区召开会议,萧山各部门参加,区委部署。", [("区委", "GovernmentBody")])
    assert entity_of(resolve([ext]), ext, "区委").canonical == "中共杭州市萧山区委员会"


def test_a_local_party_congress_takes_the_documents_province():
    from kg.extract import Extractor
    from kg.ingest import document_from_text
    from kg.resolve import resolve

    ex = Extractor.load()
    ext = ex.extract(document_from_text("江西省人民政府印发通知。认真落实省第十五次党代会部署。", path="a.txt"))
    events = {e.canonical for e in resolve([ext]).entities.values() if e.type == "Event"}
    assert "中国共产党江西省第十五次代表大会" in events
    # with no province in the text, a bare 省第N次党代会 names no one congress
    ext = ex.extract(document_from_text("认真落实省第十五次党代会部署。", path="b.txt"))
    assert not [e for e in resolve([ext]).entities.values() if e.type == "Event"]


def test_a_county_departments_short_form_is_the_department_written_in_full():
    # 县科技局 in a text about 新和县 expands like 区科技局 does, so it is one body with 新和县科学技术局
    from kg.extract import Extractor
    from kg.ingest import document_from_text
    from kg.resolve import resolve

    ext = Extractor.load().extract(document_from_text("新和县科学技术局发布通知。县科技局负责实施。", path="c.txt"))
    bodies = [e for e in resolve([ext]).entities.values() if e.type == "GovernmentBody"]
    assert len(bodies) == 1 and bodies[0].canonical.endswith("新和县科学技术局")
