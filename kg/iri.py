"""Stable, readable IRIs.

An entity IRI depends only on its type and canonical Chinese name, so it is identical across
rebuilds and independent of the order in which documents are read.

>>> str(entity_iri("Laboratory", "白马湖实验室"))
'https://w3id.org/innokg/id/laboratory/bai-ma-hu-shi-yan-shi'
>>> str(entity_iri("PlatformSystem", "1+2+6+N"))
'https://w3id.org/innokg/id/platformsystem/1-2-6-n'
>>> str(entity_iri("Zone", "杭州高新区(滨江)"))
'https://w3id.org/innokg/id/zone/hang-zhou-gao-xin-qu-bin-jiang'
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Iterable

from rdflib import URIRef

from .namespaces import KGD, KGR

_MAX_SLUG = 120


@lru_cache(maxsize=65536)
def pinyin_slug(name: str) -> str:
    """Tone-less pinyin, one syllable per character, ASCII runs kept, joined by ``-``."""
    from pypinyin import Style, lazy_pinyin

    parts: list[str] = []
    for piece in lazy_pinyin(name, style=Style.NORMAL, errors="default"):
        piece = piece.lower().replace("ü", "v")
        # non-Chinese pieces come back as-is: keep letters and digits, split on anything else
        parts.extend(p for p in re.split(r"[^0-9a-z]+", piece) if p)
    slug = "-".join(parts) or "x"
    if len(slug) > _MAX_SLUG:  # very long names: cut, and keep them apart with a hash
        slug = slug[:_MAX_SLUG].rstrip("-") + "-" + _short_hash(name)
    return slug


def _short_hash(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]


def entity_iri(type_: str, canonical: str, clash: bool = False) -> URIRef:
    """IRI of an entity; ``clash=True`` adds a hash when two names share one pinyin slug."""
    slug = pinyin_slug(canonical)
    if clash:
        slug += "-" + _short_hash(canonical)
    return KGR[f"{type_.lower()}/{slug}"]


def tier_iri(system_formula: str, position: int) -> URIRef:
    """IRI of the tier at ``position`` (0-based) of a platform system."""
    return KGR[f"platformtier/{pinyin_slug(system_formula)}/{position}"]


def assign_entity_iris(entities: Iterable[tuple[str, str]]) -> dict[tuple[str, str], URIRef]:
    """IRIs for many (type, canonical) pairs, resolving slug clashes deterministically.

    >>> iris = assign_entity_iris([("Person", "李力"), ("Person", "李立")])
    >>> sorted(str(i).rsplit("/", 1)[1] for i in iris.values())
    ['li-li-311806', 'li-li-c87f45']
    """
    pairs = sorted(set(entities))
    by_iri: dict[URIRef, list[tuple[str, str]]] = {}
    for type_, name in pairs:
        by_iri.setdefault(entity_iri(type_, name), []).append((type_, name))
    result = {}
    for iri, owners in by_iri.items():
        clash = len(owners) > 1
        for type_, name in owners:
            result[(type_, name)] = entity_iri(type_, name, clash=clash)
    return result


def document_iri(doc_id: str) -> URIRef:
    return KGD[doc_id]


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return URIRef(f"{KGD[doc_id]}/s/{index}")


def mention_iri(doc_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{KGD[doc_id]}/m/{start}-{end}")


def evidence_iri(doc_id: str, *parts: str) -> URIRef:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{KGD[doc_id]}/e/{digest}")
