"""A learned relation model: relations between two entities of a document that no verb cue states.

The verb-cue rules (``relations.py``) find a relation where a cue word sits between or around two
names. Much of what annotators record is said by the shape of a passage instead: a science city opens
a sentence and the labs listed after it are located in it; a park's profile lists its industries two
clauses after its name. This model scores every pair of entities of a document that stand in the same
sentence or in neighbouring ones, and adds the relations it is confident of where the rules found none
between the two.

* An **instance** is an ordered pair of entity groups (all mentions of one name and type in the
  document) whose types some predicate's signature allows; it is described by the closest pair of
  their mentions (``pair_instances``).
* Its **features** are words: the entity types, the words between the two mentions and around them,
  the verbs of the sentences they stand in, the mentions between them, whether either is the
  document's main zone or is in a list, and which rules already link the two.
* The **model** is a multinomial logistic regression over "no relation" and the predicates
  (``linear_model.py``), trained offline with scikit-learn on the readable gold sets
  (``kg train-relations``) and stored as plain JSON (``kg/data/relation_model.json``).

>>> m = RelationModel(("none", "locatedIn"), {"ty=Enterprise>Zone": (0.0, 2.0)}, (0.0, -1.0))
>>> round(m.probabilities({"ty=Enterprise>Zone": 1})["locatedIn"], 3)
0.731
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .finders import Cand
from .linear_model import LinearModel
from .relations import RelFound
from .tokens import TokenView

NONE = "none"
MODEL_FILE = "relation_model.json"
#: predicates the model does not score: supportedBy is supports read backwards, and the pair taken
#: the other way round already asks for it
NOT_SCORED = frozenset(("supportedBy",))


@dataclass
class PairInstance:
    """One ordered pair of a document's entity groups, with the closest pair of their mentions."""

    subject: Cand
    object: Cand
    subject_group: tuple[str, str]  # (type, name)
    object_group: tuple[str, str]
    predicates: tuple[str, ...]  # those whose signature allows these types, in this direction
    distance: int  # sentences between the two mentions
    at: int  # a position in the sentence of the later mention (the fact's sentence)
    features: dict = field(default_factory=dict)
    linked_by_rules: bool = False  # the rules state some relation between the two groups


def _bucket(n: int, cuts: Sequence[int]) -> str:
    for c in cuts:
        if n <= c:
            return str(c)
    return "more"


def group_of(c: Cand, text: str) -> tuple[str, str]:
    """The entity group a mention belongs to in its document: its type and its name."""
    return (c.type, c.canonical or text[c.start : c.end])


