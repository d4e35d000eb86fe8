"""kg.extract.entity_model: the features of proposed names, the keep/drop decision and the shipped model."""
import json

import pytest

from kg.errors import KGError
from kg.extract import Extractor
from kg.extract.entity_model import DROP, KEEP, EntityModel, group_features, kept_candidates
from kg.extract.finders import Cand
from kg.extract.resources import DATA_DIR
from kg.extract.tokens import TokenView
from kg.ingest import document_from_text


def small_doc():
    # 青松湖实验室 twice (one group), a class of labs, and a name that ends inside a jieba word
    words = ["青松湖", "实验室", "揭牌", "。", "青松湖", "实验室", "与", "海洋", "领域", "创新", "实验室", "合作",
             "。", "青松", "集团公司", "签约", "。"]
    text = "".join(words)
    tv = TokenView.from_words(words, {"揭牌": "v", "青松湖": "ns", "海洋": "n"})
    cands = [Cand(0, 6, "Laboratory", "morph:实验室"), Cand(9, 15, "Laboratory", "morph:实验室"),
             Cand(16, 25, "Laboratory", "morph:实验室"), Cand(28, 32, "Enterprise", "morph:集团")]
    return text, tv, cands, [(0, 9), (9, 28), (28, 36)]


def test_a_group_has_the_features_of_its_name_and_of_every_mention():
    text, tv, cands, sents = small_doc()
    feats = group_features(text, tv, cands, sents, title="青松湖实验室揭牌")
    lab = feats[("Laboratory", "青松湖实验室")]
    assert {"t=Laboratory", "n=2", "src=morph", "srcf=morph:实验室", "wl=实验室", "p0=ns", "intitle",
            "sinit", "nx=揭牌", "pw=。"} <= set(lab)
    cls = feats[("Laboratory", "海洋领域创新实验室")]
    assert {"n=1", "p0=n", "pw=与", "e2=验室"} <= set(cls) and "intitle" not in cls
    # 青松集团 ends inside the jieba word 集团公司
    assert "cutend" in feats[("Enterprise", "青松集团")]
    assert group_features(text, tv, [], sents, "") == {}


def test_groups_below_the_threshold_are_dropped_and_rare_finders_are_kept_unjudged():
    text, tv, cands, sents = small_doc()
    model = EntityModel((DROP, KEEP), {"p0=n": {KEEP: -2.0}, "p0=ns": {KEEP: 2.0}}, (0.0, 0.5),
                        {"finders": {"morph": 500}})
    kept = kept_candidates(text, cands, group_features(text, tv, cands, sents, ""), model, threshold=0.4,
                           min_finder_count=30)
    names = {text[c.start:c.end] for c in kept}
    assert names == {"青松湖实验室", "青松集团"} and len(kept) == 3  # both mentions of the lab
    # a finder the training data saw too rarely: the model does not judge its names
    rare = [Cand(16, 25, "Laboratory", "named-after")]
    rare_features = group_features(text, tv, rare, sents, "")
    assert kept_candidates(text, rare, rare_features, model, 0.4, min_finder_count=30) == rare
    assert kept_candidates(text, rare, rare_features, model, 0.4, min_finder_count=0) == []


def test_model_file_round_trip_and_a_missing_or_wrong_model(tmp_path, pipeline_config):
    model = EntityModel((DROP, KEEP), {"p0=n": {KEEP: -2.0}}, (0.0, 0.5), {"finders": {"morph": 3}})
    p = tmp_path / "e.json"
    model.save(p)
    back = EntityModel.load(p)
    assert back.keep_probability({"p0=n": 1}) == model.keep_probability({"p0=n": 1}) < 0.5
    assert back.meta["finders"] == {"morph": 3}
    with pytest.raises(KGError, match=r"^E108 .*none\.json.*kg train-entities"):
        Extractor.load(pipeline_config(kg_entity_model={"model": str(tmp_path / "none.json")}))
    # a relation model is no entity model: its classes are not "drop" and "keep"
    with pytest.raises(KGError, match=r"^E108 .*relation_model\.json.*kg train-entities"):
        Extractor.load(pipeline_config(kg_entity_model={"model": str(DATA_DIR / "relation_model.json")}))


def test_shipped_model_is_small_and_counts_its_finders():
    p = DATA_DIR / "entity_model.json"
    assert p.stat().st_size < 1_000_000
    d = json.loads(p.read_text(encoding="utf-8"))
    assert sorted(d["classes"]) == [DROP, KEEP]
    assert d["meta"]["finders"]["morph"] > 100 and d["meta"]["labels"][KEEP] > d["meta"]["labels"][DROP]


def test_the_pipeline_drops_a_class_of_labs_the_rules_propose():
    text = "青松高新区将建设海洋领域创新实验室,聚焦人工智能产业。"
    rules = {m.surface for m in Extractor.load(exclude=("kg_entity_model",)).extract(document_from_text(text)).mentions}
    shipped = {m.surface for m in Extractor.load().extract(document_from_text(text)).mentions}
    assert "海洋领域创新实验室" in rules and "海洋领域创新实验室" not in shipped
    assert "人工智能产业" in shipped
