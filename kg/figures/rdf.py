"""Figures and dated events → RDF triples in a document's named graph (model: ontology/figures.ttl).

>>> from rdflib import Graph, URIRef
>>> from kg.ingest import document_from_text
>>> from kg.records import DocumentMeta
>>> doc = document_from_text("2022年,我区R&D经费投入207.96亿元。", meta=DocumentMeta(date="2023-11"))
>>> g = Graph()
>>> figures_to_rdf(URIRef("https://w3id.org/innokg/doc/" + doc.doc_id), extract_figures(doc), [], g)
1
>>> from kg.namespaces import KG
>>> [str(v) for v in g.objects(None, KG.value)]
['20796000000']
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable, Optional

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, XSD

from ..namespaces import KG, KGR, QB, SCHEMA
from ..store import ONTOLOGY_DIR
from .extract import extract_figures
from .lexicon import MEASURES_TTL
from .records import DatedEvent, Observation, Period

ONTOLOGY_TTL = ONTOLOGY_DIR / "figures.ttl"
UNIT = Namespace(str(KGR) + "unit/")  # unit individuals: kgr:unit/CNY …
DATASET = KGR["dataset/figures"]
UNCLASSIFIED = KGR["measure/unclassified"]

SubjectIRI = Callable[[str], Optional[URIRef]]


def observation_iri(doc_iri: URIRef, o: Observation) -> URIRef:
    return URIRef(f"{doc_iri}/o/{o.start}-{o.end}")


def event_iri(doc_iri: URIRef, e: DatedEvent) -> URIRef:
    return URIRef(f"{doc_iri}/t/{e.start}-{e.end}")


def _default_subject_iri(type_by_name: dict[str, str]) -> SubjectIRI:
    from ..iri import entity_iri

    def resolve(name: str) -> Optional[URIRef]:
        type_ = type_by_name.get(name)
        return entity_iri(type_, name) if name and type_ else None

    return resolve


def _date_literal(iso: str) -> Optional[Literal]:
    """"2023-05-12" → xsd:date, "2023-05" → xsd:gYearMonth, "2023" → xsd:gYear."""
    if len(iso) == 10:
        return Literal(iso, datatype=XSD.date)
    if len(iso) == 7:
        return Literal(iso, datatype=XSD.gYearMonth)
    if len(iso) == 4 and iso.isdigit():
        return Literal(iso, datatype=XSD.gYear)
    return None


def _add_period(g: Graph, node: URIRef, p: Period) -> None:
    if p.label:
        g.add((node, KG.refPeriod, Literal(p.label)))
    if p.start:
        g.add((node, KG.periodStart, Literal(p.start, datatype=XSD.date)))
    if p.end:
        g.add((node, KG.periodEnd, Literal(p.end, datatype=XSD.date)))
    if p.text:
        g.add((node, KG.periodText, Literal(p.text)))
    g.add((node, KG.periodRelative, Literal(p.relative)))
    g.add((node, KG.periodInferred, Literal(p.inferred)))


def _decimal(d: Decimal) -> Literal:
    return Literal(d, datatype=XSD.decimal)


def figures_to_rdf(doc_iri: URIRef, observations: Iterable[Observation], events: Iterable[DatedEvent],
                   graph: Graph, subject_iri: Optional[SubjectIRI] = None) -> int:
    """Add observations and dated events to ``graph`` (the document's named graph); returns how
    many resources were added.

    ``subject_iri(name)`` maps a figure's subject (a canonical name) to the entity IRI the build
    uses; by default ``kg.iri.entity_iri(type, name)``. Evidence is the sentence resource
    ``<docIRI>/s/<index>`` (docs/model.md).
    """
    observations, events = list(observations), list(events)
    if subject_iri is None:
        types = {o.subject: o.subject_type for o in observations}
        types.update({e.subject: e.subject_type for e in events})
        subject_iri = _default_subject_iri(types)
    g = graph
    for o in observations:
        node = observation_iri(doc_iri, o)
        g.add((node, RDF.type, KG.FigureObservation))
        g.add((node, QB.dataSet, DATASET))
        subject = subject_iri(o.subject) if o.subject else None
        if subject is not None:
            g.add((node, KG.refArea, subject))
        g.add((node, KG.measure, URIRef(o.measure) if o.measure else UNCLASSIFIED))
        g.add((node, KG.measureText, Literal(o.measure_text, lang="zh")))
        g.add((node, KG.value, _decimal(o.value)))
        g.add((node, KG.statedValue, _decimal(o.number)))
        g.add((node, KG.unit, UNIT[o.unit]))
        g.add((node, KG.unitText, Literal(o.unit_text)))
        g.add((node, KG.figureText, Literal(o.surface)))
        g.add((node, KG.qualifier, Literal(o.qualifier)))
        g.add((node, KG.status, Literal(o.status)))
        g.add((node, KG.aspect, Literal(o.aspect)))
        if o.target_cue:
            g.add((node, KG.targetCue, Literal(o.target_cue)))
        _add_period(g, node, o.period)
        g.add((node, KG.sentence, URIRef(f"{doc_iri}/s/{o.sentence}")))
        g.add((node, KG.start, Literal(o.start)))
        g.add((node, KG.end, Literal(o.end)))
        g.add((node, PROV.wasDerivedFrom, doc_iri))
    for e in events:
        node = event_iri(doc_iri, e)
        g.add((node, RDF.type, KG.DatedEvent))
        g.add((node, KG.eventType, KG[e.event_type]))
        date = _date_literal(e.period.label)
        if date is not None:
            g.add((node, KG.eventDate, date))
        _add_period(g, node, e.period)
        g.add((node, KG.eventCue, Literal(e.cue)))
        g.add((node, KG.eventText, Literal(e.description, lang="zh")))
        if e.object_title:
            g.add((node, KG.eventTitle, Literal(e.object_title, lang="zh")))
        subject = subject_iri(e.subject) if e.subject else None
        if subject is not None:
            g.add((node, SCHEMA.about, subject))
        g.add((node, KG.sentence, URIRef(f"{doc_iri}/s/{e.sentence}")))
        g.add((node, KG.start, Literal(e.start)))
        g.add((node, KG.end, Literal(e.end)))
        g.add((node, PROV.wasDerivedFrom, doc_iri))
    return len(observations) + len(events)


def vocabulary_graph(graph: Optional[Graph] = None) -> Graph:
    """The figures ontology (ontology/figures.ttl) and the measure vocabulary
    (kg/data/measures.ttl) — for the build to add to the ``kgg:ontology`` graph."""
    g = graph if graph is not None else Graph()
    g.parse(ONTOLOGY_TTL, format="turtle")
    g.parse(MEASURES_TTL, format="turtle")
    return g


def figures_enricher(doc, graph_iri: URIRef, sentence: Callable[[int], URIRef]) -> list[tuple]:
    """A ``kg.assemble.DocumentEnricher``: the document's figures and dated events as triples for
    its named graph. ``sentence(index)`` is called for every sentence used as evidence, so the
    assembler writes those sentence resources too.

    >>> from kg.ingest import document_from_text
    >>> doc = document_from_text("2020年12月,研究院成立。")
    >>> used = []
    >>> triples = figures_enricher(doc, URIRef("https://w3id.org/innokg/doc/x"), lambda i: used.append(i))
    >>> used, any(p == KG.eventType for _, p, _ in triples)
    ([0], True)
    """
    from .events import extract_dated_events

    observations, events = extract_figures(doc), extract_dated_events(doc)
    for index in sorted({o.sentence for o in observations} | {e.sentence for e in events}):
        sentence(index)
    g = Graph()
    figures_to_rdf(graph_iri, observations, events, g)
    return list(g)