def pair_instances(text: str, tv: TokenView, cands: Sequence[Cand], sentences: Sequence[tuple[int, int]],
                   rules: Iterable[RelFound], title: str, signatures: dict,
                   window: int = 1) -> list[PairInstance]:
    """Every ordered pair of entity groups with mentions at most ``window`` sentences apart whose
    types a predicate allows, described by features of their closest pair of mentions.

    >>> from kg.extract.relations import Signature
    >>> text = "南沙科学城集聚了广州海洋实验室。"
    >>> tv = TokenView.from_words(["南沙", "科学城", "集聚", "了", "广州", "海洋", "实验室", "。"], {"集聚": "v"})
    >>> cands = [Cand(0, 5, "Zone", "t"), Cand(8, 15, "Laboratory", "t")]
    >>> sig = {"locatedIn": Signature(frozenset({"Laboratory"}), frozenset({"Zone"}))}
    >>> [(i.subject_group[1], i.predicates, "sv=集聚" in i.features) for i in pair_instances(text, tv, cands, [(0, 16)], [], "", sig)]
    [('广州海洋实验室', ('locatedIn',), True)]
    """
    if not cands:
        return []
    sstarts = [lo for lo, _ in sentences] or [0]
    sents = list(sentences) or [(0, len(text))]

    def sent_of(pos: int) -> int:
        return max(bisect_right(sstarts, pos) - 1, 0)

    words_in = tv.words_in
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(cands):
        groups[group_of(c, text)].append(i)
    gkey = [group_of(c, text) for c in cands]
    cs = [sent_of(c.start) for c in cands]
    by_sent: dict[int, list[int]] = defaultdict(list)
    for i, s in enumerate(cs):
        by_sent[s].append(i)
    zone_count = Counter(gkey[i] for i, c in enumerate(cands) if c.type == "Zone")
    first_at = {g: min(cands[i].start for i in ix) for g, ix in groups.items()}
    topic = max(zone_count, key=lambda g: (zone_count[g], -first_at[g])) if zone_count else None
    first_zone = min((g for g in zone_count), key=lambda g: first_at[g], default=None)
    rule_preds: dict[tuple, set] = defaultdict(set)
    for r in rules:
        a, b = group_of(r.subject, text), group_of(r.object, text)
        rule_preds[(a, b)].add(r.predicate)
    allowed_cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def allowed(ta: str, tb: str) -> tuple[str, ...]:
        k = (ta, tb)
        if k not in allowed_cache:
            allowed_cache[k] = tuple(p for p, sig in signatures.items()
                                     if p not in NOT_SCORED and sig.subject_types and ta in sig.subject_types and tb in sig.object_types)
        return allowed_cache[k]

    # the closest mention pair of each ordered group pair, and the sentences the two share
    best: dict[tuple, tuple] = {}
    shared: dict[tuple, set] = defaultdict(set)
    for s in sorted(by_sent):
        here = by_sent[s]
        near = [j for t in range(s, s + window + 1) for j in by_sent.get(t, ())]
        for i in here:
            for j in near:
                if i == j:
                    continue
                a, b = cands[i], cands[j]
                if a.start < b.end and b.start < a.end:
                    continue
                ga, gb = gkey[i], gkey[j]
                if ga == gb:
                    continue
                d = abs(cs[i] - cs[j])
                for (x, y, gx, gy) in ((i, j, ga, gb), (j, i, gb, ga)):
                    if not allowed(gx[0], gy[0]):
                        continue
                    if d == 0:
                        shared[(gx, gy)].add(s)
                    key = (d, abs(cands[x].start - cands[y].start))
                    cur = best.get((gx, gy))
                    if cur is None or key < cur[0]:
                        best[(gx, gy)] = (key, x, y)
    order = sorted(range(len(cands)), key=lambda k: cands[k].start)
    order_starts = [cands[k].start for k in order]

    def between(lo: int, hi: int) -> list[Cand]:
        """The mentions that lie wholly in [lo, hi)."""
        k = bisect_left(order_starts, lo)
        out = []
        while k < len(order) and order_starts[k] < hi:
            c = cands[order[k]]
            if c.end <= hi:
                out.append(c)
            k += 1
        return out

    verbs_of: dict[tuple[int, int], list[str]] = {}

    def sentence_verbs(lo: int, hi: int) -> list[str]:
        """The verbs of a sentence span (pairs in one sentence share it)."""
        if (lo, hi) not in verbs_of:
            verbs_of[(lo, hi)] = [tv.texts[k] for k in words_in(lo, hi) if tv.pos[k] and tv.pos[k][0] == "v"]
        return verbs_of[(lo, hi)]

    out = []
    for (ga, gb), ((d, _), i, j) in best.items():
        a, b = cands[i], cands[j]
        inst = PairInstance(a, b, ga, gb, allowed(ga[0], gb[0]), d, max(a.start, b.start))
        inst.linked_by_rules = bool(rule_preds.get((ga, gb)) or rule_preds.get((gb, ga)))
        inst.features = _features(text, tv, cands, sents, cs, i, j, ga, gb, groups, shared[(ga, gb)],
                                  rule_preds, inst.linked_by_rules, topic, first_zone, title, words_in,
                                  between, sentence_verbs)
        out.append(inst)
    return out


