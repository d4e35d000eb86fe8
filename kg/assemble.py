"""Assemble: extraction records + resolution → RDF quads (the model of ``docs/model.md``).

:func:`iter_quads` streams ``(subject, predicate, object, graph)`` tuples of rdflib terms, so a large
build never holds the whole graph in Python objects; :func:`assemble` collects them into an
``rdflib.Dataset`` for users of the Python API.

Each document gets its own named graph (named by the document IRI) holding its metadata, the
sentences that carry evidence, mentions, facts and one ``kg:Evidence`` per fact and sentence.
Entity nodes (type, labels, aliases) live in ``kgg:entities``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .iri import (
    assign_entity_iris,
    document_iri,
    entity_iri,
    evidence_iri,
    mention_iri,
    sentence_iri,
    tier_iri,
)
from .namespaces import ENTITIES_GRAPH, KG, SCHEMA, WD, bind_prefixes
from .records import DocExtraction, Document, Resolution

Quad = tuple  # (subject, predicate, object, graph) of rdflib terms

# Hook for stages that add more facts to a document's graph (figures, dated events):
# called with (document, document IRI, sentence IRI function) and yields (s, p, o) triples.
DocumentEnricher = Callable[[Document, URIRef, Callable[[int], URIRef]], Iterable[tuple]]


def _date_literal(value: str) -> Optional[Literal]:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


def _safe_iri(value: str) -> Optional[URIRef]:
    """A source URL as an IRI, or None when it is not a plain absolute http(s) IRI."""
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", value or ""):
        return URIRef(value)
    return None


def document_quads(doc: Document) -> Iterator[Quad]:
    """Metadata of a document as Dublin Core terms, in the document's own graph."""
    d = document_iri(doc.doc_id)
    m = doc.meta
    yield d, RDF.type, KG.Document, d
    yield d, RDF.type, PROV.Entity, d
    yield d, RDF.type, SCHEMA.CreativeWork, d
    yield d, DCTERMS.identifier, Literal(doc.doc_id), d
    yield d, DCTERMS.title, Literal(m.title or doc.path, lang="zh"), d
    if m.publisher:
        yield d, DCTERMS.publisher, Literal(m.publisher), d
    for author in m.authors:
        yield d, DCTERMS.creator, Literal(author), d
    date = _date_literal(m.date)
    if date is not None:
        yield d, DCTERMS.date, date, d
        yield d, KG.dateIsEstimate, Literal(bool(m.date_is_estimate)), d
    if m.kind:
        yield d, DCTERMS.type, Literal(m.kind), d
    source = _safe_iri(m.source_url)
    if source is not None:
        yield d, DCTERMS.source, source, d
    yield d, DCTERMS.language, Literal(m.language or "zh"), d
    yield d, DCTERMS.format, Literal(doc.media_type), d
    yield d, KG.sourcePath, Literal(doc.path), d
    yield d, KG.charCount, Literal(len(doc.text)), d


@dataclass
class _DocGraph:
    """Collects one document's quads, adding each sentence resource once."""

    doc: Document
    graph: URIRef
    quads: list = field(default_factory=list)
    sentences_done: set = field(default_factory=set)

    def sentence(self, index: int) -> URIRef:
        s_iri = sentence_iri(self.doc.doc_id, index)
        if index not in self.sentences_done and 0 <= index < len(self.doc.sentences):
            self.sentences_done.add(index)
            s = self.doc.sentences[index]
            g = self.graph
            self.quads += [
                (s_iri, RDF.type, KG.Sentence, g),
                (s_iri, DCTERMS.isPartOf, g, g),
                (s_iri, KG["index"], Literal(s.index), g),
                (s_iri, KG.text, Literal(s.text), g),
                (s_iri, KG.start, Literal(s.start), g),
                (s_iri, KG.end, Literal(s.end), g),
            ]
        return s_iri


def iter_quads(
    extractions: Iterable[DocExtraction],
    resolution: Resolution,
    enrichers: Iterable[DocumentEnricher] = (),
) -> Iterator[Quad]:
    """All quads of the graph: entities graph first, then one named graph per document."""
    extractions = list(extractions)
    entities = resolution.entities
    iris = assign_entity_iris((e.type, e.canonical) for e in entities.values())
    entity_iris = {key: iris[(e.type, e.canonical)] for key, e in entities.items()}

    yield from entity_quads(resolution, entity_iris)
    yield from system_entity_quads(extractions)

    enrichers = list(enrichers)
    for ex in sorted(extractions, key=lambda x: x.document.doc_id):
        yield from document_graph_quads(ex, resolution, entity_iris, enrichers)


