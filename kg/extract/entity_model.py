"""A learned filter over the candidate names the rules propose: which to keep.

The finders (``finders.py``, ``coordination.py``) propose names by their morphology, the lexicon,
quotation marks and lists. Some of what they propose is no name to an annotator: a class of
things (``海洋领域创新实验室``), a slogan in quotation marks, half a name. This model looks at each
entity group of a document (all mentions of one name and type, as ``relation_model.group_of``
makes them) and gives the probability that the group is a real entity; the pipeline drops the
groups below a threshold (``kg_entity_model`` in ``config.cfg``).

* Its **features** are words: the type, which finder proposed each mention, the name's length and
  its first and last characters and jieba words, the words and characters just outside each
  mention, whether a mention cuts a jieba word, how often the group is mentioned, whether it is in
  the title.
* The **model** is a logistic regression over "keep" and "drop" (``linear_model.py``), trained
  offline on the readable gold sets (``kg train-entities``): a group is "keep" when its resolved
  node matches a gold entity, as ``kg eval`` matches nodes. It is stored as readable JSON
  (``kg/data/entity_model.json``).

>>> from kg.extract.tokens import TokenView
>>> text = "海洋实验室。"
>>> tv = TokenView.from_words(["海洋", "实验室", "。"], {})
>>> feats = group_features(text, tv, [Cand(0, 5, "Laboratory", "morph:实验室")], [(0, 6)], "")
>>> sorted(k for k in feats[("Laboratory", "海洋实验室")] if k.startswith(("src", "wl=")))
['src=morph', 'srcf=morph:实验室', 'wl=实验室']
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from typing import Sequence

from .finders import Cand
from .linear_model import LinearModel
from .relation_model import _bucket, group_of
from .tokens import TokenView

KEEP, DROP = "keep", "drop"
MODEL_FILE = "entity_model.json"
DIGIT_RE = re.compile(r"[0-9０-９一二三四五六七八九十百]")
LATIN_RE = re.compile(r"[A-Za-z]")


class EntityModel(LinearModel):
    """The entity model: its classes are "drop" and "keep" (``linear_model.py``). Its ``meta``
    counts the groups each finder proposed in the training data (``finders``)."""

    REQUIRED_CLASSES = frozenset((KEEP, DROP))

    def keep_probability(self, features: dict) -> float:
        return self.probabilities(features).get(KEEP, 0.0)

    def keeps(self, features: dict, threshold: float, min_finder_count: int) -> bool:
        """Is the group kept? The model abstains (keeps it) when a finder of one of its mentions
        proposed fewer than ``min_finder_count`` groups in the training data: a rare, precise rule
        (``以白马湖命名的省实验室``) would otherwise be judged by features learned from other finders."""
        seen = self.meta.get("finders")
        if seen is not None and any(seen.get(k[4:], 0) < min_finder_count for k in features if k.startswith("src=")):
            return True  # (a model without finder counts judges every name)
        return self.keep_probability(features) >= threshold


def train(instances: Sequence[dict], labels: Sequence[str], c: float = 0.3) -> EntityModel:
    """Fit the entity model (scikit-learn; see ``LinearModel.fit``). Classes are not reweighted:
    the threshold in ``config.cfg`` sets the balance between the wrong names dropped and the
    right ones lost."""
    model = EntityModel.fit(instances, labels, c=c, balanced=False)
    model.meta["finders"] = dict(sorted(Counter(k[4:] for f in instances for k in f if k.startswith("src=")).items()))
    return model


def group_features(text: str, tv: TokenView, cands: Sequence[Cand], sentences: Sequence[tuple[int, int]],
                   title: str) -> dict[tuple[str, str], dict]:
    """The features of each entity group of a document, keyed by ``group_of``: those of the name,
    and the union of those of its mentions."""
    sstarts = [lo for lo, _ in sentences] or [0]

    def word_before(pos: int) -> int:
        """The last word before ``pos`` that is not whitespace (-1: none)."""
        i = tv.token_at(pos - 1) if pos > 0 else -1
        while i >= 0 and not tv.texts[i].strip():
            i -= 1
        return i

    groups: dict[tuple[str, str], list[Cand]] = defaultdict(list)
    for c in cands:
        groups[group_of(c, text)].append(c)
    out = {}
    for g, members in groups.items():
        typ, name = g
        f = {"t=" + typ: 1, "n=" + _bucket(len(members), (1, 2, 4)): 1,
             "len=" + _bucket(len(name), (2, 3, 4, 5, 6, 8, 10, 14, 20)): 1,
             "tlen=" + typ + _bucket(len(name), (2, 3, 4, 6, 10)): 1,
             "e1=" + name[-1:]: 1, "e2=" + name[-2:]: 1, "te1=" + typ + name[-1:]: 1,
             "b1=" + name[:1]: 1, "b2=" + name[:2]: 1}
        if DIGIT_RE.search(name):
            f["digit"] = 1
        if LATIN_RE.search(name):
            f["latin"] = 1
        if title and name in title:
            f["intitle"] = 1
        for c in members:
            finder = c.source.split(":")[0]
            f["src=" + finder] = 1
            f["srcf=" + c.source] = 1
            f["tsrc=" + typ + "|" + finder] = 1
            f["conf=" + str(round(c.confidence, 1))] = 1
            if c.canonical:
                f["canon"] = 1
            if text[c.start : c.end] != name:
                f["alias"] = 1
            inside = tv.words_in(c.start, c.end)
            f["nw=" + _bucket(len(inside), (1, 2, 3, 4, 6))] = 1
            if inside:
                first, last = inside[0], inside[-1]
                f["w0=" + tv.texts[first]] = 1
                f["wl=" + tv.texts[last]] = 1
                f["twl=" + typ + "|" + tv.texts[last]] = 1
                if tv.pos[first]:
                    f["p0=" + tv.pos[first]] = 1
                if tv.ends[last] != c.end:
                    f["cutend"] = 1  # the name ends inside a word
            else:
                f["inword"] = 1
            k = word_before(c.start)
            if k >= 0:
                if tv.ends[k] > c.start:
                    f["cutstart"] = 1  # the name starts inside a word
                f["pw=" + tv.texts[k]] = 1
                f["tpw=" + typ + "|" + tv.texts[k]] = 1
                if tv.pos[k]:
                    f["ppos=" + tv.pos[k]] = 1
            f["pc=" + text[c.start - 1 : c.start]] = 1
            f["nc=" + text[c.end : c.end + 1]] = 1
            if len(tv):
                nx = tv.texts[tv.token_at(c.end)]
                f["nx=" + nx] = 1
                f["tnx=" + typ + "|" + nx] = 1
            s = max(bisect_right(sstarts, c.start) - 1, 0)
            if c.start - sstarts[s] <= 2:
                f["sinit"] = 1
        out[g] = f
    return out


def kept_candidates(text: str, cands: Sequence[Cand], features: dict[tuple[str, str], dict], model: EntityModel,
                    threshold: float, min_finder_count: int = 0) -> list[Cand]:
    """The candidates whose group the model keeps (``EntityModel.keeps``), given the groups'
    ``features`` (``group_features``)."""
    keep = {g for g, f in features.items() if model.keeps(f, threshold, min_finder_count)}
    return [c for c in cands if group_of(c, text) in keep]
