"""Turn a (sub)graph of the entity network into a self-contained, offline, escaped HTML map.

pyvis holds the map (``to_pyvis`` returns a ``pyvis.network.Network`` that notebooks can use
too), but its HTML templates load vis-network and Bootstrap from CDNs, so pages are written
with our own template (``assets/map.html``) that inlines the vendored vis-network
(``kg/static/vis-network``) and ``assets/map.js``. Nothing on the page refers to another host.

All graph text goes into one JSON block with ``<``, ``>`` and ``&`` \\u-escaped (see
:func:`json_for_script`); the page script shows it with ``textContent`` only.

>>> json_for_script({"t": "</script><img src=x onerror=alert(1)>"})
'{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
"""
from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Hashable, Mapping, Optional

import jinja2
from markupsafe import Markup
import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from kg.network import split_list

_HERE = Path(__file__).parent
_ASSETS = _HERE / "assets"
VIS_JS = _HERE.parent / "static" / "vis-network" / "vis-network.min.js"
_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif'


@lru_cache(maxsize=1)
def styles() -> dict:
    """Node-type styles, relation labels and size settings from ``kg/maps/styles.json``."""
    return json.loads((_HERE / "styles.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_ASSETS)),
        autoescape=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=None)
def _asset(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def json_for_script(value) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def type_style(t: str) -> dict:
    """Colour, shape and zh/en name of a node type (grey dot for unknown types).

    >>> type_style("Laboratory")["shape"]
    'star'
    >>> type_style("NoSuchType")["shape"]
    'dot'
    """
    s = styles()
    return s["types"].get(t, s["other_type"])


def display_label(d: Mapping) -> str:
    """What a node shows on the map: Chinese label, English label below it where known.

    >>> display_label({"label_zh": "浙江大学", "label_en": "Zhejiang University"})
    '浙江大学\\nZhejiang University'
    >>> display_label({"label_zh": "孝作祥", "label_en": ""})
    '孝作祥'
    """
    zh, en = d.get("label_zh", ""), d.get("label_en", "")
    label = zh if not en or en == zh else f"{zh}\n{en}"
    note = d.get("note")
    return f"{label}\n{note}" if note else label


def _node_attrs(d: Mapping) -> list[list]:
    """Extra (label, value) rows for the details panel, e.g. a tier's declared count."""
    rows = []
    for key, label in (
        ("formula", "公式 Formula"),
        ("symbol", "符号 Symbol"),
        ("tier_label", "层级 Tier"),
        ("declared_count", "声明数量 Declared count"),
        ("named_count", "已列名数量 Named members"),
    ):
        if d.get(key) not in (None, ""):
            rows.append([label, d[key]])
    return rows


def to_pyvis(
    G: nx.MultiDiGraph,
    positions: Mapping[Hashable, tuple[float, float]],
    height: str = "100%",
    width: str = "100%",
) -> tuple[Network, list[dict], list[dict]]:
    """A pyvis ``Network`` for ``G`` with fixed positions, plus the per-node and per-edge
    detail records (type, aliases, documents, evidence) the page shows on click.

    Nodes get integer ids (their index) to keep pages small; ``node_info[i]["iri"]`` is the
    entity IRI. Nodes and edges are appended through pyvis's ``Node``/``Edge`` classes
    directly because ``Network.add_node``/``add_edge`` scan lists (quadratic at 10k nodes).
    """
    sizes = styles()["node_size"]
    net = Network(height=height, width=width, directed=True, cdn_resources="remote")
    ids = {n: i for i, n in enumerate(G.nodes())}
    max_degree = max((G.degree(n) for n in G.nodes()), default=0) or 1
    node_info: list[dict] = []
    for n, i in ids.items():
        d = G.nodes[n]
        deg = G.degree(n)
        x, y = positions.get(n, (0.0, 0.0))
        size = sizes["min"] + (sizes["max"] - sizes["min"]) * math.sqrt(deg / max_degree)
        node = Node(i, "", display_label(d), group=d.get("type", "Other"), x=x, y=y,
                    size=round(size, 1))
        del node.options["shape"]  # the type's group (vis_options) sets shape and colour
        net.nodes.append(node.options)
        net.node_ids.append(i)
        net.node_map[i] = node.options
        node_info.append(
            {
                "iri": str(n),
                "type": d.get("type", "Other"),
                "label": display_label(d),
                "zh": d.get("label_zh", str(n)),
                "en": d.get("label_en", ""),
                "aliases": split_list(d.get("aliases", "")),
                "documents": split_list(d.get("documents", "")),
                # the entity's degree in the whole network (a map may show only some facts)
                "degree": int(d.get("degree", deg) or deg),
                "attrs": _node_attrs(d),
            }
        )
    edge_info: list[dict] = []
    parallel: Counter = Counter()
    for j, (u, v, k, d) in enumerate(G.edges(keys=True, data=True)):
        pair = (min(ids[u], ids[v]), max(ids[u], ids[v]))
        nth = parallel[pair]
        parallel[pair] += 1
        zh, en = d.get("label_zh", k), d.get("label_en", k)
        opts = {"id": j, "label": f"{zh} {en}" if en and en != zh else zh}
        if nth:  # several relations between one pair: static curves, no physics support nodes
            opts["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 * nth}
        # directed=False: pyvis would put `arrows: "to"` on every edge; vis_options sets arrows
        # once for all edges (and large maps switch them on only when zoomed in)
        net.edges.append(Edge(ids[u], ids[v], directed=False, **opts).options)
        edge_info.append(
            {
                "p": d.get("predicate", k),
                "zh": zh,
                "en": en,
                "evidence": split_list(d.get("evidence", "")),
                "documents": split_list(d.get("documents", "")),
                "count": int(d.get("evidence_count", 0) or 0),
            }
        )
    return net, node_info, edge_info


def _trim_labels(net: Network, node_info: list[dict], keep: int) -> None:
    """Large maps: keep the labels of the ``keep`` best-connected nodes, drop edge labels.
    The page adds the others (from ``node_info[i]["label"]``/edge info) when zoomed in."""
    ranked = sorted(range(len(node_info)), key=lambda i: -node_info[i]["degree"])
    keep_ids = set(ranked[:keep])
    for node in net.nodes:
        if node["id"] not in keep_ids:
            node.pop("label", None)
    for edge in net.edges:
        edge.pop("label", None)


def vis_options(n_nodes: int, types_present: list[str], arrows: bool = True) -> dict:
    """vis-network options: physics off (positions are precomputed), straight edges,
    hover for details; edges hidden while dragging/zooming big maps to keep them fluid."""
    big = n_nodes > 1500
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "hover": True,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 22, "face": _FONT, "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": arrows, "scaleFactor": 0.5}},
            "color": {"color": "#9aa4ad", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 14, "face": _FONT, "align": "middle", "strokeWidth": 3, "color": "#555"},
            "width": 1,
            "selectionWidth": 2,
        },
        "groups": {
            t: {"shape": type_style(t)["shape"],
                "color": {"background": type_style(t)["color"], "border": "#555555",
                          "highlight": {"background": type_style(t)["color"], "border": "#000000"}}}
            for t in types_present
        },
    }


