"""kg.extract.relation_model: entity pairs, their features, the stored model and its relations."""
import json

import pytest

from kg.errors import KGError
from kg.extract import Extractor
from kg.extract.finders import Cand
from kg.extract.relation_model import NONE, RelationModel, model_relations, pair_instances
from kg.extract.relations import RelFound, RelationRules
from kg.extract.resources import DATA_DIR
from kg.extract.tokens import TokenView

SIGS = RelationRules.load().signatures


def small_doc():
    # 科学城 opens the first sentence, two labs follow; a third entity stands two sentences on
    words = ["南沙", "科学城", "集聚", "了", "广州", "海洋", "实验室", "、", "南方", "海洋", "实验室", "。",
             "这里", "风景", "很", "美", "。", "明珠", "大学", "在", "北方", "。"]
    text = "".join(words)
    tv = TokenView.from_words(words, {"集聚": "v", "在": "p"})
    cands = [Cand(0, 5, "Zone", "lexicon"), Cand(8, 15, "Laboratory", "morph:实验室"),
             Cand(16, 23, "Laboratory", "morph:实验室"), Cand(31, 35, "University", "morph:大学")]
    sents = [(0, 24), (24, 31), (31, 39)]
    return text, tv, cands, sents


def test_pairs_are_ordered_typed_and_within_the_window():
    text, tv, cands, sents = small_doc()
    inst = pair_instances(text, tv, cands, sents, [], "", SIGS, window=1)
    pairs = {(i.subject_group[1], i.object_group[1]) for i in inst}
    # a lab may be located in the zone; the zone is not located in a lab
    assert ("广州海洋实验室", "南沙科学城") in pairs
    lab = next(i for i in inst if (i.subject_group[1], i.object_group[1]) == ("广州海洋实验室", "南沙科学城"))
    assert "locatedIn" in lab.predicates and "supportedBy" not in lab.predicates
    assert {"ty=Laboratory>Zone", "sv=集聚", "bsinit", "ainlist", "btopic", "sd=0"} <= set(lab.features)
    # the university is two sentences from the zone: out of a one-sentence window, in a two-sentence one
    assert not any("明珠大学" in (i.subject_group[1], i.object_group[1]) and "南沙科学城" in
                   (i.subject_group[1], i.object_group[1]) for i in inst)
    wide = pair_instances(text, tv, cands, sents, [], "", SIGS, window=2)
    assert any({i.subject_group[1], i.object_group[1]} == {"明珠大学", "南沙科学城"} for i in wide)
    assert pair_instances(text, tv, [], sents, [], "", SIGS) == []


def test_rule_relations_become_features_and_mark_the_pair_linked():
    text, tv, cands, sents = small_doc()
    rule = RelFound(cands[1], "locatedIn", cands[0], "集聚", 5, 5, "cue:集聚", 0.8)
    inst = pair_instances(text, tv, cands, sents, [rule], "", SIGS)
    fwd = next(i for i in inst if (i.subject_group[1], i.object_group[1]) == ("广州海洋实验室", "南沙科学城"))
    back = next(i for i in inst if (i.subject_group[1], i.object_group[1]) == ("南沙科学城", "广州海洋实验室"))
    assert fwd.linked_by_rules and back.linked_by_rules
    assert "rule=locatedIn" in fwd.features and "rulerev=locatedIn" in back.features


def test_model_relations_keep_confident_unlinked_pairs_once():
    text, tv, cands, sents = small_doc()
    model = RelationModel((NONE, "locatedIn", "cooperatesWith"),
                          {"ty=Laboratory>Zone": (0.0, 3.0, 0.0), "ty=Laboratory>Laboratory": (0.0, 0.0, 3.0)},
                          (0.0, -1.0, -1.0))
    rule = RelFound(cands[2], "partOf", cands[0], "", -1, 17, "pattern", 0.8)
    inst = pair_instances(text, tv, cands, sents, [rule], "", SIGS)
    found = model_relations(inst, model, threshold=0.6)
    got = sorted((text[r.subject.start:r.subject.end], r.predicate, text[r.object.start:r.object.end]) for r in found)
    # the rules already link 南方海洋实验室 and the zone; the two labs cooperate once, not twice
    assert ("广州海洋实验室", "locatedIn", "南沙科学城") in got
    assert not any("南方海洋实验室" in t and "南沙科学城" in t for t in got)
    assert sum(1 for t in got if t[1] == "cooperatesWith") == 1
    assert all(r.source == "model" and r.confidence >= 0.6 for r in found)
    assert model_relations(inst, model, threshold=0.99) == []


def test_model_file_round_trip_and_missing_model(tmp_path, pipeline_config):
    m = RelationModel((NONE, "locatedIn"), {"bw=位于": (-0.5, 1.25)}, (0.5, -0.5), {"C": 0.3})
    p = tmp_path / "m.json"
    m.save(p)
    back = RelationModel.load(p)
    assert back.classes == m.classes and back.probabilities({"bw=位于": 1}) == m.probabilities({"bw=位于": 1})
    assert not list(tmp_path.glob("*.tmp"))  # written through a temporary file, then renamed
    cfg = pipeline_config(kg_relation_model={"model": str(tmp_path / "no.json")})
    with pytest.raises(KGError, match=r"^E108 .*no\.json.*kg train-relations"):
        Extractor.load(cfg)
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KGError, match=r"^E108"):
        Extractor.load(pipeline_config(kg_relation_model={"model": str(tmp_path / "bad.json")}))
    # an entity model is no relation model
    with pytest.raises(KGError, match=r"^E108 .*entity_model\.json"):
        Extractor.load(pipeline_config(kg_relation_model={"model": str(DATA_DIR / "entity_model.json")}))


def test_shipped_model_is_small_and_loads():
    p = DATA_DIR / "relation_model.json"
    assert p.stat().st_size < 3_000_000
    d = json.loads(p.read_text(encoding="utf-8"))
    assert d["classes"][0] == NONE or NONE in d["classes"]
    assert {"locatedIn", "focusesOn", "partOf"} <= set(d["classes"])


def test_the_pipeline_adds_what_the_shipped_model_learned():
    from kg.ingest import document_from_text

    ext = Extractor.load().extract(document_from_text("紫竹科学城的版图上,紫竹量子实验室、紫竹数字研究院等机构星罗棋布。"))
    got = {(r.subject.surface, r.predicate, r.object.surface, r.source) for r in ext.relations}
    # no verb cue says where the labs are; the model reads it from the shape of the sentence
    assert ("紫竹量子实验室", "locatedIn", "紫竹科学城", "model") in got
    assert all(r.sentence == 0 and r.confidence >= 0.7 for r in ext.relations if r.source == "model")
