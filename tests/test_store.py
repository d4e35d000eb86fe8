"""Store: opening, malformed RDF, atomic directories and files."""
import pyoxigraph as ox
import pytest

import kg.store as store_mod
from kg.errors import KGError
from kg.store import atomic_build_dir, atomic_file, load_ontology, open_store


def test_open_store_on_a_folder_that_is_no_build(tmp_path):
    with pytest.raises(KGError, match="E101"):
        open_store(tmp_path)


def test_malformed_ontology_turtle_is_a_one_line_error(tmp_path, monkeypatch):
    (tmp_path / "broken.ttl").write_text("@prefix kg: <https://w3id.org/innokg/ontology#> .\nkg:A a kg:B", encoding="utf-8")
    monkeypatch.setattr(store_mod, "ONTOLOGY_DIR", tmp_path)
    monkeypatch.setattr(store_mod, "VOCABULARY_FILES", ())
    with pytest.raises(KGError, match="E104.*broken.ttl"):
        load_ontology(ox.Store())


def test_atomic_file_keeps_the_old_file_on_failure(tmp_path):
    target = tmp_path / "kg.ttl"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_file(target) as tmp:
            tmp.write_text("half written")
            raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.ttl"]


def test_interrupted_swap_is_recovered(tmp_path):
    out = tmp_path / "build"
    with atomic_build_dir(out) as tmp:
        (tmp / "manifest.json").write_text("{\"n\": 1}")
    # simulate a crash between the two renames of a later build: only the old copy is left
    out.rename(tmp_path / ".build.old-999")
    with atomic_build_dir(out) as tmp:
        (tmp / "manifest.json").write_text("{\"n\": 2}")
    assert (out / "manifest.json").read_text() == "{\"n\": 2}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]