def render_map(
    G: nx.MultiDiGraph,
    positions: Mapping[Hashable, tuple[float, float]],
    *,
    name: str,
    title_zh: str,
    title_en: str,
    built: str,
    index_href: Optional[str] = "index.html",
) -> str:
    """The complete HTML page of one map."""
    net, node_info, edge_info = to_pyvis(G, positions)
    type_counts = Counter(i["type"] for i in node_info)
    s = styles()
    order = list(s["types"]) + sorted(t for t in type_counts if t not in s["types"])
    types = [
        {"name": t, "zh": type_style(t)["zh"], "en": type_style(t)["en"] if t in s["types"] else t,
         "color": type_style(t)["color"], "shape": type_style(t)["shape"], "count": type_counts.get(t, 0)}
        for t in order
    ]
    present = [t["name"] for t in types if t["count"]]
    large = s["large_maps"]
    lazy = len(net.nodes) > large["nodes_above"]
    if lazy:
        _trim_labels(net, node_info, large["labelled_at_start"])
    data = {
        "meta": {"name": name, "title_zh": title_zh, "title_en": title_en, "built": built,
                 "nodeCount": len(net.nodes), "edgeCount": len(net.edges),
                 "lazyLabels": lazy, "labelScale": large["label_scale"]},
        "types": types,
        "nodes": net.nodes,
        "edges": net.edges,
        "nodeInfo": node_info,
        "edgeInfo": edge_info,
        "options": vis_options(len(net.nodes), present, arrows=not lazy),
    }
    return _env().get_template("map.html").render(
        name=name,
        title_zh=title_zh,
        title_en=title_en,
        built=built,
        index_href=index_href,
        node_count=len(net.nodes),
        edge_count=len(net.edges),
        css=_markup(_asset(_ASSETS / "map.css")),
        vis_js=_markup(_asset(VIS_JS)),
        map_js=_markup(_asset(_ASSETS / "map.js")),
        data_json=_markup(json_for_script(data)),
    )


def _markup(text: str) -> Markup:
    """Trusted, already-safe text (vendored JS/CSS, escaped JSON): no HTML escaping."""
    return Markup(text)


def render_index(maps: list[dict], built: str, totals: dict) -> str:
    """The index page: a link to every map with its node and edge counts and the build date."""
    return _env().get_template("index.html").render(
        maps=maps, built=built, totals=totals, css=_markup(_asset(_ASSETS / "map.css"))
    )


def write_html(path: Path, html: str) -> Path:
    """Write a page as UTF-8 (never the platform default encoding), atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path
