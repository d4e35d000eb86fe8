"""Ingest: files and folders → :class:`kg.records.Document`.

>>> doc = document_from_text("白马湖实验室揭牌。由浙江大学共建！", path="x.txt")
>>> [s.text for s in doc.sentences]
['白马湖实验室揭牌。', '由浙江大学共建！']
>>> len(doc.doc_id)
16
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..errors import DocumentError, E
from ..records import Document, DocumentMeta, Sentence
from .normalize import markdown_markup, normalize
from .readers import SUPPORTED_SUFFIXES, read_text
from .sentences import split_sentences

__all__ = [
    "document_from_text",
    "read_document",
    "iter_documents",
    "find_files",
    "read_meta",
    "SUPPORTED_SUFFIXES",
]

META_SUFFIX = ".meta.json"


def document_from_text(
    text: str,
    path: str = "<text>",
    meta: DocumentMeta | None = None,
    media_type: str = "text/plain",
    encoding: str = "utf-8",
) -> Document:
    """Build a :class:`Document` from text already decoded."""
    drop = markdown_markup(text) if media_type == "text/markdown" else None
    norm, offsets = normalize(text, drop)
    if not norm.strip():
        raise DocumentError(E.E002.format(path=path), path)
    sentences = []
    for start, end, _ in split_sentences(norm):
        o_start, o_end = offsets[start], offsets[end - 1] + 1
        # original characters, without the layout breaks and markup left out of ``norm``
        # (most sentences lose nothing: then they are one slice of the original)
        if o_end - o_start == end - start:
            shown = text[o_start:o_end]
        else:
            shown = "".join(text[o] for o in offsets[start:end])
        sentences.append(Sentence(len(sentences), o_start, o_end, shown))
    doc_id = hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
    meta = meta or DocumentMeta()
    if not meta.title:
        meta = _with(meta, title=_title_guess(sentences, text))
    return Document(
        doc_id=doc_id,
        path=path,
        text=text,
        norm=norm,
        offsets=offsets,
        sentences=sentences,
        meta=meta,
        encoding=encoding,
        media_type=media_type,
    )


def read_document(path: Union[str, Path]) -> Document:
    """Read one file (``.txt``, ``.md``, ``.html``/``.htm``) with its metadata sidecar."""
    path = Path(path)
    text, encoding, media_type, title = read_text(path)
    meta = read_meta(path)
    if not meta.title and title:
        meta = _with(meta, title=title)
    return document_from_text(text, _display_path(path), meta, media_type, encoding)


def find_files(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, DocumentError]]:
    """Expand files and folders into supported document files, sorted; missing paths as errors."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES and not f.name.startswith("."):
                    if f.name.lower() in ("readme.md",):
                        continue  # a folder's README describes the documents, it is not one
                    yield f
        elif p.exists():
            yield p
        else:
            yield DocumentError(E.E001.format(path=p), str(p))


def iter_documents(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Document, DocumentError]]:
    """Stream documents from files and folders; a file that cannot be read yields its error."""
    for item in find_files(paths):
        if isinstance(item, DocumentError):
            yield item
            continue
        try:
            yield read_document(item)
        except DocumentError as err:
            yield err


def read_meta(path: Path) -> DocumentMeta:
    """The ``NAME.meta.json`` sidecar of ``NAME.txt`` (empty metadata when there is none)."""
    sidecar = path.with_name(path.stem + META_SUFFIX)
    if not sidecar.exists():
        return DocumentMeta()
    try:
        raw = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("expected a JSON object")
    except (ValueError, UnicodeDecodeError) as err:
        raise DocumentError(E.E006.format(path=sidecar, detail=err), str(sidecar)) from None
    known = {f.name for f in fields(DocumentMeta)}
    values = {k: v for k, v in raw.items() if k in known}
    if "authors" in values:
        values["authors"] = tuple(values["authors"] or ())
    for key in ("title", "publisher", "date", "kind", "source_url", "language", "note"):
        if key in values:
            values[key] = str(values[key] or "")
    if "date_is_estimate" in values:
        values["date_is_estimate"] = bool(values["date_is_estimate"])
    return DocumentMeta(**values)


def _with(meta: DocumentMeta, **changes) -> DocumentMeta:
    from dataclasses import replace

    return replace(meta, **changes)


def _title_guess(sentences: list[Sentence], text: str) -> str:
    for s in sentences:
        if s.text.strip():
            return s.text.strip()[:80]
    return text.strip()[:80]


def _display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
