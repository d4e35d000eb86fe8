"""Fill ``$name`` parameters of a SPARQL query with RDF terms, as text.

Substitution is textual (not Oxigraph's ``substitutions=``) so the same filled
query runs on the embedded store, on rdflib and on a remote endpoint. Only
``$name`` *variables* are replaced: string literals, IRIs and comments are left
alone. A value becomes:

* an IRI when written ``<…>``, ``http(s)://…`` or as a known prefixed name ``kgr:…``;
* itself when it is already a SPARQL literal (``"…"@zh``, ``"…"^^xsd:date``);
* a number when it looks like one (``42``, ``0.5``);
* otherwise a plain string literal (``白马湖实验室`` → ``"白马湖实验室"``).

A parameter's default (in the ``.rq`` header) also sets the *kind* of term a bare
value becomes (:func:`coerce`): with ``(default "白马湖实验室"@zh)`` the value
``西湖大学`` becomes ``"西湖大学"@zh``, so the query can match labels by index
(``?x skos:prefLabel $lab``) instead of filtering every label; with a default
``kg:coBuiltBy`` the value ``ledBy`` becomes ``kg:ledBy``.

>>> fill("SELECT * { ?x ?p $name } # $name stays", {"name": "白马湖"})
'SELECT * { ?x ?p "白马湖" } # $name stays'
>>> to_term("kgr:university/zhe-jiang-da-xue")
'<https://w3id.org/innokg/id/university/zhe-jiang-da-xue>'
"""
from __future__ import annotations

import re

from kg.ingest.normalize import fold
from kg.errors import E, KGError
from kg.namespaces import PREFIXES

# Long strings first, then short strings, IRIs, comments, then $variables.
_TOKENS = re.compile(
    r'''(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
    r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|\#[^\n]*)'''
    r"""|\$(?P<var>[A-Za-z_][A-Za-z0-9_]*)"""
)
_NUMBER = re.compile(r"^[+-]?(\d+|\d*\.\d+)([eE][+-]?\d+)?$")
_LITERAL = re.compile(r'''^"(?:[^"\\\n]|\\.)*"(@[A-Za-z]+(-[A-Za-z0-9]+)*|\^\^\S+)?$''')
_PNAME = re.compile(r"^([A-Za-z][\w-]*):(\S*)$")


def placeholders(query: str) -> list[str]:
    """The ``$name`` parameters a query uses, in order of first use."""
    seen: list[str] = []
    for m in _TOKENS.finditer(query):
        v = m.group("var")
        if v and v not in seen:
            seen.append(v)
    return seen


def to_term(value: str) -> str:
    """The SPARQL term for a parameter value given on the command line or in a form."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">") and not re.search(r'[\s<>"{}|^`\\]', v[1:-1]):
        return v
    if re.match(r"^https?://\S+$", v):
        return f"<{v}>"
    m = _PNAME.match(v)
    if m and m.group(1) in PREFIXES:
        return f"<{PREFIXES[m.group(1)]}{m.group(2)}>"
    if _LITERAL.match(v):
        return _expand_datatype(v)
    if _NUMBER.match(v):
        return v
    return f'"{_escape(value)}"'


def _expand_datatype(literal: str) -> str:
    """``"2023"^^xsd:gYear`` → full datatype IRI (the query may not declare ``xsd:``)."""
    if "^^" in literal and not literal.endswith(">"):
        lex, dt = literal.rsplit("^^", 1)
        m = _PNAME.match(dt)
        if m and m.group(1) in PREFIXES:
            return f"{lex}^^<{PREFIXES[m.group(1)]}{m.group(2)}>"
    return literal


_LANG_DEFAULT = re.compile(r'^"(?:[^"\\\n]|\\.)*"@([A-Za-z]+(?:-[A-Za-z0-9]+)*)$')


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def coerce(value: str, default: str | None) -> str:
    """Give a bare value the kind of term the parameter's default is.

    >>> coerce("西湖大学", '"白马湖实验室"@zh')
    '"西湖大学"@zh'
    >>> coerce("ledBy", "kg:coBuiltBy")
    'kg:ledBy'
    >>> coerce("杭州高新区（滨江）", '"白马湖实验室"@zh')
    '"杭州高新区(滨江)"@zh'
    >>> coerce("5", "20")
    '5'
    """
    v = value.strip()
    if default is None or v.startswith(('"', "<")):
        return value
    d = default.strip()
    m = _LANG_DEFAULT.match(d)
    if m:  # a name: labels are stored with half-width brackets and punctuation
        return f'"{_escape(fold(value))}"@{m.group(1)}'
    if (d.startswith("<") or (_PNAME.match(d) and _PNAME.match(d).group(1) in PREFIXES)) and re.match(r"^[A-Za-z_][\w-]*$", v):
        return f"kg:{v}"
    return value


def fill(query: str, values: dict[str, str]) -> str:
    """Replace each ``$name`` that has a value; leave the others as variables."""

    def repl(m: re.Match) -> str:
        name = m.group("var")
        if name is None or name not in values:
            return m.group(0)
        return to_term(values[name])

    return _TOKENS.sub(repl, query)


def parse_param_args(args: list[str] | None) -> dict[str, str]:
    """``["lab=白马湖实验室", "n=5"]`` → ``{"lab": "白马湖实验室", "n": "5"}``."""
    out: dict[str, str] = {}
    for arg in args or []:
        name, sep, value = arg.partition("=")
        if not sep or not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name.strip()):
            raise KGError(E.E204.format(param=arg))
        out[name.strip()] = value
    return out
