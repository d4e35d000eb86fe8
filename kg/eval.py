"""Score extraction and resolution against a hand-written gold file (``docs/gold-format.md``).

Two entry points, one scorer:

* :func:`score_graph` reads a built store (``kg build … --out DIR``) — what ``kg eval GOLD --graph DIR``
  runs;
* :func:`score_extractions` scores ``DocExtraction`` s and a ``Resolution`` directly, with no build
  (fast iteration on rules).

Matching. A predicted node matches a gold entity when one of its labels equals the gold ``name`` or
one of its ``aliases`` after :func:`norm_label` (full/half width, quotes, brackets, spaces). A label
equal to a gold ``name`` wins over alias matches: a short form that several entities share in
different documents (``市人民政府`` for 北京市人民政府 and 上海市人民政府) does not make the node of
北京市人民政府 match both. Gold entities with the same ``name`` in several documents are one entity.
Only nodes mentioned in the gold's documents are scored.

* entity precision = (nodes that match a gold entity − duplicate nodes) / nodes;
  recall = gold entities matched by some node / gold entities;
* duplicates = extra nodes for one gold entity; wrong merges = nodes matching two or more gold
  entities (``must_not_merge`` pairs are reported by name);
* typed accuracy = matched gold entities whose best node has the gold type / matched;
* relations are matched per document: (subject node, predicate, object node) against the gold
  triples of that document; ``X supportedBy Y`` and ``Y supports X`` are the same fact, and so are
  ``A cooperatesWith B`` and ``B cooperatesWith A`` (a symmetric property).

>>> norm_label("“中国数谷”")
'中国数谷'
>>> norm_label("杭州高新区（滨江）") == norm_label("杭州高新区(滨江)")
True
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .errors import E, KGError
from .records import ENTITY_TYPES, PREDICATES, DocExtraction, Resolution

_STRIP = re.compile(r"[\s“”\"'‘’「」『』()\[\]【】<>《》·・•]")
INVERSE = {"supportedBy": "supports"}
# owl:SymmetricProperty in ontology/kg.ttl: "A cooperatesWith B" and "B cooperatesWith A" are one fact
SYMMETRIC = frozenset(("cooperatesWith",))


def norm_label(s: str) -> str:
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    s = s.replace("\u3000", " ").replace("—", "-").replace("–", "-")
    return _STRIP.sub("", s).lower()


# ------------------------------------------------------------------ gold
@dataclass
class GoldEntity:
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)

    def keys(self) -> set[str]:
        return {norm_label(x) for x in {self.name, *self.aliases}}


@dataclass
class GoldDoc:
    doc: str
    entities: list[GoldEntity]
    relations: list[tuple[str, str, str]]
    systems: list[dict]
    must_not_merge: list[tuple[str, str]]


def load_gold(path: Path | str) -> list[GoldDoc]:
    path = Path(path)
    if not path.is_file():
        raise KGError(E.E001.format(path=path))
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = json.loads(line)
            ents = []
            for e in obj.get("entities", []):
                if e["type"] not in ENTITY_TYPES:
                    raise ValueError(f"unknown type {e['type']!r}")
                ents.append(GoldEntity(e["name"], e["type"], set(e.get("aliases") or ())))
            rels = []
            for r in obj.get("relations", []):
                if r["predicate"] not in PREDICATES:
                    raise ValueError(f"unknown predicate {r['predicate']!r}")
                rels.append((r["subject"], r["predicate"], r["object"]))
            docs.append(GoldDoc(obj["doc"], ents, rels, obj.get("systems", []),
                                [tuple(p) for p in obj.get("must_not_merge", [])]))
        except (ValueError, KeyError, TypeError) as exc:
            raise KGError(E.E501.format(path=path, line=n, detail=exc)) from None
    return docs


# ------------------------------------------------------------------ predictions
@dataclass
class PredNode:
    key: str
    type: str
    labels: set[str]
    docs: set[str]  # document paths that mention it


@dataclass
class Prediction:
    nodes: dict[str, PredNode]
    facts: dict[str, set[tuple[str, str, str]]]  # doc path -> {(s_key, predicate, o_key)}
    # doc path -> {formula: {symbol: (declared, {member node keys})}}
    systems: dict[str, dict[str, dict[str, tuple[Optional[int], set[str]]]]] = field(default_factory=dict)


def _doc_matches(gold_doc: str, path: str) -> bool:
    g, p = gold_doc.replace("\\", "/"), path.replace("\\", "/")
    return p == g or p.endswith("/" + g) or g.endswith("/" + p) or Path(g).name == Path(p).name


def prediction_from_resolution(extractions: Iterable[DocExtraction], resolution: Resolution) -> Prediction:
    nodes: dict[str, PredNode] = {}
    facts: dict[str, set] = defaultdict(set)
    systems: dict[str, dict] = defaultdict(dict)
    for key, ent in resolution.entities.items():
        nodes[key] = PredNode(key, ent.type, {ent.canonical, *ent.aliases}, set())
    for ext in extractions:
        path = ext.document.path
        for m in ext.mentions:
            k = resolution.mention_entity.get((m.doc_id, m.start, m.end, m.type))
            if k in nodes:
                nodes[k].docs.add(path)
        for r in ext.relations:
            s = resolution.mention_entity.get((r.subject.doc_id, r.subject.start, r.subject.end, r.subject.type))
            o = resolution.mention_entity.get((r.object.doc_id, r.object.start, r.object.end, r.object.type))
            if s and o and s != o:
                facts[path].add((s, r.predicate, o))
        for sm in ext.systems:
            tiers = {}
            for t in sm.tiers:
                members = {resolution.mention_entity.get((m.doc_id, m.start, m.end, m.type)) for m in t.members}
                tiers[t.symbol + f"#{t.position}"] = (t.declared_count, {x for x in members if x})
            systems[path][sm.formula] = tiers
    return Prediction(nodes, dict(facts), dict(systems))


GRAPH_NODES_Q = """
PREFIX kg: <https://w3id.org/innokg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?type ?label ?path WHERE {
  ?e kg:mentionedIn ?d . ?d kg:sourcePath ?path .
  ?e a ?type .
  { ?e skos:prefLabel ?label } UNION { ?e skos:altLabel ?label }
}"""
GRAPH_FACTS_Q = """
PREFIX kg: <https://w3id.org/innokg/ontology#>
SELECT ?s ?p ?o ?path WHERE {
  GRAPH ?d { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(kg:))) }
  ?d kg:sourcePath ?path .
}"""
GRAPH_SYSTEMS_Q = """
PREFIX kg: <https://w3id.org/innokg/ontology#>
SELECT ?formula ?t ?symbol ?pos ?declared ?m ?path WHERE {
  ?sys kg:formula ?formula . ?t kg:tierOf ?sys ; kg:symbol ?symbol ; kg:position ?pos .
  OPTIONAL { ?t kg:declaredCount ?declared }
  ?sys kg:mentionedIn ?d . ?d kg:sourcePath ?path .
  OPTIONAL { GRAPH ?d { ?m kg:memberOf ?t } }
}"""


def prediction_from_store(build_dir: Path | str) -> Prediction:
    from .store import open_store, query

    store = open_store(build_dir)
    kg_ns = "https://w3id.org/innokg/ontology#"
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for row in query(store, GRAPH_NODES_Q):
        e = row["e"].value
        t = row["type"].value
        if t.startswith(kg_ns):
            types[e].add(t[len(kg_ns):])
        labels[e].add(row["label"].value)
        docs[e].add(row["path"].value)
    nodes = {}
    for e, ts in types.items():
        typ = next((t for t in ENTITY_TYPES if t in ts), None)
        if typ is None:
            continue
        nodes[e] = PredNode(e, typ, labels[e], docs[e])
    facts: dict[str, set] = defaultdict(set)
    preds = set(PREDICATES)
    for row in query(store, GRAPH_FACTS_Q):
        p = row["p"].value[len(kg_ns):]
        s, o = row["s"].value, row["o"].value
        if p in preds and s in nodes and o in nodes:
            facts[row["path"].value].add((s, p, o))
    systems: dict[str, dict] = defaultdict(dict)
    for row in query(store, GRAPH_SYSTEMS_Q):
        path = row["path"].value
        tiers = systems[path].setdefault(row["formula"].value, {})
        tkey = row["symbol"].value + "#" + row["pos"].value
        declared = int(row["declared"].value) if row["declared"] is not None else None
        entry = tiers.setdefault(tkey, (declared, set()))
        if row["m"] is not None:
            entry[1].add(row["m"].value)
    return Prediction(nodes, dict(facts), dict(systems))


# ------------------------------------------------------------------ scoring
@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EvalReport:
    entities: PRF
    typed_accuracy: float
    duplicates: list[tuple[str, list[str]]]
    wrong_merges: list[tuple[str, list[str]]]
    must_not_merge_violations: list[tuple[str, str]]
    relations: PRF
    relations_by_predicate: dict[str, PRF]
    systems: dict
    missed_entities: list[str]
    spurious_nodes: list[str]
    recall_by_type: dict[str, tuple[int, int]]  # gold type -> (found, total)
    spurious_by_type: dict[str, int]
    missed_relations: list[tuple[str, str, str, str]]
    spurious_relations: list[tuple[str, str, str, str]]
    # predicate -> missed gold relations whose two ends were both found (the relation, not an
    # entity, was missed): tells relation work from entity work
    missed_relations_ends_found: dict[str, int] = field(default_factory=dict)

    def as_dict(self, details: bool = False) -> dict:
        d = {
            "entities": self.entities.as_dict(),
            "typed_accuracy": round(self.typed_accuracy, 4),
            "duplicates": len(self.duplicates),
            "wrong_merges": len(self.wrong_merges),
            "must_not_merge_violations": [list(p) for p in self.must_not_merge_violations],
            "relations": self.relations.as_dict(),
            "relations_by_predicate": {p: v.as_dict() for p, v in sorted(self.relations_by_predicate.items())},
            "systems": self.systems,
            "recall_by_type": {t: {"found": f, "total": n} for t, (f, n) in sorted(self.recall_by_type.items())},
            "spurious_by_type": dict(sorted(self.spurious_by_type.items())),
            "missed_relations_ends_found": dict(sorted(self.missed_relations_ends_found.items())),
        }
        if details:
            d.update(
                duplicate_details=self.duplicates,
                wrong_merge_details=self.wrong_merges,
                missed_entities=self.missed_entities,
                spurious_nodes=self.spurious_nodes,
                missed_relations=self.missed_relations,
                spurious_relations=self.spurious_relations,
            )
        return d


class GoldNames:
    """Which gold entities a node stands for: those one of its labels names, after normalising
    punctuation; failing that, those one of its labels is an alias of.

    >>> g = GoldNames([GoldDoc("d", [GoldEntity("浙江大学", "University", {"浙大"})], [], [], [])])
    >>> g.match({"浙大"}), g.match({"“浙江大学”", "浙大"}), g.match({"西湖大学"})
    ({'浙江大学'}, {'浙江大学'}, set())
    """

    def __init__(self, gold: list[GoldDoc]):
        # one gold entity per name across documents
        self.entities: dict[str, GoldEntity] = {}
        for gd in gold:
            for e in gd.entities:
                g = self.entities.setdefault(e.name, GoldEntity(e.name, e.type, set()))
                g.aliases |= e.aliases
        self._by_alias: dict[str, set[str]] = defaultdict(set)
        self._by_name: dict[str, set[str]] = defaultdict(set)
        for name, g in self.entities.items():
            self._by_name[norm_label(name)].add(name)
            for k in g.keys():
                self._by_alias[k].add(name)

    def match(self, labels: Iterable[str]) -> set[str]:
        keys = {norm_label(label) for label in labels}
        matched = set().union(*(self._by_name.get(k, set()) for k in keys))
        if not matched:  # no label is a gold name: fall back to the gold aliases
            matched = set().union(*(self._by_alias.get(k, set()) for k in keys))
        return matched


def canonical_triple(s: str, p: str, o: str) -> tuple[str, str, str]:
    """One spelling per fact: an inverse predicate turned round, a symmetric one in name order.

    >>> canonical_triple("B", "supportedBy", "A"), canonical_triple("乙", "cooperatesWith", "甲")
    (('A', 'supports', 'B'), ('乙', 'cooperatesWith', '甲'))
    """
    if p in SYMMETRIC and o < s:
        return (o, p, s)
    return (o, INVERSE[p], s) if p in INVERSE else (s, p, o)


def score(gold: list[GoldDoc], pred: Prediction) -> EvalReport:
    names = GoldNames(gold)
    gold_ents = names.entities
    # nodes of the gold's documents
    gold_paths = [gd.doc for gd in gold]
    nodes = [n for n in pred.nodes.values()
             if any(_doc_matches(gp, p) for gp in gold_paths for p in n.docs)]
    node_gold: dict[str, set[str]] = {}
    gold_nodes: dict[str, list[PredNode]] = defaultdict(list)
    for n in nodes:
        matched = names.match(n.labels)
        node_gold[n.key] = matched
        for g in matched:
            gold_nodes[g].append(n)
    duplicates = [(g, sorted(min(x.labels, key=len) for x in ns)) for g, ns in gold_nodes.items() if len(ns) > 1]
    wrong = [(sorted(n.labels)[0], sorted(gs)) for n in nodes if len(gs := node_gold[n.key]) > 1]
    # precision: every matched node counts once; extra nodes of one gold entity are errors
    n_dup = sum(len(ns) - 1 for ns in gold_nodes.values())
    matched_nodes = sum(1 for n in nodes if node_gold[n.key])
    ent = PRF(tp=len(gold_nodes), fp=len(nodes) - matched_nodes + n_dup - 0,
              fn=len(gold_ents) - len(gold_nodes))
    # (tp counts gold entities found; nodes = tp + fp holds when each gold has one node)
    typed_ok = 0
    for g, ns in gold_nodes.items():
        if any(n.type == gold_ents[g].type for n in ns):
            typed_ok += 1
    typed_acc = typed_ok / len(gold_nodes) if gold_nodes else 0.0
    mnm = []
    for gd in gold:
        for a, b in gd.must_not_merge:
            if any(a in node_gold[n.key] and b in node_gold[n.key] for n in nodes):
                mnm.append((a, b))
    # relations per document
    rel = PRF()
    by_pred: dict[str, PRF] = defaultdict(PRF)
    missed_rel, spurious_rel = [], []
    missed_ends_found: dict[str, int] = defaultdict(int)

    canon = canonical_triple
    for gd in gold:
        facts = set()
        for path, fs in pred.facts.items():
            if _doc_matches(gd.doc, path):
                facts |= fs
        gold_rel = {canon(*r) for r in gd.relations}
        # predicted facts as gold-name triples (a node may stand for several gold names)
        found_gold = set()
        for s, p, o in facts:
            sg = node_gold.get(s, set())
            og = node_gold.get(o, set())
            triples = {canon(a, p, b) for a in sg for b in og}
            hit = triples & gold_rel
            if hit:
                found_gold |= hit
                for t in hit:
                    by_pred[t[1]].tp += 0  # counted below
            else:
                rel.fp += 1
                cp = canon("", p, "")[1]
                by_pred[cp].fp += 1
                sl = min(pred.nodes[s].labels, key=len) if s in pred.nodes else s
                ol = min(pred.nodes[o].labels, key=len) if o in pred.nodes else o
                spurious_rel.append((gd.doc, sl, p, ol))
        for t in gold_rel:
            if t in found_gold:
                rel.tp += 1
                by_pred[t[1]].tp += 1
            else:
                rel.fn += 1
                by_pred[t[1]].fn += 1
                missed_rel.append((gd.doc, *t))
                if t[0] in gold_nodes and t[2] in gold_nodes:
                    # both ends were found: the relation itself was missed, not an entity
                    missed_ends_found[t[1]] += 1
    # systems: formulas found, declared counts right, members
    sys_rep = {"formulas": PRF(), "declared_counts": PRF(), "members": PRF()}
    for gd in gold:
        psys = {}
        for path, ss in pred.systems.items():
            if _doc_matches(gd.doc, path):
                psys.update(ss)
        gforms = {s["formula"]: s for s in gd.systems}
        for f in gforms:
            if f in psys:
                sys_rep["formulas"].tp += 1
            else:
                sys_rep["formulas"].fn += 1
        sys_rep["formulas"].fp += len(set(psys) - set(gforms))
        for f, gs in gforms.items():
            ptiers = psys.get(f, {})
            pt_by_sym = {k.split("#")[0]: v for k, v in ptiers.items()}
            for t in gs.get("tiers", []):
                pt = pt_by_sym.get(t["symbol"])
                if pt is not None and pt[0] == t.get("declared"):
                    sys_rep["declared_counts"].tp += 1
                else:
                    sys_rep["declared_counts"].fn += 1
                gm = set(t.get("members", []))
                pm_gold = set()
                extra = 0
                for m in (pt[1] if pt else set()):
                    names = node_gold.get(m, set())
                    if names & gm:
                        pm_gold |= names & gm
                    else:
                        extra += 1
                sys_rep["members"].tp += len(pm_gold)
                sys_rep["members"].fn += len(gm - pm_gold)
                sys_rep["members"].fp += extra
    missed = sorted(g for g in gold_ents if g not in gold_nodes)
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for g, ge in gold_ents.items():
        by_type[ge.type][1] += 1
        by_type[ge.type][0] += g in gold_nodes
    spurious_by_type: dict[str, int] = defaultdict(int)
    for n in nodes:
        if not node_gold[n.key]:
            spurious_by_type[n.type] += 1
    spurious = sorted(min(n.labels, key=len) + f" [{n.type}]" for n in nodes if not node_gold[n.key])
    return EvalReport(
        entities=ent,
        typed_accuracy=typed_acc,
        duplicates=duplicates,
        wrong_merges=wrong,
        must_not_merge_violations=mnm,
        relations=rel,
        relations_by_predicate=dict(by_pred),
        systems={k: v.as_dict() for k, v in sys_rep.items()},
        missed_entities=missed,
        spurious_nodes=spurious,
        recall_by_type={t: (v[0], v[1]) for t, v in by_type.items()},
        spurious_by_type=dict(spurious_by_type),
        missed_relations=missed_rel,
        spurious_relations=spurious_rel,
        missed_relations_ends_found=dict(missed_ends_found),
    )


def score_graph(gold_path: Path | str, build_dir: Path | str) -> EvalReport:
    """Score a built graph (``kg build --out build_dir``) against a gold file."""
    return score(load_gold(gold_path), prediction_from_store(build_dir))


def score_extractions(gold_path, extractions: list[DocExtraction], resolution: Resolution) -> EvalReport:
    """Score extractions and their resolution directly (no build)."""
    return score(load_gold(gold_path), prediction_from_resolution(extractions, resolution))


def run_pipeline(gold_path: Path | str, root: Path | str = ".") -> tuple[list[DocExtraction], Resolution]:
    """Ingest, extract and resolve the documents a gold file names (paths relative to ``root``)."""
    from .extract import Extractor
    from .resolve import resolve

    ex = Extractor.load()
    exts = [ex.extract(doc) for _, doc in gold_documents(load_gold(gold_path), root)]
    return exts, resolve(exts)


def gold_documents(gold: list[GoldDoc], root: Path | str = ".") -> Iterable[tuple[GoldDoc, "Document"]]:
    """Each gold document with the document it names, read (paths relative to ``root``); E001 for a
    document that is not there."""
    from .ingest import read_document

    for gd in gold:
        p = Path(root) / gd.doc
        if not p.is_file():
            raise KGError(E.E001.format(path=p))
        yield gd, read_document(p)


def format_report(rep: EvalReport) -> str:
    e = rep.entities
    lines = [
        f"entities   P {e.precision:.3f}  R {e.recall:.3f}  F1 {e.f1:.3f}   (tp {e.tp}, fp {e.fp}, fn {e.fn})",
        f"typed accuracy {rep.typed_accuracy:.3f}   duplicates {len(rep.duplicates)}   wrong merges "
        f"{len(rep.wrong_merges)}   must-not-merge violations {len(rep.must_not_merge_violations)}",
        f"relations  P {rep.relations.precision:.3f}  R {rep.relations.recall:.3f}  F1 {rep.relations.f1:.3f}"
        f"   (tp {rep.relations.tp}, fp {rep.relations.fp}, fn {rep.relations.fn})",
    ]
    for p, v in sorted(rep.relations_by_predicate.items()):
        lines.append(f"  {p:15} P {v.precision:.3f}  R {v.recall:.3f}  F1 {v.f1:.3f}  (tp {v.tp}, fp {v.fp}, fn {v.fn}"
                     f", ends found {rep.missed_relations_ends_found.get(p, 0)})")
    lines.append("recall by type: " + ", ".join(
        f"{t} {f}/{n}" for t, (f, n) in sorted(rep.recall_by_type.items())))
    lines.append("spurious by type: " + ", ".join(f"{t} {n}" for t, n in sorted(rep.spurious_by_type.items())))
    for k, v in rep.systems.items():
        lines.append(f"systems {k:16} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m kg.eval GOLD [--details]: score without a build
    import sys

    gold_file = sys.argv[1]
    exts, resolution = run_pipeline(gold_file)
    report = score_extractions(gold_file, exts, resolution)
    print(format_report(report))
    if "--details" in sys.argv:
        print(json.dumps(report.as_dict(details=True), ensure_ascii=False, indent=1))
