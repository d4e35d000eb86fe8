"""Maps without a browser: which files, what each shows, offline, escaped, `kg map`, E401.

The browser behaviour (rendering, clicks, search, no requests, no script execution) is in
tests/test_maps_browser.py.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.errors import KGError
from kg.maps import build_maps, ego_map, views
from kg.maps.layout import compute_layout
from kg.network import entity_network

FIXTURES = Path(__file__).parent / "fixtures"
KGR = "https://w3id.org/innokg/id/"
PAYLOADS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def load(name: str) -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURES / name), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def store() -> ox.Store:
    return load("mini.trig")


@pytest.fixture(scope="module")
def G(store):
    return entity_network(store)


@pytest.fixture(scope="module")
def maps_dir(store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("maps")
    build_maps(store, out)
    return out


def page_data(path: Path) -> dict:
    """The JSON data block of a map page."""
    html = path.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


def test_build_maps_writes_all_maps(store, tmp_path):
    paths = build_maps(store, tmp_path / "maps")
    assert [p.name for p in paths] == ["overview.html", "platform-system.html", "policies.html", "index.html"]
    assert all(p.exists() and p.stat().st_size > 0 for p in paths)
    assert any((tmp_path / "maps" / "layout").glob("*.json"))  # layouts cached in the build


def test_overview_has_every_entity_and_fact(maps_dir, G):
    data = page_data(maps_dir / "overview.html")
    assert data["meta"]["nodeCount"] == len(data["nodes"]) == G.number_of_nodes()
    assert data["meta"]["edgeCount"] == len(data["edges"]) == G.number_of_edges()
    assert {i["iri"] for i in data["nodeInfo"]} == set(G.nodes())
    # positions are precomputed and physics is off
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"] is False


def test_labels_types_and_sizes(maps_dir):
    data = page_data(maps_dir / "overview.html")
    by_iri = {i["iri"]: (n, i) for n, i in zip(data["nodes"], data["nodeInfo"])}
    node, info = by_iri[KGR + "university/zhe-jiang-da-xue"]
    assert node["label"] == "浙江大学\nZhejiang University"
    assert node["group"] == "University" and info["type"] == "University"
    person, _ = by_iri[KGR + "person/xiao-zuo-xiang"]
    assert person["label"] == "孝作祥"  # no English label known
    # size grows with degree
    zone, _ = by_iri[KGR + "zone/hang-zhou-gao-xin-qu-bin-jiang"]
    assert zone["size"] > person["size"]
    groups = data["options"]["groups"]
    assert groups["University"]["shape"] != groups["Enterprise"]["shape"] or \
        groups["University"]["color"] != groups["Enterprise"]["color"]
    legend = {t["name"]: t["count"] for t in data["types"] if t["count"]}
    assert legend["University"] == 3 and legend["PlatformTier"] == 4


def test_edges_carry_relation_names_and_evidence(maps_dir):
    data = page_data(maps_dir / "overview.html")
    iri = [i["iri"] for i in data["nodeInfo"]]
    for e, info in zip(data["edges"], data["edgeInfo"]):
        if (iri[e["from"]], info["p"], iri[e["to"]]) == (
                KGR + "laboratory/bai-ma-hu-shi-yan-shi", "coBuiltBy", KGR + "university/xi-hu-da-xue"):
            assert e["label"] == "共建 co-built by"
            assert info["evidence"][0].startswith("这家省实验室由浙江省能源集团牵头")
            assert info["documents"] == ["“国际滨”如何二次攀登?提升高质量发展“续航力”"]
            break
    else:
        pytest.fail("coBuiltBy edge missing")


def test_platform_system_map(maps_dir):
    data = page_data(maps_dir / "platform-system.html")
    info = {i["iri"]: i for i in data["nodeInfo"]}
    tier3 = info[KGR + "platformtier/1-2-6-n/2"]
    attrs = dict(tier3["attrs"])
    assert attrs["声明数量 Declared count"] == 6 and attrs["已列名数量 Named members"] == 2
    labels = {i["iri"]: n["label"] for n, i in zip(data["nodes"], data["nodeInfo"])}
    assert "declared 6 · named 2" in labels[KGR + "platformtier/1-2-6-n/2"]
    # members and what they connect to (co-builders of 白马湖实验室), but not unrelated entities
    assert KGR + "laboratory/bai-ma-hu-shi-yan-shi" in info
    assert KGR + "university/xi-hu-da-xue" in info
    assert KGR + "person/xiao-zuo-xiang" not in info
    assert {i["type"] for i in data["nodeInfo"]} >= {"PlatformSystem", "PlatformTier"}


def test_policies_map(maps_dir):
    data = page_data(maps_dir / "policies.html")
    types = {i["type"] for i in data["nodeInfo"]}
    assert "Policy" in types
    preds = {e["p"] for e in data["edgeInfo"]}
    assert {"issuedBy", "supports"} <= preds
    assert KGR + "person/xiao-zuo-xiang" not in {i["iri"] for i in data["nodeInfo"]}


def test_index_links_maps_with_counts_and_date(maps_dir, G):
    html = (maps_dir / "index.html").read_text(encoding="utf-8")
    for f in ("overview.html", "platform-system.html", "policies.html"):
        assert f'href="{f}"' in html
    assert f'data-nodes="{G.number_of_nodes()}"' in html
    assert re.search(r"Built \d{4}-\d\d-\d\d \d\d:\d\d UTC", html)


@pytest.mark.parametrize("name", ["overview.html", "platform-system.html", "policies.html", "index.html"])
def test_pages_are_offline_and_utf8(maps_dir, name):
    raw = (maps_dir / name).read_bytes()
    html = raw.decode("utf-8")  # written as UTF-8 whatever the locale
    assert '<meta charset="utf-8">' in html
    # no remote script, stylesheet, image or font: nothing refers to another host
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=\s*["']?(https?:)?//""", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html)
    if name != "index.html":
        assert "vis-network" in html and "new vis.Network" in html  # inlined, not fetched


