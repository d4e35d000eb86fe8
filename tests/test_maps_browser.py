"""Maps in a real browser: headless Debian chromium driven by Playwright.

Each map is served from a local HTTP server (so "the page's own host" is well defined) and
checked for: drawing the graph's node and edge counts, node details on click, search, no
request to any other host, no script execution from hostile document text, Chinese glyphs
(a screenshot is written to ``KG_SCREENSHOT_DIR`` when set, else into pytest's tmp dir).
"""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox
import pytest

from kg.maps import build_maps, ego_map, map_specs, views
from kg.network import entity_network

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
FIXTURES = Path(__file__).parent / "fixtures"
KGR = "https://w3id.org/innokg/id/"

if not Path(CHROMIUM).exists():  # pragma: no cover - .ci/run installs it with apt-get
    pytest.skip(f"no chromium at {CHROMIUM}", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def load(name: str) -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURES / name), format=ox.RdfFormat.TRIG)
    return s


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output clean
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Maps of the mini fixture (+ an ego map) and of the hostile fixture, served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("site")
    mini = load("mini.trig")
    build_maps(mini, root / "mini")
    ego_map(mini, "白马湖实验室", 2, root / "mini" / "ego.html")
    build_maps(load("hostile.trig"), root / "hostile")
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Visit:
    """A page plus everything it tried to do: requests, dialogs (alert), errors."""

    def __init__(self, browser, url: str):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.own = urlsplit(url).netloc
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", on_dialog)
        # anything aimed elsewhere is recorded above and then cut off here
        self.page.route(lambda u: urlsplit(u).netloc != self.own, lambda route: route.abort())
        self.page.goto(url)
        self.page.wait_for_function("document.body.dataset.ready === 'true'", timeout=30_000)

    def foreign_requests(self) -> list[str]:
        return [u for u in self.requests
                if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != self.own]

    def node_id(self, iri: str) -> int:
        return self.page.evaluate(
            "iri => JSON.parse(document.getElementById('kg-data').textContent)"
            ".nodeInfo.findIndex(i => i.iri === iri)", iri)

    def click_node(self, node_id: int) -> None:
        box = self.page.locator("#kg-network").bounding_box()
        xy = self.page.evaluate(
            "id => kgMap.network.canvasToDOM(kgMap.network.getPositions([id])[id])", node_id)
        self.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])

    def close(self):
        self.page.close()


def expected_graphs():
    G = entity_network(load("mini.trig"))
    out = {spec["file"]: views.VIEWS[spec["view"]](G) for spec in map_specs()["maps"]}
    out["ego.html"] = views.ego(G, views.find_entity(G, "白马湖实验室"), 2)
    return out


EXPECTED = expected_graphs()


@pytest.mark.parametrize("file", sorted(EXPECTED))
def test_map_renders_graph_counts_offline(browser, site, file):
    v = Visit(browser, f"{site}/mini/{file}")
    try:
        H = EXPECTED[file]
        body = v.page.locator("body")
        assert int(body.get_attribute("data-node-count")) == H.number_of_nodes() > 0
        assert int(body.get_attribute("data-edge-count")) == H.number_of_edges() > 0
        assert v.page.evaluate("kgMap.firstDrawMs") > 0
        assert v.foreign_requests() == []
        assert v.errors == [] and v.dialogs == []
    finally:
        v.close()


def test_click_node_shows_details(browser, site):
    v = Visit(browser, f"{site}/mini/overview.html")
    try:
        v.click_node(v.node_id(KGR + "zone/hang-zhou-gao-xin-qu-bin-jiang"))
        details = v.page.locator("#kg-details-body")
        assert details.get_attribute("data-kind") == "node"
        text = details.inner_text()
        assert "杭州高新区（滨江）" in text
        assert "区域 Zone" in text                        # type
        assert "国际滨" in text                           # an alias
        assert "头雁先飞 杭州精品改革案例智库报告" in text   # a document that mentions it
        assert "合作 cooperates with" in text              # its relations
        # the click pins the details: hovering another node does not replace them
        other = v.node_id(KGR + "person/xiao-zuo-xiang")
        box = v.page.locator("#kg-network").bounding_box()
        xy = v.page.evaluate(
            "id => kgMap.network.canvasToDOM(kgMap.network.getPositions([id])[id])", other)
        v.page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"], steps=5)
        v.page.wait_for_timeout(300)
        assert details.locator(".title").inner_text() == "杭州高新区（滨江）"
    finally:
        v.close()


