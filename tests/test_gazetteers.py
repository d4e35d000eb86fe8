"""The domain gazetteers of ``kg/data/gazetteers/`` (and ``lexicon.jsonl``): well-formed data, loaded
with the lexicon, and found in text nobody tuned on (invented sentences about other zones)."""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from kg.extract.resources import DATA_DIR, load_resources
from kg.records import ENTITY_TYPES

GAZ_DIR = DATA_DIR / "gazetteers"
FILES = [DATA_DIR / "lexicon.jsonl", *sorted(GAZ_DIR.glob("*.jsonl"))]
GAZ_FILES = FILES[1:]


def _entries(path):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, json.loads(line)


ALL = [(p.name, n, o) for p in FILES for n, o in _entries(p)]


def test_gazetteer_files_exist():
    assert {p.stem for p in GAZ_FILES} >= {"zones", "government", "research", "universities",
                                            "enterprises", "programmes"}


@pytest.mark.parametrize("path", GAZ_FILES, ids=lambda p: p.name)
def test_entries_are_well_formed(path):
    for n, o in _entries(path):
        where = f"{path.name}:{n}"
        assert set(o) <= {"name", "type", "aliases", "en", "wikidata", "broader", "note"}, where
        assert o["type"] in ENTITY_TYPES, where
        assert o["type"] != "Industry", f"{where}: industries go to industries.txt (sector context check)"
        assert o["name"].strip() == o["name"] and len(o["name"]) >= 2, where
        assert isinstance(o["aliases"], list) and o["name"] not in o["aliases"], where
        assert len(set(o["aliases"])) == len(o["aliases"]), where
        assert o["en"].strip(), f"{where}: English label missing"
        assert not o.get("wikidata") or re.fullmatch(r"Q\d+", o["wikidata"]), where
        for a in o["aliases"]:
            # a one-character alias or a bare level word would match everywhere
            assert len(a) >= 2 and a not in ("高新区", "开发区", "新区", "实验室", "大学"), where
            assert "(" not in a or ")" in a, where  # half-width brackets, as the normaliser writes them


def test_no_surface_names_two_entities():
    """An alias shared by two entries is ignored by the matcher (ambiguous): none may be shared."""
    owners = defaultdict(set)
    for _, _, o in ALL:
        for s in (o["name"], *o.get("aliases", ())):
            owners[s].add((o["name"], o["type"]))
    shared = {s: v for s, v in owners.items() if len(v) > 1}
    assert not shared, shared


def test_canonical_names_are_unique_and_wikidata_ids_too():
    names = [o["name"] for _, _, o in ALL]
    assert len(names) == len(set(names))
    qids = [o["wikidata"] for _, _, o in ALL if o.get("wikidata")]
    dup = {q for q in qids if qids.count(q) > 1}
    assert not dup, dup


def test_gazetteers_are_loaded_with_the_lexicon():
    res = load_resources()
    for surface, name in [("东湖高新区", "武汉东湖新技术开发区"), ("松山湖高新区", "东莞松山湖高新技术产业开发区"),
                          ("中科院自动化所", "中国科学院自动化研究所"), ("北交大", "北京交通大学"),
                          ("工商总局", "国家工商行政管理总局"), ("进博会", "中国国际进口博览会")]:
        entry = res.lexicon_entry(surface)
        assert entry is not None and entry.name == name, surface


def test_industries_file_has_no_generic_words():
    res = load_resources()
    assert {"未来制造", "光芯屏端网", "先进制造业"} <= res.industries
    assert not res.industries & {"产业", "经济", "技术", "制造", "人工智能+"}


@pytest.fixture(scope="module")
def extractor():
    from kg.extract import Extractor

    return Extractor.load()


def _found(extractor, text):
    from kg.ingest import document_from_text

    ex = extractor.extract(document_from_text(text, path="invented.txt"))
    return {(m.surface, m.type) for m in ex.mentions}


# invented sentences (no document of any gold set): names a domain expert knows by heart
SENTENCES = [
    ("鹏城实验室、广州实验室和松山湖材料实验室参加了签约。",
     {("鹏城实验室", "Laboratory"), ("广州实验室", "Laboratory"), ("松山湖材料实验室", "Laboratory")}),
    ("华为、腾讯、比亚迪、宁德时代等龙头企业在园区设立研发中心。",
     {("华为", "Enterprise"), ("腾讯", "Enterprise"), ("比亚迪", "Enterprise"), ("宁德时代", "Enterprise")}),
    ("深圳市南山区、深圳湾科技生态园以及前海深港现代服务业合作区吸引大量企业。",
     {("深圳市南山区", "Zone"), ("深圳湾科技生态园", "Zone"), ("前海深港现代服务业合作区", "Zone")}),
    ("中科院自动化所与北交大、哈工程联合攻关。",
     {("中科院自动化所", "ResearchInstitute"), ("北交大", "University"), ("哈工程", "University")}),
    ("会议由国家外专局和中国贸促会联合主办,进博会期间发布。",
     {("国家外专局", "GovernmentBody"), ("中国贸促会", "GovernmentBody"), ("进博会", "Event")}),
    ("团队获得了国家技术发明奖,成员曾入选长江学者奖励计划。",
     {("国家技术发明奖", "Award"), ("长江学者奖励计划", "Initiative")}),
    ("高新区将重点布局未来制造、未来能源等方向,培育光芯屏端网产业集群。",
     {("未来制造", "Industry"), ("未来能源", "Industry")}),
]


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[s[:8] for s, _ in SENTENCES])
def test_unseen_sentences(extractor, text, expected):
    found = _found(extractor, text)
    assert expected <= found, expected - found


@pytest.mark.parametrize("text,absent", [
    ("上海大学生创新创业训练计划吸引了大批青年学生。", "上海大学"),  # 上海|大学生: a name ends where a word ends
    ("北京东路上新开了一家便利店。", "京东"),  # a two-character alias only as a whole word
    ("数字化改革的浪潮席卷而来,紫光照亮夜空。", "浪潮"),  # common words are no aliases
])
def test_names_inside_other_words_are_not_found(extractor, text, absent):
    assert absent not in {s for s, _ in _found(extractor, text)}
