"""Shared fixtures. The seed graph is built once per test session (``seed_build``)."""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/ helpers importable (records_fixtures …)
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """A build directory of the five seed documents (store, exports, maps), built once.

    Tests must only read it; a test that needs to change a build makes its own.
    """
    from kg.build import build

    out = tmp_path_factory.mktemp("seed") / "build"
    build([ROOT / "seeds"], out, progress=False)
    return out


@pytest.fixture(scope="session")
def seed_store(seed_build):
    """The seed build's Oxigraph store, opened read-only."""
    from kg.store import open_store

    return open_store(seed_build)


@pytest.fixture(scope="session")
def mini_build(tmp_path_factory) -> Path:
    """A build directory holding only ``store/`` (and an empty ``maps/``), loaded from the
    hand-written tests/fixtures/mini.trig: quick, and independent of the extractor."""
    from query_fixtures import make_build

    return make_build(tmp_path_factory.mktemp("mini") / "build", ROOT / "tests" / "fixtures" / "mini.trig")


@pytest.fixture(scope="session")
def mini_store():
    """tests/fixtures/mini.trig in an in-memory Oxigraph store."""
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(ROOT / "tests" / "fixtures" / "mini.trig"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture
def pipeline_config(tmp_path):
    """Write a copy of the pipeline's config.cfg with some components' settings changed, and return
    its path: ``pipeline_config(kg_relation_model={"model": "m.json", "threshold": 0.5})``."""
    from spacy import util

    from kg.extract import CONFIG_PATH

    def write(**components) -> Path:
        cfg = util.load_config(CONFIG_PATH)
        for name, settings in components.items():
            cfg["components"][name].update(settings)
        path = tmp_path / "config.cfg"
        cfg.to_disk(path)
        return path

    return write
