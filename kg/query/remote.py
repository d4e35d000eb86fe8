"""Query a remote SPARQL endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph server, ``kg serve``).

Sends the SPARQL 1.1 Protocol request (POST, form-encoded) with our PREFIX block in
front, and parses the standard result formats back into a :class:`QueryResult`, so
``kg query --endpoint URL`` prints exactly what a local ``kg query`` prints.

Virtuoso cuts results at ``ResultSetMaxRows`` (10,000 by default) and still answers
HTTP 200; the only sign is an ``X-SPARQL-MaxRows`` header. We record it in
``QueryResult.truncated_at`` so the caller can report it (the CLI exits non-zero).
"""
from __future__ import annotations

import time

import httpx
import pyoxigraph as ox

from kg.errors import E, KGError
from kg.query.catalogue import query_form
from kg.query.run import QueryResult, check_read_only, collect, with_prefixes

SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples"


def check_url(url: str, what: str = "--endpoint") -> None:
    if not url.startswith(("http://", "https://")):
        raise KGError(E.E214.format(what=what, url=url))


def query_endpoint(url: str, text: str, timeout: float = 60.0, auth=None, client: httpx.Client | None = None) -> QueryResult:
    """Run query text on a remote endpoint; our prefixes are declared in front of it.

    >>> query_endpoint("ftp://x", "ASK {}")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: E214 --endpoint needs a URL starting with http:// or https://, got 'ftp://x'
    """
    check_url(url)
    check_read_only(text)
    form = query_form(text)
    accept = GRAPH_ACCEPT if form in ("CONSTRUCT", "DESCRIBE") else SELECT_ACCEPT
    started = time.perf_counter()
    own = client is None
    client = client or httpx.Client(timeout=timeout, auth=auth)
    try:
        resp = client.post(url, data={"query": with_prefixes(text)}, headers={"Accept": accept})
    except httpx.HTTPError as exc:
        raise KGError(E.E208.format(url=url, detail=f"{type(exc).__name__}: {exc}")) from None
    finally:
        if own:
            client.close()
    if resp.status_code >= 400:
        detail = " ".join(resp.text.split())[:300]
        code = 2 if resp.status_code == 400 else 1
        raise KGError(E.E208.format(url=url, detail=f"HTTP {resp.status_code}: {detail}"), exit_code=code)
    result = parse_response(resp.content, resp.headers.get("content-type", accept), form)
    max_rows = resp.headers.get("x-sparql-maxrows")
    if max_rows and max_rows.strip().isdigit() and len(result) >= int(max_rows):
        result.truncated_at = int(max_rows)
    result.seconds = time.perf_counter() - started
    return result


def parse_response(body: bytes, content_type: str, form: str) -> QueryResult:
    """A SPARQL results document (JSON or XML) or an RDF graph (N-Triples, Turtle) → QueryResult."""
    media = content_type.split(";")[0].strip().lower()
    try:
        if form in ("CONSTRUCT", "DESCRIBE"):
            rdf_format = ox.RdfFormat.from_media_type(media) or ox.RdfFormat.N_TRIPLES
            quads = ox.parse(body, format=rdf_format)
            return QueryResult("graph", triples=[q.triple for q in quads])
        results_format = ox.QueryResultsFormat.from_media_type(media) or ox.QueryResultsFormat.JSON
        return collect(ox.parse_query_results(body, format=results_format))
    except (SyntaxError, ValueError) as exc:
        raise KGError(E.E208.format(url="(response)", detail=f"unreadable {media} answer: {exc}")) from None
