"""Run SPARQL on the graph: a named query, a ``.rq`` file or inline text.

>>> import pyoxigraph as ox
>>> store = ox.Store()
>>> res = run_query(store, "ASK { ?s ?p ?o }")
>>> res.form, res.boolean
('ask', False)
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import E, KGError
from kg.namespaces import PREFIXES, sparql_prefixes
from kg.query.catalogue import NamedQuery, load_catalogue, parse_named_query, query_form
from kg.query.params import coerce, fill, placeholders

#: prefix name -> IRI, handed to Oxigraph so user queries may omit PREFIX lines
OX_PREFIXES = {p: str(ns) for p, ns in PREFIXES.items()}
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


@dataclass
class QueryResult:
    """The answer to one query, whatever its form.

    ``form`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE). Terms are
    pyoxigraph terms (``NamedNode``, ``Literal``, ``BlankNode``) or None (unbound).
    """

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    #: the endpoint said it cut the result short (Virtuoso ``X-SPARQL-MaxRows``)
    truncated_at: int | None = None
    seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.triples) if self.form == "graph" else len(self.rows)

    def column(self, var: str) -> list:
        """Values of one variable, as Python strings (IRIs and lexical forms); None if unbound."""
        i = self.variables.index(var)
        return [None if r[i] is None else r[i].value for r in self.rows]

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings, handy in tests and notebooks."""
        return [
            {v: (None if t is None else t.value) for v, t in zip(self.variables, row)} for row in self.rows
        ]


@dataclass
class PreparedQuery:
    """Query text with its parameters filled, and where it came from."""

    text: str
    named: NamedQuery | None = None

    @property
    def form(self) -> str:
        return query_form(self.text)


_NAME_LIKE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def prepare(spec: str, params: dict[str, str] | None = None, catalogue: dict | None = None) -> PreparedQuery:
    """Turn ``NAME``, ``FILE.rq`` or inline SPARQL into query text with parameters filled.

    Defaults come from the named query's ``# param:`` lines. Unknown parameters,
    and required ones left without a value, are errors (E210, E203).
    """
    params = dict(params or {})
    catalogue = load_catalogue() if catalogue is None else catalogue
    named: NamedQuery | None = None
    if spec in catalogue:
        named = catalogue[spec]
        text = named.text
    elif spec.endswith(".rq") or (len(spec) < 300 and "\n" not in spec and Path(spec).is_file()):
        path = Path(spec)
        if not path.is_file():
            raise KGError(E.E001.format(path=spec))
        try:
            named = parse_named_query(path)
            text = named.text
        except ValueError:  # a plain .rq file without our header
            text = path.read_text(encoding="utf-8")
    elif _NAME_LIKE.match(spec):
        raise KGError(E.E202.format(name=spec, known=", ".join(sorted(catalogue)) or "(none)"))
    else:
        text = spec
    used = placeholders(text)
    declared = {p.name: p for p in named.params} if named else {}
    unknown = [k for k in params if k not in used and k not in declared]
    if unknown:
        raise KGError(E.E210.format(names=", ".join(unknown), known=", ".join(used) or "(none)"))
    values = {name: p.default for name, p in declared.items() if p.default is not None}
    values.update({k: coerce(v, declared[k].default) if k in declared else v for k, v in params.items()})
    missing = [name for name in declared if name not in values]
    if missing:
        raise KGError(E.E203.format(name=named.name, missing=", ".join(missing)))
    return PreparedQuery(fill(text, values), named)


def with_prefixes(text: str) -> str:
    """The query with our PREFIX block in front (for engines other than Oxigraph)."""
    return sparql_prefixes() + text


def check_read_only(text: str) -> None:
    """Raise E207 for SPARQL Update text (INSERT, DELETE, LOAD, DROP, …)."""
    if query_form(text) in UPDATE_KEYWORDS:
        raise KGError(E.E207, exit_code=2)


def syntax_message(exc: SyntaxError, text: str) -> str:
    """One readable line from Oxigraph's parser error: position, expectation, the text there.

    Oxigraph lists every expected character class; we keep the first few items.
    """
    msg = str(exc).replace("\n", " ")
    m = re.match(r"error at (\d+):(\d+): (.*)", msg)
    if not m:
        return msg[:300]
    line, col, detail = int(m.group(1)), int(m.group(2)), m.group(3)
    if "Prefix not found" in detail:
        detail = "unknown prefix (declare it with PREFIX, or use one of: " + ", ".join(PREFIXES) + ")"
    elif len(detail) > 120:
        detail = detail[:117].rsplit(",", 1)[0] + ", …"
    lines = text.splitlines()
    near = ""
    if 0 < line <= len(lines):
        src = lines[line - 1]
        at = col - 1  # the parser counts columns from 1
        near = src[max(0, at - 20): at + 20].strip()
    return f"line {line}, column {col}: {detail}" + (f" — near: {near}" if near else "")


def execute(
    store: ox.Store,
    text: str,
    max_rows: int | None = None,
    union: bool = True,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> QueryResult:
    """Run query text on a pyoxigraph store and collect the answer.

    The default graph is the union of the named graphs, unless ``default_graphs``
    (the protocol's ``default-graph-uri``) names the graphs to merge instead;
    ``named_graphs`` (``named-graph-uri``) limits what ``GRAPH ?g`` sees. With
    ``max_rows``, a result with more rows (or triples) raises E206 rather than
    being cut silently.
    """
    check_read_only(text)
    started = time.perf_counter()
    kwargs: dict = {"prefixes": OX_PREFIXES}
    try:
        if default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            kwargs["use_default_graph_as_union"] = union
        if named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        answer = store.query(text, **kwargs)
        result = collect(answer, max_rows)
    except SyntaxError as exc:
        raise KGError(E.E201.format(detail=syntax_message(exc, text)), exit_code=2) from None
    except (OSError, ValueError, RuntimeError) as exc:  # evaluation errors (e.g. a bad graph IRI)
        raise KGError(E.E211.format(detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)) from None
    result.seconds = time.perf_counter() - started
    return result


def collect(answer, max_rows: int | None = None) -> QueryResult:
    """Materialise a pyoxigraph answer (solutions, boolean or triples) into a QueryResult."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    limit = max_rows if max_rows is not None else -1
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = []
        for sol in answer:
            if len(rows) == limit:
                raise KGError(E.E206.format(limit=limit))
            rows.append(tuple(sol))
        return QueryResult("select", variables=variables, rows=rows)
    triples = []
    for t in answer:
        if len(triples) == limit:
            raise KGError(E.E206.format(limit=limit))
        triples.append(t)
    return QueryResult("graph", triples=triples)


def run_query(
    target,
    spec: str,
    params: dict[str, str] | None = None,
    max_rows: int | None = None,
) -> QueryResult:
    """Run a named query, a ``.rq`` file or inline SPARQL on a store or build directory.

    ``target`` is a ``pyoxigraph.Store`` or a build directory (opened read-only).

    >>> import pyoxigraph as ox
    >>> run_query(ox.Store(), "SELECT (1+1 AS ?two) {}").column("two")
    ['2']
    """
    prepared = prepare(spec, params)
    store = target if isinstance(target, ox.Store) else open_build_store(Path(target))
    return execute(store, prepared.text, max_rows=max_rows)


def open_build_store(build_dir: Path) -> ox.Store:
    """The build's Oxigraph store, read-only (E101 when there is none)."""
    from kg.store import open_store

    return open_store(build_dir, read_only=True)
