"""`kg query` on the command line: names, files, inline text, formats, errors."""
from __future__ import annotations

import csv
import io
import json
import xml.dom.minidom

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def kg(*args):
    return runner.invoke(app, list(args))


def test_list_shows_the_catalogue():
    out = kg("query", "--list")
    assert out.exit_code == 0
    assert "co-builders" in out.stdout and "--param lab=" in out.stdout and "白马湖实验室" in out.stdout


def test_named_query_as_aligned_table(mini_build):
    out = kg("query", "co-builders", "--param", "lab=白马湖实验室", "--graph", str(mini_build))
    assert out.exit_code == 0, out.stdout
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["role", "org", "orgName", "sentences"]
    assert set(lines[1]) <= {"-", " "}
    assert any("浙江省能源集团" in line and line.startswith("leads") for line in lines)
    # columns line up even with wide (CJK) characters: every row starts its 3rd column at the same width
    from kg.query.formats import width
    starts = [width(line[: line.index("kgr:")]) for line in lines[2:]]
    assert len(set(starts)) == 1


def test_csv_tsv_json_xml(mini_build):
    g = ["--graph", str(mini_build)]
    c = list(csv.reader(io.StringIO(kg("query", "platform-tiers", "-f", "csv", *g).stdout)))
    assert c[0] == ["position", "symbol", "tierLabel", "declared", "named"] and c[3] == ["2", "6", "产业创新研究院", "6", "2"]
    t = kg("query", "platform-tiers", "-f", "tsv", *g).stdout.splitlines()
    assert t[0].split("\t") == ["?position", "?symbol", "?tierLabel", "?declared", "?named"]
    assert t[3].split("\t") == ["2", '"6"', '"产业创新研究院"@zh', "6", "2"]
    j = json.loads(kg("query", "platform-tiers", "-f", "json", *g).stdout)
    assert j["head"]["vars"][0] == "position" and len(j["results"]["bindings"]) == 4
    assert j["results"]["bindings"][2]["tierLabel"] == {"type": "literal", "value": "产业创新研究院", "xml:lang": "zh"}
    x = xml.dom.minidom.parseString(kg("query", "platform-tiers", "-f", "xml", *g).stdout.encode())
    assert len(x.getElementsByTagName("result")) == 4
    # both SPARQL result documents parse back to the same rows
    from_json = list(ox.parse_query_results(json.dumps(j).encode(), format=ox.QueryResultsFormat.JSON))
    from_xml = list(ox.parse_query_results(x.toxml().encode(), format=ox.QueryResultsFormat.XML))
    assert [list(r) for r in from_json] == [list(r) for r in from_xml]


def test_ask_and_construct(mini_build):
    g = ["--graph", str(mini_build)]
    assert kg("query", "is-related", *g).stdout.strip() == "true"
    assert json.loads(kg("query", "is-related", "-f", "json", *g).stdout) == {"head": {}, "boolean": True}
    ttl = kg("query", "neighbourhood", *g).stdout
    graph = rdflib.Graph().parse(data=ttl, format="turtle")
    assert len(graph) > 10
    jl = kg("query", "neighbourhood", "-f", "jsonld", *g).stdout
    assert len(rdflib.Graph().parse(data=jl, format="json-ld")) == len(graph)
    nt = kg("query", "neighbourhood", "-f", "ntriples", *g).stdout
    assert len(nt.strip().splitlines()) == len(graph)


def test_format_must_fit_the_result(mini_build):
    out = kg("query", "neighbourhood", "-f", "csv", "--graph", str(mini_build))
    assert out.exit_code != 0 and "E209" in out.output
    out = kg("query", "co-builders", "-f", "turtle", "--graph", str(mini_build))
    assert out.exit_code != 0 and "E209" in out.output


def test_file_and_inline(mini_build, tmp_path):
    f = tmp_path / "labs.rq"
    f.write_text("# title: Labs\n# description: all laboratories in the graph\nSELECT ?n WHERE { ?x a kg:Laboratory ; rdfs:label ?n }\n",
                 encoding="utf-8")
    assert kg("query", str(f), "-f", "csv", "--graph", str(mini_build)).stdout.splitlines() == ["n", "白马湖实验室"]
    inline = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:University }", "-f", "csv", "--graph", str(mini_build))
    assert inline.stdout.splitlines() == ["n", "3"]


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["SELECT * WHERE { ?x ?y }"], 2, "E201 malformed SPARQL: line 1, column"),
        (["SELECT ?x WHERE {\n  ?x nope:p ?y }"], 2, "E201 malformed SPARQL: line 2, column"),
        (["no-such-query"], 1, "E202"),
        (["document-entities"], 1, "E203"),
        (["co-builders", "--param", "lab"], 1, "E204"),
        (["co-builders", "--param", "zzz=1"], 1, "E210"),
        (["INSERT DATA { <urn:a> <urn:b> <urn:c> }"], 2, "E207"),
        (["missing-file.rq"], 1, "E001"),
    ],
)
def test_errors_are_one_line_and_non_zero(mini_build, args, code, message):
    out = kg("query", *args, "--graph", str(mini_build))
    assert out.exit_code == code
    assert message in out.output
    assert "Traceback" not in out.output
    assert len(out.output.strip().splitlines()) == 1


def test_no_build_is_e101(tmp_path):
    out = kg("query", "co-builders", "--graph", str(tmp_path / "nothing"))
    assert out.exit_code != 0 and "E101" in out.output


def test_max_rows(mini_build):
    out = kg("query", "SELECT * WHERE { ?s ?p ?o }", "--max-rows", "5", "--graph", str(mini_build))
    assert out.exit_code != 0 and "E206" in out.output
