"""``KnowledgeGraph``: the graph for notebooks — SPARQL into DataFrames, the entity network,
inline maps, and adding documents.

A thin layer over the modules that do the work: named queries and parameters come from
``kg.query`` (``kg/queries/*.rq``), the network from ``kg.network.entity_network``, maps from
``kg.maps`` (offline HTML, shown inline through an ``<iframe srcdoc>``), counts from
``kg.stats`` and rebuilding from ``kg.build.build``.

>>> g = KnowledgeGraph.from_file("tests/fixtures/mini.trig")
>>> sorted(g.query("co-builders", lab="白马湖实验室")["orgName"])
['浙江大学', '浙江省能源集团', '西湖大学']
>>> g.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Laboratory }")["n"].tolist()
[1]
>>> g.network().nodes["https://w3id.org/innokg/id/university/zhe-jiang-da-xue"]["label_zh"]
'浙江大学'
"""
from __future__ import annotations

import gc
import html
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import networkx as nx
import pandas as pd
import pyoxigraph as ox

from kg.errors import E, KGError

PathLike = Union[str, os.PathLike]
#: the repository checkout this package runs from (used to find documents recorded by relative path)
REPO_ROOT = Path(__file__).resolve().parent.parent
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                     "positiveInteger", "unsignedInt", "unsignedLong")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}
#: CJK fonts tried in order by :func:`use_cjk_font` (Debian fonts-noto-cjk first)
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "Source Han Sans SC",
             "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "SimHei",
             "Noto Serif CJK SC", "Noto Serif CJK JP")


# --- term conversion ---------------------------------------------------------------------