def test_click_edge_shows_evidence(browser, site):
    v = Visit(browser, f"{site}/mini/ego.html")
    try:
        # click the middle of the 白马湖实验室 → 西湖大学 edge
        xy = v.page.evaluate("""() => {
            const data = JSON.parse(document.getElementById('kg-data').textContent);
            const i = data.edges.findIndex((e, j) => data.edgeInfo[j].p === 'coBuiltBy' &&
                data.nodeInfo[e.to].zh === '西湖大学');
            const e = data.edges[i], p = kgMap.network.getPositions([e.from, e.to]);
            const a = kgMap.network.canvasToDOM(p[e.from]), b = kgMap.network.canvasToDOM(p[e.to]);
            return {x: (a.x + 3 * b.x) / 4, y: (a.y + 3 * b.y) / 4};
        }""")
        box = v.page.locator("#kg-network").bounding_box()
        v.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        details = v.page.locator("#kg-details-body")
        assert details.get_attribute("data-kind") == "edge"
        text = details.inner_text()
        assert "共建 / co-built by" in text
        assert "这家省实验室由浙江省能源集团牵头" in text
        assert "“国际滨”如何二次攀登?提升高质量发展“续航力”" in text
    finally:
        v.close()


def test_search_finds_node_by_label_and_alias(browser, site):
    v = Visit(browser, f"{site}/mini/overview.html")
    try:
        details = v.page.locator("#kg-details-body")
        for query, title in (("白马湖实验室", "白马湖实验室"), ("北航", "北京航空航天大学"),
                             ("zhejiang university", "浙江大学")):
            v.page.fill("#kg-search-input", query)
            v.page.press("#kg-search-input", "Enter")
            assert details.locator(".title").inner_text() == title
            selected = v.page.evaluate("kgMap.network.getSelectedNodes()")
            assert selected == [v.node_id(views.find_entity(EXPECTED["overview.html"], title))]
        v.page.fill("#kg-search-input", "没有这个名字")
        v.page.press("#kg-search-input", "Enter")
        assert "未找到 not found" in v.page.inner_text("#kg-search-status")
    finally:
        v.close()


def test_show_hide_node_types(browser, site):
    v = Visit(browser, f"{site}/mini/overview.html")
    try:
        H = EXPECTED["overview.html"]
        n_tiers = sum(1 for _, d in H.nodes(data=True) if d["type"] == "PlatformTier")
        v.page.uncheck('input[data-type="PlatformTier"]')
        assert v.page.evaluate("kgMap.visibleCounts().nodes") == H.number_of_nodes() - n_tiers
        v.page.check('input[data-type="PlatformTier"]')
        assert v.page.evaluate("kgMap.visibleCounts().nodes") == H.number_of_nodes()
    finally:
        v.close()


@pytest.mark.parametrize("file", ["overview.html", "policies.html"])
def test_hostile_text_does_not_execute(browser, site, file):
    v = Visit(browser, f"{site}/hostile/{file}")
    try:
        page = v.page
        # show the hostile entity's details (label, English label, alias, document title)
        page.evaluate("id => kgMap.focusNode(id)", v.node_id(KGR + "laboratory/e-yi-shi-yan-shi"))
        text = page.locator("#kg-details-body").inner_text()
        # the payloads are shown as text ...
        assert "<script>alert(1)</script>恶意实验室" in text
        assert "<img src=x onerror=alert(1)>" in text
        assert 'Evil & "Lab" <b>bold</b>' in text
        assert "标题<script>alert(1)</script><img src=x onerror=alert(1)>" in text
        # ... never as markup anywhere on the page
        assert page.evaluate("document.querySelectorAll('main img, main script, main b, header img').length") == 0
        # hover and click the other nodes too
        for iri in (KGR + "policy/e-yi-zheng-ce", KGR + "university/zhe-jiang-da-xue"):
            nid = v.node_id(iri)
            if nid >= 0:
                v.click_node(nid)
        page.wait_for_timeout(300)  # give an onerror handler time to fire
        assert v.dialogs == [], v.dialogs
        assert v.errors == []
        assert v.foreign_requests() == []
    finally:
        v.close()


