"""Node positions for maps, computed once with igraph and cached on disk.

vis-network's own physics needs minutes for a few thousand nodes and networkx's
``spring_layout`` ~350 s for 10,000 (docs/maps.md); igraph's Fruchterman-Reingold
(grid variant for large graphs) takes about a second. Each connected component is laid out on its own and the components are packed on shelves
(biggest first). Positions are cached under
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
LAYOUT_VERSION = "6"


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


def _component_positions(
    nodes: list, edges: set, seed: int, roots: Sequence, spacing: float
) -> list[tuple[float, float]]:
    """Positions of one connected component (node indices 0..n-1), in pixels, centred."""
    n = len(nodes)
    if n == 1:
        return [(0.0, 0.0)]
    g = ig.Graph(n=n, edges=sorted(edges), directed=False)
    root_ids = [i for i, node in enumerate(nodes) if node in set(roots)]
    if root_ids:
        # a radial tree around the roots (a platform system: tiers, members, neighbours);
        # igraph puts depth d on the circle of radius d: rings `spacing` apart
        layout = g.layout_reingold_tilford_circular(mode="all", root=root_ids)
        return [(x * spacing, y * spacing) for x, y in layout.coords]
    rng = random.Random(seed)
    # Start spread over an area ~ n (as igraph's own random start): a start packed into a unit
    # square puts every node in one grid cell and made the 10k-node layout 150x slower.
    r = max(1.0, math.sqrt(n) / 2)
    start = [[rng.uniform(-r, r), rng.uniform(-r, r)] for _ in range(n)]
    # Fruchterman-Reingold; igraph switches to its grid variant above 1,000 nodes. igraph
    # draws random numbers during the layout too: give it a seeded generator for repeatability.
    ig.set_random_number_generator(random.Random(seed))
    try:
        layout = g.layout_fruchterman_reingold(seed=start, niter=500)
    finally:
        ig.set_random_number_generator(random)
    return _scale([(float(x), float(y)) for x, y in layout.coords], spacing)


def _scale(coords: list[tuple[float, float]], spacing: float) -> list[tuple[float, float]]:
    """Centre a layout and scale it so that each node gets about spacing² of area."""
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    extent = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    k = spacing * math.sqrt(len(coords)) * 1.2 / extent
    return [((x - cx) * k, (y - cy) * k) for x, y in coords]


def _pack(blocks: list[list[tuple[float, float]]], spacing: float) -> list[list[tuple[float, float]]]:
    """Place component layouts on shelves, biggest first, left to right, rows top to bottom.

    A force layout of a disconnected graph pushes small components and isolated nodes onto a
    wide ring around the rest, shrinking everything; packing keeps each one compact.
    """
    singles = [b for b in blocks if len(b) == 1]
    blocks = [b for b in blocks if len(b) > 1]
    total = sum(len(b) for b in blocks) + len(singles)
    boxes = []
    for b in blocks:
        xs, ys = [p[0] for p in b], [p[1] for p in b]
        boxes.append((min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    gap = spacing * 0.8
    row_width = max([w for _, _, w, _ in boxes] + [spacing * math.sqrt(total) * 1.5])
    x = y = row_height = 0.0
    placed = []
    for b, (x0, y0, w, h) in zip(blocks, boxes):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        placed.append([(round(px - x0 + x, 1), round(py - y0 + y, 1)) for px, py in b])
        x += w + gap
        row_height = max(row_height, h)
    # Unconnected nodes go in a grid below, in wide cells: their labels, not their links,
    # take the room (a name of 10-20 characters is several node spacings wide).
    if singles:
        top = (y + row_height + gap) if placed else 0.0
        cell_w, cell_h = spacing * 4.0, spacing * 0.5
        columns = max(1, int(row_width // cell_w) + 1)
        for k in range(len(singles)):
            placed.append([(round((k % columns) * cell_w, 1), round(top + (k // columns) * cell_h, 1))])
    return placed


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
    nodes = list(G.nodes())
    index = {n: i for i, n in enumerate(nodes)}
    undirected = nx.Graph()
    undirected.add_nodes_from(range(len(nodes)))
    undirected.add_edges_from((index[u], index[v]) for u, v in G.edges() if u != v)
    components = sorted((sorted(c) for c in nx.connected_components(undirected)),
                        key=lambda c: (-len(c), c[0]))
    blocks = []
    for comp in components:
        local = {i: j for j, i in enumerate(comp)}
        edges = {tuple(sorted((local[u], local[v]))) for u, v in undirected.subgraph(comp).edges()}
        blocks.append(_component_positions([nodes[i] for i in comp], edges, seed, roots, spacing))
    positions = {}
    for comp, coords in zip(components, _pack(blocks, spacing) if blocks else []):
        positions.update({nodes[i]: xy for i, xy in zip(comp, coords)})
    if cache_file:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({str(n): list(xy) for n, xy in positions.items()}, ensure_ascii=False),
            encoding="utf-8",
        )
        tmp.replace(cache_file)
    return positions
