"""Counts of what a graph holds: entities by type, facts by predicate, per document.

The SPARQL lives in the named queries ``stats-types``, ``stats-predicates`` and ``stats-documents``
(``kg/queries/``), so ``kg query stats-types`` gives the same numbers.
"""
from __future__ import annotations

import pyoxigraph as ox

from .query.run import run_query


def _rows(store: ox.Store, name: str) -> list[dict]:
    """Rows of a named query, with the count columns as ints."""
    rows = run_query(store, name).records()
    for row in rows:
        for key in ("entities", "facts", "evidence"):
            if row.get(key) is not None:
                row[key] = int(row[key])
    return rows


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
