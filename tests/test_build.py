"""kg build: exports, validity, stable IRIs across rebuilds and orders, atomicity, skipped files."""
import json
import shutil
from pathlib import Path

import pytest

import kg.build
from kg.build import build
from kg.errors import KGError
from kg.stats import counts_by_predicate, counts_by_type
from kg.store import open_store
from kg.validate import validate_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_seed_build_has_store_exports_and_manifest(seed_build):
    for name in ("kg.trig", "kg.ttl", "kg.nq", "kg.jsonld", "network.graphml", "network.gexf", "manifest.json"):
        assert (seed_build / name).stat().st_size > 0, name
    manifest = json.loads((seed_build / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["documents"] == 5 and not manifest["skipped"]
    from rdflib import Dataset
    ds = Dataset()
    ds.parse(seed_build / "kg.trig", format="trig")
    assert len(list(ds.graphs())) >= 7  # 5 documents + entities + ontology (+ default)


def test_seed_graph_covers_most_classes_and_several_predicates(seed_store):
    types = counts_by_type(seed_store)
    core = {"Zone", "GovernmentBody", "University", "ResearchInstitute", "Laboratory", "Facility",
            "InnovationPlatform", "Enterprise", "Policy", "Initiative", "Industry", "Award", "Person", "Event"}
    assert len(core & set(types)) >= 10, types
    predicates = counts_by_predicate(seed_store)
    assert len(predicates) >= 5, predicates


def test_seed_graph_conforms_to_the_shapes(seed_store):
    report = validate_store(seed_store)
    assert report.conforms, report.messages[:10]


def _quads(out: Path) -> list[str]:
    """The data quads (the ontology's blank nodes are relabelled on every load, so leave it out)."""
    lines = (out / "kg.nq").read_text(encoding="utf-8").splitlines()
    return sorted(l for l in lines if not l.endswith("<https://w3id.org/innokg/graph/ontology> ."))


def test_rebuild_and_reordered_inputs_give_identical_graphs(tmp_path, seed_build):
    build(list(reversed(SEEDS)), tmp_path / "b", progress=False, maps=False)
    again = _quads(tmp_path / "b")
    assert again == _quads(seed_build)


def test_failed_build_keeps_the_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "build"
    build(SEEDS[:1], out, progress=False, maps=False)
    before = (out / "kg.nq").read_bytes()
    manifest = (out / "manifest.json").read_bytes()

    def boom(*args, **kwargs):
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr(kg.build, "_network_exports", boom)
    with pytest.raises(RuntimeError):
        build(SEEDS, out, progress=False, maps=False)
    assert (out / "kg.nq").read_bytes() == before
    assert (out / "manifest.json").read_bytes() == manifest
    assert len(open_store(out)) > 0
    assert [p.name for p in tmp_path.iterdir()] == ["build"]  # no temporary folders left behind


def test_bad_files_are_skipped_and_strict_fails(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS[0], docs / "good.txt")
    (docs / "gbk.txt").write_bytes("白马湖实验室由浙江省能源集团牵头建设。".encode("gbk"))
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    skipped = []
    report = build([docs], tmp_path / "out", progress=False, maps=False, on_skip=skipped.append)
    assert report.counts["documents"] == 2
    assert sorted(Path(s["path"]).name for s in report.skipped) == ["binary.txt", "empty.txt"]
    assert any("E002" in s for s in skipped) and any("E003" in s for s in skipped)
    with pytest.raises(KGError, match="E103"):
        build([docs], tmp_path / "strict", progress=False, maps=False, strict=True)
    assert not (tmp_path / "strict").exists()


def test_refuses_to_replace_a_folder_that_is_not_a_build(tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(KGError, match="E106"):
        build(SEEDS[:1], precious, progress=False, maps=False)
    assert (precious / "thesis.docx").read_bytes() == b"years of work"


def test_duplicate_documents_are_skipped(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEEDS[0], docs / "a.txt")
    shutil.copy(SEEDS[0], docs / "b.txt")
    report = build([docs], tmp_path / "out", progress=False, maps=False)
    assert report.counts["documents"] == 1
    assert "E107" in report.skipped[0]["error"]
