"""Store: the on-disk Oxigraph store of a build directory, atomic replacement, and exports.

A build directory (``build/`` by default) holds ``store/`` (Oxigraph), the exports and the maps.
It is always written into a fresh temporary sibling and swapped in only when everything succeeded,
so an interrupted or failed build leaves the previous one intact.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "build"
>>> with atomic_build_dir(out) as tmp:
...     _ = (tmp / "manifest.json").write_text("{}")
>>> (out / "manifest.json").exists()
True
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sysconfig
import tempfile
from pathlib import Path
from typing import Iterable, Iterator, Optional

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from .errors import E, KGError
from .namespaces import ONTOLOGY_GRAPH, PREFIXES

STORE_DIRNAME = "store"
MANIFEST = "manifest.json"


def _ontology_dir() -> Path:
    """The folder holding the ontology and shapes.

    In a source checkout (and an editable install) it is ``ontology/`` beside the package; a wheel
    installs the same files as data files under ``<prefix>/share/innokg/ontology`` (pyproject.toml).
    """
    checkout = Path(__file__).resolve().parent.parent / "ontology"
    if checkout.is_dir():
        return checkout
    return Path(sysconfig.get_path("data")) / "share" / "innokg" / "ontology"


ONTOLOGY_DIR = _ontology_dir()

EXPORTS = {
    "trig": ("kg.trig", ox.RdfFormat.TRIG),
    "nquads": ("kg.nq", ox.RdfFormat.N_QUADS),
    "turtle": ("kg.ttl", ox.RdfFormat.TURTLE),
    "jsonld": ("kg.jsonld", ox.RdfFormat.JSON_LD),
}


# --- opening -------------------------------------------------------------------------------

def open_store(build_dir: os.PathLike | str = "build", read_only: bool = True) -> ox.Store:
    """Open the Oxigraph store of a build directory.

    Read-only by default, so any number of processes (CLI, server, notebooks) can read while
    no one writes. Queries should pass ``use_default_graph_as_union=True`` (see :func:`query`).
    """
    path = Path(build_dir) / STORE_DIRNAME
    if not path.is_dir():
        raise KGError(E.E101.format(path=build_dir))
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as err:
        if "lock" in str(err).lower():
            raise KGError(E.E105.format(path=path)) from None
        raise KGError(E.E104.format(path=path, detail=err)) from None


def query(store: ox.Store, sparql: str, **kwargs):
    """Run SPARQL with the default graph = union of all named graphs (the project convention)."""
    kwargs.setdefault("use_default_graph_as_union", True)
    return store.query(sparql, **kwargs)


# --- rdflib ↔ pyoxigraph terms ------------------------------------------------------------

def to_ox(term):
    """Convert an rdflib term to a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_quads(quads: Iterable[tuple]) -> Iterator[ox.Quad]:
    cache: dict = {}  # IRIs repeat a lot; convert each once
    for s, p, o, g in quads:
        terms = []
        for t in (s, p, o, g):
            if isinstance(t, URIRef):
                node = cache.get(t)
                if node is None:
                    node = cache[t] = ox.NamedNode(str(t))
                terms.append(node)
            else:
                terms.append(to_ox(t))
        yield ox.Quad(*terms)


# --- writing -------------------------------------------------------------------------------

def write_store(build_dir: Path, quads: Iterable[tuple], ontology: bool = True) -> ox.Store:
    """Create ``build_dir/store`` from rdflib quads (plus the ontology graph); return it open."""
    store = ox.Store(str(Path(build_dir) / STORE_DIRNAME))
    store.bulk_extend(to_ox_quads(quads))
    if ontology:
        load_ontology(store)
    store.optimize()
    return store


#: vocabularies kept as package data (SKOS schemes the pipeline itself relies on)
VOCABULARY_FILES = (Path(__file__).resolve().parent / "data" / "measures.ttl",)


def ontology_files() -> list[Path]:
    """The ontology and vocabulary Turtle files (not the SHACL shapes) loaded into ``kgg:ontology``."""
    files = sorted(p for p in ONTOLOGY_DIR.glob("*.ttl") if "shapes" not in p.name) if ONTOLOGY_DIR.is_dir() else []
    return files + [p for p in VOCABULARY_FILES if p.exists()]


def load_ontology(store: ox.Store) -> None:
    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    for path in ontology_files():
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=graph)
        except SyntaxError as err:
            raise KGError(E.E104.format(path=path, detail=err)) from None


def export(store: ox.Store, out_dir: Path, formats: Iterable[str] = EXPORTS) -> list[Path]:
    """Write the RDF exports (TriG, N-Quads, Turtle of the union, JSON-LD) into ``out_dir``."""
    written = []
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    for fmt in formats:
        if fmt not in EXPORTS:
            raise KGError(E.E302.format(fmt=fmt, allowed=", ".join(EXPORTS)))
        name, rdf_format = EXPORTS[fmt]
        target = out_dir / name
        with atomic_file(target) as tmp:
            if fmt == "turtle":
                # Turtle has no named graphs: write the union, each triple once
                triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
                ox.serialize(sorted(triples, key=str), str(tmp), rdf_format, prefixes=prefixes)
            elif rdf_format in (ox.RdfFormat.TRIG,):
                store.dump(str(tmp), rdf_format, prefixes=prefixes)
            else:
                store.dump(str(tmp), rdf_format)
        written.append(target)
    return written


# --- atomic file-system operations ----------------------------------------------------------

@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Write to a temporary sibling of ``target`` and rename it into place on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def is_build_dir(path: Path) -> bool:
    return (path / MANIFEST).exists() or (path / STORE_DIRNAME).is_dir()


@contextlib.contextmanager
def atomic_build_dir(out: Path) -> Iterator[Path]:
    """Yield a fresh temporary directory; on success it replaces ``out`` in one rename.

    ``out`` must be absent, empty, or a previous build (it is never a folder of other files).
    On any exception the temporary directory is removed and ``out`` is left exactly as it was.
    """
    out = Path(out).resolve()
    _recover_interrupted_swap(out)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not is_build_dir(out))):
        raise KGError(E.E106.format(path=out))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old: Optional[Path] = None
    if out.exists():
        old = out.with_name(f".{out.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.rename(out, old)
    os.rename(tmp, out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _recover_interrupted_swap(out: Path) -> None:
    """If a build died between its two renames, put the previous build back."""
    if out.exists():
        return
    olds = sorted(out.parent.glob(f".{out.name}.old-*")) if out.parent.exists() else []
    if olds:
        os.rename(olds[-1], out)
