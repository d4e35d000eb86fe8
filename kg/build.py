"""Build: documents → extraction → resolution → graph → store, exports and maps, atomically.

>>> report = build(["seeds"], "build")          # doctest: +SKIP
>>> report.counts["documents"]                  # doctest: +SKIP
5
"""
from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from . import __version__
from .assemble import iter_quads
from .errors import DocumentError, E, KGError
from .ingest import find_files, read_document
from .records import DocExtraction
from .store import MANIFEST, atomic_build_dir, atomic_file, export, write_store

DEFAULT_INPUTS = ("seeds",)
DEFAULT_OUT = "build"


@dataclass
class BuildReport:
    out: str
    documents: list[dict] = field(default_factory=list)  # path, doc_id, title
    skipped: list[dict] = field(default_factory=list)  # path, error
    counts: dict = field(default_factory=dict)
    seconds: float = 0.0
    built_at: str = ""
    outputs: list[str] = field(default_factory=list)


def build(
    paths: Sequence[str | Path] = DEFAULT_INPUTS,
    out: str | Path = DEFAULT_OUT,
    strict: bool = False,
    progress: bool = True,
    maps: bool = True,
    on_skip: Optional[Callable[[str], None]] = None,
) -> BuildReport:
    """Build the knowledge graph of ``paths`` into the directory ``out``.

    Unreadable files are skipped (each reported through ``on_skip``) unless ``strict``; the
    previous contents of ``out`` are replaced only when the whole build succeeded.
    """
    started = time.perf_counter()
    report = BuildReport(out=str(out))
    extractions = _extract_all(paths, report, progress, on_skip)
    if strict and report.skipped:
        raise KGError(E.E103.format(n=len(report.skipped)))
    if not extractions:
        raise KGError(E.E007.format(paths=", ".join(map(str, paths))))

    from .resolve import resolve

    resolution = resolve(extractions)
    with atomic_build_dir(Path(out)) as tmp:
        store = write_store(tmp, iter_quads(extractions, resolution, _enrichers()))
        report.outputs += [p.name for p in export(store, tmp)]
        report.outputs += _network_exports(store, tmp)
        if maps:
            report.outputs += _maps(store, tmp)
        report.counts = _counts(store, extractions, resolution)
        report.built_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        report.seconds = round(time.perf_counter() - started, 2)
        with atomic_file(tmp / MANIFEST) as f:
            f.write_text(json.dumps({"tool": f"innokg {__version__}", **asdict(report)},
                                    ensure_ascii=False, indent=2), encoding="utf-8")
        del store  # close the store before its folder is renamed into place
    return report


def _extract_all(paths, report: BuildReport, progress: bool, on_skip) -> list[DocExtraction]:
    from .extract import Extractor

    files = list(find_files(paths))
    extractor = Extractor.load()
    seen: dict[str, str] = {}
    extractions: list[DocExtraction] = []

    def skip(path: str, message: str) -> None:
        report.skipped.append({"path": path, "error": message})
        if on_skip:
            on_skip(message)

    for item in _progress(files, progress, "extracting"):
        if isinstance(item, DocumentError):
            skip(item.path, str(item))
            continue
        try:
            doc = read_document(item)
        except DocumentError as err:
            skip(err.path, str(err))
            continue
        if doc.doc_id in seen:
            skip(doc.path, E.E107.format(path=doc.path, other=seen[doc.doc_id]))
            continue
        seen[doc.doc_id] = doc.path
        ex = extractor.extract(doc)
        report.documents.append({"path": doc.path, "file": str(Path(item).resolve()),
                                 "doc_id": doc.doc_id, "title": doc.meta.title})
        extractions.append(ex)
    return extractions


def _enrichers() -> list:
    """Producers of extra per-document triples (see kg.assemble.DocumentEnricher):
    figures with their periods, and dated events (kg.figures)."""
    from .figures.rdf import figures_enricher

    return [figures_enricher]


def _network_exports(store, out: Path) -> list[str]:
    from .network import write_network_exports

    return [p.name for p in write_network_exports(store, out)]


def _maps(store, out: Path) -> list[str]:
    from .maps import build_maps

    return [str(p.relative_to(out)) for p in build_maps(store, out / "maps")]


def _counts(store, extractions: list[DocExtraction], resolution) -> dict:
    from .stats import counts_by_predicate, counts_by_type

    return {
        "documents": len(extractions),
        "entities": len(resolution.entities),
        "quads": len(store),
        "entities_by_type": counts_by_type(store),
        "facts_by_predicate": counts_by_predicate(store),
    }


def _progress(items: list, enabled: bool, label: str) -> Iterable:
    if not enabled or not items:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.fields[current]}"))
    with Progress(*columns, transient=False) as bar:
        task = bar.add_task(label, total=len(items), current="")
        for item in items:
            bar.update(task, current=Path(str(getattr(item, "path", item))).name[:40])
            yield item
            bar.advance(task)