def test_hostile_text_is_escaped_in_the_page(tmp_path):
    paths = build_maps(load("hostile.trig"), tmp_path)
    for p in paths:
        html = p.read_text(encoding="utf-8")
        for payload in PAYLOADS:
            assert payload not in html, (p.name, payload)
    data = page_data(tmp_path / "overview.html")
    labels = [n["label"] for n in data["nodes"]]
    assert any(PAYLOADS[0] in label for label in labels)  # the text survives, as data


def test_ego_map_by_label_and_alias(store, G, tmp_path):
    out = ego_map(store, "白马湖实验室", 1, tmp_path / "ego.html")
    data = page_data(out)
    expected = views.ego(G, KGR + "laboratory/bai-ma-hu-shi-yan-shi", 1)
    assert {i["iri"] for i in data["nodeInfo"]} == set(expected.nodes())
    assert len(data["edges"]) == expected.number_of_edges()
    assert "白马湖实验室" in data["meta"]["title_zh"]
    # alias, full-width/half-width brackets and case do not matter
    assert views.find_entity(G, "北航") == KGR + "university/bei-jing-hang-kong-hang-tian-da-xue"
    assert views.find_entity(G, "杭州高新区（滨江）") == views.find_entity(G, "杭州高新区(滨江)")
    assert views.find_entity(G, "zhejiang university") == KGR + "university/zhe-jiang-da-xue"
    # depth 2 reaches further than depth 1
    assert views.ego(G, KGR + "laboratory/bai-ma-hu-shi-yan-shi", 2).number_of_nodes() > len(data["nodes"])
    # a folder as --out gets ego-<slug>.html inside it
    assert ego_map(store, "白马湖实验室", 2, tmp_path).name == "ego-bai-ma-hu-shi-yan-shi.html"


def test_unknown_name_gives_e401_with_suggestions(store):
    with pytest.raises(KGError) as err:
        ego_map(store, "白马湖实验", 2, Path("/nonexistent/never-written.html"))
    msg = str(err.value)
    assert msg.startswith("E401 no entity named '白马湖实验'")
    assert "白马湖实验室" in msg and "\n" not in msg
    with pytest.raises(KGError, match="E401 .*no similar names"):
        ego_map(store, "完全无关的名字ZZZ", 2)


def test_layout_is_cached_and_deterministic(G, tmp_path):
    a = compute_layout(G, cache_dir=tmp_path)
    files = list(tmp_path.glob("*.json"))
    assert len(files) == 1
    b = compute_layout(G, cache_dir=tmp_path)
    assert a == b == compute_layout(G)  # same positions with or without the cache
    assert len({xy for xy in a.values()}) == G.number_of_nodes()


def test_kg_map_command(tmp_path):
    from kg.cli import app

    build = tmp_path / "build"
    (build / "store").mkdir(parents=True)
    s = ox.Store(str(build / "store"))
    s.load(path=str(FIXTURES / "mini.trig"), format=ox.RdfFormat.TRIG)
    s.flush()
    del s
    runner = CliRunner()
    r = runner.invoke(app, ["map", "--graph", str(build), "--focus", "白马湖实验室", "--depth", "2"])
    assert r.exit_code == 0, r.output
    assert (build / "maps" / "ego-bai-ma-hu-shi-yan-shi.html").exists()
    r = runner.invoke(app, ["map", "--graph", str(build)])
    assert r.exit_code == 0, r.output
    assert (build / "maps" / "index.html").exists()
    r = runner.invoke(app, ["map", "--graph", str(build), "--focus", "不存在的机构"])
    assert r.exit_code == 1
    assert "E401 no entity named '不存在的机构'" in r.output
    assert "Traceback" not in r.output
