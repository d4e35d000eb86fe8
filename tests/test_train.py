"""kg.train, `kg train-entities` and `kg train-relations`: the learned models are trained from gold files as a
user would."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sklearn")

from kg.errors import KGError  # noqa: E402
from kg.extract import Extractor  # noqa: E402
from kg.ingest import document_from_text  # noqa: E402
from kg.train import gold_files, train_entity_model, train_relation_model  # noqa: E402

KG = str(Path(sys.executable).parent / "kg")

# invented texts no verb cue covers: a science city opens the sentence and the institutes listed
# after it are in it
TEXTS = [
    ("青松科学城的版图上,青松湖实验室、青松先进技术研究院等机构星罗棋布。",
     "青松科学城", ["青松湖实验室", "青松先进技术研究院"]),
    ("云杉科学城的版图上,云杉材料实验室、云杉智能研究院等大院大所星罗棋布。",
     "云杉科学城", ["云杉材料实验室", "云杉智能研究院"]),
    ("白桦科学城的版图上,白桦生命科学实验室和白桦能源研究院比邻而居。",
     "白桦科学城", ["白桦生命科学实验室", "白桦能源研究院"]),
    ("红枫科学城的版图上,红枫光子实验室、红枫微电子研究院等平台错落分布。",
     "红枫科学城", ["红枫光子实验室", "红枫微电子研究院"]),
]


# a class of labs the morphology rules propose and annotators do not annotate
NOT_A_NAME = "该区还将布局海洋领域创新实验室。"


def gold_corpus(tmp_path, with_relations=True, tail=""):
    lines = []
    for k, (text, zone, orgs) in enumerate(TEXTS):
        doc = tmp_path / f"d{k}.txt"
        doc.write_text(text + tail, encoding="utf-8")
        ents = [{"name": zone, "type": "Zone"}] + [
            {"name": o, "type": "Laboratory" if o.endswith("实验室") else "ResearchInstitute"} for o in orgs]
        rels = [{"subject": o, "predicate": "locatedIn", "object": zone} for o in orgs] if with_relations else []
        lines.append(json.dumps({"doc": str(doc), "entities": ents, "relations": rels}, ensure_ascii=False))
    g = tmp_path / "gold.jsonl"
    g.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return g


def test_cli_trains_a_model_the_pipeline_then_uses(tmp_path, pipeline_config):
    g = gold_corpus(tmp_path)
    out = tmp_path / "model.json"
    res = subprocess.run([KG, "train-relations", str(g), "--out", str(out)], capture_output=True, text=True,
                         timeout=600)
    assert res.returncode == 0, res.stderr
    assert "wrote" in res.stdout and "8 with a gold relation" in res.stdout
    assert "gold.jsonl: " in res.stderr  # progress per gold file
    model = json.loads(out.read_text(encoding="utf-8"))
    assert "locatedIn" in model["classes"] and model["meta"]["labels"]["locatedIn"] == 8
    # the pipeline with this model finds the relation in a new text of the same shape, and says so
    cfg = pipeline_config(kg_relation_model={"model": str(out), "threshold": 0.5})
    ext = Extractor.load(cfg).extract(document_from_text("紫竹科学城的版图上,紫竹量子实验室、紫竹数字研究院等机构星罗棋布。"))
    learned = {(r.subject.surface, r.predicate, r.object.surface) for r in ext.relations if r.source == "model"}
    assert ("紫竹量子实验室", "locatedIn", "紫竹科学城") in learned
    assert all(0.5 <= r.confidence <= 1 for r in ext.relations if r.source == "model")


def test_cli_trains_an_entity_model_the_pipeline_then_uses(tmp_path, pipeline_config):
    g = gold_corpus(tmp_path, tail=NOT_A_NAME)
    out = tmp_path / "entities.json"
    # a strong fit (--c 10): sixteen names are little to learn from
    res = subprocess.run([KG, "train-entities", str(g), "--out", str(out), "--c", "10"], capture_output=True,
                         text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert "wrote" in res.stdout and "12 of them gold entities" in res.stdout
    assert "gold.jsonl: " in res.stderr
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["meta"]["labels"] == {"keep": 12, "drop": 4} and model["meta"]["finders"]["morph"] >= 16
    # the pipeline with this model drops the class of labs from a new text and keeps the names (its
    # finders saw fewer names than the shipped model's least count: judge them all)
    cfg = pipeline_config(kg_entity_model={"model": str(out), "min_finder_count": 0})
    ext = Extractor.load(cfg).extract(document_from_text("紫竹科学城的版图上,紫竹量子实验室星罗棋布。" + NOT_A_NAME))
    names = {m.surface for m in ext.mentions}
    assert "紫竹量子实验室" in names and "海洋领域创新实验室" not in names


def test_training_lists_and_bad_input(tmp_path):
    g = gold_corpus(tmp_path)
    listing = tmp_path / "sets.txt"
    listing.write_text(f"# the sets\n{g}\n\n", encoding="utf-8")
    assert gold_files([listing]) == [g]
    with pytest.raises(KGError, match="^E001"):
        gold_files([tmp_path / "missing.txt"])
    # gold with no relation at all: nothing to learn, and no model file written
    (tmp_path / "bare").mkdir()
    bare = gold_corpus(tmp_path / "bare", with_relations=False)
    with pytest.raises(KGError, match="^E502"):
        train_relation_model([bare], tmp_path / "m.json")
    assert not (tmp_path / "m.json").exists()
    # every proposed name is a gold entity: nothing to learn a keep/drop decision from
    with pytest.raises(KGError, match="^E503"):
        train_entity_model([bare], tmp_path / "e.json")
    assert not (tmp_path / "e.json").exists()
    res = subprocess.run([KG, "train-relations", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "m.json")],
                         capture_output=True, text=True, timeout=600)
    assert res.returncode != 0 and "E001" in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_the_shipped_model_is_trained_only_on_readable_sets():
    root = Path(__file__).resolve().parent.parent
    listed = gold_files([root / "eval" / "TRAINING_SETS.txt"])
    assert listed and all((root / p).is_file() for p in listed)
    assert not any(part.startswith(("heldout", "test")) for p in listed for part in Path(p).parts)
    for name in ("entity_model.json", "relation_model.json"):
        model = json.loads((root / "kg" / "data" / name).read_text(encoding="utf-8"))
        assert sorted(model["meta"]["gold_files"]) == sorted(map(str, listed))
