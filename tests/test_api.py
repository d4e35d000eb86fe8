"""The notebook API (kg/api.py): SPARQL into DataFrames, named queries, the network, paths,
evidence, inline maps, and adding documents to a build.

Most tests use the hand-checked fixture ``tests/fixtures/mini.trig``; adding documents uses a copy
of the session's seed build.
"""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest

from kg import KnowledgeGraph
from kg.api import Changes, MapView, diff_networks, recorded_inputs, to_python, use_cjk_font
from kg.errors import KGError

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
KGR = "https://w3id.org/innokg/id/"
BAIMA = KGR + "laboratory/bai-ma-hu-shi-yan-shi"
ZJU = KGR + "university/zhe-jiang-da-xue"
BUAA = KGR + "university/bei-jing-hang-kong-hang-tian-da-xue"


@pytest.fixture(scope="module")
def g() -> KnowledgeGraph:
    return KnowledgeGraph.from_file(FIXTURE)


# --- SPARQL ---------------------------------------------------------------------------------

def test_sparql_select_gives_a_dataframe_with_python_values(g):
    df = g.sparql("SELECT ?name ?pos WHERE { ?t kg:position ?pos ; kg:tierLabel ?name } ORDER BY ?pos")
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == ["name", "pos"]
    assert df["pos"].tolist() == [0, 1, 2, 3]  # xsd:integer → int, not text
    assert df["name"][2] == "产业创新研究院"


def test_sparql_fills_parameters_and_needs_no_prefix_lines(g):
    df = g.sparql("SELECT ?e WHERE { ?e skos:prefLabel $name }", name='"浙江大学"@zh')
    assert df["e"].tolist() == [ZJU]
    df = g.sparql("SELECT ?label WHERE { $e skos:prefLabel ?label FILTER(lang(?label) = 'en') }",
                  e="kgr:university/zhe-jiang-da-xue")
    assert df["label"].tolist() == ["Zhejiang University"]


def test_sparql_ask_and_construct(g):
    assert g.sparql("ASK { ?l a kg:Laboratory }") is True
    assert g.sparql("ASK { ?l a kg:Nothing }") is False
    triples = g.sparql("CONSTRUCT { ?l a kg:Laboratory } WHERE { ?l a kg:Laboratory }")
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert triples["subject"].tolist() == [BAIMA]


def test_bad_sparql_and_updates_are_clear_errors(g):
    with pytest.raises(KGError, match=r"^E201 "):
        g.sparql("SELECT ?x WHERE { ?x ")
    with pytest.raises(KGError, match=r"^E207 "):
        g.sparql("INSERT DATA { <x:a> <x:b> <x:c> }")


