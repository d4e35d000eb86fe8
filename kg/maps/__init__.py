"""Interactive network maps: offline, escaped, precomputed layouts (see docs/maps.md).

``build_maps(store, maps_dir)`` writes the maps listed in ``kg/maps/maps.json`` plus
``index.html``; ``ego_map(store, focus, depth, out)`` writes the map around one entity.
Layouts are cached in ``maps_dir/layout/``.

>>> import pyoxigraph as ox, tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in build_maps(ox.Store(), out)]
['overview.html', 'platform-system.html', 'policies.html', 'index.html']
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Optional

import networkx as nx

from kg.maps import views
from kg.maps.layout import compute_layout
from kg.maps.render import render_index, render_map, styles, write_html
from kg.network import entity_network, local_name

__all__ = ["build_maps", "ego_map", "write_map", "LAYOUT_DIR"]

#: sub-folder of the maps directory holding cached layouts
LAYOUT_DIR = "layout"


@lru_cache(maxsize=1)
def map_specs() -> dict:
    """The map catalogue (``kg/maps/maps.json``)."""
    return json.loads((Path(__file__).parent / "maps.json").read_text(encoding="utf-8"))


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def write_map(
    G: nx.MultiDiGraph,
    out: Path,
    *,
    name: str,
    title_zh: str,
    title_en: str,
    layout_dir: Optional[Path] = None,
    built: Optional[str] = None,
    index_href: Optional[str] = "index.html",
    root_types: tuple = (),
) -> Path:
    """Lay out ``G`` (cached in ``layout_dir``) and write it as one self-contained HTML map.

    Usable on any graph with the attributes of ``kg.network.entity_network``. With
    ``root_types``, nodes of those types are the centres of a radial layout.
    """
    roots = sorted(n for n, d in G.nodes(data=True) if d.get("type") in root_types)
    positions = compute_layout(G, cache_dir=layout_dir, spacing=styles()["layout"]["spacing"],
                               roots=roots)
    html = render_map(G, positions, name=name, title_zh=title_zh, title_en=title_en,
                      built=built or _now(), index_href=index_href)
    return write_html(Path(out), html)


def build_maps(store, maps_dir: Path, graph: Optional[nx.MultiDiGraph] = None) -> list[Path]:
    """Write every map of ``maps.json`` and ``index.html`` into ``maps_dir``; return their paths
    (index last). ``graph`` may pass an already built entity network to save the queries."""
    maps_dir = Path(maps_dir)
    maps_dir.mkdir(parents=True, exist_ok=True)
    G = graph if graph is not None else entity_network(store)
    built = _now()
    written: list[Path] = []
    rows = []
    for spec in map_specs()["maps"]:
        H = views.VIEWS[spec["view"]](G)
        written.append(
            write_map(H, maps_dir / spec["file"], name=spec["name"], title_zh=spec["title_zh"],
                      title_en=spec["title_en"], layout_dir=maps_dir / LAYOUT_DIR, built=built,
                      root_types=tuple(spec.get("radial_from", ())))
        )
        rows.append({**spec, "nodes": H.number_of_nodes(), "edges": H.number_of_edges()})
    totals = {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
    written.append(write_html(maps_dir / "index.html", render_index(rows, built, totals)))
    return written


def ego_file_name(iri: str) -> str:
    """Default file name of an ego map: ``ego-`` + the entity IRI's last segment.

    >>> ego_file_name("https://w3id.org/innokg/id/laboratory/bai-ma-hu-shi-yan-shi")
    'ego-bai-ma-hu-shi-yan-shi.html'
    """
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", local_name(iri)).strip("-") or "entity"
    return f"ego-{slug}.html"


def ego_map(
    store,
    focus: str,
    depth: int = 2,
    out: Optional[Path] = None,
    graph: Optional[nx.MultiDiGraph] = None,
    layout_dir: Optional[Path] = None,
) -> Path:
    """Write the map of everything within ``depth`` facts of the entity named ``focus``
    (any preferred label or alias). An unknown name raises ``KGError`` E401 with close names.
    ``out`` is a file, or a folder to write ``ego-<slug>.html`` into (default: the current
    folder); layouts are cached next to it in ``layout/``.
    """
    G = graph if graph is not None else entity_network(store)
    node = views.find_entity(G, focus)
    H = views.ego(G, node, depth)
    out = Path(out) if out else Path(ego_file_name(node))
    if out.is_dir() or out.suffix.lower() not in (".html", ".htm"):
        out = out / ego_file_name(node)
    d = G.nodes[node]
    texts = map_specs()["ego"]
    fmt = {"name": d.get("label_zh", focus), "name_en": d.get("label_en") or d.get("label_zh", focus),
           "depth": depth}
    index_href = "index.html" if (out.parent / "index.html").exists() else None
    return write_map(H, out, name="ego", title_zh=texts["title_zh"].format(**fmt),
                     title_en=texts["title_en"].format(**fmt),
                     layout_dir=layout_dir or out.parent / LAYOUT_DIR, index_href=index_href)
