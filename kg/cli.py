"""The ``kg`` command: thin Typer commands over the package's plain functions.

Every command has ``--help``. Errors a user can act on print one line (``E…`` numbered, see
``kg/errors.py``) to stderr and exit non-zero; nothing already built is touched by a failure.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import E, KGError

app = typer.Typer(
    name="kg",
    help="Build, validate, query, serve and map a knowledge graph of an innovation ecosystem "
    "from Chinese policy and news documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

GraphDir = typer.Option(Path("build"), "--graph", "-g", help="Build directory holding the store.")


def _fail(err: KGError) -> None:
    typer.echo(f"error: {err}", err=True)
    raise typer.Exit(err.exit_code)


@app.command()
def build(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Files (.txt .md .html .htm) or folders to read. Default: seeds/"),
    out: Path = typer.Option(Path("build"), "--out", "-o", help="Output directory (replaced atomically)."),
    strict: bool = typer.Option(False, "--strict", help="Fail if any file is skipped."),
    maps: bool = typer.Option(True, "--maps/--no-maps", help="Also write the HTML maps."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Build the graph: documents → store, exports (TriG, Turtle, N-Quads, JSON-LD, GraphML, GEXF) and maps."""
    from .build import DEFAULT_INPUTS, build as run_build

    try:
        report = run_build(
            paths or [Path(p) for p in DEFAULT_INPUTS], out, strict=strict, progress=not quiet,
            maps=maps, on_skip=lambda msg: typer.echo(f"skipped: {msg}", err=True),
        )
    except KGError as err:
        _fail(err)
    c = report.counts
    typer.echo(
        f"built {out}: {c.get('documents', 0)} documents, "
        f"{c.get('entities', 0)} entities, "
        f"{sum(c.get('facts_by_predicate', {}).values())} facts, {c.get('quads', 0)} quads "
        f"in {report.seconds} s" + (f"; {len(report.skipped)} file(s) skipped" if report.skipped else "")
    )


@app.command()
def validate(
    graph: Path = typer.Argument(Path("build"), help="Build directory to validate."),
    show: int = typer.Option(20, "--show", help="How many violations to print."),
) -> None:
    """Check the graph against the SHACL shapes in ontology/ (exit 1 when it does not conform)."""
    from .store import open_store
    from .validate import validate_store

    try:
        report = validate_store(open_store(graph))
    except KGError as err:
        _fail(err)
    for line in report.messages[:show]:
        typer.echo(line)
    if not report.conforms:
        _fail(KGError(E.E301.format(n=report.violations)))
    typer.echo(f"conforms: {graph} satisfies the SHACL shapes ({len(report.messages)} warning(s))")