def _features(text, tv, cands, sents, cs, i, j, ga, gb, groups, shared, rule_preds, linked, topic, first_zone,
              title, words_in, between_mentions, sentence_verbs) -> dict:
    a, b = cands[i], cands[j]
    x, y = (a, b) if a.start < b.start else (b, a)
    first = "A" if x is a else "B"
    ty = f"{ga[0]}>{gb[0]}"
    tyo = ty + first
    d = abs(cs[i] - cs[j])
    f = {"ty=" + ty: 1, "tyo=" + tyo: 1, f"sd={d}": 1, f"tysd={ty}{d}": 1,
         "nsh=" + _bucket(len(shared), (0, 1, 2, 4)): 1,
         "na=" + _bucket(len(groups[ga]), (1, 2, 4)): 1, "nb=" + _bucket(len(groups[gb]), (1, 2, 4)): 1}
    inner = between_mentions(x.end, y.start)
    for c in inner:
        f["in=" + c.type] = 1
    f["nin=" + _bucket(len(inner), (0, 1, 2, 4, 8))] = 1
    between = text[x.end : y.start]
    f["len=" + _bucket(len(between), (0, 1, 2, 5, 10, 20, 40, 80))] = 1
    f["comma=" + _bucket(between.count(",") + between.count(","), (0, 1, 2))] = 1
    if "、" in between:
        f["dun"] = 1
    if "。" in between or d:
        f["xsent"] = 1
    # the words between, leaving out those inside the mentions between
    bw = [k for k in words_in(x.end, y.start) if not any(c.start <= tv.starts[k] < c.end for c in inner)]
    for k in bw:
        w = tv.texts[k]
        f["bw=" + w] = 1
        f["tbw=" + tyo + "|" + w] = 1
        if tv.pos[k] and tv.pos[k][0] == "v":
            f["bv=" + w] = 1
            f["tbv=" + tyo + "|" + w] = 1
    if bw:
        w0, wl = tv.texts[bw[0]], tv.texts[bw[-1]]
        f["bw0=" + w0] = 1
        f["bwL=" + wl] = 1
        f["tbw0=" + tyo + "|" + w0] = 1
        f["tbwL=" + tyo + "|" + wl] = 1
    lo_s, hi_s = sents[min(cs[i], cs[j])][0], sents[max(cs[i], cs[j])][1]
    left, right = words_in(lo_s, x.start)[-3:], words_in(y.end, hi_s)[:4]
    for k in left:
        f["L=" + tv.texts[k]] = 1
    for k in right:
        f["R=" + tv.texts[k]] = 1
        f["tR=" + tyo + "|" + tv.texts[k]] = 1
    if left:
        f["L1=" + tv.texts[left[-1]]] = 1
        f["tL1=" + tyo + "|" + tv.texts[left[-1]]] = 1
    if right:
        f["R1=" + tv.texts[right[0]]] = 1
        f["tR1=" + tyo + "|" + tv.texts[right[0]]] = 1
    for w in sentence_verbs(lo_s, hi_s):
        f["sv=" + w] = 1
        f["tsv=" + ty + "|" + w] = 1
    for p in rule_preds.get((ga, gb), ()):
        f["rule=" + p] = 1
    for p in rule_preds.get((gb, ga), ()):
        f["rulerev=" + p] = 1
    if linked:
        f["anyrule"] = 1
    if ga == topic:
        f["atopic"] = 1
    if gb == topic:
        f["btopic"] = 1
        f["tbtopic=" + ty] = 1
    if gb == first_zone:
        f["bfirstzone"] = 1
    for tag, c, k in (("a", a, i), ("b", b, j)):
        if c.start - sents[cs[k]][0] <= 4:
            f[tag + "sinit"] = 1
        if text[c.end : c.end + 1] == "、" or text[c.start - 1 : c.start] == "、":
            f[tag + "inlist"] = 1
        if text[c.end : c.end + 1] == "等":
            f[tag + "deng"] = 1
    f["asrc=" + a.source.split(":")[0]] = 1
    f["bsrc=" + b.source.split(":")[0]] = 1
    if title and ga[1] in title:
        f["aintitle"] = 1
    if title and gb[1] in title:
        f["bintitle"] = 1
    return f


class RelationModel(LinearModel):
    """The relation model: "none" and the predicates are its classes (``linear_model.py``)."""

    REQUIRED_CLASSES = frozenset((NONE,))

    def best(self, inst: PairInstance) -> tuple[str, float]:
        """The most probable predicate the instance's types allow (not "none"), and its probability."""
        pr = self.probabilities(inst.features)
        return max(((p, pr.get(p, 0.0)) for p in inst.predicates), key=lambda t: t[1], default=(NONE, 0.0))


def train(instances: Sequence[dict], labels: Sequence[str], c: float = 0.3, min_count: int = 2,
          balanced: bool = True, prune: float = 0.02) -> RelationModel:
    """Fit the relation model (scikit-learn; see ``LinearModel.fit``)."""
    return RelationModel.fit(instances, labels, c=c, min_count=min_count, balanced=balanced, prune=prune)


def model_relations(instances: Iterable[PairInstance], model: RelationModel, threshold: float) -> list[RelFound]:
    """The model's relations: for each pair of groups the rules do not link, its best predicate when
    the model gives it at least ``threshold``; a symmetric or inverse pair is stated once."""
    scored = []
    for inst in instances:
        if inst.linked_by_rules:
            continue
        p, prob = model.best(inst)
        if p != NONE and prob >= threshold:
            scored.append((prob, p, inst))
    out, seen = [], set()
    # the more probable direction of a pair first
    for prob, p, inst in sorted(scored, key=lambda t: (-t[0], t[2].subject.start, t[2].object.start)):
        key = frozenset((inst.subject_group, inst.object_group))
        if (key, p) in seen:
            continue
        seen.add((key, p))
        out.append(RelFound(inst.subject, p, inst.object, "", -1, inst.at, "model", round(prob, 3)))
    return out
