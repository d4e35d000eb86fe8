"""Benchmark: layout time and time-to-first-draw of maps with 200, 2,000 and 10,000 nodes.

Synthetic entity networks (scale-free, ~2 facts per node, Chinese labels, aliases, documents and
an evidence sentence per fact, i.e. the attributes of ``kg.network.entity_network``) are laid
out with ``kg.maps.layout.compute_layout`` (igraph, no cache), written with ``kg.maps.write_map``,
and opened in headless Debian chromium; "first draw" is ``performance.now()`` at vis-network's
first ``afterDrawing`` event, i.e. from navigation start to the first painted network.

Targets at 10,000 nodes: layout < 30 s, first draw < 3 s.

    .venv/bin/python bench/bench_maps.py              # 200, 2000, 10000
    .venv/bin/python bench/bench_maps.py 200 2000     # chosen sizes
    .venv/bin/python bench/bench_maps.py --keep       # keep the generated maps to look at
"""
from __future__ import annotations

import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.maps.layout import compute_layout  # noqa: E402
from kg.maps.render import render_map, styles, write_html  # noqa: E402
from kg.records import ENTITY_TYPES, PREDICATES  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TARGETS = {"layout_s": 30.0, "first_draw_s": 3.0}
SYLLABLES = "杭州滨江浙江智能科技创新研究院实验室大学集团医药电子信息数字未来之江白马湖西湖钱塘"


def synthetic_network(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A scale-free entity network of ``n`` nodes with realistic attribute sizes."""
    rng = random.Random(seed)
    skeleton = nx.barabasi_albert_graph(n, 2, seed=seed)
    G = nx.MultiDiGraph()
    for i in skeleton.nodes():
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(4, 10))) + str(i)
        G.add_node(
            f"https://w3id.org/innokg/id/x/{i}",
            type=rng.choice(ENTITY_TYPES), label_zh=name,
            label_en=f"Entity {i}" if rng.random() < 0.4 else "",
            aliases=name[:3] + str(i), documents=f"文档{i % 97}\n文档{(i * 7) % 97}",
            document_count=2,
        )
    labels = styles()["predicates"]
    for u, v in skeleton.edges():
        p = rng.choice(PREDICATES)
        G.add_edge(
            f"https://w3id.org/innokg/id/x/{u}", f"https://w3id.org/innokg/id/x/{v}", key=p,
            predicate=p, label_zh=labels[p]["zh"], label_en=labels[p]["en"],
            evidence="该机构与另一机构在" + "".join(rng.choice(SYLLABLES) for _ in range(30)) + "方面开展合作。",
            documents=f"文档{u % 97}", evidence_count=1,
        )
    for node, deg in G.degree():
        G.nodes[node]["degree"] = deg
    return G


def first_draw(browser, path: Path) -> tuple[float, float]:
    """(first draw in ms from navigation start, wall seconds until the map reported ready)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("document.body.dataset.ready === 'true'", timeout=120_000, polling=50)
    wall = time.perf_counter() - t0
    ms = page.evaluate("kgMap.firstDrawMs")
    nodes = int(page.locator("body").get_attribute("data-node-count"))
    page.close()
    return ms, wall, nodes


def main(sizes: list[int], keep: bool = False) -> None:
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp(prefix="bench-maps-"))
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for n in sizes:
            G = synthetic_network(n)
            t = time.perf_counter()
            positions = compute_layout(G, spacing=styles()["layout"]["spacing"])
            layout_s = time.perf_counter() - t
            t = time.perf_counter()
            html = render_map(G, positions, name=f"bench-{n}", title_zh=f"基准 {n}",
                              title_en=f"bench {n}", built="bench", index_href=None)
            path = write_html(out / f"bench-{n}.html", html)
            render_s = time.perf_counter() - t
            draws = [first_draw(browser, path) for _ in range(3)]
            ms = sorted(d[0] for d in draws)[1]  # median of 3
            wall = sorted(d[1] for d in draws)[1]
            assert all(d[2] == n for d in draws), "map did not draw every node"
            rows.append((n, G.number_of_edges(), layout_s, render_s, path.stat().st_size / 1e6, ms / 1000, wall))
            print(f"{n:>6} nodes {G.number_of_edges():>6} edges: layout {layout_s:6.2f} s, "
                  f"html {render_s:5.2f} s ({rows[-1][4]:.1f} MB), first draw {ms / 1000:5.2f} s "
                  f"(ready after {wall:5.2f} s wall)", flush=True)
        browser.close()
    print()
    print("   nodes  layout/target  first-draw/target  first-draw ratio to smallest")
    base = rows[0][5]
    for n, _, layout_s, _, _, draw_s, _ in rows:
        print(f"{n:>8}  {layout_s / TARGETS['layout_s']:13.3f}  {draw_s / TARGETS['first_draw_s']:17.3f}"
              f"  {draw_s / base:10.1f}x")
    big = [r for r in rows if r[0] >= 10_000]
    if big:
        n, _, layout_s, _, _, draw_s, _ = big[-1]
        ok = layout_s < TARGETS["layout_s"] and draw_s < TARGETS["first_draw_s"]
        print(f"\ntargets at {n} nodes (layout < 30 s, first draw < 3 s): {'MET' if ok else 'NOT MET'}")
    if keep:
        print(f"maps left in {out}")
    else:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--keep"]
    main([int(a) for a in args] or [200, 2_000, 10_000], keep="--keep" in sys.argv)
