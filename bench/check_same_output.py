"""Does a speed change leave the extraction output unchanged? Dump it canonically and compare.

    .venv/bin/python bench/check_same_output.py dump OUT.json [--root TREE] [--laws N]
    .venv/bin/python bench/check_same_output.py diff A.json B.json
    .venv/bin/python bench/check_same_output.py segmentation [--limit N]

``dump`` runs ingest + extraction + resolution over ``seeds/``, ``eval/dev/docs`` and ``N`` laws
documents (every k-th of the sorted corpus, default 60) and writes every document's normalised text
hash and sentences, every mention, relation and platform system, and the resolved entities, in a
canonical order. ``--root`` imports ``kg`` from another tree (a copy of the package with the
original modules) so that the original and the changed code run over the same data files at the
same moment: other engineers' rule changes alter the output too, so a reference taken earlier is
not comparable.

``diff`` prints the first differences between two dumps (exit status 1 when they differ).

``segmentation`` checks that the pipeline's tokenizer cuts every laws document (all 534 unless
``--limit``) exactly as ``jieba.lcut`` does.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAWS = ROOT.parent / "shared" / "corpus" / "laws"


def _files(laws: int) -> list[Path]:
    from kg.ingest import find_files

    out = []
    for folder in (ROOT / "seeds", ROOT / "eval" / "dev" / "docs"):
        out += [f for f in find_files([folder]) if isinstance(f, Path)]
    if laws and LAWS.exists():
        corpus = sorted(f for f in find_files([LAWS]) if isinstance(f, Path))
        step = max(1, len(corpus) // laws)
        out += corpus[::step][:laws]
    return out


def _mention(m) -> list:
    return [m.start, m.end, m.surface, m.type, m.sentence, m.source, m.canonical, round(m.confidence, 6)]


def dump(out_path: str, laws: int) -> None:
    from kg.errors import KGError
    from kg.extract import Extractor
    from kg.ingest import read_document
    from kg.resolve import Resolver

    import kg

    print(f"kg from {Path(kg.__file__).parent}", file=sys.stderr)
    ex = Extractor.load()
    resolver = Resolver()
    docs = []
    for path in _files(laws):
        try:
            doc = read_document(path)
        except KGError as err:
            docs.append({"path": str(path), "error": str(err)})
            continue
        ext = ex.extract(doc)
        resolver.add(ext)
        docs.append({
            "path": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name),
            "doc_id": doc.doc_id,
            "norm": hashlib.sha256(doc.norm.encode("utf-8")).hexdigest(),
            "offsets": hashlib.sha256(str(list(doc.offsets)).encode()).hexdigest(),
            "title": doc.meta.title,
            "sentences": [[s.index, s.start, s.end, s.text] for s in doc.sentences],
            "mentions": [_mention(m) for m in ext.mentions],
            "relations": [[_mention(r.subject), r.predicate, _mention(r.object), r.sentence, r.cue,
                           r.cue_start, r.source, round(r.confidence, 6)] for r in ext.relations],
            "systems": [[s.formula, _mention(s.mention), s.label,
                         [[t.position, t.symbol, t.declared_count, t.label,
                           [_mention(m) for m in t.members], t.sentence] for t in s.tiers]]
                        for s in ext.systems],
        })
    res = resolver.result()
    entities = sorted([e.key, e.type, e.canonical, sorted(e.aliases), e.broader_type]
                      for e in res.entities.values())
    mapping = sorted([list(k), v] for k, v in res.mention_entity.items())
    Path(out_path).write_text(json.dumps({"docs": docs, "entities": entities, "mention_entity": mapping},
                                         ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    n_m = sum(len(d.get("mentions", ())) for d in docs)
    n_r = sum(len(d.get("relations", ())) for d in docs)
    print(f"{out_path}: {len(docs)} documents, {n_m} mentions, {n_r} relations, {len(entities)} entities")


def diff(a_path: str, b_path: str, show: int = 12) -> int:
    a = json.loads(Path(a_path).read_text(encoding="utf-8"))
    b = json.loads(Path(b_path).read_text(encoding="utf-8"))
    shown = 0

    def report(where, x, y):
        nonlocal shown
        if shown < show:
            print(f"  {where}:\n    A {json.dumps(x, ensure_ascii=False)[:300]}\n    B {json.dumps(y, ensure_ascii=False)[:300]}")
        shown += 1

    if len(a["docs"]) != len(b["docs"]):
        report("document count", len(a["docs"]), len(b["docs"]))
    for da, db in zip(a["docs"], b["docs"]):
        for key in sorted(set(da) | set(db)):
            if da.get(key) != db.get(key):
                xa, xb = da.get(key), db.get(key)
                if isinstance(xa, list) and isinstance(xb, list):
                    extra_a = [x for x in xa if x not in xb]
                    extra_b = [x for x in xb if x not in xa]
                    report(f"{da.get('path')} {key}", extra_a[:3], extra_b[:3])
                else:
                    report(f"{da.get('path')} {key}", xa, xb)
    for key in ("entities", "mention_entity"):
        if a[key] != b[key]:
            report(key, [x for x in a[key] if x not in b[key]][:3], [x for x in b[key] if x not in a[key]][:3])
    print("same output" if not shown else f"{shown} differences")
    return 1 if shown else 0


def segmentation(limit: int) -> int:
    import jieba

    from kg.errors import KGError
    from kg.extract import Extractor
    from kg.ingest import find_files, read_document

    ex = Extractor.load()
    tok = ex.nlp.tokenizer
    files = sorted(f for f in find_files([LAWS]) if isinstance(f, Path))
    files = _files(0) + (files[:limit] if limit else files)
    bad = 0
    for path in files:
        try:
            text = read_document(path).norm
        except KGError:
            continue
        words = tok.words(text) if hasattr(tok, "words") else [t.text for t in tok(text)]
        if words != jieba.lcut(text):
            bad += 1
            print(f"  differs: {path.name}")
    print(f"{len(files)} documents, {bad} segmented differently from jieba.lcut")
    return 1 if bad else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--root", default=str(ROOT), help="the tree to import kg from")
    d.add_argument("--laws", type=int, default=60)
    c = sub.add_parser("diff")
    c.add_argument("a")
    c.add_argument("b")
    s = sub.add_parser("segmentation")
    s.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)
    if args.cmd == "diff":
        return diff(args.a, args.b)
    sys.path.insert(0, str(Path(args.root).resolve()) if args.cmd == "dump" else str(ROOT))
    if args.cmd == "dump":
        dump(args.out, args.laws)
        return 0
    return segmentation(args.limit)


if __name__ == "__main__":
    raise SystemExit(main())
