"""Check eval/heldout/gold.jsonl against its documents (run from the repository root).

Checks, per line: the document exists and decodes (UTF-8, else GB18030); types and predicates are in the
14 + 14 closed lists; names are unique; every alias occurs in the text (after punctuation/space
normalisation, tags stripped for .html); relation ends, system members and must_not_merge pairs are gold names.
Canonical names that do not occur verbatim are listed for information (they are allowed).

    $ .venv/bin/python eval/heldout/check_gold.py
    11 documents, 173 entities, 102 relations, 1 systems: 0 problems
"""
from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

TYPES = {"Zone", "GovernmentBody", "University", "ResearchInstitute", "Laboratory", "Facility",
         "InnovationPlatform", "Enterprise", "Policy", "Initiative", "Industry", "Award", "Person", "Event"}
PREDICATES = {"partOf", "locatedIn", "coBuiltBy", "ledBy", "foundedBy", "supportedBy", "cooperatesWith",
              "incubates", "issuedBy", "supports", "focusesOn", "awarded", "hosts", "memberOf"}
_FULL = "，。：；（）“”‘’！？、《》〔〕"
_HALF = ",.:;()\"\"''!?,<>[]"


def normalise(text: str) -> str:
    """Fold full-width punctuation to ASCII and drop whitespace, as `kg eval` matching does."""
    return re.sub(r"\s+", "", text.translate(str.maketrans(_FULL, _HALF)))


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    if path.suffix.lower() in {".html", ".htm"}:
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text


def check(gold_path: Path, root: Path) -> int:
    problems = n_ent = n_rel = n_sys = n_doc = 0
    for line_no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        g = json.loads(line)
        n_doc += 1
        doc = root / g["doc"]
        if not doc.exists():
            print(f"line {line_no}: missing document {g['doc']}")
            problems += 1
            continue
        text = normalise(read_text(doc))
        names: set[str] = set()
        for e in g["entities"]:
            n_ent += 1
            if e["type"] not in TYPES:
                print(f"line {line_no}: bad type {e}"); problems += 1
            if e["name"] in names:
                print(f"line {line_no}: duplicate name {e['name']}"); problems += 1
            names.add(e["name"])
            for alias in e["aliases"]:
                if normalise(alias) not in text:
                    print(f"line {line_no}: alias not in text: {alias}"); problems += 1
            if normalise(e["name"]) not in text:
                print(f"  info {doc.name}: canonical not verbatim: {e['name']} (aliases {e['aliases']})")
        for r in g["relations"]:
            n_rel += 1
            if r["predicate"] not in PREDICATES:
                print(f"line {line_no}: bad predicate {r}"); problems += 1
            for end in ("subject", "object"):
                if r[end] not in names:
                    print(f"line {line_no}: relation end not a gold name: {r}"); problems += 1
        for s in g.get("systems", []):
            n_sys += 1
            for tier in s["tiers"]:
                for m in tier["members"]:
                    if m not in names:
                        print(f"line {line_no}: system member not a gold name: {m}"); problems += 1
        for pair in g.get("must_not_merge", []):
            for name in pair:
                if name not in names:
                    print(f"line {line_no}: must_not_merge name not a gold name: {name}"); problems += 1
    print(f"{n_doc} documents, {n_ent} entities, {n_rel} relations, {n_sys} systems: {problems} problems")
    return problems


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.exit(1 if check(here / "gold.jsonl", here.parent.parent) else 0)
