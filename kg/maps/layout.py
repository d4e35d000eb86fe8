"""Node positions for maps, computed once with igraph and cached on disk.

vis-network's own physics needs minutes for a few thousand nodes and networkx's
``spring_layout`` ~350 s for 10,000 (docs/maps.md); igraph's Fruchterman-Reingold
(grid variant for large graphs) takes about a second. Positions are cached under
``cache_dir`` keyed by a hash of the graph's nodes and edges, so rebuilding the same graph,
or drawing an ego map again, reuses them.

>>> import networkx as nx
>>> pos = compute_layout(nx.path_graph(3))
>>> sorted(pos)
[0, 1, 2]
>>> all(isinstance(c, float) for xy in pos.values() for c in xy)
True
"""
from __future__ import annotations

import hashlib
import json
import math
import random
from pathlib import Path
from typing import Hashable, Optional, Sequence

import igraph as ig
import networkx as nx

#: Layout algorithm version: bump to invalidate every cached layout.
LAYOUT_VERSION = "4"


def graph_key(G: nx.Graph) -> str:
    """A stable hash of the graph's structure (node ids and undirected edges).

    >>> graph_key(nx.path_graph(3)) == graph_key(nx.path_graph(3))
    True
    >>> graph_key(nx.path_graph(3)) == graph_key(nx.path_graph(4))
    False
    """
    h = hashlib.sha256(LAYOUT_VERSION.encode())
    for n in sorted(map(str, G.nodes())):
        h.update(b"n" + n.encode("utf-8") + b"\0")
    pairs = sorted({tuple(sorted((str(u), str(v)))) for u, v in G.edges()})
    for u, v in pairs:
        h.update(b"e" + u.encode("utf-8") + b"\0" + v.encode("utf-8") + b"\0")
    return h.hexdigest()[:24]


def _igraph_positions(G: nx.Graph, seed: int, roots: Sequence = ()) -> list[tuple[float, float]]:
    nodes = list(G.nodes())
    index = {n: i for i, n in enumerate(nodes)}
    edges = {tuple(sorted((index[u], index[v]))) for u, v in G.edges() if u != v}
    g = ig.Graph(n=len(nodes), edges=sorted(edges), directed=False)
    root_ids = [index[r] for r in roots if r in index]
    if root_ids:
        # a radial tree around the roots (e.g. a platform system: tiers, members, neighbours)
        layout = g.layout_reingold_tilford_circular(mode="all", root=root_ids)
        return [(float(x), float(y)) for x, y in layout.coords]
    rng = random.Random(seed)
    # Start spread over an area ~ n (as igraph's own random start): a start packed into a unit
    # square puts every node in one grid cell and made the 10k-node layout 150x slower.
    r = max(1.0, math.sqrt(len(nodes)) / 2)
    start = [[rng.uniform(-r, r), rng.uniform(-r, r)] for _ in nodes]
    # Fruchterman-Reingold; igraph switches to its grid variant above 1,000 nodes. igraph
    # draws random numbers during the layout too: give it a seeded generator for repeatability.
    ig.set_random_number_generator(random.Random(seed))
    try:
        layout = g.layout_fruchterman_reingold(seed=start, niter=500)
    finally:
        ig.set_random_number_generator(random)
    return [(float(x), float(y)) for x, y in layout.coords]


def _scale(coords: list[tuple[float, float]], spacing: float) -> list[tuple[float, float]]:
    """Centre the layout and scale it so that each node gets about spacing² of area."""
    if not coords:
        return []
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    target = spacing * math.sqrt(len(coords)) * 1.2
    k = target / extent
    return [(round((x - cx) * k, 1), round((y - cy) * k, 1)) for x, y in coords]


def _grid(nodes: list, placed: list[tuple[float, float]], spacing: float) -> dict:
    """Nodes in rows below the already placed ones (or centred when nothing is placed)."""
    if not nodes:
        return {}
    cols = max(1, math.ceil(math.sqrt(len(nodes) * 2)))
    step = spacing * 0.8
    width = (cols - 1) * step
    x0 = -width / 2
    y0 = (max(y for _, y in placed) + spacing * 1.5) if placed else 0.0
    return {n: (round(x0 + (i % cols) * step, 1), round(y0 + (i // cols) * step, 1))
            for i, n in enumerate(sorted(nodes, key=str))}


def compute_layout(
    G: nx.Graph,
    cache_dir: Optional[Path] = None,
    spacing: float = 90.0,
    seed: int = 7,
    roots: Sequence = (),
) -> dict[Hashable, tuple[float, float]]:
    """Positions (in vis-network pixels) for every node of ``G``, cached in ``cache_dir``.

    Force-directed (Fruchterman-Reingold) by default; with ``roots``, a radial tree around
    them. The same graph always gets the same positions (fixed seed), cached or not.
    """
    key = graph_key(G) + ("-r" + hashlib.sha256("\0".join(map(str, roots)).encode()).hexdigest()[:8]
                          if roots else "")
    cache_file = Path(cache_dir) / f"{key}-{int(spacing)}.json" if cache_dir else None
    if cache_file and cache_file.exists():
        try:
            cached = json.loads(cache_file.read_text(encoding="utf-8"))
            by_name = {str(n): n for n in G.nodes()}
            if set(cached) == set(by_name):
                return {by_name[k]: (float(x), float(y)) for k, (x, y) in cached.items()}
        except (ValueError, TypeError):
            pass  # a damaged cache entry is recomputed below
    # Isolated nodes (entities without facts) would be pushed onto a wide ring around the rest
    # by a force layout and shrink everything else: lay out the connected part, then put the
    # isolated nodes in a grid below it.
    linked = [n for n in G.nodes() if any(v != n for v in nx.all_neighbors(G, n))]
    isolated = [n for n in G.nodes() if n not in set(linked)]
    H = G.subgraph(linked)
    raw = _igraph_positions(H, seed, roots) if linked else []
    if roots:  # radial: igraph puts depth d on the circle of radius d; rings `spacing` apart
        coords = [(round(x * spacing, 1), round(y * spacing, 1)) for x, y in raw]
    else:
        coords = _scale(raw, spacing)
    positions = dict(zip(linked, coords))
    positions.update(_grid(isolated, coords, spacing))
    if cache_file:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({str(n): list(xy) for n, xy in positions.items()}, ensure_ascii=False),
            encoding="utf-8",
        )
        tmp.replace(cache_file)
    return positions
