"""What ``kg query`` does, as plain functions the Typer command calls.

>>> print(catalogue_listing().splitlines()[0])
Named queries (kg/queries/*.rq); run one with `kg query NAME [--param name=value]`:
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import E, KGError
from kg.query.catalogue import load_catalogue
from kg.query.formats import serialize
from kg.query.params import parse_param_args
from kg.query.run import QueryResult, execute, open_build_store, prepare


def catalogue_listing() -> str:
    """The catalogue as text: name, title, parameters with defaults."""
    lines = ["Named queries (kg/queries/*.rq); run one with `kg query NAME [--param name=value]`:", ""]
    for name, q in load_catalogue().items():
        lines.append(f"  {name:<26} {q.title}")
        for p in q.params:
            default = "required" if p.default is None else f"default {p.default or '(empty)'}"
            lines.append(f"  {'':<26}   --param {p.name}=…  {p.meaning} ({default})")
    return "\n".join(lines)


def catalogue_markdown() -> str:
    """The catalogue as a Markdown section per query (docs/queries.md is generated from this)."""
    out = []
    for name, q in load_catalogue().items():
        out += [f"### `{name}` — {q.title}", "", q.description, ""]
        if q.params:
            out.append("| parameter | meaning | default |")
            out.append("|---|---|---|")
            for p in q.params:
                default = "*(required)*" if p.default is None else f"`{p.default}`"
                out.append(f"| `{p.name}` | {p.meaning} | {default} |")
            out.append("")
        example = " ".join(f"--param {p.name}=…" for p in q.params if p.default is None)
        out += ["```sh", f"kg query {name}{' ' + example if example else ''}" + (" --format turtle" if q.form in ("CONSTRUCT", "DESCRIBE") else ""), "```", ""]
    return "\n".join(out)


def run_command(
    spec: str,
    params: list[str] | None = None,
    fmt: str | None = None,
    graph: Path = Path("build"),
    endpoint: str | None = None,
    max_rows: int | None = None,
) -> tuple[bytes, QueryResult]:
    """Prepare, run (locally or on an endpoint) and serialise one query.

    The default format is an aligned table for SELECT/ASK and Turtle for CONSTRUCT/DESCRIBE.
    """
    prepared = prepare(spec, parse_param_args(params))
    if endpoint:
        from kg.query.remote import query_endpoint

        result = query_endpoint(endpoint, prepared.text)
    else:
        result = execute(open_build_store(Path(graph)), prepared.text, max_rows=max_rows)
    fmt = fmt or ("turtle" if result.form == "graph" else "table")
    return serialize(result, fmt), result


def truncation_error(result: QueryResult, endpoint: str) -> KGError | None:
    """E212 when the endpoint said it cut the result (exit code 3), else None."""
    if result.truncated_at is None:
        return None
    return KGError(E.E212.format(url=endpoint, rows=result.truncated_at), exit_code=3)