def test_to_python_keeps_lexical_form_of_ill_typed_numbers():
    assert to_python(ox.Literal("abc", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))) == "abc"
    assert to_python(ox.Literal("0.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))) == 0.5
    assert to_python(None) is None


# --- named queries ------------------------------------------------------------------------

def test_named_query_with_default_and_given_parameters(g):
    default = g.query("co-builders")  # lab defaults to 白马湖实验室
    assert set(default["orgName"]) == {"浙江省能源集团", "浙江大学", "西湖大学"}
    same = g.query("co-builders", lab="白马湖实验室")
    pd.testing.assert_frame_equal(default, same)


def test_named_query_numbers_are_numbers(g):
    tiers = g.query("platform-tiers")
    assert tiers["declared"].dropna().astype(int).tolist() == [1, 2, 6]
    assert tiers["named"].tolist() == [1, 2, 2, 0]
    assert g.query("most-connected", n=3).shape[0] == 3  # an int parameter is passed as a number


def test_named_query_errors(g):
    with pytest.raises(KGError, match=r"^E202 no named query 'nope'"):
        g.query("nope")
    with pytest.raises(KGError, match=r"^E210 "):
        g.query("co-builders", laboratory="白马湖实验室")


def test_catalogue_lists_every_named_query():
    from kg.query import load_catalogue

    cat = KnowledgeGraph.queries()
    assert set(cat["name"]) == set(load_catalogue())
    assert cat.set_index("name").loc["co-builders", "params"].startswith("lab=")
    assert "白马湖实验室" in cat.set_index("name").loc["co-builders", "params"]


# --- counts, network, entities --------------------------------------------------------------

def test_counts(g):
    c = g.counts()
    assert c["documents"] == 4
    assert c["entities"] == 27 == g.network().number_of_nodes()
    assert c["entities_by_type"]["PlatformTier"] == 4
    assert c["entities_by_type"]["Laboratory"] == 1  # counted once, under its main type
    assert c["facts"] == sum(c["facts_by_predicate"].values())
    assert c["quads"] == len(g.store)


def test_network_is_cached_and_carries_attributes(g):
    G = g.network()
    assert G is g.network()
    assert G.nodes[BAIMA]["type"] == "Laboratory"
    assert G.nodes[BAIMA]["label_en"] == "Baima Lake Laboratory"
    assert G.has_edge(BAIMA, ZJU, key="coBuiltBy")
    assert G.edges[BAIMA, ZJU, "coBuiltBy"]["evidence_count"] >= 1
    assert g.network(refresh=True) is not G


def test_entities_table(g):
    unis = g.entities("University")
    assert set(unis["label_zh"]) == {"浙江大学", "北京航空航天大学", "西湖大学"}
    assert len(g.entities()) == 27


def test_find_by_alias_and_unknown_name(g):
    assert g.find("北航") == BUAA
    assert g.find("Zhejiang University") == ZJU
    with pytest.raises(KGError, match=r"^E401 no entity named '白马实验室'; did you mean: 白马湖实验室"):
        g.find("白马实验室")


def test_path_between_two_entities(g):
    hops = g.path("浙江大学", "西湖大学")
    assert hops["from"].iloc[0] == "浙江大学" and hops["to"].iloc[-1] == "西湖大学"
    # consecutive hops chain, and each hop is a fact of the graph in the direction shown
    assert hops["to_iri"].iloc[:-1].tolist() == hops["from_iri"].iloc[1:].tolist()
    G = g.network()
    for hop in hops.to_dict("records"):
        s, o = (hop["from_iri"], hop["to_iri"]) if hop["direction"] == "→" else (hop["to_iri"], hop["from_iri"])
        assert G.has_edge(s, o, key=hop["relation"])


def test_path_when_not_connected_is_empty_not_an_error():
    s = ox.Store()
    s.load(input="""
    @prefix kg: <https://w3id.org/innokg/ontology#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    <https://w3id.org/innokg/graph/entities> {
      <https://w3id.org/innokg/id/university/a> a kg:University ; skos:prefLabel "甲大学"@zh .
      <https://w3id.org/innokg/id/enterprise/b> a kg:Enterprise ; skos:prefLabel "乙公司"@zh . }
    """, format=ox.RdfFormat.TRIG)
    hops = KnowledgeGraph.from_store(s).path("甲大学", "乙公司")
    assert hops.empty and "relation" in hops.columns


def test_evidence_behind_a_fact(g):
    ev = g.evidence("白马湖实验室", "coBuiltBy", "浙江大学")
    assert len(ev) >= 1
    assert all("浙江大学" in t for t in ev["text"])
    assert set(ev["objectName"]) == {"浙江大学"}
    # subject and object may be given by IRI too (what a Changes row holds)
    by_iri = g.evidence(BAIMA, "coBuiltBy", ZJU)
    pd.testing.assert_frame_equal(ev, by_iri)


# --- maps ---------------------------------------------------------------------------------

def _remote_refs(page: str) -> set[str]:
    return set(re.findall(r"""(?:src|href)\s*=\s*["']?\s*((?:https?:)?//[^"'\s>]+)""", page, re.I))


def test_platform_system_map_is_inline_and_offline(g):
    m = g.map("platform-system")
    assert isinstance(m, MapView)
    assert m.nodes >= 4 + 1  # the system and its four tiers at least
    assert _remote_refs(m.html) == set()
    inline = m._repr_html_()
    assert inline.startswith("<iframe srcdoc=")
    # the whole page is escaped into the attribute: no raw tag can end it early
    srcdoc = re.match(r'<iframe srcdoc="([^"]*)"', inline).group(1)
    assert html.unescape(srcdoc) == m.html
    assert "白马湖实验室" in m.html


@pytest.mark.browser
def test_inline_map_draws_inside_its_iframe_without_requests(g, tmp_path):
    """What Jupyter does with the map: put the iframe into a page. It must draw, offline."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("no Debian chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    m = g.map("platform-system")
    cell = tmp_path / "cell.html"
    cell.write_text("<!doctype html><html><body>" + m._repr_html_() + "</body></html>", encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox"], headless=True)
        try:
            page = browser.new_page()
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(cell.as_uri())
            frame = next(f for f in page.frames if f != page.main_frame)
            frame.wait_for_function("document.body && document.body.dataset.ready === 'true'", timeout=30_000)
            assert int(frame.evaluate("document.body.dataset.nodeCount")) == m.nodes
            assert frame.evaluate("kgMap.firstDrawMs") > 0
            assert [u for u in requests if not u.startswith(("file:", "about:", "data:"))] == []
        finally:
            browser.close()


def test_map_of_names_and_of_a_subgraph(g, tmp_path):
    two = g.map(["白马湖实验室", "浙江大学"], depth=0)
    assert (two.nodes, two.edges) == (2, 1)
    ego = g.map("白马湖实验室", depth=1)
    assert ego.nodes == nx.ego_graph(g.network(), BAIMA, radius=1, undirected=True).number_of_nodes() > 2
    H = nx.MultiDiGraph(g.network().subgraph([BAIMA, ZJU, BUAA]))
    sub = g.map(H, title="三个实体")
    assert sub.nodes == 3 and sub.title == "三个实体"
    out = sub.save(tmp_path / "m.html")
    assert out.read_text(encoding="utf-8") == sub.html
    with pytest.raises(KGError, match=r"^E401 "):
        g.map("没有这个实体")


def test_map_escapes_hostile_labels():
    s = ox.Store()
    s.load(input="""
    @prefix kg: <https://w3id.org/innokg/ontology#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    <https://w3id.org/innokg/graph/entities> {
      <https://w3id.org/innokg/id/enterprise/x> a kg:Enterprise ;
          skos:prefLabel "</script><img src=x onerror=alert(1)>\\"'"@zh . }
    """, format=ox.RdfFormat.TRIG)
    m = KnowledgeGraph.from_store(s).map()
    assert "<img src=x" not in m.html
    assert "<img" not in m._repr_html_() and "onerror=alert(1)>\"" not in m._repr_html_()


def test_use_cjk_font_sets_a_font_that_exists():
    import matplotlib
    from matplotlib import font_manager

    found = use_cjk_font()
    if found is None:
        pytest.skip("no CJK font installed (Debian fonts-noto-cjk)")
    assert matplotlib.rcParams["font.sans-serif"][0] == found
    assert found in {f.name for f in font_manager.fontManager.ttflist}


# --- opening and errors ----------------------------------------------------------------------

def test_open_without_build_is_e101(tmp_path):
    with pytest.raises(KGError, match=r"^E101 "):
        KnowledgeGraph.open(tmp_path / "nothing")


def test_from_file_errors(tmp_path):
    with pytest.raises(KGError, match=r"^E001 "):
        KnowledgeGraph.from_file(tmp_path / "missing.trig")
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(KGError, match=r"^E104 "):
        KnowledgeGraph.from_file(bad)


def test_add_documents_needs_a_build_directory(g, tmp_path):
    with pytest.raises(KGError, match=r"^E601 "):
        g.add_documents([tmp_path])


# --- diffing ----------------------------------------------------------------------------------

def test_diff_networks_reports_entities_facts_aliases_and_evidence():
    before, after = nx.MultiDiGraph(), nx.MultiDiGraph()
    before.add_node("u", type="University", label_zh="甲大学", aliases="", document_count=1)
    before.add_node("gone", type="Zone", label_zh="旧区", aliases="", document_count=1)
    before.add_edge("u", "gone", key="locatedIn", evidence_count=1)
    after.add_node("u", type="University", label_zh="甲大学", aliases="甲大", document_count=2)
    after.add_node("e", type="Enterprise", label_zh="乙公司", aliases="", document_count=1)
    after.add_edge("e", "u", key="foundedBy", evidence_count=1)
    before.add_edge("u", "u2", key="cooperatesWith", evidence_count=1)
    after.add_edge("u", "u2", key="cooperatesWith", evidence_count=3)
    for G in (before, after):
        G.nodes["u2"].update(type="University", label_zh="丙大学", aliases="", document_count=1)
    c = diff_networks(before, after)
    assert c.new_entities["label_zh"].tolist() == ["乙公司"]
    assert c.removed_entities["label_zh"].tolist() == ["旧区"]
    assert c.new_facts[["subject", "predicate", "object"]].values.tolist() == [["乙公司", "foundedBy", "甲大学"]]
    assert c.removed_facts["predicate"].tolist() == ["locatedIn"]
    assert c.more_evidence["evidence_count"].tolist() == [3]
    assert c.new_aliases[["label_zh", "alias"]].values.tolist() == [["甲大学", "甲大"]]
    assert "new entities: 1" in c.summary() and "aliases merged into existing entities: 1" in c.summary()


def test_empty_changes_have_columns():
    c = Changes()
    assert "subject" in c.new_facts.columns and "iri" in c.new_entities.columns
    assert "documents added: 0" in repr(c)


def test_recorded_inputs_finds_relative_paths_or_says_which_is_missing(tmp_path):
    doc = tmp_path / "docs" / "a.txt"
    doc.parent.mkdir()
    doc.write_text("x", encoding="utf-8")
    build = tmp_path / "build"
    manifest = {"documents": [{"path": "docs/a.txt", "doc_id": "1"}]}
    assert recorded_inputs(build, manifest) == [doc.resolve()]  # relative to the build's parent folder
    with pytest.raises(KGError, match=r"^E602 docs/b.txt: "):
        recorded_inputs(build, {"documents": [{"path": "docs/b.txt", "doc_id": "2"}]})
    assert recorded_inputs(build, {"documents": [{"path": "elsewhere/a.txt", "file": str(doc)}]}) == [doc]


# --- adding documents to a real build (slow: each add rebuilds the seed graph) -------------

NEW_DOCUMENT = """杭州云栖智能科技有限公司成立于2021年,总部位于杭州高新区(滨江)。
2023年,浙江大学与杭州云栖智能科技有限公司共建智能传感联合实验室。
"""


@pytest.mark.slow
def test_add_documents_rebuilds_and_reports_what_changed(seed_build, tmp_path):
    work = tmp_path / "build"
    shutil.copytree(seed_build, work)
    doc = tmp_path / "mine" / "yunqi.txt"
    doc.parent.mkdir()
    doc.write_text(NEW_DOCUMENT, encoding="utf-8")

    g = KnowledgeGraph.open(work)
    before_counts, before_net = g.counts(), g.network()
    changes = g.add_documents([doc], maps=False)

    assert [Path(d["path"]).name for d in changes.documents] == ["yunqi.txt"]
    assert changes.skipped == []
    after_counts, after_net = g.counts(), g.network()
    assert after_counts["documents"] == before_counts["documents"] + 1
    assert len(g.manifest["documents"]) == before_counts["documents"] + 1
    # the diff is exactly the difference of the two networks
    assert set(changes.new_entities["iri"]) == set(after_net) - set(before_net)
    assert set(changes.removed_entities["iri"]) == set(before_net) - set(after_net)
    new_facts = {(s, p, o) for s, o, p in after_net.edges(keys=True)} - \
                {(s, p, o) for s, o, p in before_net.edges(keys=True)}
    assert set(zip(changes.new_facts["subject_iri"], changes.new_facts["predicate"],
                   changes.new_facts["object_iri"])) == new_facts
    assert len(changes.new_entities) >= 1  # a document naming a new company adds at least one entity
    # entities that only the new document mentions list it among their documents
    title = changes.documents[0]["title"]
    for iri in changes.new_entities["iri"]:
        assert title in after_net.nodes[iri]["documents"]

    # the same file again: skipped (same content) and, the build being deterministic, nothing changes
    again = g.add_documents([doc], maps=False)
    assert again.documents == [] and again.skipped and again.skipped[0]["error"].startswith("E107 ")
    assert again.new_entities.empty and again.removed_entities.empty
    assert again.new_facts.empty and again.removed_facts.empty and again.new_aliases.empty


def test_add_documents_missing_file_changes_nothing(seed_build, tmp_path):
    g = KnowledgeGraph.open(seed_build)
    quads = len(g.store)
    with pytest.raises(KGError, match=r"^E001 "):
        g.add_documents([tmp_path / "no-such.txt"])
    assert len(g.store) == quads
