"""Extraction: each pattern family on small texts that are not from the seed documents."""
from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.ingest import document_from_text
from kg.records import ENTITY_TYPES, PREDICATES


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.load()


def found(ex, text, **kw):
    doc = document_from_text(text, path="t.txt", **kw)
    return doc, ex.extract(doc)


def names(ext) -> dict[str, str]:
    """surface (or canonical when the rule names it) -> type"""
    return {(m.canonical or m.surface): m.type for m in ext.mentions}


# ------------------------------------------------------------------ interface
def test_mentions_point_into_the_original_text(ex):
    # full-width punctuation and a word broken across a blank line are normalised for matching,
    # but offsets still point into the original characters
    text = "近日，湖州市南太湖新区（东部）与苏州纳米技术研究院签订合作协议。"
    doc, ext = found(ex, text)
    assert ext.mentions
    for m in ext.mentions:
        assert m.type in ENTITY_TYPES
        assert doc.text[m.start : m.end].replace("（", "(").replace("）", ")") == m.surface
        assert 0 <= m.sentence < len(doc.sentences)
    for r in ext.relations:
        assert r.predicate in PREDICATES


def test_empty_and_punctuation_only_documents_extract_nothing(ex):
    _, ext = found(ex, "。。。!!")
    assert ext.mentions == [] and ext.relations == [] and ext.systems == []


# ------------------------------------------------------------------ morphology
@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("支持苏州纳米技术研究院开展攻关。", "苏州纳米技术研究院", "ResearchInstitute"),
        ("依托宁波材料研究所建设平台。", "宁波材料研究所", "ResearchInstitute"),
        ("提升钱江湾实验室能级。", "钱江湾实验室", "Laboratory"),
        ("推动温州医科大学加强合作。", "温州医科大学", "University"),
        ("由宁波港务集团投资建设。", "宁波港务集团", "Enterprise"),
        ("合肥芯睿微电子有限公司揭牌。", "合肥芯睿微电子有限公司", "Enterprise"),
        ("建设长三角绿色算力计算中心。", "长三角绿色算力计算中心", "Facility"),
        ("举办第五届江南数字创新大赛。", "第五届江南数字创新大赛", "Event"),
        ("入驻梧桐湾科技园。", "梧桐湾科技园", "Zone"),
    ],
)
def test_unseen_names_are_found_by_their_ending(ex, text, name, typ):
    _, ext = found(ex, text)
    assert names(ext).get(name) == typ, names(ext)


def test_left_edge_stops_at_verbs_prepositions_and_qualifiers(ex):
    _, ext = found(ex, "加快推动新建的苏州纳米技术研究院和宁波材料研究所建设。")
    got = names(ext)
    assert "苏州纳米技术研究院" in got and "宁波材料研究所" in got
    assert not any(n.startswith(("加快", "推动", "新建")) for n in got)


def test_generic_class_nouns_are_not_names(ex):
    _, ext = found(ex, "全区新增省级重点实验室3家、产业创新研究院2家和国家级孵化器1家。")
    assert not any(m.type in ("Laboratory", "ResearchInstitute", "InnovationPlatform")
                   for m in ext.mentions), names(ext)


def test_words_running_on_past_a_suffix_are_not_names(ex):
    # 大学生 is students, not a university
    _, ext = found(ex, "今年引进应届大学生2万人。")
    assert "University" not in names(ext).values()


def test_single_character_office_suffix_needs_a_place(ex):
    _, ext = found(ex, "嘉兴市数据局印发通知,企业总部和内部管理不变。")
    got = names(ext)
    assert got.get("嘉兴市数据局") == "GovernmentBody"
    assert not any(n.endswith(("总部", "内部")) for n in got)


def test_deictic_phrases_are_never_entities(ex):
    _, ext = found(ex, "该研究院由宁波港务集团牵头。我局将支持这家实验室发展。")
    got = names(ext)
    assert not any(n.startswith(("该", "这家", "我")) for n in got), got


# ------------------------------------------------------------------ policies, quotes, industries
def test_policy_titles_with_kinds(ex):
    doc, ext = found(ex, "市政府印发《嘉兴市促进数字经济发展若干措施(试行)》和《关于加快科创走廊建设的实施意见》。")
    pol = [m for m in ext.mentions if m.type == "Policy"]
    assert {m.canonical for m in pol} == {"嘉兴市促进数字经济发展若干措施(试行)", "关于加快科创走廊建设的实施意见"}


def test_bare_kind_title_refers_back_to_the_last_full_title(ex):
    _, ext = found(ex, "修订《温州高新技术产业开发区条例》。《条例》修订工作仍需推进。")
    pol = [m for m in ext.mentions if m.type == "Policy"]
    assert len(pol) == 2 and {m.canonical for m in pol} == {"温州高新技术产业开发区条例"}


def test_reports_in_titles_are_not_policies(ex):
    _, ext = found(ex, "在《2023江苏创新指数》报告中位列第一。")
    assert not [m for m in ext.mentions if m.type == "Policy"]


@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("深入实施“3060计划”。", "3060计划", "Initiative"),
        ("全力打造“江南芯谷”品牌。", "江南芯谷", "Initiative"),
        ("开展“创客天下”行动。", "创客天下行动", "Initiative"),
        ("连续三年获“科技进步鼎”。", "科技进步鼎", "Award"),
        ("推动“湾区之眼”产业综合体建设。", "湾区之眼产业综合体", "Facility"),
    ],
)
def test_quoted_programmes_brands_and_awards(ex, text, name, typ):
    _, ext = found(ex, text)
    assert names(ext).get(name) == typ, names(ext)


def test_counted_slogans_in_quotes_are_not_names(ex):
    _, ext = found(ex, "落实三个“一号工程”。")
    assert not ext.mentions


def test_industries_from_the_list_and_from_chanye(ex):
    _, ext = found(ex, "重点发展集成电路、生物医药等产业,培育海洋装备产业。")
    got = {n for n, t in names(ext).items() if t == "Industry"}
    assert {"集成电路", "生物医药", "海洋装备产业"} <= got


def test_people_next_to_titles_and_bylines(ex):
    _, ext = found(ex, "张三丰 李四海\n公司董事长王立新表示,陈建华院士到场。")
    people = {m.surface for m in ext.mentions if m.type == "Person"}
    assert {"张三丰", "李四海", "王立新", "陈建华"} <= people


def test_government_abbreviations_are_found(ex):
    _, ext = found(ex, "市发改委牵头会同省科技厅研究。")
    got = {m.surface for m in ext.mentions if m.type == "GovernmentBody"}
    assert {"市发改委", "省科技厅"} <= got


def test_short_form_defined_in_text_is_the_same_entity(ex):
    _, ext = found(ex, "设立嘉禾国家高新技术产业开发区(以下简称嘉禾高新区)。嘉禾高新区应当发展数字经济。")
    shorts = [m for m in ext.mentions if m.surface == "嘉禾高新区"]
    assert len(shorts) == 2
    assert all(m.canonical == "嘉禾国家高新技术产业开发区" for m in shorts)


def test_named_after_a_place_gives_two_entities(ex):
    _, ext = found(ex, "以钱江湾命名的省实验室揭牌成立。")
    got = names(ext)
    assert got.get("钱江湾实验室") == "Laboratory"
    assert got.get("钱江湾") == "Zone"


def test_awards_after_award_cues(ex):
    _, ext = found(ex, "该区获评首批全国数字乡村示范区,并被授予省级创新型园区称号。")
    awards = {m.surface for m in ext.mentions if m.type == "Award"}
    assert "全国数字乡村示范区" in awards
