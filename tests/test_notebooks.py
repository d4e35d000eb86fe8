"""The notebooks in notebooks/ run top to bottom (nbclient), offline, on the seed build.

Each run uses a temporary copy of notebooks/ as the working folder, so the repository is left
untouched; the build is handed over through ``KG_BUILD_DIR`` (the notebooks default to ``../build``),
the corpus of laws through ``KG_CORPUS_DIR`` (default ``../../shared/corpus/laws``).
"""
from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
CORPUS = ROOT.parent / "shared" / "corpus" / "laws"
NAMES = ["01-quickstart.ipynb", "02-network-analysis.ipynb", "03-adding-documents.ipynb",
         "04-figures-and-time.ipynb"]


def run_notebook(name: str, tmp_path: Path, monkeypatch, build: Path, corpus: Path | None = None):
    """Execute a copy of ``notebooks/NAME``; return the executed notebook and its run time."""
    work = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, work)
    monkeypatch.setenv("KG_BUILD_DIR", str(build))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # notebook 3's working copy lands here
    if corpus is not None:
        monkeypatch.setenv("KG_CORPUS_DIR", str(corpus))
    else:
        monkeypatch.delenv("KG_CORPUS_DIR", raising=False)
    nb = nbformat.read(work / name, as_version=4)
    started = time.perf_counter()
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(work)}}).execute()
    return nb, time.perf_counter() - started


def outputs(nb, kind: str) -> list:
    """Every output of a given MIME type (``text/plain``, ``text/html``, ``image/png``) or of
    ``stream`` text, in order."""
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if kind == "stream" and out.get("output_type") == "stream":
                found.append(out["text"])
            elif kind in out.get("data", {}):
                found.append(out["data"][kind])
    return found


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_stored_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name} is stored with outputs"


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_use_relative_paths_only(name):
    text = (NOTEBOOKS / name).read_text(encoding="utf-8")
    assert not re.search(r"""["'](/work|/tmp|/home|[A-Z]:\\\\)""", text), "absolute path in a notebook"


def test_readme_links_every_notebook():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    index = (NOTEBOOKS / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"notebooks/{name}" in readme
        assert name in index


@pytest.mark.slow
def test_quickstart_runs(seed_build, tmp_path, monkeypatch):
    nb, seconds = run_notebook("01-quickstart.ipynb", tmp_path, monkeypatch, seed_build)
    html = outputs(nb, "text/html")
    maps = [h for h in html if h.startswith("<iframe srcdoc=")]
    assert len(maps) == 2  # the platform-system map and one neighbourhood
    assert not re.search(r"""(src|href)=(&quot;|&#x27;|["'])?(https?:)?//""", maps[0])  # offline
    tables = [h for h in html if "<table" in h]
    assert len(tables) >= 9  # counts, by type, by predicate, the catalogue, five named queries, SPARQL
    assert any("产业创新研究院" in t or "declared" in t for t in tables)  # the platform-tiers query
    print(f"01-quickstart ran in {seconds:.1f} s")


@pytest.mark.slow
def test_network_analysis_runs(seed_build, tmp_path, monkeypatch):
    nb, seconds = run_notebook("02-network-analysis.ipynb", tmp_path, monkeypatch, seed_build)
    assert len(outputs(nb, "image/png")) >= 3  # degree by type, betweenness, communities
    streams = "\n".join(outputs(nb, "stream"))
    assert "universities" in streams
    # the path cell either shows hops or says why there are none; it never fails
    assert ("北京航空航天大学" in "\n".join(outputs(nb, "text/plain"))) or ("does not connect" in streams) \
        or ("Not in this graph yet" in streams)
    print(f"02-network-analysis ran in {seconds:.1f} s")


@pytest.mark.slow
def test_adding_documents_runs_on_a_copy(seed_build, tmp_path, monkeypatch):
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    manifest = (seed_build / "manifest.json").read_text(encoding="utf-8")
    nb, seconds = run_notebook("03-adding-documents.ipynb", tmp_path, monkeypatch, seed_build, corpus=CORPUS)
    streams = "\n".join(outputs(nb, "stream"))
    assert "documents added: 3" in streams
    assert re.search(r"new entities: \d+", streams)
    # the seed build itself was not touched, and the working copy was removed
    assert (seed_build / "manifest.json").read_text(encoding="utf-8") == manifest
    assert len(json.loads(manifest)["documents"]) == 5
    assert not list(tmp_path.glob("kg-notebook-*/build"))
    print(f"03-adding-documents ran in {seconds:.1f} s")


@pytest.mark.slow
def test_adding_documents_without_corpus_skips_gracefully(seed_build, tmp_path, monkeypatch):
    nb, _ = run_notebook("03-adding-documents.ipynb", tmp_path, monkeypatch, seed_build,
                         corpus=tmp_path / "no-corpus")
    streams = "\n".join(outputs(nb, "stream"))
    assert "No corpus at" in streams and "Nothing added." in streams


@pytest.mark.slow
def test_figures_and_time_runs(seed_build, tmp_path, monkeypatch):
    nb, seconds = run_notebook("04-figures-and-time.ipynb", tmp_path, monkeypatch, seed_build)
    assert len(outputs(nb, "image/png")) >= 3  # one time series, the top measures, the timeline
    tables = "\n".join(outputs(nb, "text/html"))
    assert "上市企业数" in tables and "FigureObservation" not in tables
    print(f"04-figures-and-time ran in {seconds:.1f} s")
