"""Which part of the entity network each map shows, and finding an entity by name.

Every view takes the full entity network (``kg.network.entity_network``) and returns a
subgraph (a copy, so views may add display notes without touching the network).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("p", type="Policy", label_zh="某政策", label_en="", aliases="")
>>> G.add_node("g", type="GovernmentBody", label_zh="某局", label_en="", aliases="")
>>> G.add_node("x", type="Enterprise", label_zh="某公司", label_en="", aliases="")
>>> _ = G.add_edge("p", "g", key="issuedBy", predicate="issuedBy")
>>> sorted(policies(G).nodes())
['g', 'p']
"""
from __future__ import annotations

import difflib
import unicodedata
from typing import Optional

import networkx as nx

from kg.errors import E, KGError
from kg.network import split_list


def overview(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The whole ecosystem: every entity and every fact."""
    return G.copy()


def _edges_touching(G: nx.MultiDiGraph, nodes: set) -> list[tuple]:
    return [(u, v, k) for u, v, k in G.edges(keys=True) if u in nodes or v in nodes]


def platform_system(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Platform systems ("1+2+6+N"), their tiers, the named members of each tier, and
    everything each member is connected to (co-builders, incubated companies, industries…).

    Each tier gets ``named_count`` (members named in the documents) next to its
    ``declared_count`` and a ``note`` such as ``"声明 6 · 已列名 2 / declared 6 · named 2"``.
    """
    systems = {n for n, d in G.nodes(data=True) if d.get("type") == "PlatformSystem"}
    tiers = {n for n, d in G.nodes(data=True) if d.get("type") == "PlatformTier"}
    members = {u for u, v, k in G.edges(keys=True) if k == "memberOf" and v in tiers}
    edges = [(u, v, k) for u, v, k in G.edges(keys=True) if k == "tierOf" and u in tiers]
    edges += _edges_touching(G, members | tiers | systems)
    H = G.edge_subgraph(set(edges)).copy()
    H.add_nodes_from((n, G.nodes[n]) for n in systems | tiers)
    for t in tiers:
        named = sum(1 for u, _, k in H.in_edges(t, keys=True) if k == "memberOf")
        H.nodes[t]["named_count"] = named
        declared = H.nodes[t].get("declared_count")
        if declared is not None and declared != "":
            H.nodes[t]["note"] = f"声明 {declared} · 已列名 {named} / declared {declared} · named {named}"
        else:
            H.nodes[t]["note"] = f"已列名 {named} / named {named}"
    return H


def policies(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Each policy, who issued it, what it supports (every fact that touches a policy)."""
    pols = {n for n, d in G.nodes(data=True) if d.get("type") == "Policy"}
    H = G.edge_subgraph(set(_edges_touching(G, pols))).copy()
    H.add_nodes_from((n, G.nodes[n]) for n in pols)
    return H


def ego(G: nx.MultiDiGraph, node: str, depth: int = 2) -> nx.MultiDiGraph:
    """Everything within ``depth`` facts of ``node`` (edge direction ignored)."""
    return nx.ego_graph(G, node, radius=max(0, int(depth)), undirected=True).copy()


#: view name (as used in maps.json) -> function
VIEWS = {"overview": overview, "platform_system": platform_system, "policies": policies}


def normalise_name(name: str) -> str:
    """Fold width and case so that "杭州高新区（滨江）" matches "杭州高新区(滨江)".

    >>> normalise_name(" 杭州高新区（滨江） ") == normalise_name("杭州高新区(滨江)")
    True
    >>> normalise_name("Zhejiang  University")
    'zhejiang university'
    """
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def entity_names(G: nx.MultiDiGraph, n) -> list[str]:
    """Every name of a node: Chinese and English preferred labels, then aliases."""
    d = G.nodes[n]
    names = [d.get("label_zh", ""), d.get("label_en", "")] + split_list(d.get("aliases", ""))
    return [x for x in names if x]


def find_entity(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose preferred label, English label or alias (or IRI) is ``name``.

    A preferred label beats an alias; among equals the best-connected entity wins.
    No match raises ``KGError`` E401 with up to five close names.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label_zh="白马湖实验室", label_en="Baima Lake Laboratory", aliases="", degree=3)
    >>> find_entity(G, "baima lake laboratory")
    'a'
    >>> find_entity(G, "白马实验室")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: E401 no entity named '白马实验室'; did you mean: 白马湖实验室?
    """
    if name in G:
        return name
    wanted = normalise_name(name)
    if not wanted:
        raise KGError(E.E401.format(name=name, suggestions=""))
    best: Optional[tuple] = None
    for n in G.nodes():
        names = entity_names(G, n)
        for rank, x in enumerate(names):
            if normalise_name(x) == wanted:
                score = (0 if rank < 2 else 1, -int(G.nodes[n].get("degree", 0) or 0), str(n))
                if best is None or score < best:
                    best = score + (n,)
                break
    if best is not None:
        return best[-1]
    raise KGError(E.E401.format(name=name, suggestions=_suggestions(G, name)))


def _suggestions(G: nx.MultiDiGraph, name: str, limit: int = 5) -> str:
    """"; did you mean: A, B?" from names containing the query and difflib's close matches."""
    by_norm: dict[str, str] = {}
    for n in G.nodes():
        for x in entity_names(G, n):
            by_norm.setdefault(normalise_name(x), x)
    wanted = normalise_name(name)
    containing = sorted(
        (k for k in by_norm if wanted in k or k in wanted), key=lambda k: (abs(len(k) - len(wanted)), k)
    )
    close = difflib.get_close_matches(wanted, list(by_norm), n=limit, cutoff=0.5)
    picks: list[str] = []
    for k in close + containing:
        if by_norm[k] not in picks:
            picks.append(by_norm[k])
    if not picks:
        return " (no similar names; try `kg query` to list entities)"
    return "; did you mean: " + ", ".join(picks[:limit]) + "?"