def test_hostile_evidence_shown_as_text(browser, site):
    v = Visit(browser, f"{site}/hostile/overview.html")
    try:
        xy = v.page.evaluate("""() => {
            const data = JSON.parse(document.getElementById('kg-data').textContent);
            const i = data.edgeInfo.findIndex(e => e.p === 'coBuiltBy');
            const e = data.edges[i], p = kgMap.network.getPositions([e.from, e.to]);
            const a = kgMap.network.canvasToDOM(p[e.from]), b = kgMap.network.canvasToDOM(p[e.to]);
            return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
        }""")
        box = v.page.locator("#kg-network").bounding_box()
        v.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        text = v.page.locator("#kg-details-body").inner_text()
        assert "<script>alert(1)</script>恶意实验室由浙江大学共建<img src=x onerror=alert(1)>。" in text
        assert "标题<script>alert(1)</script><img src=x onerror=alert(1)>" in text
        v.page.wait_for_timeout(300)
        assert v.dialogs == [] and v.errors == [] and v.foreign_requests() == []
    finally:
        v.close()


def test_index_page_offline(browser, site):
    page = browser.new_page()
    try:
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(f"{site}/mini/index.html")
        links = page.eval_on_selector_all("a", "els => els.map(e => e.getAttribute('href'))")
        assert set(links) >= {"overview.html", "platform-system.html", "policies.html"}
        assert all(urlsplit(u).netloc == urlsplit(site).netloc for u in requests)
    finally:
        page.close()


def test_screenshot_shows_chinese(browser, site, tmp_path):
    """Writes the screenshots; a developer looks at them (CJK glyphs, legend, details).
    What can be checked automatically: a CJK font is installed for chromium to use."""
    out_dir = Path(os.environ.get("KG_SCREENSHOT_DIR", tmp_path))
    out_dir.mkdir(parents=True, exist_ok=True)
    for file in ("overview.html", "platform-system.html"):
        v = Visit(browser, f"{site}/mini/{file}")
        try:
            v.page.fill("#kg-search-input", "白马湖实验室")
            v.page.press("#kg-search-input", "Enter")
            v.page.evaluate("kgMap.network.fit({animation: false})")
            path = out_dir / file.replace(".html", ".png")
            v.page.screenshot(path=str(path))
            assert path.stat().st_size > 20_000
        finally:
            v.close()
    if shutil.which("fc-list"):
        import subprocess

        fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
        assert "Noto" in fonts, "install fonts-noto-cjk"


def test_large_map_labels_on_zoom(browser, tmp_path):
    """Above styles.json's large_maps.nodes_above, a map starts with few labels and adds the
    labels of what is in view when zoomed in; counts, search and details work as usual."""
    import networkx as nx

    from kg.maps import write_map
    from kg.maps.render import styles

    n = styles()["large_maps"]["nodes_above"] + 100
    skeleton = nx.barabasi_albert_graph(n, 1, seed=3)
    G = nx.MultiDiGraph()
    for i in skeleton:
        G.add_node(f"urn:x:{i}", type="Enterprise", label_zh=f"企业{i}号", label_en=f"Firm {i}",
                   aliases="", documents="文档", document_count=1)
    for u, v in skeleton.edges():
        G.add_edge(f"urn:x:{u}", f"urn:x:{v}", key="cooperatesWith", predicate="cooperatesWith",
                   label_zh="合作", label_en="cooperates with", evidence="某句。", documents="文档",
                   evidence_count=1)
    path = write_map(G, tmp_path / "large.html", name="large", title_zh="大图", title_en="large",
                     index_href=None)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(path.as_uri())
        page.wait_for_function("document.body.dataset.ready === 'true'", timeout=60_000)
        assert int(page.locator("body").get_attribute("data-node-count")) == n
        assert int(page.locator("body").get_attribute("data-edge-count")) == G.number_of_edges()
        labelled = "kgMap.nodes.get().filter(x => x.label !== undefined).length"
        before = page.evaluate(labelled)
        assert 0 < before < n
        page.fill("#kg-search-input", "企业1500号")
        page.press("#kg-search-input", "Enter")
        assert page.locator("#kg-details-body .title").inner_text() == "企业1500号"
        target = page.evaluate("kgMap.findNode('企业1500号')")
        assert page.evaluate(f"kgMap.nodes.get({target}).label") == "企业1500号\nFirm 1500"
        assert page.evaluate(labelled) > before
        assert page.evaluate("kgMap.edges.get().some(e => e.label === '合作 cooperates with')")
    finally:
        page.close()


