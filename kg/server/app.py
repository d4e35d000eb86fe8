"""The HTTP endpoint: a small Starlette app over the build's Oxigraph store.

* ``/sparql`` — SPARQL 1.1 Protocol: GET ``?query=``, POST form (``query=``) or POST
  ``application/sparql-query``; results by content negotiation (JSON, XML, CSV, TSV;
  Turtle, N-Triples, JSON-LD for graphs) or ``&format=json``. Read-only: updates get 403.
* ``/`` — the query page (YASGUI served from ``kg/static/yasgui``, no CDN), with the
  named queries as examples.
* ``/maps/`` — the HTML maps of the build (``DIR/maps``); ``/static/`` — vendored JS/CSS.
* ``/queries.json`` — the named-query catalogue (used by the page).

Queries run in worker processes (``kg.server.workers``) under a time limit and a
result-size cap, so a runaway query is stopped while other clients are served.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import E, KGError
from kg.namespaces import sparql_prefixes
from kg.query.catalogue import load_catalogue, query_form
from kg.query.formats import GRAPH_FORMATS, SOLUTION_FORMATS
from kg.query.params import fill
from kg.query.run import UPDATE_KEYWORDS
from kg.server.workers import WorkerPool

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
PAGE = Path(__file__).resolve().parent / "page.html"

#: media type → format name, for solutions (SELECT/ASK) and for graphs (CONSTRUCT/DESCRIBE)
SOLUTION_MEDIA = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "ntriples", "text/plain": "ntriples",
    "application/ld+json": "jsonld", "application/json": "jsonld",
}
FORMAT_ALIASES = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
                  "ntriples": "ntriples", "nt": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld"}


def parse_accept(header: str) -> list[str]:
    """Media types of an Accept header, best first (by q, then order).

    >>> parse_accept("text/csv;q=0.5, application/sparql-results+json")
    ['application/sparql-results+json', 'text/csv']
    """
    items = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            items.append((-q, i, fields[0].lower()))
    return [m for _, _, m in sorted(items)]


def negotiate(accept: str, explicit: str | None) -> dict[str, str] | None:
    """The format for a solutions answer and for a graph answer; None if nothing acceptable.

    ``format=`` (a query parameter many clients send) wins over Accept.
    """
    if explicit:
        fmt = FORMAT_ALIASES.get(explicit.lower()) or {**SOLUTION_MEDIA, **GRAPH_MEDIA}.get(explicit.lower())
        if fmt is None:
            return None
        sel = fmt if fmt in SOLUTION_FORMATS and fmt != "table" else "json"
        graph = fmt if fmt in GRAPH_FORMATS and fmt != "table" else ("jsonld" if fmt == "json" else "turtle")
        return {"select": sel, "graph": graph}
    types = parse_accept(accept or "*/*") or ["*/*"]
    sel = next((SOLUTION_MEDIA[t] for t in types if t in SOLUTION_MEDIA), None)
    graph = next((GRAPH_MEDIA[t] for t in types if t in GRAPH_MEDIA), None)
    wildcard = any(t in ("*/*", "application/*", "text/*") for t in types)
    if sel is None and (wildcard or graph):
        sel = "json" if wildcard else None
    if graph is None and (wildcard or sel):
        graph = "turtle" if wildcard else None
    if sel is None and graph is None:
        return None
    return {"select": sel or "json", "graph": graph or "turtle"}


def used_prefixes(text: str) -> str:
    """The PREFIX lines a query needs (those of our prefixes it uses), so the editor shows the query first.

    >>> used_prefixes("SELECT * { ?x a kg:Lab ; rdfs:label ?l }").splitlines()
    ['PREFIX kg: <https://w3id.org/innokg/ontology#>', 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>']
    """
    body = re.sub(r"(?m)#.*$", "", text)
    lines = [line for line in sparql_prefixes().splitlines()
             if re.search(r"(?<![\w-])" + re.escape(line.split()[1]), body)]
    return "\n".join(lines) + "\n"


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip("\n") + "\n", status_code=status)


def create_app(
    build_dir: str | Path = "build",
    timeout: float = 10.0,
    max_rows: int = 10000,
    workers: int = 2,
) -> Starlette:
    """The Starlette app serving one build directory (its ``store/`` and ``maps/``)."""
    build_dir = Path(build_dir)
    store_path = build_dir / "store"
    if not store_path.is_dir():
        raise KGError(E.E101.format(path=build_dir))
    pool = WorkerPool(store_path, size=workers)

    async def sparql(request: Request) -> Response:
        params = request.query_params
        text = params.get("query")
        default_graphs = params.getlist("default-graph-uri")
        named_graphs = params.getlist("named-graph-uri")
        if "update" in params:
            return _error(403, E.E207)
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return _error(403, E.E207)
            if ctype == "application/sparql-query":
                text = (await request.body()).decode("utf-8", errors="replace")
            elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.form()
                if "update" in form:
                    return _error(403, E.E207)
                text = form.get("query", text)
                default_graphs += form.getlist("default-graph-uri")
                named_graphs += form.getlist("named-graph-uri")
            else:
                return _error(415, "POST needs Content-Type application/x-www-form-urlencoded or application/sparql-query")
        if not text:
            return _error(400, "missing 'query' parameter (SPARQL 1.1 Protocol)")
        if query_form(text) in UPDATE_KEYWORDS:
            return _error(403, E.E207)
        fmt_for = negotiate(request.headers.get("accept", "*/*"), params.get("format"))
        if fmt_for is None:
            return _error(406, "none of the accepted media types is offered; try application/sparql-results+json")
        dataset = {"default_graphs": default_graphs, "named_graphs": named_graphs}
        answer = await pool.run(text, fmt_for, max_rows, timeout, dataset)
        if answer is None:
            return _error(503, E.E205.format(seconds=timeout))
        return Response(answer.body, status_code=answer.status, media_type=answer.media_type,
                        headers={"X-Query-Seconds": f"{answer.seconds:.4f}"})

    async def page(request: Request) -> HTMLResponse:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    async def queries(request: Request) -> JSONResponse:
        out = []
        for name, q in load_catalogue().items():
            defaults = {p.name: p.default for p in q.params if p.default is not None}
            out.append({
                "name": name, "title": q.title, "description": q.description,
                "params": [{"name": p.name, "meaning": p.meaning, "default": p.default} for p in q.params],
                "query": used_prefixes(fill(q.text, defaults)) + "\n" + fill(q.text, defaults),
            })
        return JSONResponse(out)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await pool.start()
        try:
            yield
        finally:
            await pool.stop()

    routes = [
        Route("/", page),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries.json", queries),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
        Mount("/maps", app=StaticFiles(directory=build_dir / "maps", html=True, check_dir=False), name="maps"),
    ]
    middleware = [
        Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"], allow_headers=["*"],
                   expose_headers=["X-Query-Seconds"]),
        Middleware(GZipMiddleware, minimum_size=2048),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.pool = pool
    return app


def serve(build_dir: str | Path = "build", host: str = "127.0.0.1", port: int = 8000,
          timeout: float = 10.0, max_rows: int = 10000, workers: int = 2) -> None:
    """Run the endpoint with uvicorn until interrupted (``kg serve``)."""
    import uvicorn

    app = create_app(build_dir, timeout=timeout, max_rows=max_rows, workers=workers)
    print(f"SPARQL endpoint: http://{host}:{port}/sparql  query page: http://{host}:{port}/  "
          f"(time limit {timeout} s, at most {max_rows} rows)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
