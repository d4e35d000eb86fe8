"""SHACL validation of a built graph with pySHACL against ``ontology/shapes.ttl``."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .store import ONTOLOGY_DIR


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    messages: list[str] = field(default_factory=list)  # one line per result: focus node, path, message
    text: str = ""


def shapes_files() -> list[Path]:
    return sorted(ONTOLOGY_DIR.glob("*shapes*.ttl"))


def union_graph(store: ox.Store) -> Graph:
    """The union of all named graphs of a store as one rdflib Graph (what the shapes check)."""
    data = Graph()
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in store}
    data.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return data


def validate_store(store: ox.Store) -> ValidationReport:
    """Validate the union of a store's graphs (ontology included) against every shapes file."""
    import pyshacl
    from rdflib.namespace import RDF, SH

    shapes = Graph()
    for path in shapes_files():
        shapes.parse(path, format="turtle")
    # No inference: the union already holds the ontology graph, whose rdfs:subClassOf triples are
    # what sh:targetClass follows; RDFS inference would triple the run time for nothing.
    conforms, results, text = pyshacl.validate(
        union_graph(store), shacl_graph=shapes, inference="none",
        abort_on_first=False, allow_warnings=True, advanced=True,
    )
    messages = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        severity = results.value(result, SH.resultSeverity)
        sev = str(severity).rsplit("#", 1)[-1] if severity else "Violation"
        messages.append(f"{sev}: {focus} {path or ''}: {message or ''}".strip())
    violations = sum(1 for m in messages if m.startswith("Violation"))
    return ValidationReport(conforms=bool(conforms) or violations == 0, violations=violations,
                            messages=sorted(messages), text=text)
