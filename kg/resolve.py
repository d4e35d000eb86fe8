"""Entity resolution: merge mentions across documents into one :class:`Entity` per real thing.

Rules, in order (all data-driven, none names a specific entity):

1. **Lexicon** — a mention whose surface (or canonical) is a lexicon name/alias belongs to that
   lexicon entry (``浙大`` → ``浙江大学``).
2. **Context expansion of government abbreviations** — ``市发改委`` in a document about Hangzhou
   → ``杭州市发展和改革委员会`` (``gov_abbreviations.tsv`` + the document's dominant city/province
   from ``places.tsv``).
3. **Abbreviation expansion** — known short forms inside a longer name are expanded
   (``浙大滨江研究院`` → ``浙江大学滨江研究院``; ``北航杭州创新研究院`` → ``北京航空航天大学…``).
4. **Short form → full form** — a same-type name whose characters appear, in order, in exactly one
   longer name, starting with the same character and ending with the same class suffix
   (``北航杭研院`` ⊂ ``北京航空航天大学杭州创新研究院``). Ambiguous short forms stay separate.
5. **Guards** — never merge across types (an institute is not its university; a lab named after a
   lake is not the lake), never turn a deictic (``这家省实验室``, ``我局``) into an entity.

Canonical name: the lexicon's, else the longest full form. The result depends only on the *set*
of mentions, never on document order (all choices are made over sorted keys).

>>> from kg.records import Mention, DocExtraction
>>> from kg.ingest import document_from_text
>>> d = document_from_text("浙大和北航。", path="a.txt")
>>> ms = [Mention(d.doc_id, 0, 2, "浙大", "University", 0), Mention(d.doc_id, 3, 5, "北航", "University", 0)]
>>> r = resolve([DocExtraction(d, ms)])
>>> sorted(e.canonical for e in r.entities.values())
['北京航空航天大学', '浙江大学']
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Optional

from .extract.resources import Resources, load_resources
from .records import DocExtraction, Entity, Mention, Resolution

# sources whose surface is not a name of the entity (the lake in 以白马湖命名的省实验室)
NO_ALIAS_SOURCES = ("named-after", "coord:")
_PUNCT = re.compile(r"[\s“”\"'‘’《》()()\[\]【】·・]")


def norm_key(s: str) -> str:
    """Comparison key: no quotes, brackets or spaces; full-width folded."""
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    return _PUNCT.sub("", s)


def is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


class _Context:
    """What a document is about: its dominant city, province and district (for 市/省/区)."""

    def __init__(self, res: Resources, ext: DocExtraction):
        counts: dict[str, Counter] = {"city": Counter(), "province": Counter(), "district": Counter()}
        text = ext.document.norm
        for place, (level, _) in res.places.items():
            if level in counts:
                n = text.count(place)
                if n:
                    counts[level][place] = n
        self.city = _top(counts["city"])
        self.district = _top(counts["district"])
        province = _top(counts["province"])
        if self.city and not province:
            province = res.places.get(self.city, ("", ""))[1]
        self.province = province


def _top(c: Counter) -> str:
    if not c:
        return ""
    (best, n), *rest = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    return best


def expand_gov_abbreviation(res: Resources, surface: str, ctx: Optional[_Context]) -> Optional[str]:
    """``市发改委`` → ``杭州市发展和改革委员会`` in a Hangzhou document; None if not an abbreviation."""
    for short, full in res.gov_abbreviations:
        if not surface.endswith(short):
            continue
        prefix = surface[: -len(short)]
        if prefix in ("市", "省", "区", "县"):
            if ctx is None:
                return None
            place = {"市": ctx.city, "省": ctx.province, "区": ctx.district, "县": ""}[prefix]
            if not place:
                return None
            return f"{place}{prefix}{full}"
        if prefix and any(prefix.startswith(p) for p in res.places) and len(short) > 1:
            level = next((res.places[p][0] for p in sorted(res.places, key=len, reverse=True)
                          if prefix.startswith(p)), "")
            if prefix in res.places:
                prefix += {"city": "市", "province": "省", "district": "区"}.get(level, "")
            return prefix + full
    return None


def expand_known_abbreviations(res: Resources, name: str) -> str:
    """Replace a leading lexicon alias by its full name: 浙大滨江研究院 → 浙江大学滨江研究院."""
    for n in range(min(len(name) - 1, 8), 1, -1):
        head = name[:n]
        entry = res.lexicon_entry(head)
        if (entry is not None and not entry.name.startswith(head)
                and entry.type in ("University", "Enterprise", "ResearchInstitute")):
            return entry.name + name[n:]
    return name


def resolve(extractions: Iterable[DocExtraction], res: Optional[Resources] = None) -> Resolution:
    res = res or load_resources()
    extractions = sorted(extractions, key=lambda x: x.document.doc_id)
    # 1. a provisional name for every mention
    mention_name: dict[tuple, tuple[str, str]] = {}  # mention key -> (type, provisional name)
    surfaces: dict[tuple[str, str], set[str]] = defaultdict(set)  # (type, name) -> surfaces
    for ext in extractions:
        ctx = None
        for m in ext.mentions + [r.subject for r in ext.relations] + [r.object for r in ext.relations] + [
            mm for s in ext.systems for t in s.tiers for mm in t.members
        ]:
            key = (m.doc_id, m.start, m.end, m.type)
            if key in mention_name:
                continue
            name = _provisional(res, m, ext, ctx)
            if name is None:
                continue
            if ctx is None and name == "":
                pass
            mention_name[key] = (m.type, name)
            if not m.source.startswith(NO_ALIAS_SOURCES):
                surfaces[(m.type, name)].add(m.surface)
            else:
                surfaces[(m.type, name)]
    # 2. merge short forms into their unique full form (per type)
    by_type: dict[str, list[str]] = defaultdict(list)
    for typ, name in sorted(surfaces):
        by_type[typ].append(name)
    target: dict[tuple[str, str], str] = {}
    for typ, names in by_type.items():
        for n in names:
            target[(typ, n)] = _full_form(res, typ, n, names)
    # 3. entities
    entities: dict[str, Entity] = {}
    for (typ, name), surf in sorted(surfaces.items()):
        canonical = target[(typ, name)]
        entry = res.lexicon_entry(canonical)
        if entry is not None and entry.type == typ:
            canonical = entry.name
        key = f"{typ}:{canonical}"
        ent = entities.get(key)
        if ent is None:
            ent = Entity(key=key, type=typ, canonical=canonical)
            if entry is not None and entry.type == typ:
                ent.label_en = entry.en
                ent.wikidata = entry.wikidata
                ent.broader_type = entry.broader
            entities[key] = ent
        ent.aliases.update(s for s in surf | {name} if s and s != canonical)
    resolution = Resolution(entities=entities)
    for key, (typ, name) in mention_name.items():
        canonical = target[(typ, name)]
        entry = res.lexicon_entry(canonical)
        if entry is not None and entry.type == typ:
            canonical = entry.name
        resolution.mention_entity[key] = f"{typ}:{canonical}"
    return resolution


def _provisional(res: Resources, m: Mention, ext: DocExtraction, ctx) -> Optional[str]:
    """Lexicon name, expanded abbreviation or the surface itself."""
    surface = m.surface.strip()
    for cand in (m.canonical, surface):
        if not cand:
            continue
        entry = res.lexicon_entry(cand)
        if entry is not None and entry.type == m.type:
            return entry.name
    name = m.canonical or surface
    if m.type == "GovernmentBody":
        full = expand_gov_abbreviation(res, name, _Context(res, ext))
        if full:
            entry = res.lexicon_entry(full)
            return entry.name if entry else full
    expanded = expand_known_abbreviations(res, name)
    entry = res.lexicon_entry(expanded)
    if entry is not None and entry.type == m.type:
        return entry.name
    return expanded


def _full_form(res: Resources, typ: str, name: str, names: list[str]) -> str:
    """The unique longer same-type name that ``name`` abbreviates, else ``name``."""
    if res.lexicon_entry(name) is not None:
        return name
    suf = res.suffix_type(name)
    candidates = []
    for other in names:
        if len(other) <= len(name) or other[0] != name[0]:
            continue
        if typ in ("Industry", "Initiative"):
            # 零磁医疗装备 ⊂ 零磁医疗装备产业; “才链全球” ⊂ “才链全球”计划
            if norm_key(other).startswith(norm_key(name)) and other[len(name):] in (
                "产业", "计划", "行动", "工程", "品牌", "战略"
            ):
                candidates.append(other)
            continue
        if typ in ("Policy", "Person", "Event", "Award", "Zone"):
            continue
        other_suf = res.suffix_type(other)
        if suf and other_suf and suf[0] == other_suf[0]:
            continue  # both end in the full class word: two names (北京大学 ≠ 北京航空航天大学)
        if other[-1] != name[-1] or len(name) < 3:
            continue
        if is_subsequence(name, other):
            candidates.append(other)
    if len(candidates) == 1:
        return candidates[0]
    return name
