"""The named-query catalogue: headers, parameters, preparation and error messages."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.query import load_catalogue, prepare, query_form, run_query
from kg.query.catalogue import parse_named_query
from kg.query.params import fill, placeholders, to_term
from kg.query.run import syntax_message

CATALOGUE = load_catalogue()
#: values for the parameters that have no default, taken from mini.trig / the seeds
REQUIRED = {"doc": "4960", "a": "4960", "b": "ede1"}


def test_at_least_25_named_queries_with_titles_and_descriptions():
    assert len(CATALOGUE) >= 25
    for name, q in CATALOGUE.items():
        assert q.title and len(q.title) > 5, name
        assert q.description and len(q.description) > 20, name
        assert q.form in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}, name


def test_every_parameter_is_documented_and_used():
    for name, q in CATALOGUE.items():
        used = set(placeholders(q.text))
        declared = {p.name for p in q.params}
        assert used == declared, f"{name}: uses {used}, header declares {declared}"
        for p in q.params:
            assert p.meaning, f"{name}: parameter {p.name} has no meaning"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_named_query_parses_and_runs(name, mini_store):
    q = CATALOGUE[name]
    params = {p.name: REQUIRED[p.name] for p in q.params if p.default is None}
    result = run_query(mini_store, name, params)
    assert result.form == {"SELECT": "select", "ASK": "ask"}.get(q.form, "graph")


def test_header_parsing(tmp_path):
    f = tmp_path / "x.rq"
    f.write_text(
        "# title: A title\n# description: first line\n#   continued here\n"
        "# param: lab — the lab (default 白马湖实验室)\n# param: n - how many\nSELECT * { ?s ?p $lab } LIMIT $n\n",
        encoding="utf-8",
    )
    q = parse_named_query(f)
    assert q.title == "A title"
    assert q.description == "first line continued here"
    assert [(p.name, p.default) for p in q.params] == [("lab", "白马湖实验室"), ("n", None)]


def test_fill_replaces_only_variables():
    text = 'SELECT * { ?x ?p $name . ?x ?q "$name" . ?x ?r <http://e/$name> } # $name'
    out = fill(text, {"name": "白马湖"})
    assert out == 'SELECT * { ?x ?p "白马湖" . ?x ?q "$name" . ?x ?r <http://e/$name> } # $name'


@pytest.mark.parametrize(
    "value, term",
    [
        ("白马湖实验室", '"白马湖实验室"'),
        ('say "hi"\\', '"say \\"hi\\"\\\\"'),
        ("42", "42"),
        ("0.75", "0.75"),
        ("kg:coBuiltBy", "<https://w3id.org/innokg/ontology#coBuiltBy>"),
        ("https://example.org/x", "<https://example.org/x>"),
        ("<urn:x>", "<urn:x>"),
        ('"浙江"@zh', '"浙江"@zh'),
        ('"2023"^^xsd:gYear', '"2023"^^<http://www.w3.org/2001/XMLSchema#gYear>'),
        ("1+2+6+N", '"1+2+6+N"'),
    ],
)
def test_parameter_values_become_sparql_terms(value, term):
    assert to_term(value) == term


def test_injection_through_a_parameter_stays_a_literal(mini_store):
    evil = '白马湖实验室" } ; DROP ALL ; SELECT * { "'
    result = run_query(mini_store, "co-builders", {"lab": evil})
    assert len(result) == 0


def test_prepare_errors():
    with pytest.raises(KGError, match="E202 no named query 'no-such-query'"):
        prepare("no-such-query")
    with pytest.raises(KGError, match="E203 .*document-entities.* doc"):
        prepare("document-entities")
    with pytest.raises(KGError, match="E210 unknown parameter"):
        prepare("co-builders", {"zzz": "1"})


def test_prepare_file_and_inline(tmp_path):
    f = tmp_path / "mine.rq"
    f.write_text("SELECT ?x WHERE { ?x a kg:Laboratory }", encoding="utf-8")
    assert prepare(str(f)).text.startswith("SELECT ?x")
    assert prepare("ASK { ?s ?p ?o }").form == "ASK"


def test_query_form_skips_prologue_and_comments():
    assert query_form("# c\nPREFIX a: <x:>\nBASE <y:>\n construct {} where {}") == "CONSTRUCT"
    assert query_form("INSERT DATA { <a:b> <a:c> <a:d> }") == "INSERT"


def test_syntax_message_has_position_and_is_one_line():
    text = "SELECT ?x WHERE {\n  ?x kg:foo\n}"
    with pytest.raises(SyntaxError) as info:
        ox.Store().query(text, prefixes={"kg": "http://k/"})
    msg = syntax_message(info.value, text)
    assert msg.startswith("line 3, column 1:") or msg.startswith("line 2,"), msg
    assert "\n" not in msg and len(msg) < 300


def test_malformed_query_raises_e201_with_position(mini_store):
    with pytest.raises(KGError) as info:
        run_query(mini_store, "SELECT * WHERE { ?x ?y }")
    assert str(info.value).startswith("E201 malformed SPARQL: line 1, column")
    assert info.value.exit_code != 0


def test_the_text_near_a_syntax_error_is_shown_whole(mini_store):
    # the excerpt starts 20 characters before the error's column, not one character later
    with pytest.raises(KGError) as info:
        run_query(mini_store, "SELECT ?s WHERE { ?s")
    assert "near: SELECT ?s WHERE { ?s" in str(info.value)


def test_unknown_prefix_is_named(mini_store):
    with pytest.raises(KGError, match="unknown prefix"):
        run_query(mini_store, "SELECT * WHERE { ?x nope:p ?y }")


def test_updates_are_refused_locally_too(mini_store):
    with pytest.raises(KGError, match="E207"):
        run_query(mini_store, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")


def test_result_cap(mini_store):
    with pytest.raises(KGError, match="E206"):
        run_query(mini_store, "SELECT * WHERE { ?s ?p ?o }", max_rows=10)
    assert len(run_query(mini_store, "SELECT * WHERE { ?s ?p ?o } LIMIT 10", max_rows=10)) == 10


def test_docs_catalogue_is_up_to_date():
    """docs/queries.md lists every named query; regenerate with `python -m kg.query.docs`."""
    from kg.query.docs import DOC, render

    page = DOC.read_text(encoding="utf-8")
    assert render(page) == page, "docs/queries.md is stale: run .venv/bin/python -m kg.query.docs"
    for name in CATALOGUE:
        assert f"### `{name}`" in page