def to_python(term):
    """A pyoxigraph term as a plain Python value: IRIs and strings as ``str``, numbers as
    ``int``/``float``, booleans as ``bool``, unbound as ``None``.

    >>> to_python(ox.Literal("3", datatype=ox.NamedNode(_XSD + "integer")))
    3
    >>> to_python(ox.NamedNode("https://w3id.org/innokg/id/x"))
    'https://w3id.org/innokg/id/x'
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        try:
            if dt in _INTEGER_TYPES:
                return int(term.value)
            if dt in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:  # an ill-typed literal keeps its lexical form
            return term.value
        if dt == _XSD + "boolean":
            return term.value in ("true", "1")
    return term.value


def result_frame(result) -> Union[pd.DataFrame, bool]:
    """A ``kg.query.QueryResult`` as a DataFrame (SELECT: one column per variable;
    CONSTRUCT/DESCRIBE: subject, predicate, object), or a ``bool`` for ASK."""
    if result.form == "ask":
        return bool(result.boolean)
    if result.form == "graph":
        rows = [(to_python(t.subject), to_python(t.predicate), to_python(t.object)) for t in result.triples]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    rows = [[to_python(t) for t in row] for row in result.rows]
    return pd.DataFrame(rows, columns=list(result.variables))


# --- inline maps -------------------------------------------------------------------------

@dataclass
class MapView:
    """An offline HTML map; Jupyter shows it inline (an ``<iframe srcdoc>``, nothing loaded
    from another host). ``save(path)`` writes it as a standalone page.
    """

    html: str
    title: str
    nodes: int
    edges: int
    height: int = 600

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" title="{html.escape(self.title)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts"></iframe>')

    def __repr__(self) -> str:
        return f"<MapView {self.title!r}: {self.nodes} nodes, {self.edges} edges>"

    def save(self, path: PathLike) -> Path:
        """Write the map as one self-contained HTML file (UTF-8)."""
        from kg.maps.render import write_html

        return write_html(Path(path), self.html)


# --- what add_documents changed ----------------------------------------------------------

_ENTITY_COLUMNS = ["iri", "type", "label_zh", "label_en", "aliases", "document_count"]
_FACT_COLUMNS = ["subject", "predicate", "object", "subject_iri", "object_iri", "evidence_count"]
_ALIAS_COLUMNS = ["iri", "label_zh", "alias"]


@dataclass
class Changes:
    """What adding documents changed in the graph (see :meth:`KnowledgeGraph.add_documents`).

    ``new_entities``/``removed_entities``: one row per entity IRI; ``new_facts``/
    ``removed_facts``/``more_evidence``: one row per fact (subject, predicate, object);
    ``new_aliases``: names newly merged into an entity that existed before. ``documents``
    lists the documents added; ``skipped`` the files that could not be read or were
    already in the graph (with the numbered message).
    """

    documents: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    new_entities: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_ENTITY_COLUMNS))
    removed_entities: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_ENTITY_COLUMNS))
    new_facts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_FACT_COLUMNS))
    removed_facts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_FACT_COLUMNS))
    more_evidence: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_FACT_COLUMNS))
    new_aliases: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_ALIAS_COLUMNS))
    seconds: float = 0.0

    def summary(self) -> str:
        """One line per kind of change.

        >>> print(Changes().summary())
        documents added: 0
        new entities: 0
        new facts: 0
        aliases merged into existing entities: 0
        """
        lines = [f"documents added: {len(self.documents)}"]
        if self.skipped:
            lines.append(f"files skipped: {len(self.skipped)}")
        lines += [f"new entities: {len(self.new_entities)}", f"new facts: {len(self.new_facts)}"]
        if len(self.more_evidence):
            lines.append(f"facts with more evidence: {len(self.more_evidence)}")
        lines.append(f"aliases merged into existing entities: {len(self.new_aliases)}")
        if len(self.removed_entities) or len(self.removed_facts):
            lines.append(f"entities gone: {len(self.removed_entities)}, facts gone: {len(self.removed_facts)}"
                         " (re-resolution merged or re-typed them)")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return "<Changes " + "; ".join(self.summary().splitlines()) + ">"

    def _repr_html_(self) -> str:
        return "<pre>" + html.escape(self.summary()) + "</pre>"


def _entity_rows(G: nx.MultiDiGraph, nodes: Iterable) -> pd.DataFrame:
    rows = [[n] + [G.nodes[n].get(c, "") for c in _ENTITY_COLUMNS[1:]] for n in sorted(nodes)]
    return pd.DataFrame(rows, columns=_ENTITY_COLUMNS)


def _fact_rows(G: nx.MultiDiGraph, facts: Iterable[tuple]) -> pd.DataFrame:
    rows = []
    for s, p, o in sorted(facts):
        d = G.edges[s, o, p]
        rows.append([G.nodes[s].get("label_zh", s), p, G.nodes[o].get("label_zh", o), s, o,
                     int(d.get("evidence_count", 0) or 0)])
    return pd.DataFrame(rows, columns=_FACT_COLUMNS)


def _facts(G: nx.MultiDiGraph) -> set[tuple]:
    return {(s, p, o) for s, o, p in G.edges(keys=True)}


def _aliases(G: nx.MultiDiGraph, n) -> set[str]:
    from kg.network import split_list

    d = G.nodes[n]
    return {a for a in split_list(d.get("aliases", "")) + [d.get("label_zh", "")] if a}


def diff_networks(before: nx.MultiDiGraph, after: nx.MultiDiGraph) -> Changes:
    """Compare two entity networks: entities by IRI, facts by (s, p, o), aliases per entity.

    >>> a, b = nx.MultiDiGraph(), nx.MultiDiGraph()
    >>> a.add_node("x", label_zh="甲", aliases="")
    >>> b.add_node("x", label_zh="甲", aliases="甲方")
    >>> b.add_node("y", label_zh="乙", aliases="")
    >>> _ = b.add_edge("x", "y", key="cooperatesWith", evidence_count=1)
    >>> c = diff_networks(a, b)
    >>> c.new_entities["iri"].tolist(), c.new_facts["predicate"].tolist(), c.new_aliases["alias"].tolist()
    (['y'], ['cooperatesWith'], ['甲方'])
    """
    old_facts, new_facts = _facts(before), _facts(after)
    kept = old_facts & new_facts
    grew = {f for f in kept
            if int(after.edges[f[0], f[2], f[1]].get("evidence_count", 0) or 0)
            > int(before.edges[f[0], f[2], f[1]].get("evidence_count", 0) or 0)}
    alias_rows = []
    for n in sorted(set(before) & set(after)):
        for alias in sorted(_aliases(after, n) - _aliases(before, n)):
            alias_rows.append([n, after.nodes[n].get("label_zh", n), alias])
    return Changes(
        new_entities=_entity_rows(after, set(after) - set(before)),
        removed_entities=_entity_rows(before, set(before) - set(after)),
        new_facts=_fact_rows(after, new_facts - old_facts),
        removed_facts=_fact_rows(before, old_facts - new_facts),
        more_evidence=_fact_rows(after, grew),
        new_aliases=pd.DataFrame(alias_rows, columns=_ALIAS_COLUMNS),
    )


# --- fonts for plots -----------------------------------------------------------------------

def use_cjk_font() -> Optional[str]:
    """Make matplotlib draw Chinese: put the first installed CJK font of :data:`CJK_FONTS`
    in front of the sans-serif list (others stay as fallbacks). Returns its name, or None
    when no CJK font is installed (labels then show as boxes; install ``fonts-noto-cjk``).
    """
    import matplotlib
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    found = next((name for name in CJK_FONTS if name in installed), None)
    if found:
        rest = [f for f in matplotlib.rcParams["font.sans-serif"] if f != found]
        matplotlib.rcParams["font.sans-serif"] = [found] + rest
        matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False  # CJK fonts often lack U+2212
    return found


# --- the graph -----------------------------------------------------------------------------

class KnowledgeGraph:
    """The knowledge graph of one build directory (or any store that follows docs/model.md).

    >>> g = KnowledgeGraph.open("build")                          # doctest: +SKIP
    >>> g.counts()["documents"]                                    # doctest: +SKIP
    5
    >>> g.query("platform-tiers")                                  # doctest: +SKIP
    >>> g.map("platform-system")                                   # doctest: +SKIP
    """

    def __init__(self, store: ox.Store, build_dir: Optional[PathLike] = None):
        self._store: Optional[ox.Store] = store
        self.build_dir: Optional[Path] = Path(build_dir).resolve() if build_dir is not None else None
        self._network: Optional[nx.MultiDiGraph] = None

    # constructors

    @classmethod
    def open(cls, build_dir: PathLike = "build") -> "KnowledgeGraph":
        """Open a build directory made by ``kg build`` (read-only; E101 when there is none).

        >>> KnowledgeGraph.open("no/such/build")
        Traceback (most recent call last):
        ...
        kg.errors.KGError: E101 no/such/build: no built graph here; run `kg build` first
        """
        from kg.store import open_store

        return cls(open_store(build_dir, read_only=True), build_dir)

    @classmethod
    def from_store(cls, store: ox.Store) -> "KnowledgeGraph":
        """Wrap a ``pyoxigraph.Store`` you already hold (e.g. an in-memory one in a test)."""
        return cls(store)

    @classmethod
    def from_file(cls, path: PathLike, ontology: bool = True) -> "KnowledgeGraph":
        """Load a TriG or N-Quads file (e.g. ``build/kg.trig``) into an in-memory store.

        With ``ontology`` the ontology is loaded into ``kgg:ontology`` too, as a build does.
        """
        from kg.store import load_ontology

        path = Path(path)
        if not path.is_file():
            raise KGError(E.E001.format(path=path))
        fmt = ox.RdfFormat.N_QUADS if path.suffix.lower() in (".nq", ".nquads") else ox.RdfFormat.TRIG
        store = ox.Store()
        try:
            store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as err:
            raise KGError(E.E104.format(path=path, detail=str(err).splitlines()[0])) from None
        if ontology:
            load_ontology(store)
        return cls(store)

    def __repr__(self) -> str:
        where = str(self.build_dir) if self.build_dir else "in memory"
        return f"<KnowledgeGraph {where}: {len(self.store)} quads>"

    @property
    def store(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (read-only when opened from a build)."""
        if self._store is None:  # only while add_documents rebuilds
            raise KGError(E.E101.format(path=self.build_dir))
        return self._store

    @property
    def manifest(self) -> dict:
        """The build's ``manifest.json`` (inputs, skipped files, counts); ``{}`` without one."""
        if self.build_dir is None:
            return {}
        path = self.build_dir / "manifest.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}

    # SPARQL

    def sparql(self, text: str, **params) -> Union[pd.DataFrame, bool]:
        """Run SPARQL (default graph = union of all graphs; our prefixes need no PREFIX lines).

        ``$name`` variables are filled from ``params`` as in named queries: a name becomes a
        string literal, ``kgr:…`` or ``<…>`` an IRI, a number a number. SELECT gives a
        DataFrame, ASK a bool, CONSTRUCT a DataFrame of triples.

        >>> g = KnowledgeGraph.from_store(ox.Store())
        >>> g.sparql("SELECT ($x AS ?y) {}", x=3)["y"].tolist()
        [3]
        """
        from kg.query.run import execute, prepare

        prepared = prepare(text, _param_strings(params), catalogue={})
        return result_frame(execute(self.store, prepared.text))

    def query(self, name: str, **params) -> Union[pd.DataFrame, bool]:
        """Run a named query of the catalogue (``kg/queries/NAME.rq``; list them with
        :meth:`queries`). Parameters left out take the query's defaults.

        >>> g = KnowledgeGraph.from_store(ox.Store())
        >>> g.query("no-such-query")
        Traceback (most recent call last):
        ...
        kg.errors.KGError: E202 no named query 'no-such-query'; known: ...
        """
        from kg.query.catalogue import load_catalogue
        from kg.query.run import execute, prepare

        catalogue = load_catalogue()
        if name not in catalogue:
            raise KGError(E.E202.format(name=name, known=", ".join(sorted(catalogue))))
        prepared = prepare(name, _param_strings(params), catalogue=catalogue)
        return result_frame(execute(self.store, prepared.text))

    @staticmethod
    def queries() -> pd.DataFrame:
        """The named-query catalogue: name, title, parameters (with defaults), description."""
        from kg.query.catalogue import load_catalogue

        rows = []
        for q in load_catalogue().values():
            params = ", ".join(p.name if p.default is None else f"{p.name}={p.default}" for p in q.params)
            rows.append([q.name, q.title, params, q.description])
        return pd.DataFrame(rows, columns=["name", "title", "params", "description"])

    # counts

    def counts(self) -> dict:
        """Documents, entities, facts, evidence records and quads, plus entities by main type
        (as in :meth:`network`) and facts by predicate (as ``kg stats`` counts them).

        >>> KnowledgeGraph.from_file("tests/fixtures/mini.trig").counts()["entities"]
        27
        """
        from collections import Counter

        from kg.stats import stats

        s = stats(self.store)
        # entities from the network: one per IRI, counted under its main type (the named
        # query stats-types counts an entity once per class, subclasses included)
        types = Counter(d.get("type", "Other") for _, d in self.network().nodes(data=True))
        return {
            "documents": len(s["documents"]),
            "entities": sum(types.values()),
            "facts": sum(s["facts_by_predicate"].values()),
            "evidence": sum(s["evidence_by_predicate"].values()),
            "quads": s["quads"],
            "entities_by_type": dict(types.most_common()),
            "facts_by_predicate": s["facts_by_predicate"],
        }

    # the entity network

    def network(self, refresh: bool = False) -> nx.MultiDiGraph:
        """The entity network (``kg.network.entity_network``): nodes are entity IRIs with
        ``type``, ``label_zh``, ``label_en``, ``aliases``, ``documents``, ``document_count``,
        ``degree``; edges are keyed by predicate with ``label_zh``, ``evidence``,
        ``evidence_count``. Built once and cached; the caller gets the cached graph, so copy
        it before changing it.
        """
        if self._network is None or refresh:
            from kg.network import entity_network

            self._network = entity_network(self.store)
        return self._network

    def entities(self, type: Optional[str] = None) -> pd.DataFrame:
        """One row per entity (from the network): iri, type, labels, aliases, counts.

        ``type`` keeps one class (local name, e.g. ``"University"``).
        """
        G = self.network()
        cols = ["type", "label_zh", "label_en", "aliases", "document_count", "degree"]
        rows = [[n] + [d.get(c, "") for c in cols] for n, d in G.nodes(data=True)
                if type is None or d.get("type") == type]
        df = pd.DataFrame(rows, columns=["iri"] + cols)
        return df.sort_values(["type", "label_zh"], ignore_index=True)

    def find(self, name: str) -> str:
        """The IRI of the entity with this name (preferred label, English label, alias or IRI);
        E401 with close names when there is none."""
        from kg.maps.views import find_entity

        return find_entity(self.network(), name)

    def label(self, iri: str) -> str:
        """The Chinese preferred label of an entity IRI (the IRI itself when unknown)."""
        G = self.network()
        return G.nodes[iri].get("label_zh", iri) if iri in G else iri

    def path(self, source: str, target: str) -> pd.DataFrame:
        """The shortest chain of facts between two entities (named by any name), edge
        direction ignored: one row per hop with ``from``, ``relation`` (predicate),
        ``to``, ``direction`` (``→`` as stated, ``←`` reversed) and ``evidence_count``.
        Empty when the graph does not connect them; E401 when a name is unknown.
        """
        G = self.network()
        a, b = self.find(source), self.find(target)
        columns = ["from", "relation", "to", "direction", "evidence_count", "from_iri", "to_iri"]
        try:
            nodes = nx.shortest_path(G.to_undirected(as_view=True), a, b)
        except nx.NetworkXNoPath:
            return pd.DataFrame(columns=columns)
        rows = []
        for u, v in zip(nodes, nodes[1:]):
            if G.has_edge(u, v):
                key, d = next(iter(sorted(G[u][v].items())))
                arrow = "→"
            else:
                key, d = next(iter(sorted(G[v][u].items())))
                arrow = "←"
            rows.append([self.label(u), key, self.label(v), arrow, int(d.get("evidence_count", 0) or 0), u, v])
        return pd.DataFrame(rows, columns=columns)

    def evidence(self, subject: str, predicate: str = "", object: str = "") -> pd.DataFrame:
        """The sentences behind the facts of ``subject`` (optionally one ``predicate`` local name
        and one ``object``), with document, cue word, extractor rule and confidence — the
        named query ``evidence`` with the entities' Chinese preferred labels.
        """
        subject_label = self.label(self.find(subject))
        object_label = self.label(self.find(object)) if object else ""
        return self.query("evidence", subject=subject_label, predicate=predicate, object=object_label)

    # maps

    def map(self, what: Union[None, str, Sequence[str], nx.Graph] = None, *, depth: int = 1,
            title: Optional[str] = None, height: int = 600) -> MapView:
        """An interactive map, shown inline in Jupyter and usable offline.

        ``what`` is a map name of ``kg/maps/maps.json`` (``"overview"``, ``"platform-system"``,
        ``"policies"``; the default is the overview), an entity name (everything within
        ``depth`` facts of it), a list of entity names (the union of their neighbourhoods;
        ``depth=0`` keeps just those entities and the facts between them) or a networkx
        subgraph of :meth:`network`.

        >>> g = KnowledgeGraph.from_file("tests/fixtures/mini.trig")     # doctest: +SKIP
        >>> g.map(["白马湖实验室", "浙江大学"], depth=0)                  # doctest: +SKIP
        <MapView '白马湖实验室, 浙江大学': 2 nodes, 1 edges>
        """
        from kg.maps import map_specs, views
        from kg.maps.layout import compute_layout
        from kg.maps.render import render_map, styles

        G = self.network()
        specs = {s["name"]: s for s in map_specs()["maps"]}
        by_view = {s["view"]: s for s in map_specs()["maps"]}
        name, title_en = "custom", ""
        if what is None:
            what = "overview"
        if isinstance(what, nx.Graph):
            H = nx.MultiDiGraph(what)
            for n in H.nodes():  # a subgraph built by hand may lack the display attributes
                if n in G:
                    H.nodes[n].update({k: v for k, v in G.nodes[n].items() if k not in H.nodes[n]})
            heading = title or f"{H.number_of_nodes()} entities"
        elif isinstance(what, str) and (what in specs or what in by_view):
            spec = specs.get(what) or by_view[what]
            H = views.VIEWS[spec["view"]](G)
            name = spec["name"]
            heading = title or spec["title_zh"]
            title_en = "" if title else spec["title_en"]
        else:
            names = [what] if isinstance(what, str) else list(what)
            nodes = [views.find_entity(G, n) for n in names]
            if depth <= 0:
                H = G.subgraph(nodes).copy()
            else:
                H = nx.compose_all([views.ego(G, n, depth) for n in nodes]) if nodes else nx.MultiDiGraph()
            heading = title or ", ".join(G.nodes[n].get("label_zh", n) for n in nodes)
        positions = compute_layout(H, cache_dir=None, spacing=styles()["layout"]["spacing"])
        built = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        page = render_map(H, positions, name=name, title_zh=heading, title_en=title_en, built=built,
                          index_href=None)
        return MapView(page, f"{heading} {title_en}".strip(), H.number_of_nodes(), H.number_of_edges(), height)

    # adding documents

    def add_documents(self, paths: Union[PathLike, Sequence[PathLike]], *, maps: bool = True,
                      progress: bool = False) -> Changes:
        """Extract new documents (files or folders) into this build and report what changed.

        The build directory is rebuilt from the documents its manifest lists plus ``paths``
        (``kg.build.build``: atomic, so a failure leaves the graph as it was), because
        resolving entities is global: a new document can merge an alias into an existing
        entity. The graph is reopened afterwards. Files already in the graph are skipped.

        >>> g = KnowledgeGraph.open("work/build")                           # doctest: +SKIP
        >>> changes = g.add_documents(["mydocs/new-policy.txt"])           # doctest: +SKIP
        >>> changes.new_facts                                                # doctest: +SKIP
        """
        import time

        from kg.build import build

        if self.build_dir is None:
            raise KGError(E.E601)
        started = time.perf_counter()
        new = [Path(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
        if not new:
            raise KGError(E.E007.format(paths="(none given)"))
        for p in new:
            if not p.exists():
                raise KGError(E.E001.format(path=p))
        inputs = recorded_inputs(self.build_dir, self.manifest)
        before = self.network()
        old_docs = {d["doc_id"] for d in self.manifest.get("documents", [])}

        # the read-only handle must be closed before the build renames the folder away
        self._store, self._network = None, None
        gc.collect()
        try:
            report = build(inputs + [p.resolve() for p in new], self.build_dir, progress=progress, maps=maps)
        finally:
            from kg.store import open_store

            self._store = open_store(self.build_dir, read_only=True)
        after = self.network()
        changes = diff_networks(before, after)
        changes.documents = [d for d in report.documents if d["doc_id"] not in old_docs]
        changes.skipped = list(report.skipped)
        changes.seconds = round(time.perf_counter() - started, 2)
        return changes


def _param_strings(params: dict) -> dict[str, str]:
    """Parameter values as the query layer expects them (text); numbers stay numbers."""
    return {k: ("" if v is None else str(v)) for k, v in params.items()}


def recorded_inputs(build_dir: Path, manifest: dict) -> list[Path]:
    """The document files a build was made from, as absolute paths.

    Each document of the manifest is taken from ``file`` (an absolute path, where the build
    records one) or ``path`` (as displayed: relative to the folder ``kg build`` ran in, which
    the manifest does not record). A relative path is looked up from the current folder, the
    build's parent folder and the repository root. A document that can no longer be found is
    an error (E602), so a rebuild never silently drops documents.
    """
    found: list[Path] = []
    bases = [Path.cwd(), Path(build_dir).resolve().parent, REPO_ROOT]
    for doc in manifest.get("documents", []):
        p = Path(doc.get("file") or doc["path"])
        candidates = [p] if p.is_absolute() else [base / p for base in bases]
        hit = next((c.resolve() for c in candidates if c.is_file()), None)
        if hit is None:
            raise KGError(E.E602.format(path=doc["path"], build=build_dir))
        found.append(hit)
    return found
