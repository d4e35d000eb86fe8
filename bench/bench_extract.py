"""Benchmark: ingest + extract + resolve a whole corpus, streaming, beside ``jieba.lcut`` alone.

    .venv/bin/python bench/bench_extract.py [CORPUS_DIR] [--limit N]

Default corpus: ../shared/corpus/laws (534 Markdown documents, about 9.8 MB). Documents are read,
extracted and added to an incremental resolver one at a time (nothing but names is kept), so
memory should stay flat as the corpus grows: peak RSS is printed at 25 %, 50 % and 100 %.

Throughput is characters of normalised text per second for (a) the build path (ingest, extract,
resolve) and (b) ``jieba.lcut`` alone over the same normalised texts in the same run; the ratio
(target ≥ 0.5) is printed last. jieba's dictionary load and our pipeline load are excluded from
both timings. The same ratio in CPU time of this process is printed too: on a shared machine wall
time swings with the other processes' load, CPU time much less.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "laws"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = ap.parse_args(argv)

    import jieba

    from kg.errors import KGError
    from kg.extract import Extractor
    from kg.ingest import find_files, read_document
    from kg.resolve import Resolver

    jieba.setLogLevel(60)
    files = [f for f in find_files([args.corpus]) if isinstance(f, Path)]
    files.sort()
    if args.limit:
        files = files[: args.limit]
    n = len(files)
    if not n:
        print(f"no documents in {args.corpus}")
        return 1
    t0 = time.perf_counter()
    extractor = Extractor.load()
    print(f"pipeline loaded in {time.perf_counter() - t0:.2f} s; {n} documents")

    marks = {max(1, round(n * q)): q for q in (0.25, 0.5, 1.0)}
    resolver = Resolver()
    chars = 0
    t_build = 0.0
    t_jieba = 0.0
    cpu_build = cpu_jieba = 0.0
    cpu = time.process_time
    skipped = 0
    mentions = relations = 0
    for i, path in enumerate(files, 1):
        t, c = time.perf_counter(), cpu()
        try:
            doc = read_document(path)
        except KGError:
            skipped += 1
            continue
        ext = extractor.extract(doc)
        resolver.add(ext)
        t_build += time.perf_counter() - t
        cpu_build += cpu() - c
        mentions += len(ext.mentions)
        relations += len(ext.relations)
        chars += len(doc.norm)
        # jieba alone, same text, same run
        t, c = time.perf_counter(), cpu()
        jieba.lcut(doc.norm)
        t_jieba += time.perf_counter() - t
        cpu_jieba += cpu() - c
        del doc, ext
        if i in marks:
            print(f"  {int(marks[i] * 100):3d}% ({i:4d} docs, {chars / 1e6:5.2f} M chars): "
                  f"peak RSS {peak_rss_mb():7.1f} MB")
    t, c = time.perf_counter(), cpu()
    resolution = resolver.result()
    t_build += time.perf_counter() - t
    cpu_build += cpu() - c
    build_cps = chars / t_build if t_build else 0.0
    jieba_cps = chars / t_jieba if t_jieba else 0.0
    print(f"documents {n - skipped} (skipped {skipped}), chars {chars}, mentions {mentions}, "
          f"relations {relations}, entities {len(resolution.entities)}")
    print(f"build (ingest+extract+resolve): {t_build:7.2f} s  {build_cps:10.0f} chars/s")
    print(f"jieba.lcut alone:               {t_jieba:7.2f} s  {jieba_cps:10.0f} chars/s")
    print(f"ratio build/jieba: {build_cps / jieba_cps:.2f}x (target >= 0.5x)")
    if cpu_build and cpu_jieba:
        print(f"(CPU time: build {cpu_build:.2f} s, jieba {cpu_jieba:.2f} s, ratio {cpu_jieba / cpu_build:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
