"""A wheel (not only an editable install) carries everything the package reads at run time.

The ontology and shapes live in ``ontology/`` at the top of the repository, outside the ``kg``
package; pyproject.toml installs them as data files and ``kg.store.ONTOLOGY_DIR`` finds them there.
Building the wheel needs pip and setuptools from the package index (as any install does).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


#: what a source distribution holds; the wheel is built from a copy of these so that setuptools'
#: own build/ folder never lands in the checkout (where `kg build` writes its build/ by default)
SOURCE_PARTS = ("pyproject.toml", "README.md", "LICENSE", "kg", "ontology")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for part in SOURCE_PARTS:
        if (ROOT / part).is_dir():
            shutil.copytree(ROOT / part, src / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / part, src / part)
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(src)],
        capture_output=True, text=True, timeout=600,
    )
    if proc.returncode != 0:
        pytest.skip(f"could not build a wheel here: {proc.stderr.strip().splitlines()[-1:]}")
    (whl,) = out.glob("innokg-*.whl")
    return whl


def test_wheel_holds_ontology_shapes_data_and_queries(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for ttl in sorted((ROOT / "ontology").glob("*.ttl")):
        assert any(n.endswith(f"data/share/innokg/ontology/{ttl.name}") for n in names), ttl.name
    assert "kg/extract/config.cfg" in names
    assert "kg/data/lexicon.jsonl" in names
    rq = {p.name for p in (ROOT / "kg" / "queries").glob("*.rq")}
    assert rq and all(f"kg/queries/{name}" in names for name in rq)


def test_installed_layout_is_where_the_store_looks(monkeypatch, tmp_path):
    """Without a checkout beside the package, the ontology is read from <prefix>/share/innokg/ontology."""
    import kg.store as store

    fake_pkg = tmp_path / "site-packages" / "kg"
    fake_pkg.mkdir(parents=True)
    monkeypatch.setattr(store, "__file__", str(fake_pkg / "store.py"))
    monkeypatch.setattr(store.sysconfig, "get_path", lambda name: str(tmp_path / "prefix"))
    assert store._ontology_dir() == tmp_path / "prefix" / "share" / "innokg" / "ontology"
    monkeypatch.undo()
    assert store._ontology_dir() == ROOT / "ontology"
