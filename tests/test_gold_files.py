"""Checks that every hand-written gold file under eval/ is well-formed.

A gold file (see docs/gold-format.md) is JSON Lines, one object per document. These tests do not judge
the annotation itself; they catch the slips that would make `kg eval` score against a broken key:
unknown types or predicates, relations whose ends are not entities of the document, names that do not
occur in the text, duplicates, formulas whose tiers do not add up.

    .venv/bin/pytest tests/test_gold_files.py -q
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from kg.records import ENTITY_TYPES, PREDICATES

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((ROOT / "eval").glob("**/*.jsonl"))

# Quotes, brackets-as-quotes and spaces do not distinguish names; dashes and middle dots come in many widths.
_DROP = re.compile(r"[\s\u3000\"'“”‘’「」『』〝〞]")
_DASHES = re.compile(r"[‐‑‒–—―−－]")
_DOTS = re.compile(r"[·•・‧∙]")


def normalise(text: str) -> str:
    """Fold full/half width, drop quotes and spaces, unify dashes and dots.

    >>> normalise("“315”科创体系 (2023 年—2026 年)")
    '315科创体系(2023年-2026年)'
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DROP.sub("", text)
    text = _DASHES.sub("-", text)
    return _DOTS.sub("·", text)


def read_text(path: Path) -> str:
    """The document text as the pipeline sees it: UTF-8 (BOM allowed) or GB18030; HTML reduced to its text."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    if path.suffix.lower() in {".html", ".htm"}:
        from bs4 import BeautifulSoup

        text = BeautifulSoup(text, "html.parser").get_text(" ")
    return text


def _records() -> list[tuple[str, int, dict]]:
    out = []
    for path in GOLD_FILES:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                rec = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                continue  # reported by test_every_line_is_a_json_object
            if isinstance(rec, dict):
                out.append((str(path.relative_to(ROOT)), lineno, rec))
    return out


# Other gold formats (e.g. figures: {"doc", "figures"}) share eval/ and have their own checks; these tests
# cover the entity gold of docs/gold-format.md and only the `doc` path of every record.
_ENTITY_KEYS = {"entities", "relations", "systems", "must_not_merge"}
ALL_RECORDS = _records()
ALL_IDS = [f"{f}:{n}" for f, n, _ in ALL_RECORDS]
RECORDS = [r for r in ALL_RECORDS if _ENTITY_KEYS & set(r[2])]
IDS = [f"{f}:{n}" for f, n, _ in RECORDS]


def test_gold_files_exist():
    assert GOLD_FILES, "no eval/**/*.jsonl gold files"
    assert RECORDS, "no entity gold records in eval/"


@pytest.mark.parametrize("where,lineno,rec", ALL_RECORDS, ids=ALL_IDS)
def test_every_record_names_an_existing_document(where, lineno, rec):
    assert isinstance(rec.get("doc"), str) and rec["doc"], "record without a `doc` path"
    assert (ROOT / rec["doc"]).is_file(), f"doc file not found: {rec['doc']}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_line_is_a_json_object(path: Path):
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                pytest.fail(f"{path}:{lineno} is not valid JSON: {exc}")
            assert isinstance(rec, dict), f"{path}:{lineno} is not a JSON object"


@pytest.mark.parametrize("where,lineno,rec", RECORDS, ids=IDS)
def test_record_shape(where, lineno, rec):
    assert set(rec) >= {"doc", "entities", "relations"}, f"missing keys: {sorted(rec)}"
    assert set(rec) <= {"doc", "entities", "relations", "systems", "must_not_merge"}, sorted(rec)


@pytest.mark.parametrize("where,lineno,rec", RECORDS, ids=IDS)
def test_entities_are_typed_unique_and_in_text(where, lineno, rec):
    text = normalise(read_text(ROOT / rec["doc"]))
    seen: dict[str, str] = {}
    for ent in rec.get("entities", []):
        assert set(ent) <= {"name", "type", "aliases", "elliptical"} and ent.get("name"), ent
        assert ent["type"] in ENTITY_TYPES, f"unknown type {ent['type']!r} for {ent['name']}"
        aliases = ent.get("aliases", [])
        assert isinstance(aliases, list) and all(isinstance(a, str) and a for a in aliases), ent
        key = normalise(ent["name"])
        assert key not in seen, f"duplicate name {ent['name']!r}"
        seen[key] = ent["name"]
        forms = [ent["name"], *aliases]
        # "elliptical": the full name is only implied by coordination (沈阳、大连2个国家高新区)
        assert ent.get("elliptical") or any(normalise(f) in text for f in forms), f"neither {ent['name']!r} nor its aliases occur in the text"
        # Aliases are, by definition, surface forms this document uses.
        missing = [a for a in aliases if normalise(a) not in text]
        assert not missing, f"aliases of {ent['name']!r} not in the text: {missing}"
        assert len({normalise(f) for f in forms}) == len(forms), f"alias repeats a form: {ent['name']!r}"
    # An alias that is another entity's name would make matching ambiguous.
    for ent in rec.get("entities", []):
        for a in ent.get("aliases", []):
            other = seen.get(normalise(a))
            assert other is None, f"alias {a!r} of {ent['name']!r} is the name of entity {other!r}"


@pytest.mark.parametrize("where,lineno,rec", RECORDS, ids=IDS)
def test_relations_link_entities_of_the_document(where, lineno, rec):
    names = {e["name"] for e in rec.get("entities", [])}
    triples = set()
    for rel in rec.get("relations", []):
        assert set(rel) == {"subject", "predicate", "object"}, rel
        assert rel["predicate"] in PREDICATES, f"unknown predicate {rel['predicate']!r}"
        assert rel["subject"] in names, f"subject {rel['subject']!r} is not an entity of {rec['doc']}"
        assert rel["object"] in names, f"object {rel['object']!r} is not an entity of {rec['doc']}"
        assert rel["subject"] != rel["object"], rel
        triple = (rel["subject"], rel["predicate"], rel["object"])
        assert triple not in triples, f"duplicate relation {triple}"
        triples.add(triple)


@pytest.mark.parametrize("where,lineno,rec", RECORDS, ids=IDS)
def test_systems_match_their_formula(where, lineno, rec):
    names = {e["name"] for e in rec.get("entities", [])}
    text = normalise(read_text(ROOT / rec["doc"]))
    for system in rec.get("systems", []):
        formula = system["formula"]
        assert normalise(formula) in text, f"formula {formula!r} does not occur in the text"
        symbols = [t["symbol"] for t in system["tiers"]]
        assert "+".join(symbols) == formula, f"tiers {symbols} do not spell {formula!r}"
        for tier in system["tiers"]:
            expected = int(tier["symbol"]) if tier["symbol"].isdigit() else None
            assert tier["declared"] == expected, f"{formula} tier {tier['symbol']}: declared {tier['declared']}"
            for m in tier["members"]:
                assert m in names, f"{formula} member {m!r} is not an entity of {rec['doc']}"
            if expected is not None:
                assert len(tier["members"]) <= expected, f"{formula} tier {tier['symbol']} has too many members"


@pytest.mark.parametrize("where,lineno,rec", RECORDS, ids=IDS)
def test_must_not_merge_pairs_are_entities(where, lineno, rec):
    names = {e["name"] for e in rec.get("entities", [])}
    for pair in rec.get("must_not_merge", []):
        assert len(pair) == 2 and pair[0] != pair[1], pair
        assert set(pair) <= names, f"must_not_merge {pair} names something that is not an entity"


def test_documents_are_unique_per_file():
    per_file: dict[str, list[str]] = {}
    for where, _, rec in ALL_RECORDS:
        per_file.setdefault(where, []).append(rec["doc"])
    for where, docs in per_file.items():
        assert len(docs) == len(set(docs)), f"{where} annotates a document twice"


def test_one_entity_has_one_type_across_documents():
    """Canonical names are shared across documents, so a name must keep its type everywhere."""
    types: dict[str, tuple[str, str]] = {}
    for where, lineno, rec in RECORDS:
        for ent in rec.get("entities", []):
            first = types.setdefault(ent["name"], (ent["type"], f"{where}:{lineno}"))
            assert first[0] == ent["type"], f"{ent['name']!r} is {ent['type']} here, {first[0]} at {first[1]}"


def test_gold_writer_examples():
    """kg.goldfile writes the records the build_gold.py scripts are made of (its docstring examples)."""
    import doctest

    import kg.goldfile

    assert doctest.testmod(kg.goldfile).failed == 0
