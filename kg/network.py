"""The entity network: resolved entities and the facts between them, as a networkx graph.

Built with SPARQL from a ``pyoxigraph.Store`` that follows ``docs/model.md``; the queries
are data files in ``kg/maps/queries/``. Maps, the GraphML/GEXF exports and notebooks all
read this one graph, so every attribute is a plain string or number (GraphML-safe);
list-valued attributes (aliases, document titles, evidence sentences) are joined with
newlines (``LIST_SEP``) and split back with :func:`split_list`.

Nodes are keyed by entity IRI:

====================  ======================================================================
``type``              class local name, e.g. ``"Laboratory"`` (most specific known type)
``label_zh``          ``skos:prefLabel@zh`` (falls back to the IRI's last segment)
``label_en``          ``skos:prefLabel@en`` or ``""``
``aliases``           ``skos:altLabel`` values, newline-joined, sorted
``documents``         titles of the documents that mention the entity, newline-joined
``document_count``    how many documents mention it
``degree``            number of facts (edges) touching it
``formula`` …         platform systems/tiers only: ``formula``, ``position``, ``symbol``,
                      ``declared_count``, ``tier_label``
====================  ======================================================================

Edges are keyed by predicate local name (one edge per distinct fact ``s p o``):
``predicate``, ``label_zh``, ``label_en``, ``evidence`` (sentences, newline-joined),
``documents`` (titles, newline-joined), ``evidence_count``.

>>> import pyoxigraph as ox
>>> G = entity_network(ox.Store())
>>> G.number_of_nodes(), G.number_of_edges()
(0, 0)
"""
from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import networkx as nx

from kg.namespaces import sparql_prefixes
from kg.records import ENTITY_TYPES, SYSTEM_TYPES

#: separator of list-valued attributes (sentences and titles never contain a newline)
LIST_SEP = "\n"

_QUERIES = Path(__file__).parent / "maps" / "queries"
_STYLES = Path(__file__).parent / "maps" / "styles.json"
_KNOWN_TYPES = ENTITY_TYPES + SYSTEM_TYPES
_ATTRIBUTE_NAMES = {
    "formula": "formula",
    "position": "position",
    "symbol": "symbol",
    "declaredCount": "declared_count",
    "tierLabel": "tier_label",
}


def split_list(value: str) -> list[str]:
    """Split a newline-joined list attribute back into its items.

    >>> split_list("浙江大学\\n西湖大学")
    ['浙江大学', '西湖大学']
    >>> split_list("")
    []
    """
    return [v for v in value.split(LIST_SEP) if v] if value else []


def _join(values: Iterable[str]) -> str:
    return LIST_SEP.join(sorted({v.replace("\n", " ").strip() for v in values if v and v.strip()}))


