"""Counts of what a graph holds: entities by type, facts by predicate, per document.

The SPARQL lives in the named queries ``stats-types``, ``stats-predicates`` and ``stats-documents``
(``kg/queries/``), so ``kg query stats-types`` gives the same numbers.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from .namespaces import sparql_prefixes
from .query.catalogue import load_catalogue
from .store import query


def _rows(store: ox.Store, name: str) -> list[dict]:
    text = sparql_prefixes() + load_catalogue()[name].text
    result = query(store, text)
    variables = [v.value for v in result.variables]
    return [{v: _py(row[v]) for v in variables} for row in result]


def _py(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        return term.value
    return term.value


def counts_by_type(store: ox.Store) -> dict[str, int]:
    """``{"Laboratory": 4, …}`` for every class that has entities."""
    return {r["type"]: r["entities"] for r in _rows(store, "stats-types")}


def counts_by_predicate(store: ox.Store) -> dict[str, int]:
    """``{"coBuiltBy": 7, …}``: distinct facts per predicate."""
    return {r["predicate"]: r["facts"] for r in _rows(store, "stats-predicates")}


def evidence_by_predicate(store: ox.Store) -> dict[str, int]:
    return {r["predicate"]: r["evidence"] for r in _rows(store, "stats-predicates")}


def per_document(store: ox.Store) -> list[dict]:
    """One row per document: title, date, entities mentioned, facts stated, document IRI."""
    return _rows(store, "stats-documents")


def stats(store: ox.Store) -> dict:
    """Everything ``kg stats`` shows, as plain data (also what ``kg stats --format json`` prints)."""
    evidence = evidence_by_predicate(store)
    return {
        "quads": len(store),
        "entities_by_type": counts_by_type(store),
        "facts_by_predicate": counts_by_predicate(store),
        "evidence_by_predicate": evidence,
        "documents": per_document(store),
    }
