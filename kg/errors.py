"""Every user-facing error message, numbered, in one place (as spaCy does).

Raise ``KGError(E.E001.format(path=...))``; the CLI prints the message on one
line and exits with the error's exit code. Numbers are stable: docs and issue
reports refer to them.
"""
from __future__ import annotations


class KGError(Exception):
    """An error a user can act on. ``exit_code`` is what the CLI returns."""

    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


class DocumentError(KGError):
    """A single input document could not be read; the build may skip it."""

    def __init__(self, message: str, path: str = ""):
        super().__init__(message, exit_code=2)
        self.path = path


class E:
    # ingest (E0xx)
    E001 = "E001 {path}: no such file or directory"
    E002 = "E002 {path}: empty document (no text after extraction)"
    E003 = "E003 {path}: binary file, not a text document"
    E004 = "E004 {path}: cannot decode as UTF-8 or GB18030/GBK (looks like {guess})"
    E005 = "E005 {path}: unsupported file type '{suffix}' (use .txt, .md, .html or .htm)"
    E006 = "E006 {path}: metadata sidecar is not valid JSON: {detail}"
    E007 = "E007 no documents found in {paths}"
    # build / store (E1xx)
    E101 = "E101 {path}: no built graph here; run `kg build` first"
    E102 = "E102 build failed, previous output in {out} left untouched: {detail}"
    E103 = "E103 {n} document(s) skipped and --strict was given"
    E104 = "E104 {path}: malformed RDF: {detail}"
    E105 = "E105 {path}: the store is locked by another process writing to it"
    E106 = "E106 {path}: exists and is not a kg build directory; refusing to replace it (choose another --out)"
    E107 = "E107 {path}: document has the same content as {other}; skipped"
    E108 = "E108 {path}: learned model missing or unreadable ({detail}); retrain it with `{command}`"
    # query (E2xx)
    E201 = "E201 malformed SPARQL: {detail}"
    E202 = "E202 no named query '{name}'; known: {known}"
    E203 = "E203 named query '{name}' needs parameter(s): {missing} (pass --param NAME=VALUE)"
    E204 = "E204 bad --param '{param}': expected NAME=VALUE"
    E205 = "E205 query stopped after {seconds} s (time limit)"
    E206 = "E206 result has more than {limit} rows (result cap); add LIMIT or raise the cap"
    E207 = "E207 updates are refused: this endpoint is read-only"
    E208 = "E208 endpoint {url} failed: {detail}"
    E209 = "E209 format '{fmt}' does not fit a {kind} result; use one of: {allowed}"
    E210 = "E210 unknown parameter(s) {names}; this query takes: {known}"
    E211 = "E211 query failed while running: {detail}"
    E212 = "E212 endpoint {url} cut the result at {rows} rows (X-SPARQL-MaxRows); add LIMIT/OFFSET paging or raise the server's ResultSetMaxRows"
    E213 = "E213 push to {url} failed for graph {graph}: HTTP {status} {detail}"
    E214 = "E214 {what} needs a URL starting with http:// or https://, got '{url}'"
    # validation / export (E3xx)
    E301 = "E301 graph does not conform to the SHACL shapes: {n} violation(s)"
    E302 = "E302 unknown export format '{fmt}'; use one of: {allowed}"
    # maps (E4xx)
    E401 = "E401 no entity named '{name}'{suggestions}"
    # eval (E5xx)
    E501 = "E501 {path}: gold file line {line}: {detail}"
    E502 = "E502 no gold relation among the {n} candidate pairs of the gold files: nothing to learn from"
    E503 = "E503 the {n} names proposed in the gold files' documents are all right or all wrong: nothing to learn from"
    # Python API / notebooks (E6xx)
    E601 = "E601 adding documents needs a graph opened from a build directory: KnowledgeGraph.open(DIR)"
    E602 = "E602 {path}: a document of the build in {build} is no longer there; cannot rebuild without it"
