"""Figures and time: quantities, periods, targets vs achieved, dated events, as RDF.

>>> from kg.ingest import document_from_text
>>> from kg.records import DocumentMeta
>>> doc = document_from_text("截至目前,全区拥有市级以上孵化器85家,众创空间45家。",
...                          meta=DocumentMeta(date="2023-11", date_is_estimate=True))
>>> [(o.surface, o.period.label, o.period.inferred) for o in extract_figures(doc)]
[('85家', 'asof:2023-11', True), ('45家', 'asof:2023-11', True)]

Entry points: :func:`extract_figures`, :func:`extract_dated_events`, :func:`figures_to_rdf`,
:func:`vocabulary_graph` (ontology/figures.ttl + kg/data/measures.ttl). See docs/figures.md.
"""
from .events import extract_dated_events
from .extract import extract_figures
from .rdf import figures_to_rdf, vocabulary_graph
from .records import DatedEvent, Observation, Period

__all__ = [
    "extract_figures",
    "extract_dated_events",
    "figures_to_rdf",
    "vocabulary_graph",
    "Observation",
    "DatedEvent",
    "Period",
]
