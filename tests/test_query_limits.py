"""Listing queries return the top ``$n`` rows by default and everything on request.

The listings that can return thousands of rows on a large graph (awards, founders, labs, policies …)
rank on a count, cut to ``$n`` (default 100), and only then read names and sentences, so they answer
in milliseconds at 1M triples (bench/bench_queries.py). These tests check that the cut is a cut: a
small ``n`` gives a subset of the full answer, ranked as documented, and a large ``n`` gives all.
"""
from __future__ import annotations

import pytest

from kg.query import load_catalogue, run_query

CATALOGUE = load_catalogue()
LIMITED = sorted(name for name, q in CATALOGUE.items() if any(p.name == "n" for p in q.params))
#: listings whose ``n`` was added for speed (the others had one already, with their own defaults)
NEW_LIMITS = ["aliases", "awards", "documents", "entities-by-industry", "entity-search", "facts",
              "founders", "government-bodies", "incubated", "labs-and-builders", "leaders",
              "platform-members", "policies-by-issuer", "policy-supports", "tier-evidence", "timeline"]
ALL = "1000000"


def _rows(store, name, **params):
    return [tuple(sorted((k, v or "") for k, v in r.items())) for r in run_query(store, name, params).records()]


def test_new_limits_are_declared_with_a_numeric_default_and_a_way_to_get_everything():
    for name in NEW_LIMITS:
        [n] = [p for p in CATALOGUE[name].params if p.name == "n"]
        assert n.default == "100", name
        assert "lists all" in n.meaning and "first" in n.meaning, name
        assert "LIMIT $n" in CATALOGUE[name].text, name


@pytest.mark.parametrize("name", NEW_LIMITS)
def test_default_equals_everything_on_a_small_graph(name, mini_store):
    """The mini graph has far fewer than 100 rows per listing: the default cut changes nothing."""
    assert sorted(_rows(mini_store, name)) == sorted(_rows(mini_store, name, n=ALL))


@pytest.mark.parametrize("name", LIMITED)
def test_a_small_n_gives_part_of_the_full_answer(name, seed_store):
    everything = _rows(seed_store, name, n=ALL)
    first = _rows(seed_store, name, n="1")
    if name in {"awards", "tier-evidence"}:  # several rows (sentences) may belong to one ranked item
        assert set(first) <= set(everything)
    else:
        assert len(first) <= 1 and set(first) <= set(everything), name


def test_facts_are_ranked_by_documents(seed_store):
    docs = [int(r["documents"]) for r in run_query(seed_store, "facts", {"predicate": "ledBy"}).records()]
    assert docs and docs == sorted(docs, reverse=True)
    top = run_query(seed_store, "facts", {"predicate": "ledBy", "n": "1"}).records()
    assert [int(r["documents"]) for r in top] == docs[:1]


def test_documents_and_timeline_keep_date_order_under_the_cut(seed_store):
    all_dates = [r["date"] for r in run_query(seed_store, "timeline", {"n": ALL}).records()]
    two = [r["date"] for r in run_query(seed_store, "timeline", {"n": "2"}).records()]
    assert two == sorted(all_dates)[:2]
    docs = run_query(seed_store, "documents", {"n": "2"}).records()
    assert len(docs) == 2 and all(int(r["entities"]) > 0 for r in docs)


def test_entity_search_ranks_by_documents_and_cuts(seed_store):
    full = run_query(seed_store, "entity-search", {"text": "研究院", "n": ALL}).records()
    counts = [int(r["documents"]) for r in full]
    assert counts == sorted(counts, reverse=True)
    top = run_query(seed_store, "entity-search", {"text": "研究院", "n": "2"}).records()
    assert len(top) == min(2, len(full)) and [int(r["documents"]) for r in top] == counts[:2]