def entity_quads(resolution: Resolution, entity_iris: dict[str, URIRef]) -> Iterator[Quad]:
    g = ENTITIES_GRAPH
    for key in sorted(resolution.entities):
        e = resolution.entities[key]
        s = entity_iris[key]
        yield s, RDF.type, KG[e.broader_type or e.type], g
        if e.broader_type:
            yield s, RDF.type, KG[e.type], g
        yield s, SKOS.prefLabel, Literal(e.canonical, lang="zh"), g
        yield s, RDFS.label, Literal(e.canonical, lang="zh"), g
        if e.label_en:
            yield s, SKOS.prefLabel, Literal(e.label_en, lang="en"), g
        for alias in sorted(e.aliases - {e.canonical}):
            yield s, SKOS.altLabel, Literal(alias, lang="zh"), g
        if e.wikidata:
            yield s, OWL.sameAs, WD[e.wikidata], g


def system_entity_quads(extractions: list[DocExtraction]) -> Iterator[Quad]:
    """Platform systems and their tiers (first description wins, in document-id order)."""
    g = ENTITIES_GRAPH
    seen_systems: set[str] = set()
    seen_tiers: set[tuple[str, int]] = set()
    for ex in sorted(extractions, key=lambda x: x.document.doc_id):
        for system in ex.systems:
            sys_iri = entity_iri("PlatformSystem", system.formula)
            if system.formula not in seen_systems:
                seen_systems.add(system.formula)
                label = f"“{system.formula}”{system.label or '平台体系'}"
                yield sys_iri, RDF.type, KG.PlatformSystem, g
                yield sys_iri, RDF.type, SKOS.ConceptScheme, g
                yield sys_iri, SKOS.prefLabel, Literal(label, lang="zh"), g
                yield sys_iri, RDFS.label, Literal(label, lang="zh"), g
                yield sys_iri, SKOS.prefLabel, Literal(
                    f"“{system.formula}” {'innovation platform system' if '平台' in (system.label or '平台') else 'system'}",
                    lang="en",
                ), g
                yield sys_iri, KG.formula, Literal(system.formula), g
            for tier in system.tiers:
                if (system.formula, tier.position) in seen_tiers:
                    continue
                seen_tiers.add((system.formula, tier.position))
                t_iri = tier_iri(system.formula, tier.position)
                name = tier.label or f"第{tier.position + 1}层"
                yield t_iri, RDF.type, KG.PlatformTier, g
                yield t_iri, RDF.type, SKOS.Concept, g
                yield t_iri, SKOS.inScheme, sys_iri, g
                yield t_iri, KG.tierOf, sys_iri, g
                zh_label = Literal(f"“{system.formula}”之“{tier.symbol}”:{name}", lang="zh")
                yield t_iri, SKOS.prefLabel, zh_label, g
                yield t_iri, RDFS.label, zh_label, g
                yield t_iri, SKOS.prefLabel, Literal(
                    f"“{system.formula}” tier {tier.position + 1} (“{tier.symbol}”)", lang="en"
                ), g
                yield t_iri, KG.position, Literal(tier.position), g
                yield t_iri, KG.symbol, Literal(tier.symbol), g
                if tier.label:
                    yield t_iri, KG.tierLabel, Literal(tier.label, lang="zh"), g
                if tier.declared_count is not None:
                    yield t_iri, KG.declaredCount, Literal(tier.declared_count), g


