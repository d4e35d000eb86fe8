"""Write a gold file (docs/gold-format.md) from an annotation kept as Python tuples.

The hand annotations in ``eval/*/build_gold.py`` are Python, not JSON, so that a typo is a syntax
error instead of a silently broken key. Each of them calls :meth:`GoldFile.doc` once per document
and :meth:`GoldFile.write` at the end.

>>> g = GoldFile("eval/x/docs/")
>>> g.doc("a.txt", [("浙江大学", "University", ["浙大"]), ("滨江研究院", "ResearchInstitute", [], True)],
...       [("滨江研究院", "partOf", "浙江大学")])
>>> g.records[0]["entities"][1]
{'name': '滨江研究院', 'type': 'ResearchInstitute', 'aliases': [], 'elliptical': True}
>>> g.records[0]["relations"]
[{'subject': '滨江研究院', 'predicate': 'partOf', 'object': '浙江大学'}]
"""
from __future__ import annotations

import json
from pathlib import Path

from .store import atomic_file


class GoldFile:
    """The records of one gold file, for documents under ``docs_dir`` (relative to the repository)."""

    def __init__(self, docs_dir: str):
        self.docs_dir = docs_dir
        self.records: list[dict] = []

    def doc(self, file, entities, relations, systems=(), must_not_merge=()) -> None:
        """Add one document: entities as ``(name, type[, aliases[, elliptical]])``, relations as
        ``(subject, predicate, object)``, systems as dicts, must-not-merge pairs as 2-tuples."""
        ents = []
        for name, typ, *rest in entities:
            ent = {"name": name, "type": typ, "aliases": list(rest[0]) if rest else []}
            if len(rest) > 1 and rest[1]:
                ent["elliptical"] = True
            ents.append(ent)
        rec = {"doc": self.docs_dir + file, "entities": ents,
               "relations": [{"subject": s, "predicate": p, "object": o} for s, p, o in relations]}
        if systems:
            rec["systems"] = list(systems)
        if must_not_merge:
            rec["must_not_merge"] = [list(p) for p in must_not_merge]
        self.records.append(rec)

    def write(self, path: Path) -> None:
        """Write the JSON Lines file atomically and say what it holds."""
        with atomic_file(Path(path)) as tmp:
            tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records),
                           encoding="utf-8")
        print(f"{len(self.records)} records, {sum(len(r['entities']) for r in self.records)} entities, "
              f"{sum(len(r['relations']) for r in self.records)} relations -> {path}")