@app.command()
def stats(
    graph: Path = typer.Argument(Path("build"), help="Build directory."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Counts by entity type, by predicate (with evidence) and per document."""
    from .stats import stats as compute
    from .store import open_store

    try:
        data = compute(open_store(graph))
    except KGError as err:
        _fail(err)
    if fmt == "json":
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{graph}[/]: {data['quads']} quads")
    t = Table("type", "entities", title="Entities by type")
    for k, v in data["entities_by_type"].items():
        t.add_row(k, str(v))
    console.print(t)
    t = Table("predicate", "facts", "evidence", title="Facts by predicate")
    for k, v in data["facts_by_predicate"].items():
        t.add_row(k, str(v), str(data["evidence_by_predicate"].get(k, 0)))
    console.print(t)
    t = Table("document", "date", "entities", "facts", title="Per document")
    for row in data["documents"]:
        t.add_row(row["title"][:50], str(row.get("date") or ""), str(row["entities"]), str(row["facts"]))
    console.print(t)


@app.command()
def export(
    graph: Path = typer.Argument(Path("build"), help="Build directory."),
    fmt: List[str] = typer.Option(
        ["trig", "turtle", "nquads", "jsonld", "graphml", "gexf"], "--format", "-f",
        help="trig, turtle, nquads, jsonld, graphml, gexf (repeatable)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder to write into (default: the build directory)."),
) -> None:
    """Write exports of a built graph again (e.g. into another folder)."""
    from .network import NETWORK_FORMATS, write_network_exports
    from .store import EXPORTS, export as write_exports, open_store

    target = out or graph
    allowed = list(EXPORTS) + list(NETWORK_FORMATS)
    try:
        bad = [f for f in fmt if f not in allowed]
        if bad:
            raise KGError(E.E302.format(fmt=bad[0], allowed=", ".join(allowed)))
        store = open_store(graph)
        target.mkdir(parents=True, exist_ok=True)
        written = write_exports(store, target, [f for f in fmt if f in EXPORTS])
        written += write_network_exports(store, target, [f for f in fmt if f in NETWORK_FORMATS])
    except KGError as err:
        _fail(err)
    for p in written:
        typer.echo(str(p))


@app.command("map")
def map_(
    graph: Path = GraphDir,
    focus: Optional[str] = typer.Option(None, "--focus", help="Entity name or alias: draw its ego map."),
    depth: int = typer.Option(2, "--depth", min=0, max=6, help="How many relations away from --focus."),
    out: Optional[Path] = typer.Option(
        None, "--out", "-o", help="File (ego map) or folder (all maps). Default: GRAPH/maps/."),
) -> None:
    """Write the HTML maps again, or with --focus the map around one entity (offline, no CDN)."""
    from .maps import build_maps, ego_map
    from .store import open_store

    try:
        store = open_store(graph)
        if focus:
            paths = [ego_map(store, focus, depth, out or graph / "maps")]
        else:
            paths = build_maps(store, out or graph / "maps")
    except KGError as err:
        _fail(err)
    for p in paths:
        typer.echo(str(p))


@app.command("query")
def query_cmd(
    query: Optional[str] = typer.Argument(None, help="A named query (see --list), a FILE.rq, or inline SPARQL."),
    param: List[str] = typer.Option([], "--param", "-p", help="Parameter NAME=VALUE (repeatable)."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f",
        help="table, csv, tsv, json, xml (SELECT/ASK); turtle, ntriples, jsonld, table (CONSTRUCT/DESCRIBE)."),
    graph: Path = GraphDir,
    endpoint: Optional[str] = typer.Option(None, "--endpoint", "-e", help="Query this SPARQL endpoint instead of the local store."),
    max_rows: Optional[int] = typer.Option(None, "--max-rows", help="Fail rather than print more rows than this."),
    list_: bool = typer.Option(False, "--list", "-l", help="List the named queries and their parameters."),
) -> None:
    """Run SPARQL on the graph: `kg query co-builders --param lab=白马湖实验室`."""
    from .query.command import catalogue_listing, run_command, truncation_error

    if list_ or not query:
        typer.echo(catalogue_listing())
        return
    try:
        out, result = run_command(query, param, fmt, graph, endpoint, max_rows)
    except KGError as err:
        _fail(err)
    sys.stdout.buffer.write(out if out.endswith(b"\n") else out + b"\n")
    sys.stdout.flush()
    err = truncation_error(result, endpoint or "")
    if err:
        _fail(err)


@app.command()
def serve(
    graph: Path = typer.Argument(Path("build"), help="Build directory to serve."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    timeout: float = typer.Option(10.0, "--timeout", help="Per-query time limit in seconds."),
    max_rows: int = typer.Option(10000, "--max-rows", help="Result-size cap (rows or triples)."),
    workers: int = typer.Option(2, "--workers", help="Query worker processes."),
) -> None:
    """Serve the graph: SPARQL 1.1 Protocol at /sparql, a query page at /, the maps at /maps/."""
    from .server import serve as run_server

    try:
        run_server(graph, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers)
    except KGError as err:
        _fail(err)


@app.command()
def push(
    url: str = typer.Argument(..., help="Graph Store Protocol endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth"),
    graph: Path = GraphDir,
    user: Optional[str] = typer.Option(None, "--user", "-u", help="User name (HTTP Digest auth, as Virtuoso needs)."),
    password: Optional[str] = typer.Option(None, "--password", envvar="KG_PUSH_PASSWORD", help="Password (or env KG_PUSH_PASSWORD)."),
    basic: bool = typer.Option(False, "--basic", help="Use HTTP Basic instead of Digest auth."),
    replace: bool = typer.Option(True, "--replace/--append", help="PUT (replace each graph) or POST (add to it)."),
) -> None:
    """Load the graph, named graphs included, into a triple store via the SPARQL 1.1 Graph Store Protocol."""
    from .push import push_build

    try:
        report = push_build(graph, url, user=user, password=password, basic=basic, replace=replace)
    except KGError as err:
        _fail(err)
    typer.echo(f"pushed {report.graphs} graph(s), {report.triples} triples to {url} in {report.seconds:.2f} s")


@app.command("eval")
def eval_(
    gold: Path = typer.Argument(..., help="Gold file (JSON Lines, see docs/gold-format.md)."),
    graph: Optional[Path] = typer.Option(None, "--graph", "-g", help="Build directory to score; "
                                         "without it the gold's documents are extracted and scored directly."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    details: bool = typer.Option(False, "--details", help="List missed and spurious entities and relations."),
) -> None:
    """Score a built graph (or a fresh extraction) against a gold file: entity P/R/F1, typed
    accuracy, duplicates, wrong merges, relation P/R/F1 per predicate, platform systems."""
    from .eval import format_report, run_pipeline, score_extractions, score_graph

    try:
        if graph is not None:
            report = score_graph(gold, graph)
        else:
            exts, resolution = run_pipeline(gold)
            report = score_extractions(gold, exts, resolution)
    except KGError as err:
        _fail(err)
    if as_json or details:
        typer.echo(json.dumps(report.as_dict(details=details), ensure_ascii=False, indent=1))
    else:
        typer.echo(format_report(report))


GOLD_FOR_TRAINING = typer.Argument(..., help="Gold files, or .txt files listing them one per line "
                                   "(the shipped models: eval/TRAINING_SETS.txt).")
C_OPTION = typer.Option(0.3, "--c", help="Inverse regularisation strength of the logistic regression.")


def _train(train_fn, gold: List[Path], out: Path, c: float):
    """Run a training function with its progress on stderr; a clear line when it cannot run."""
    try:
        return train_fn(gold, out, c=c, progress=lambda line: typer.echo(line, err=True))
    except KGError as err:
        _fail(err)
    except ImportError as err:
        typer.echo(f"error: {err}; training needs scikit-learn (pip install '.[train]')", err=True)
        raise typer.Exit(1)


@app.command("train-entities")
def train_entities(
    gold: List[Path] = GOLD_FOR_TRAINING,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write the model (JSON; replaced "
                                       "atomically); default: the model the build uses, kg/data/entity_model.json."),
    c: float = C_OPTION,
) -> None:
    """Train the learned entity model on gold files (needs scikit-learn: pip install '.[train]').
    The pipeline runs without the learned models over the gold's documents; each name it proposes
    is labelled by whether it stands for a gold entity. Train it before the relation model."""
    from .extract.entity_model import KEEP, MODEL_FILE
    from .extract.resources import DATA_DIR
    from .train import train_entity_model

    out = out or DATA_DIR / MODEL_FILE
    model = _train(train_entity_model, gold, out, c)
    labels = model.meta.get("labels", {})
    typer.echo(f"wrote {out}: {len(model.weights)} features, {sum(labels.values())} names, "
               f"{labels.get(KEEP, 0)} of them gold entities")


@app.command("train-relations")
def train_relations(
    gold: List[Path] = GOLD_FOR_TRAINING,
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Where to write the model (JSON; replaced "
                                       "atomically); default: the model the build uses, kg/data/relation_model.json."),
    c: float = C_OPTION,
) -> None:
    """Train the learned relation model on gold files (needs scikit-learn: pip install '.[train]').
    The pipeline runs without the model over the gold's documents; each pair of entities it finds
    in one sentence or two neighbouring ones is labelled with the gold relation between them."""
    from .extract.relation_model import MODEL_FILE
    from .extract.resources import DATA_DIR
    from .train import train_relation_model

    out = out or DATA_DIR / MODEL_FILE
    model = _train(train_relation_model, gold, out, c)
    labels = model.meta.get("labels", {})
    typer.echo(f"wrote {out}: {len(model.weights)} features, {sum(labels.values())} pairs, "
               f"{sum(v for k, v in labels.items() if k != 'none')} with a gold relation")


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        app()
    except KGError as err:  # a command that let one through
        typer.echo(f"error: {err}", err=True)
        sys.exit(err.exit_code)


if __name__ == "__main__":
    main()
