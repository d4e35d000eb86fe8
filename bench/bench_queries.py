"""Time every named query on a synthetic ~1M-triple ecosystem graph: Oxigraph vs rdflib.

The graph follows docs/model.md: an entities graph (types, zh/en labels, aliases),
one named graph per document with sentences, mentions, facts and kg:Evidence, and a
"1+2+6+N" platform system whose tiers have members. Both engines get the same
N-Quads in the same run:

* Oxigraph: the embedded on-disk store prepared as ``kg build`` prepares it (``bulk_load``,
  ``flush``, ``optimize``) and reopened read-only, as ``kg query`` and ``kg serve`` open it;
  default graph = union of the named graphs. Each query runs once untimed-for-p50 (its time is
  reported as "first": parse, plan and cold RocksDB block cache), then ``--repeat`` times
  (warm): p50 of those.
* rdflib: ``Dataset(default_union=True)`` in memory; each query run once in a forked
  child so a query that does not finish is stopped at ``--rdflib-timeout`` seconds.

    .venv/bin/python bench/bench_queries.py                  # ~1M triples, all queries
    .venv/bin/python bench/bench_queries.py --triples 100000 --rdflib-timeout 10
    .venv/bin/python bench/bench_queries.py --skip-rdflib --queries co-builders,evidence

Target: named-query p50 under 100 ms at 1M triples on the embedded store.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox  # noqa: E402

from kg.query import load_catalogue, prepare  # noqa: E402
from kg.query.run import OX_PREFIXES, with_prefixes  # noqa: E402

KG = "https://w3id.org/innokg/ontology#"
KGR = "https://w3id.org/innokg/id/"
KGD = "https://w3id.org/innokg/doc/"
KGG = "https://w3id.org/innokg/graph/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"

# (type, share of entities, name suffixes)
TYPES = [
    ("Enterprise", 0.42, ["科技有限公司", "股份有限公司", "网络技术有限公司", "生物医药有限公司"]),
    ("Person", 0.15, [""]),
    ("University", 0.03, ["大学", "理工大学", "师范大学"]),
    ("ResearchInstitute", 0.06, ["研究院", "创新研究院", "产业技术研究院"]),
    ("Laboratory", 0.05, ["实验室", "重点实验室"]),
    ("Facility", 0.01, ["大科学装置", "大设施"]),
    ("InnovationPlatform", 0.04, ["技术创新中心", "孵化器", "众创空间"]),
    ("GovernmentBody", 0.03, ["科技局", "发展和改革委员会", "经济和信息化局"]),
    ("Policy", 0.06, ["实施意见", "行动方案", "若干政策"]),
    ("Initiative", 0.03, ["计划", "工程"]),
    ("Industry", 0.01, ["产业", ""]),
    ("Award", 0.02, ["奖", "鼎"]),
    ("Zone", 0.02, ["高新区", "科学城", "产业园"]),
    ("Event", 0.07, ["大会", "论坛", "大赛"]),
]
PLACES = list("杭州滨江西湖萧山余杭钱塘富阳临平上城拱墅宁波温州绍兴嘉兴湖州金华台州舟山丽水衢州")
WORDS = list("智能感知数据安全光电微电子生物医药新能源材料量子计算网络通信视觉芯片储能氢能机器人")
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅鹏飞作祥心慧玲悠涵聪")

# relation: (subject types, object types, cue, extractor)
RELATIONS = [
    ("coBuiltBy", ["Laboratory", "ResearchInstitute", "InnovationPlatform"], ["University", "Enterprise"], "共建", "relation:cobuild"),
    ("ledBy", ["Laboratory", "InnovationPlatform"], ["Enterprise", "GovernmentBody", "University"], "牵头", "relation:lead"),
    ("ledBy", ["Enterprise"], ["Person"], "董事长", "relation:lead"),
    ("foundedBy", ["Enterprise"], ["Person"], "创办", "relation:found"),
    ("incubates", ["Facility", "ResearchInstitute", "InnovationPlatform"], ["Enterprise"], "孵化", "relation:incubate"),
    ("issuedBy", ["Policy"], ["GovernmentBody", "Zone"], "发布", "relation:issue"),
    ("supports", ["Policy"], ["Laboratory", "Facility", "Enterprise", "Event", "InnovationPlatform"], "支持", "relation:support"),
    ("supportedBy", ["Enterprise", "Laboratory"], ["GovernmentBody"], "支持", "relation:support"),
    ("focusesOn", ["Enterprise", "Initiative", "ResearchInstitute"], ["Industry"], "围绕", "relation:focus"),
    ("awarded", ["Enterprise", "Zone", "Person"], ["Award"], "获评", "relation:award"),
    ("cooperatesWith", ["Zone", "Enterprise"], ["University"], "合作", "relation:cooperate"),
    ("locatedIn", ["Enterprise", "Laboratory", "ResearchInstitute"], ["Zone"], "位于", "relation:locate"),
    ("partOf", ["Zone"], ["Zone"], "属于", "relation:part"),
    ("hosts", ["Zone"], ["Event"], "举办", "relation:host"),
]


def _lit(text: str, lang: str | None = None, dt: str | None = None) -> str:
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else (f'"{esc}"^^<{dt}>' if dt else f'"{esc}"')


def generate(target_triples: int, seed: int = 7) -> tuple[bytes, list[str]]:
    """N-Quads of a synthetic graph of about ``target_triples``; also the document ids."""
    rng = random.Random(seed)
    out: list[str] = []
    q = out.append
    ent_g = f"<{KGG}entities>"
    # ~11 % of triples are entity nodes, the rest document graphs (~500 triples per document)
    n_entities = max(200, int(target_triples * 0.11 / 5.0))
    n_docs = max(5, int(target_triples * 0.89 / 500))
    by_type: dict[str, list[str]] = {t: [] for t, _, _ in TYPES}
    names: dict[str, str] = {}

    def entity(etype: str, name: str, slug: str, en: str | None = None, alts=()) -> str:
        iri = f"<{KGR}{etype.lower()}/{slug}>"
        q(f"{iri} <{RDF}type> <{KG}{etype}> {ent_g} .")
        q(f"{iri} <{SKOS}prefLabel> {_lit(name, 'zh')} {ent_g} .")
        q(f"{iri} <{RDFS}label> {_lit(name, 'zh')} {ent_g} .")
        if en:
            q(f"{iri} <{SKOS}prefLabel> {_lit(en, 'en')} {ent_g} .")
        for a in alts:
            q(f"{iri} <{SKOS}altLabel> {_lit(a, 'zh')} {ent_g} .")
        by_type[etype].append(iri)
        names[iri] = name
        return iri

    # the real anchors the named queries' defaults ask about
    lab = entity("Laboratory", "白马湖实验室", "bai-ma-hu-shi-yan-shi", "Baima Lake Laboratory")
    zone = entity("Zone", "杭州高新区(滨江)", "hang-zhou-gao-xin-qu-bin-jiang", None, ["高新区(滨江)", "国际滨"])
    zju = entity("University", "浙江大学", "zhe-jiang-da-xue", "Zhejiang University")
    q(f"{zju} <{OWL}sameAs> <http://www.wikidata.org/entity/Q197543> {ent_g} .")
    westlake = entity("University", "西湖大学", "xi-hu-da-xue", "Westlake University")
    energy = entity("Enterprise", "浙江省能源集团", "zhe-jiang-sheng-neng-yuan-ji-tuan")
    shares = [(t, s, suf) for t, s, suf in TYPES]
    for i in range(n_entities):
        etype, _, suffixes = rng.choices(shares, weights=[s for _, s, _ in shares])[0]
        if etype == "Person":
            name = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) + str(i)
        else:
            name = rng.choice(PLACES) + rng.choice(PLACES) + rng.choice(WORDS) + rng.choice(WORDS) + str(i) + rng.choice(suffixes)
        alts = [name[2:]] if rng.random() < 0.2 else []
        entity(etype, name, f"e{i}", alts=alts)
    # the platform system and its tiers
    system = f"<{KGR}platformsystem/1-2-6-n>"
    q(f"{system} <{RDF}type> <{KG}PlatformSystem> {ent_g} .")
    q(f"{system} <{RDFS}label> {_lit('“1+2+6+N”创新平台体系', 'zh')} {ent_g} .")
    q(f"{system} <{SKOS}prefLabel> {_lit('“1+2+6+N”创新平台体系', 'zh')} {ent_g} .")
    q(f"{system} <{KG}formula> {_lit('1+2+6+N')} {ent_g} .")
    tiers = []
    for pos, (sym, label, declared) in enumerate([("1", "大科学装置", 1), ("2", "省级重点平台", 2),
                                                  ("6", "产业创新研究院", 6), ("N", "其他创新平台", None)]):
        t = f"<{KGR}platformtier/1-2-6-n/{pos}>"
        tiers.append(t)
        q(f"{t} <{RDF}type> <{KG}PlatformTier> {ent_g} .")
        q(f"{t} <{RDFS}label> {_lit(f'“1+2+6+N”第{pos + 1}层:{label}', 'zh')} {ent_g} .")
        q(f"{t} <{KG}tierOf> {system} {ent_g} .")
        q(f"{t} <{KG}position> {_lit(str(pos), dt=XSD + 'integer')} {ent_g} .")
        q(f"{t} <{KG}symbol> {_lit(sym)} {ent_g} .")
        q(f"{t} <{KG}tierLabel> {_lit(label, 'zh')} {ent_g} .")
        if declared is not None:
            q(f"{t} <{KG}declaredCount> {_lit(str(declared), dt=XSD + 'integer')} {ent_g} .")
    tier_pool = [(tiers[0], "Facility"), (tiers[1], "Laboratory"), (tiers[2], "ResearchInstitute"),
                 (tiers[3], "InnovationPlatform")]

    doc_ids = []
    everything = [i for lst in by_type.values() for i in lst]
    for d in range(n_docs):
        doc_id = f"{rng.getrandbits(64):016x}"
        doc_ids.append(doc_id)
        doc = f"<{KGD}{doc_id}>"
        g = doc
        q(f"{doc} <{RDF}type> <{KG}Document> {g} .")
        q(f"{doc} <{RDF}type> <{PROV}Entity> {g} .")
        q(f"{doc} <{DCT}identifier> {_lit(doc_id)} {g} .")
        q(f"{doc} <{DCT}title> {_lit('合成文档' + str(d), 'zh')} {g} .")
        q(f"{doc} <{DCT}date> {_lit(f'{2015 + d % 10}-{1 + d % 12:02d}-{1 + d % 28:02d}', dt=XSD + 'date')} {g} .")
        q(f"{doc} <{KG}dateIsEstimate> {_lit('false', dt=XSD + 'boolean')} {g} .")
        q(f"{doc} <{DCT}type> {_lit(rng.choice(['news', 'report', 'policy']))} {g} .")
        q(f"{doc} <{KG}sourcePath> {_lit(f'corpus/doc{d:05d}.txt')} {g} .")
        q(f"{doc} <{KG}charCount> {_lit(str(rng.randint(2000, 20000)), dt=XSD + 'integer')} {g} .")
        mentioned: set[str] = set()
        offset = 0
        for s in range(20):
            sent = f"<{KGD}{doc_id}/s/{s}>"
            start = offset
            offset += rng.randint(40, 120)
            participants = [rng.choice(everything) for _ in range(2)]
            if d % 50 == 0 and s == 0:
                participants = [lab, energy, zju, westlake]
            text = "，".join(names[p] for p in participants) + "等共同推进创新平台建设。"
            q(f"{sent} <{RDF}type> <{KG}Sentence> {g} .")
            q(f"{sent} <{DCT}isPartOf> {doc} {g} .")
            q(f"{sent} <{KG}index> {_lit(str(s), dt=XSD + 'integer')} {g} .")
            q(f"{sent} <{KG}text> {_lit(text)} {g} .")
            q(f"{sent} <{KG}start> {_lit(str(start), dt=XSD + 'integer')} {g} .")
            q(f"{sent} <{KG}end> {_lit(str(offset), dt=XSD + 'integer')} {g} .")
            for k, ent in enumerate(participants):
                m = f"<{KGD}{doc_id}/m/{start + k * 10}-{start + k * 10 + 6}>"
                q(f"{m} <{RDF}type> <{KG}Mention> {g} .")
                q(f"{m} <{KG}entity> {ent} {g} .")
                q(f"{m} <{KG}surface> {_lit(names[ent])} {g} .")
                q(f"{m} <{KG}sentence> {sent} {g} .")
                q(f"{m} <{KG}start> {_lit(str(start + k * 10), dt=XSD + 'integer')} {g} .")
                q(f"{m} <{KG}end> {_lit(str(start + k * 10 + 6), dt=XSD + 'integer')} {g} .")
                mentioned.add(ent)
        facts = []
        if d % 50 == 0:
            facts += [(lab, "ledBy", energy, "牵头", "relation:lead"), (lab, "coBuiltBy", zju, "共建", "relation:cobuild"),
                      (lab, "coBuiltBy", westlake, "共建", "relation:cobuild"), (zone, "cooperatesWith", zju, "合作", "relation:cooperate")]
        for _ in range(9):
            pred, stypes, otypes, cue, ext = rng.choice(RELATIONS)
            subj_pool = by_type[rng.choice(stypes)]
            obj_pool = by_type[rng.choice(otypes)]
            if subj_pool and obj_pool:
                facts.append((rng.choice(subj_pool), pred, rng.choice(obj_pool), cue, ext))
        if rng.random() < 0.5:
            tier, ttype = rng.choice(tier_pool)
            if by_type[ttype]:
                facts.append((rng.choice(by_type[ttype]), "memberOf", tier, "平台", "system:tiers"))
        for n, (s_, p_, o_, cue, ext) in enumerate(facts):
            sent = f"<{KGD}{doc_id}/s/{n % 20}>"
            e = f"<{KGD}{doc_id}/e/{n:012x}>"
            q(f"{s_} <{KG}{p_}> {o_} {g} .")
            q(f"{e} <{RDF}type> <{KG}Evidence> {g} .")
            q(f"{e} <{RDF}subject> {s_} {g} .")
            q(f"{e} <{RDF}predicate> <{KG}{p_}> {g} .")
            q(f"{e} <{RDF}object> {o_} {g} .")
            q(f"{e} <{KG}sentence> {sent} {g} .")
            q(f"{e} <{PROV}wasDerivedFrom> {doc} {g} .")
            q(f"{e} <{KG}cue> {_lit(cue)} {g} .")
            q(f"{e} <{KG}extractor> {_lit(ext)} {g} .")
            q(f"{e} <{KG}confidence> {_lit(str(round(rng.uniform(0.5, 1.0), 2)), dt=XSD + 'decimal')} {g} .")
            mentioned.update((s_, o_))
        for ent in mentioned:
            q(f"{ent} <{KG}mentionedIn> {doc} {g} .")
    return ("\n".join(out) + "\n").encode("utf-8"), doc_ids


def bench_params(query, doc_ids: list[str]) -> dict[str, str]:
    """Values for the parameters without a default (they name documents): two generated documents."""
    values = {"doc": doc_ids[0], "a": doc_ids[0], "b": doc_ids[1]}
    return {p.name: values[p.name] for p in query.params if p.default is None}


def time_first(store: ox.Store, text: str) -> float:
    """The first run of a query on the freshly opened store (results read to the end)."""
    started = time.perf_counter()
    answer = store.query(text, prefixes=OX_PREFIXES, use_default_graph_as_union=True)
    if not isinstance(answer, ox.QueryBoolean):
        for _ in answer:
            pass
    return time.perf_counter() - started


def time_oxigraph(store: ox.Store, text: str, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        answer = store.query(text, prefixes=OX_PREFIXES, use_default_graph_as_union=True)
        n = 1 if isinstance(answer, ox.QueryBoolean) else sum(1 for _ in answer)
        times.append(time.perf_counter() - started)
    return statistics.median(times), n


_RDFLIB_DS = None


def _rdflib_child(text: str, conn) -> None:
    started = time.perf_counter()
    try:
        res = _RDFLIB_DS.query(text)
        n = 1 if res.type == "ASK" else sum(1 for _ in res)
        conn.send((time.perf_counter() - started, n, None))
    except Exception as exc:  # report, don't crash the benchmark
        conn.send((time.perf_counter() - started, 0, f"{type(exc).__name__}: {exc}"[:120]))


def time_rdflib(text: str, timeout: float) -> tuple[float | None, int, str | None]:
    """One run in a forked child (inherits the loaded Dataset); None when past the timeout."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(text, child))
    proc.start()
    if parent.poll(timeout):
        seconds, n, err = parent.recv()
        proc.join()
        return seconds, n, err
    proc.kill()
    proc.join()
    return None, 0, f"not finished in {timeout:.0f} s"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5, help="Oxigraph runs per query (p50 of these)")
    ap.add_argument("--rdflib-timeout", type=float, default=30.0)
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--queries", default="", help="comma-separated subset of named queries")
    ap.add_argument("--read-write", action="store_true",
                    help="time on the read-write handle that loaded the store (default: reopen read-only, as kg query does)")
    ap.add_argument("--markdown", action="store_true", help="also print the per-query table as Markdown")
    args = ap.parse_args(argv)

    catalogue = load_catalogue()
    names = [n for n in (args.queries.split(",") if args.queries else catalogue) if n]
    t0 = time.perf_counter()
    data, doc_ids = generate(args.triples)
    n_quads = data.count(b"\n")
    print(f"generated {n_quads:,} quads in {time.perf_counter() - t0:.1f} s")

    tmp = tempfile.TemporaryDirectory(prefix="kg-bench-")
    t0 = time.perf_counter()
    store = ox.Store(str(Path(tmp.name) / "store"))
    store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
    store.flush()
    loaded = time.perf_counter() - t0
    store.optimize()  # as kg/store.py does at the end of a build
    print(f"Oxigraph on-disk store: {len(store):,} quads loaded in {loaded:.1f} s, optimized in "
          f"{time.perf_counter() - t0 - loaded:.1f} s")
    if not args.read_write:
        del store  # release the write lock, then open it the way kg query / kg serve do
        store = ox.Store.read_only(str(Path(tmp.name) / "store"))
    print(f"timing on the {'read-write' if args.read_write else 'read-only'} handle")

    texts = {n: prepare(n, bench_params(catalogue[n], doc_ids)).text for n in names}
    rows = {}
    firsts: dict[str, float] = {}
    for n in names:
        text = texts[n]
        first = time_first(store, text)  # also warms the caches
        p50, count = time_oxigraph(store, text, args.repeat)
        rows[n] = [p50, count, None, None]
        firsts[n] = first
        print(f"  oxigraph {n:<26} p50 {p50 * 1000:8.1f} ms  first {first * 1000:8.1f} ms  {count:>6} rows", flush=True)

    if not args.skip_rdflib:
        global _RDFLIB_DS
        from rdflib import Dataset

        t0 = time.perf_counter()
        _RDFLIB_DS = Dataset(default_union=True)
        _RDFLIB_DS.parse(data=data.decode("utf-8"), format="nquads")
        print(f"rdflib in-memory Dataset: {len(_RDFLIB_DS):,} triples (union) loaded in {time.perf_counter() - t0:.1f} s")
        for n in names:
            seconds, count, err = time_rdflib(with_prefixes(texts[n]), args.rdflib_timeout)
            rows[n][2], rows[n][3] = seconds, err
            rows[n].append(count)
            shown = f"{seconds * 1000:8.1f} ms" if seconds is not None else f"> {args.rdflib_timeout:.0f} s"
            print(f"  rdflib   {n:<26} {shown}  {count:>6} rows {err or ''}", flush=True)

    print()
    print(f"{'query':<26} {'oxigraph p50 ms':>16} {'rdflib ms':>12} {'ratio':>8}  rows (oxigraph/rdflib)")
    ratios = []
    for n in names:
        p50, count, rl, err = rows[n][:4]
        rl_count = rows[n][4] if len(rows[n]) > 4 else None
        if err and not err.startswith("not finished"):  # rdflib raised (e.g. GROUP_CONCAT of an unbound value)
            rl_s, ratio_s = "error", "-"
        elif rl is None and not args.skip_rdflib:
            rl_s, ratio_s = f">{args.rdflib_timeout * 1000:.0f}", f">{args.rdflib_timeout / max(p50, 1e-6):.0f}x"
            ratios.append(args.rdflib_timeout / max(p50, 1e-6))
        elif rl is not None:
            rl_s, ratio_s = f"{rl * 1000:.1f}", f"{rl / max(p50, 1e-6):.0f}x"
            ratios.append(rl / max(p50, 1e-6))
        else:
            rl_s = ratio_s = "-"
        ran = rl is not None and not (err and not err.startswith("not finished"))
        differ = ran and rl_count != count
        counts = f"{count}" + (f"/{rl_count}" if ran else "") + ("  ← engines disagree" if differ else "")
        if err and not err.startswith("not finished"):
            counts += f"  (rdflib: {err[:60]})"
        print(f"{n:<26} {p50 * 1000:>16.1f} {rl_s:>12} {ratio_s:>8}  {counts}")
    if args.markdown:
        print()
        print("| query | rows | Oxigraph p50 ms | first run ms | rdflib ms | rdflib / Oxigraph |")
        print("|---|---:|---:|---:|---:|---:|")
        for n in names:
            p50, count, rl, err = rows[n][:4]
            if err and not err.startswith("not finished"):
                rl_s, ratio_s = "error", "–"
            elif rl is None and not args.skip_rdflib:
                rl_s, ratio_s = f"> {args.rdflib_timeout:.0f} s", f"> {args.rdflib_timeout / max(p50, 1e-6):,.0f}×"
            elif rl is not None:
                rl_s, ratio_s = f"{rl * 1000:,.0f}", f"{rl / max(p50, 1e-6):,.0f}×"
            else:
                rl_s = ratio_s = "–"
            print(f"| `{n}` | {count} | {p50 * 1000:.1f} | {firsts[n] * 1000:.1f} | {rl_s} | {ratio_s} |")
    p50s = sorted(r[0] for r in rows.values())
    over = [n for n in names if rows[n][0] > 0.1]
    print()
    print(f"Oxigraph: median of per-query p50 {statistics.median(p50s) * 1000:.1f} ms, "
          f"max {p50s[-1] * 1000:.1f} ms; {len(names) - len(over)}/{len(names)} queries under 100 ms"
          + (f" (over: {', '.join(over)})" if over else ""))
    if ratios:
        print(f"rdflib / Oxigraph over {len(ratios)} queries rdflib answered or timed out on: median ratio {statistics.median(ratios):.0f}x "
              f"(timeouts counted at the timeout, so ratios for them are lower bounds)")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
