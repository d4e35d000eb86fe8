"""Platform systems written as number formulas: “1+2+6+N”, “1+6+X”.

A formula has tiers, one per term: a digit is the tier's declared count, a letter (N, X) an open
tier. Members come from coordinated lists with a count near the formula
(``支持A和B2个省级重点平台`` → tier "2"; ``A、B等6个产业创新研究院`` → tier "6"). A tier of one
with no counted list takes the single facility named before the first counted list
(``加快建设极弱磁大设施,支持…2个…`` → tier "1").

>>> parse_formula("1 + 2 + 6 + n")
('1+2+6+N', [('1', 1), ('2', 2), ('6', 6), ('N', None)])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .coordination import Group
from .finders import Cand

FORMULA_RE = re.compile(r"(?<![\d.])\d+(?:\s*\+\s*(?:\d+|[A-Za-z]))+(?![\d.A-Za-z])")
LABEL_RE = re.compile(r"[”\"]?([\u4e00-\u9fff]{0,10}?(?:体系|矩阵|格局|架构|布局|集群|平台))")


def parse_formula(raw: str) -> tuple[str, list[tuple[str, Optional[int]]]]:
    symbols = [p.strip().upper() for p in raw.split("+")]
    return "+".join(symbols), [(s, int(s) if s.isdigit() else None) for s in symbols]


@dataclass
class SystemFound:
    formula: str
    start: int  # span of the formula in the normalised text
    end: int
    label: str
    tiers: list[tuple[str, Optional[int]]]
    members: dict[int, list[Cand]] = field(default_factory=dict)  # tier position -> members
    tier_labels: dict[int, str] = field(default_factory=dict)
    member_sentence: dict[int, int] = field(default_factory=dict)  # tier -> norm offset of list


def find_formulas(text: str) -> list[SystemFound]:
    out = []
    for m in FORMULA_RE.finditer(text):
        raw = m.group()
        if "+" not in raw:
            continue
        formula, tiers = parse_formula(raw)
        if len(tiers) < 2 or not any(s.isalpha() for s, _ in tiers) and len(tiers) < 3:
            continue  # 1+1, 2+3: arithmetic, not a system
        lm = LABEL_RE.match(text, m.end())
        label = lm.group(1) if lm else ""
        out.append(SystemFound(formula, m.start(), m.end(), label, tiers))
    return out


def assign_members(
    system: SystemFound,
    groups: list[Group],
    cands: list[Cand],
    window: tuple[int, int],
) -> None:
    """Fill ``system.members`` from the groups and candidates inside ``window`` (norm offsets)."""
    lo, hi = window
    used_tiers: set[int] = set()
    first_counted = None
    for g in sorted(groups, key=lambda g: g.start):
        if g.count is None or not (lo <= g.start and g.end <= hi):
            continue
        for pos, (sym, declared) in enumerate(system.tiers):
            if pos in used_tiers or declared != g.count:
                continue
            if len(g.members) > declared:
                continue
            system.members[pos] = list(g.members)
            system.tier_labels[pos] = g.head
            system.member_sentence[pos] = g.start
            used_tiers.add(pos)
            first_counted = g.start if first_counted is None else min(first_counted, g.start)
            break
    if first_counted is None:
        return
    # a tier of one with no counted list: the single facility/lab named before the first list
    for pos, (sym, declared) in enumerate(system.tiers):
        if declared != 1 or pos in used_tiers:
            continue
        before = [c for c in cands if lo <= c.start and c.end <= first_counted
                  and c.type in ("Facility", "Laboratory", "InnovationPlatform")]
        if len(before) == 1:
            system.members[pos] = before
            system.member_sentence[pos] = before[0].start
            used_tiers.add(pos)