def document_graph_quads(
    ex: DocExtraction,
    resolution: Resolution,
    entity_iris: dict[str, URIRef],
    enrichers: list[DocumentEnricher] = (),
) -> Iterator[Quad]:
    doc = ex.document
    g = document_iri(doc.doc_id)
    out = _DocGraph(doc, g)
    yield from document_quads(doc)

    mentioned: set[URIRef] = set()
    for m in sorted(ex.mentions, key=lambda m: (m.start, m.end, m.type)):
        key = resolution.mention_entity.get((m.doc_id, m.start, m.end, m.type))
        if key is None or key not in entity_iris:
            continue
        e_iri = entity_iris[key]
        if e_iri not in mentioned:
            mentioned.add(e_iri)
            out.quads.append((e_iri, KG.mentionedIn, g, g))
        m_iri = mention_iri(doc.doc_id, m.start, m.end)
        out.quads += [
            (m_iri, RDF.type, KG.Mention, g),
            (m_iri, KG.entity, e_iri, g),
            (m_iri, KG.surface, Literal(m.surface), g),
            (m_iri, KG.sentence, out.sentence(m.sentence), g),
            (m_iri, KG.start, Literal(m.start), g),
            (m_iri, KG.end, Literal(m.end), g),
        ]

    facts: dict[tuple, dict] = {}
    for r in ex.relations:
        s_key = resolution.mention_entity.get((r.subject.doc_id, r.subject.start, r.subject.end, r.subject.type))
        o_key = resolution.mention_entity.get((r.object.doc_id, r.object.start, r.object.end, r.object.type))
        if not s_key or not o_key or s_key == o_key:
            continue
        if s_key not in entity_iris or o_key not in entity_iris:
            continue
        fact = (entity_iris[s_key], KG[r.predicate], entity_iris[o_key], r.sentence)
        _keep_best(facts, fact, r.confidence, r.cue, r.source)

    for system in ex.systems:
        sys_iri = entity_iri("PlatformSystem", system.formula)
        out.quads.append((sys_iri, KG.mentionedIn, g, g))
        for tier in system.tiers:
            t_iri = tier_iri(system.formula, tier.position)
            for member in tier.members:
                key = resolution.mention_entity.get((member.doc_id, member.start, member.end, member.type))
                if key is None or key not in entity_iris:
                    continue
                sentence = tier.sentence if tier.sentence >= 0 else member.sentence
                fact = (entity_iris[key], KG.memberOf, t_iri, sentence)
                _keep_best(facts, fact, member.confidence, "", "platform-system")

    for (s, p, o, sentence), info in sorted(facts.items(), key=lambda kv: tuple(map(str, kv[0]))):
        out.quads.append((s, p, o, g))
        e_iri = evidence_iri(doc.doc_id, str(s), str(p), str(o), str(sentence))
        out.quads += [
            (e_iri, RDF.type, KG.Evidence, g),
            (e_iri, RDF.subject, s, g),
            (e_iri, RDF.predicate, p, g),
            (e_iri, RDF.object, o, g),
            (e_iri, KG.sentence, out.sentence(sentence), g),
            (e_iri, PROV.wasDerivedFrom, g, g),
            (e_iri, KG.confidence, Literal(round(info[0], 3)), g),
        ]
        if info[1]:
            out.quads.append((e_iri, KG.cue, Literal(info[1]), g))
        if info[2]:
            out.quads.append((e_iri, KG.extractor, Literal(info[2]), g))

    for enrich in enrichers:
        for s, p, o in enrich(doc, g, out.sentence):
            out.quads.append((s, p, o, g))
    yield from out.quads


def _keep_best(facts: dict, fact: tuple, confidence: float, cue: str, source: str) -> None:
    """One evidence per fact and sentence: when several rules found it, keep the most confident
    (ties: the first by cue and rule name, so the choice does not depend on rule order)."""
    candidate = (confidence, cue or "", source or "")
    current = facts.get(fact)
    if current is None or (-candidate[0], candidate[1], candidate[2]) < (-current[0], current[1], current[2]):
        facts[fact] = candidate


def assemble(
    extractions: Iterable[DocExtraction],
    resolution: Resolution,
    enrichers: Iterable[DocumentEnricher] = (),
) -> Dataset:
    """The whole graph as an rdflib ``Dataset`` (default graph = union of named graphs).

    >>> from kg.ingest import document_from_text
    >>> from kg.records import DocExtraction, Resolution
    >>> ds = assemble([DocExtraction(document_from_text("白马湖实验室揭牌。"))], Resolution())
    >>> len(list(ds.graphs())) >= 1
    True
    """
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    for s, p, o, g in iter_quads(extractions, resolution, enrichers):
        ds.add((s, p, o, g))
    return ds
