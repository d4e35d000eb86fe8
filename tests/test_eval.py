"""The evaluation harness: gold loading, matching, duplicates, wrong merges, relations, systems."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.errors import KGError
from kg.eval import (
    PredNode,
    Prediction,
    load_gold,
    norm_label,
    run_pipeline,
    score,
    score_extractions,
)

GOLD = {
    "doc": "docs/a.txt",
    "entities": [
        {"name": "钱江湾实验室", "type": "Laboratory", "aliases": ["钱江湾省实验室"]},
        {"name": "温州医科大学", "type": "University", "aliases": ["温医大"]},
        {"name": "宁波港务集团", "type": "Enterprise", "aliases": []},
        {"name": "钱江湾", "type": "Zone", "aliases": []},
    ],
    "relations": [
        {"subject": "钱江湾实验室", "predicate": "ledBy", "object": "宁波港务集团"},
        {"subject": "钱江湾实验室", "predicate": "coBuiltBy", "object": "温州医科大学"},
        {"subject": "钱江湾实验室", "predicate": "supportedBy", "object": "宁波港务集团"},
    ],
    "systems": [{"formula": "1+2+N", "tiers": [
        {"symbol": "1", "declared": 1, "members": []},
        {"symbol": "2", "declared": 2, "members": ["钱江湾实验室", "温州医科大学"]},
        {"symbol": "N", "declared": None, "members": []}]}],
    "must_not_merge": [["钱江湾实验室", "钱江湾"]],
}


@pytest.fixture
def gold_file(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    return p


def node(key, typ, *labels):
    return PredNode(key, typ, set(labels), {"docs/a.txt"})


def test_norm_label_ignores_width_quotes_brackets_and_spaces():
    assert norm_label("“钱江湾”（东区） 实验室") == norm_label('"钱江湾"(东区)实验室')


def test_perfect_prediction_scores_one(gold_file):
    pred = Prediction(
        nodes={"l": node("l", "Laboratory", "钱江湾实验室"), "u": node("u", "University", "温州医科大学"),
               "e": node("e", "Enterprise", "宁波港务集团"), "z": node("z", "Zone", "钱江湾")},
        facts={"docs/a.txt": {("l", "ledBy", "e"), ("l", "coBuiltBy", "u"), ("e", "supports", "l")}},
        systems={"docs/a.txt": {"1+2+N": {"1#0": (1, set()), "2#1": (2, {"l", "u"}), "N#2": (None, set())}}},
    )
    rep = score(load_gold(gold_file), pred)
    assert rep.entities.f1 == 1.0 and rep.relations.f1 == 1.0 and rep.typed_accuracy == 1.0
    assert rep.systems["members"]["f1"] == 1.0 and rep.systems["declared_counts"]["recall"] == 1.0
    assert not rep.duplicates and not rep.wrong_merges


def test_alias_label_matches_and_duplicates_cost_precision(gold_file):
    pred = Prediction(
        nodes={"l": node("l", "Laboratory", "钱江湾实验室"), "l2": node("l2", "Laboratory", "钱江湾省实验室"),
               "u": node("u", "ResearchInstitute", "温医大"), "x": node("x", "Zone", "无关园区")},
        facts={},
    )
    rep = score(load_gold(gold_file), pred)
    assert rep.entities.tp == 2  # 钱江湾实验室 (twice) and 温州医科大学 via its alias
    assert rep.entities.fp == 2  # the duplicate and the unrelated node
    assert rep.entities.fn == 2
    assert [d[0] for d in rep.duplicates] == ["钱江湾实验室"]
    assert rep.typed_accuracy == 0.5  # the university came out as an institute


def test_wrong_merge_and_must_not_merge(gold_file):
    pred = Prediction(nodes={"m": node("m", "Laboratory", "钱江湾实验室", "钱江湾")}, facts={})
    rep = score(load_gold(gold_file), pred)
    assert len(rep.wrong_merges) == 1
    assert rep.must_not_merge_violations == [("钱江湾实验室", "钱江湾")]


def test_relations_per_predicate_and_direction(gold_file):
    pred = Prediction(
        nodes={"l": node("l", "Laboratory", "钱江湾实验室"), "u": node("u", "University", "温州医科大学"),
               "e": node("e", "Enterprise", "宁波港务集团")},
        facts={"docs/a.txt": {("e", "ledBy", "l"), ("l", "coBuiltBy", "u")}},  # ledBy reversed
    )
    rep = score(load_gold(gold_file), pred)
    assert rep.relations.tp == 1 and rep.relations.fp == 1 and rep.relations.fn == 2
    assert rep.relations_by_predicate["coBuiltBy"].f1 == 1.0
    assert rep.relations_by_predicate["ledBy"].precision == 0.0


def test_missed_relations_say_whether_both_ends_were_found(gold_file):
    # the lab and the group are found, the university is not: the missed ledBy and supportedBy
    # (scored as supports) are relation misses, the missed coBuiltBy is an entity miss
    pred = Prediction(
        nodes={"l": node("l", "Laboratory", "钱江湾实验室"), "e": node("e", "Enterprise", "宁波港务集团")},
        facts={"docs/a.txt": set()},
    )
    rep = score(load_gold(gold_file), pred)
    assert rep.relations.fn == 3
    assert rep.missed_relations_ends_found == {"ledBy": 1, "supports": 1}
    assert rep.as_dict()["missed_relations_ends_found"] == {"ledBy": 1, "supports": 1}


def test_facts_of_other_documents_do_not_count(gold_file):
    pred = Prediction(
        nodes={"l": node("l", "Laboratory", "钱江湾实验室"), "u": node("u", "University", "温州医科大学")},
        facts={"docs/other.txt": {("l", "coBuiltBy", "u")}},
    )
    assert score(load_gold(gold_file), pred).relations.tp == 0


def test_bad_gold_lines_are_one_line_errors(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"doc": "a.txt", "entities": [{"name": "X", "type": "Planet"}]}\n', encoding="utf-8")
    with pytest.raises(KGError, match=r"^E501 .*line 1: unknown type"):
        load_gold(p)
    p.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(KGError, match=r"^E501"):
        load_gold(p)
    with pytest.raises(KGError, match=r"^E001"):
        load_gold(tmp_path / "missing.jsonl")


def small_corpus(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("以钱江湾命名的省实验室揭牌成立。这家省实验室由宁波港务集团牵头,联合温州医科大学共建。",
                   encoding="utf-8")
    gold = dict(GOLD, doc=str(doc), systems=[])
    g = tmp_path / "gold.jsonl"
    g.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    return g


def test_scoring_extractions_directly_without_a_build(tmp_path):
    g = small_corpus(tmp_path)
    exts, resolution = run_pipeline(g)
    rep = score_extractions(g, exts, resolution)
    assert rep.entities.recall == 1.0
    assert rep.relations_by_predicate["ledBy"].tp == 1
    assert rep.relations_by_predicate["coBuiltBy"].tp == 1
    assert not rep.must_not_merge_violations


def test_cli_eval_prints_scores_and_fails_cleanly(tmp_path):
    from kg.cli import app

    g = small_corpus(tmp_path)
    res = CliRunner().invoke(app, ["eval", str(g), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output[res.output.index("{"):])
    assert out["entities"]["recall"] == 1.0
    bad = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert bad.exit_code != 0 and "E001" in bad.output


@pytest.mark.slow
def test_score_graph_reads_the_built_store_like_the_direct_scorer(tmp_path):
    from kg.build import build
    from kg.eval import score_graph

    g = small_corpus(tmp_path)
    doc = json.loads(g.read_text(encoding="utf-8"))["doc"]
    build([doc], tmp_path / "out", progress=False)
    direct = score_extractions(g, *run_pipeline(g))
    graph = score_graph(g, tmp_path / "out")
    assert graph.entities.as_dict() == direct.entities.as_dict()
    assert graph.relations.as_dict() == direct.relations.as_dict()


def test_a_shared_short_form_does_not_turn_a_named_node_into_a_wrong_merge(tmp_path):
    gold = [
        {"doc": "docs/a.txt", "entities": [{"name": "宁海市人民政府", "type": "GovernmentBody", "aliases": ["市人民政府"]}],
         "relations": []},
        {"doc": "docs/b.txt", "entities": [{"name": "象山市人民政府", "type": "GovernmentBody", "aliases": ["市人民政府"]}],
         "relations": []},
    ]
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold) + "\n", encoding="utf-8")
    pred = Prediction(nodes={
        "a": PredNode("a", "GovernmentBody", {"宁海市人民政府", "市人民政府"}, {"docs/a.txt"}),
        "b": PredNode("b", "GovernmentBody", {"象山市人民政府", "市人民政府"}, {"docs/b.txt"}),
    }, facts={})
    rep = score(load_gold(p), pred)
    assert not rep.wrong_merges and not rep.duplicates and rep.entities.f1 == 1.0
    # a node known only by the shared short form still matches (both: a real wrong merge)
    pred.nodes = {"c": PredNode("c", "GovernmentBody", {"市人民政府"}, {"docs/a.txt", "docs/b.txt"})}
    assert len(score(load_gold(p), pred).wrong_merges) == 1


def test_cooperation_is_scored_in_either_direction(tmp_path):
    # kg:cooperatesWith is an owl:SymmetricProperty: B cooperatesWith A is the gold's A cooperatesWith B
    g = dict(GOLD, relations=[{"subject": "钱江湾实验室", "predicate": "cooperatesWith", "object": "温州医科大学"}])
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(g, ensure_ascii=False) + "\n", encoding="utf-8")
    pred = Prediction(nodes={"l": node("l", "Laboratory", "钱江湾实验室"), "u": node("u", "University", "温州医科大学")},
                      facts={"docs/a.txt": {("u", "cooperatesWith", "l")}})
    rep = score(load_gold(p), pred)
    assert rep.relations.tp == 1 and rep.relations.fp == 0