@lru_cache(maxsize=None)
def load_query(name: str) -> str:
    """The SPARQL text of ``kg/maps/queries/NAME.rq`` with the project's PREFIX block.

    >>> "SELECT" in load_query("entities")
    True
    """
    return sparql_prefixes() + (_QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def _select(store, name: str) -> list[dict]:
    """Run a named SELECT over the union of all graphs; rows as {var: python value}."""
    solutions = store.query(load_query(name), use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    rows = []
    for sol in solutions:
        row = {}
        for n in names:
            term = sol[n]
            row[n] = None if term is None else term.value
        rows.append(row)
    return rows


def local_name(iri: str) -> str:
    """The local name of an ontology IRI.

    >>> local_name("https://w3id.org/innokg/ontology#coBuiltBy")
    'coBuiltBy'
    >>> local_name("https://w3id.org/innokg/id/laboratory/bai-ma-hu-shi-yan-shi")
    'bai-ma-hu-shi-yan-shi'
    """
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@lru_cache(maxsize=1)
def _fallback_labels() -> dict:
    return json.loads(_STYLES.read_text(encoding="utf-8"))


def term_labels(store) -> dict[str, dict[str, str]]:
    """zh/en labels of ontology classes and properties, by local name.

    The ontology's ``rdfs:label`` values (graph ``kgg:ontology``) win; ``kg/maps/styles.json``
    fills in what the store lacks, and the local name is the last resort.

    >>> import pyoxigraph as ox
    >>> term_labels(ox.Store())["coBuiltBy"]["zh"]
    '共建'
    """
    styles = _fallback_labels()
    labels: dict[str, dict[str, str]] = {}
    for section in ("types", "predicates"):
        for name, spec in styles[section].items():
            labels[name] = {"zh": spec["zh"], "en": spec["en"]}
    # read terms directly (not via _select) because the label's language tag matters here
    solutions = store.query(load_query("term_labels"), use_default_graph_as_union=True)
    for sol in solutions:
        term, label = sol["term"], sol["label"]
        lang = (getattr(label, "language", None) or "").lower()
        key = "en" if lang.startswith("en") else "zh" if lang.startswith("zh") else None
        if key:
            labels.setdefault(local_name(term.value), {"zh": "", "en": ""})[key] = label.value
    return labels


def _pick_type(types: set[str]) -> str:
    """The entity's type among the known classes; a subclass-only entity keeps its own name."""
    known = [t for t in _KNOWN_TYPES if t in types]
    if known:
        return known[0]
    return sorted(types)[0] if types else "Other"


def entity_network(store) -> nx.MultiDiGraph:
    """Build the entity network of a store (see the module docstring for attributes).

    ``store`` is a ``pyoxigraph.Store`` (e.g. ``kg.store.open_store(DIR)``) holding the
    graphs of ``docs/model.md``.

    >>> import pyoxigraph as ox
    >>> s = ox.Store()
    >>> s.load(input='''
    ... @prefix kg: <https://w3id.org/innokg/ontology#> .
    ... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ... <https://w3id.org/innokg/graph/entities> {
    ...   <https://w3id.org/innokg/id/laboratory/a> a kg:Laboratory ; skos:prefLabel "甲实验室"@zh .
    ...   <https://w3id.org/innokg/id/university/b> a kg:University ; skos:prefLabel "乙大学"@zh ,
    ...       "B University"@en ; skos:altLabel "乙大"@zh . }
    ... <https://w3id.org/innokg/doc/d1> {
    ...   <https://w3id.org/innokg/id/laboratory/a> kg:coBuiltBy <https://w3id.org/innokg/id/university/b> . }
    ... ''', format=ox.RdfFormat.TRIG)
    >>> G = entity_network(s)
    >>> G.nodes["https://w3id.org/innokg/id/university/b"]["label_en"]
    'B University'
    >>> [(d["label_zh"], d["degree"]) for _, d in sorted(G.nodes(data=True))]
    [('甲实验室', 1), ('乙大学', 1)]
    >>> [(k, d["label_en"], d["evidence_count"]) for _, _, k, d in G.edges(keys=True, data=True)]
    [('coBuiltBy', 'co-built by', 0)]
    """
    G = nx.MultiDiGraph()
    labels = term_labels(store)

    types: dict[str, set[str]] = defaultdict(set)
    label_zh: dict[str, str] = {}
    label_en: dict[str, str] = {}
    for row in _select(store, "entities"):
        e = row["e"]
        types[e].add(local_name(row["type"]))
        if row["label_zh"] and (e not in label_zh or row["label_zh"] < label_zh[e]):
            label_zh[e] = row["label_zh"]
        if row["label_en"] and (e not in label_en or row["label_en"] < label_en[e]):
            label_en[e] = row["label_en"]

    aliases: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, "aliases"):
        aliases[row["e"]].add(row["alias"])
    # titles once per document, joined in Python: cheaper than joining them per mention
    title_of = {row["doc"]: row["title"] or row["doc"] for row in _select(store, "document_titles")}
    documents: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, "mentions"):
        documents[row["e"]].add(title_of.get(row["doc"], row["doc"]))

    for e in sorted(types):
        zh = label_zh.get(e) or label_en.get(e) or local_name(e)
        G.add_node(
            e,
            type=_pick_type(types[e]),
            label_zh=zh,
            label_en=label_en.get(e, ""),
            aliases=_join(a for a in aliases.get(e, ()) if a != zh),
            documents=_join(documents.get(e, ())),
            document_count=len(documents.get(e, ())),
        )

    for row in _select(store, "attributes"):
        e = row["e"]
        if e in G:
            name = _ATTRIBUTE_NAMES[local_name(row["p"])]
            value = row["v"]
            if name in ("position", "declared_count"):
                try:
                    value = int(value)
                except ValueError:
                    continue
            G.nodes[e][name] = value

    sentences: dict[tuple, set[str]] = defaultdict(set)
    titles: dict[tuple, set[str]] = defaultdict(set)
    evidence: dict[tuple, set[str]] = defaultdict(set)
    for row in _select(store, "evidence"):
        key = (row["s"], local_name(row["p"]), row["o"])
        evidence[key].add(row["ev"])
        if row["text"]:
            sentences[key].add(row["text"])
        if row["doc"]:
            titles[key].add(title_of.get(row["doc"], row["doc"]))

    for row in _select(store, "facts"):
        s, o = row["s"], row["o"]
        p = local_name(row["p"])
        if s not in G or o not in G:
            continue
        key = (s, p, o)
        lab = labels.get(p, {"zh": p, "en": p})
        G.add_edge(
            s,
            o,
            key=p,
            predicate=p,
            label_zh=lab.get("zh") or p,
            label_en=lab.get("en") or p,
            evidence=_join(sentences.get(key, ())),
            documents=_join(titles.get(key, ())),
            evidence_count=len(evidence.get(key, ())),
        )

    for n, d in G.degree():
        G.nodes[n]["degree"] = int(d)
    return G



#: network export formats and their networkx writers
NETWORK_FORMATS = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}


def write_network_exports(store, out_dir: Path, formats: Iterable[str] = NETWORK_FORMATS) -> list[Path]:
    """Write ``network.graphml`` / ``network.gexf`` (for Gephi, yEd, Cytoscape) atomically.

    >>> import pyoxigraph as ox, tempfile
    >>> [p.name for p in write_network_exports(ox.Store(), Path(tempfile.mkdtemp()))]
    ['network.graphml', 'network.gexf']
    """
    from .store import atomic_file

    graph = entity_network(store)
    written = []
    for fmt in formats:
        target = Path(out_dir) / f"network.{fmt}"
        with atomic_file(target) as tmp:
            NETWORK_FORMATS[fmt](graph, str(tmp))
        written.append(target)
    return written
