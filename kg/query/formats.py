"""Write a QueryResult as text: an aligned table, or a standard SPARQL/RDF format.

SELECT and ASK results: ``table``, ``csv``, ``tsv``, ``json``, ``xml`` (the W3C
SPARQL 1.1 result formats). CONSTRUCT/DESCRIBE results: ``turtle``, ``ntriples``,
``jsonld`` (and ``table``, one triple per row). The same writers serve the CLI
and the HTTP endpoint, so both answer byte-for-byte alike.

>>> from kg.query.run import QueryResult
>>> import pyoxigraph as ox
>>> r = QueryResult("select", ["x"], [(ox.Literal("白马湖实验室", language="zh"),)])
>>> print(to_text(r, "table"))
x
------------
白马湖实验室
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.errors import E, KGError
from kg.namespaces import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: format name -> media type
SOLUTION_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "table": "text/plain",
}
GRAPH_FORMATS = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "table": "text/plain",
}
_RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
_PREFIX_STRINGS = {p: str(ns) for p, ns in PREFIXES.items()}
# Entity and document IRIs contain "/", which Turtle would escape (kgr:laboratory\/…): write them in full.
_TURTLE_PREFIXES = {p: ns for p, ns in _PREFIX_STRINGS.items() if p not in ("kgr", "kgd")}


def formats_for(form: str) -> dict[str, str]:
    return GRAPH_FORMATS if form == "graph" else SOLUTION_FORMATS


def media_type(form: str, fmt: str) -> str:
    return formats_for(form)[fmt] + ("; charset=utf-8" if fmt != "jsonld" else "")


def serialize(result, fmt: str) -> bytes:
    """The result in ``fmt`` as UTF-8 bytes (E209 if the format does not fit the result)."""
    allowed = formats_for(result.form)
    if fmt not in allowed:
        kind = "CONSTRUCT/DESCRIBE" if result.form == "graph" else result.form.upper()
        raise KGError(E.E209.format(fmt=fmt, kind=kind, allowed=", ".join(allowed)))
    if fmt == "table":
        return to_table(result).encode("utf-8")
    if result.form == "graph":
        return ox.serialize(result.triples, format=_RDF_FORMATS[fmt], prefixes=_TURTLE_PREFIXES) or b""
    writer = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}[fmt]
    return writer(result).encode("utf-8")


def to_text(result, fmt: str = "table") -> str:
    return serialize(result, fmt).decode("utf-8")


# ---------------------------------------------------------------- SPARQL 1.1 results


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": {k: _json_term(getattr(t, k)) for k in ("subject", "predicate", "object")}}


def _json(result) -> str:
    if result.form == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows
    ]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    return f"<literal>{escape(str(t))}</literal>"


def _xml(result) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    if result.form == "ask":
        out += ["</head>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out) + "\n"
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out += ["</head>", "<results>"]
    for row in result.rows:
        out.append("<result>")
        out += [
            f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
            for v, t in zip(result.variables, row)
            if t is not None
        ]
        out.append("</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out) + "\n"


def _csv(result) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if result.form == "ask":
        w.writerow(["_askResult"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow(["" if t is None else ("_:" + t.value if isinstance(t, ox.BlankNode) else t.value) for t in row])
    return buf.getvalue()


_TSV_SHORT = {  # datatypes Turtle may write bare (SPARQL 1.1 TSV allows the abbreviated form)
    "http://www.w3.org/2001/XMLSchema#integer": re.compile(r"^[+-]?\d+$"),
    "http://www.w3.org/2001/XMLSchema#decimal": re.compile(r"^[+-]?\d*\.\d+$"),
    "http://www.w3.org/2001/XMLSchema#boolean": re.compile(r"^(true|false)$"),
}


def _tsv_term(t) -> str:
    if isinstance(t, ox.Literal) and not t.language:
        pattern = _TSV_SHORT.get(t.datatype.value)
        if pattern and pattern.match(t.value):
            return t.value
    return str(t).replace("\t", "\\t")


def _tsv(result) -> str:
    if result.form == "ask":
        return "?_askResult\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else _tsv_term(t) for t in row))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- table for people


def short(t) -> str:
    """A term as a person reads it: prefixed name for IRIs, the lexical form for literals."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        iri = t.value
        for p, ns in _PREFIX_STRINGS.items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{p}:{iri[len(ns):]}"
        return f"<{iri}>"
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    if isinstance(t, ox.Literal):
        return t.value.replace("\n", " ")
    return str(t)


def width(s: str) -> int:
    """Display width: East Asian wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int) -> str:
    return s + " " * (n - width(s))


def to_table(result, max_cell: int = 60) -> str:
    if result.form == "ask":
        return "true" if result.boolean else "false"
    if result.form == "graph":
        header = ["subject", "predicate", "object"]
        rows = [[short(t.subject), short(t.predicate), short(t.object)] for t in result.triples]
    else:
        header = list(result.variables)
        rows = [[short(t) for t in row] for row in result.rows]
    rows = [[_clip(c, max_cell) for c in r] for r in rows]
    widths = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def _clip(s: str, n: int) -> str:
    if width(s) <= n:
        return s
    out, w = "", 0
    for c in s:
        w += width(c)
        if w > n - 1:
            break
        out += c
    return out + "…"
