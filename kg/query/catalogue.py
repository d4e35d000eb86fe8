"""The catalogue of named queries: ``kg/queries/*.rq`` files with a header comment.

A named query is a plain SPARQL file. Its leading comment lines describe it::

    # title: Who leads and who co-builds a laboratory
    # description: The lead organisation (kg:ledBy) and co-builders (kg:coBuiltBy) of a lab.
    # param: lab — the laboratory's Chinese name (default 白马湖实验室)
    SELECT ?role ?orgName WHERE { ... FILTER(STR(?labName) = $lab) ... }

Parameters are SPARQL variables written with ``$`` (``$lab``); ``kg.query.params``
replaces them with RDF terms before the query runs, so the file itself stays valid
SPARQL that any client can paste. The PREFIX block of ``kg.namespaces`` is
prepended, so the files may omit PREFIX declarations.

>>> cat = load_catalogue()
>>> cat["co-builders"].params[0].name
'lab'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"

_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*?)\s*$")
# "lab — the lab's name (default 白马湖实验室)"; the dash may be an em dash, en dash or "-".
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:—|–|-{1,2})\s*(?P<meaning>.*?)\s*$")
_DEFAULT = re.compile(r"\(default\s+(?P<default>.*?)\)\s*$")


@dataclass(frozen=True)
class Param:
    """One parameter of a named query; ``default`` is None when it must be given."""

    name: str
    meaning: str
    default: str | None = None


@dataclass(frozen=True)
class NamedQuery:
    name: str  # file stem, e.g. "co-builders"
    title: str
    description: str
    params: tuple[Param, ...]
    text: str  # the whole file, header included (comments are valid SPARQL)
    path: Path = field(compare=False)

    @property
    def form(self) -> str:
        """SELECT, ASK, CONSTRUCT or DESCRIBE (the first keyword after the header)."""
        return query_form(self.text)


def parse_named_query(path: Path) -> NamedQuery:
    """Read one ``.rq`` file and its header comment.

    Header lines are the leading ``#`` lines; a ``description:`` may continue on
    following ``#`` lines that carry no other key.
    """
    text = path.read_text(encoding="utf-8")
    title, description, params = "", "", []
    last = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        m = _HEADER.match(stripped)
        if m:
            key, value = m.groups()
            last = key
            if key == "title":
                title = value
            elif key == "description":
                description = value
            else:
                params.append(_parse_param(value, path))
        elif last == "description":
            description += " " + stripped.lstrip("#").strip()
    if not title:
        raise ValueError(f"{path}: named query has no '# title:' header line")
    return NamedQuery(path.stem, title, description.strip(), tuple(params), text, path)


def _parse_param(value: str, path: Path) -> Param:
    m = _PARAM.match(value)
    if not m:
        raise ValueError(f"{path}: bad '# param:' line {value!r}; expected 'name — meaning (default …)'")
    meaning = m.group("meaning")
    d = _DEFAULT.search(meaning)
    default = d.group("default").strip() if d else None
    if d:
        meaning = meaning[: d.start()].rstrip()
    return Param(m.group("name"), meaning, default)


@lru_cache(maxsize=4)
def _load(directory: str) -> dict[str, NamedQuery]:
    queries = {}
    for path in sorted(Path(directory).glob("*.rq")):
        q = parse_named_query(path)
        queries[q.name] = q
    return queries


def load_catalogue(directory: Path | None = None) -> dict[str, NamedQuery]:
    """All named queries by name, sorted by name."""
    return dict(_load(str(directory or QUERIES_DIR)))


_PROLOGUE = re.compile(
    r"""\A(?:\s+|\#[^\n]*\n?|(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*""", re.X
)


def query_form(text: str) -> str:
    """The query form keyword: SELECT, ASK, CONSTRUCT, DESCRIBE, or the first word (e.g. INSERT).

    >>> query_form("PREFIX a: <x:> # c\\n construct { ?s ?p ?o } where { ?s ?p ?o }")
    'CONSTRUCT'
    """
    rest = text[_PROLOGUE.match(text).end():]
    m = re.match(r"[A-Za-z]+", rest)
    return m.group(0).upper() if m else ""