@pytest.mark.slow
def test_hostile_document_through_the_real_pipeline(browser, tmp_path):
    """A document whose title and sentences carry the payloads goes through `kg build`; every
    node's and edge's details are shown in every map; nothing executes, nothing is fetched."""
    from kg.build import build

    src = tmp_path / "docs"
    src.mkdir()
    (src / "hostile.txt").write_text(
        "<script>alert(1)</script>白马湖实验室由浙江省能源集团牵头,联合浙江大学、西湖大学共建"
        "<img src=x onerror=alert(1)>。\n"
        "浙江大学与<img src=x onerror=alert(1)>西湖大学开展合作<script>alert(1)</script>。\n",
        encoding="utf-8")
    (src / "hostile.meta.json").write_text(
        '{"title": "标题<script>alert(1)</script><img src=x onerror=alert(1)>", "kind": "news"}',
        encoding="utf-8")
    out = tmp_path / "build"
    build([src], out, progress=False)
    maps = sorted((out / "maps").glob("*.html"))
    assert {p.name for p in maps} >= {"overview.html", "platform-system.html", "policies.html"}
    shown = ""
    for path in maps:
        if path.name == "index.html":
            continue
        page = browser.new_page()
        dialogs, requests = [], []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: requests.append(r.url))
        try:
            page.goto(path.as_uri())
            page.wait_for_function("document.body.dataset.ready === 'true'", timeout=30_000)
            shown += page.evaluate("""() => {
                let text = '';
                kgMap.nodes.getIds().forEach(id => { kgMap.showNode(id);
                    text += document.getElementById('kg-details-body').textContent; });
                kgMap.edges.getIds().forEach(id => { kgMap.showEdge(id);
                    text += document.getElementById('kg-details-body').textContent; });
                return text;
            }""")
            page.wait_for_timeout(200)
            assert page.evaluate("document.querySelectorAll('main img, main script').length") == 0
            assert dialogs == []
            assert all(u.startswith("file:") for u in requests), requests
        finally:
            page.close()
    # the hostile text did reach the maps, as text: the document title and an evidence sentence
    assert "标题<script>alert(1)</script><img src=x onerror=alert(1)>" in shown
    assert "<script>alert(1)</script>白马湖实验室由浙江省能源集团牵头" in shown


@pytest.mark.slow
def test_seed_build_maps_render(browser, seed_build, seed_store):
    """`kg build seeds` (the README's main command) writes every map; each draws the counts
    of its view of the seed network, offline, and the platform map shows the "1+2+6+N" tiers."""
    G = entity_network(seed_store)
    maps = seed_build / "maps"
    assert (maps / "index.html").exists()
    for spec in map_specs()["maps"]:
        H = views.VIEWS[spec["view"]](G)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        try:
            page.goto((maps / spec["file"]).as_uri())
            page.wait_for_function("document.body.dataset.ready === 'true'", timeout=30_000)
            assert int(page.locator("body").get_attribute("data-node-count")) == H.number_of_nodes()
            assert int(page.locator("body").get_attribute("data-edge-count")) == H.number_of_edges()
            assert all(u.startswith("file:") for u in requests), requests
            if spec["view"] == "platform_system":
                tiers = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent)"
                                      ".nodeInfo.filter(i => i.type === 'PlatformTier').map(i => i.zh)")
                assert any("1+2+6+N" in t for t in tiers)
        finally:
            page.close()
