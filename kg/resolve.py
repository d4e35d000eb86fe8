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

from .extract.resources import LexiconEntry, Resources, load_resources
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
        # most places cannot occur: their first two characters are not next to each other in the text
        # (thousands of places; counting each one over the text cost a tenth of the build)
        for bigram in set(map(str.__add__, text, text[1:])):
            for place in res.places_by_bigram.get(bigram, ()):
                level = res.places[place][0]
                if level in counts:
                    n = text.count(place)
                    if n and level == "district":
                        n -= _inside_longer_place(res, text, place)
                    if n:
                        counts[level][place] = n
        self.present = {p for c in counts.values() for p in c}  # every known place the text names
        self.city = _top(counts["city"])
        self.district = _top(counts["district"])
        # the levels the text gives its district: a bare 区委 or 区人民政府 is that district's unless
        # the text writes the district at another level only (浦东新区, 新和县: neither is a 区)
        written = {lvl for lvl in ("区", "县", "新区", "市") if self.district and self.district + lvl in text}
        self.district_levels = {"区", "县"} if not written else written & {"区", "县"}
        province = _top(counts["province"])
        if self.city and not province:
            province = res.places.get(self.city, ("", ""))[1]
        self.province = province

    def place_at(self, level: str) -> str:
        """The document's own place at an administrative level written as 省, 市, 区 or 县."""
        return {"省": self.province, "市": self.city, "区": self.district, "县": self.district}.get(level, "")


def _inside_longer_place(res: Resources, text: str, place: str) -> int:
    """How many times ``place`` occurs only inside a longer place that starts one or two characters
    earlier: 津市 (a county-level city in Hunan) inside 天津市."""
    n, at = 0, text.find(place)
    while at != -1:
        for back in (1, 2):
            lo = at - back
            if lo >= 0 and any(text.startswith(p, lo) and len(p) > back
                               for p in res.places_by_bigram.get(text[lo : lo + 2], ())):
                n += 1
                break
        at = text.find(place, at + 1)
    return n


def _top(c: Counter) -> str:
    if not c:
        return ""
    (best, n), *rest = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    return best


#: types whose leading place says where the thing is (杭州未来科技城); in an organisation's name the
#: place is part of a proper name (北京航空航天大学杭州创新研究院 is in Hangzhou)
PLACE_BOUND_TYPES = frozenset(("Zone", "GovernmentBody", "Facility", "InnovationPlatform"))


def belongs_elsewhere(res: Resources, typ: str, canonical: str, surface: str, ctx: Optional[_Context]) -> bool:
    """A place-less short form (``未来科技城``) of a name tied to one place (``杭州未来科技城``),
    read in a document about another place that never names that one: not the same entity."""
    if typ not in PLACE_BOUND_TYPES:
        return False
    place = res.leading_place(canonical)
    if not place or place in surface or ctx is None:
        return False
    if res.places[place][0] == "country":
        return False  # 中国科学院…: a national name is at home in every city
    return bool(ctx.city or ctx.province) and place not in ctx.present


def expand_gov_abbreviation(res: Resources, surface: str, ctx: Optional[_Context]) -> Optional[str]:
    """``市发改委`` → ``杭州市发展和改革委员会`` in a Hangzhou document; None if not an abbreviation.

    The template of ``gov_abbreviations.tsv`` gets ``{P}`` = place + level: the place written in the
    name (``浙江省科技厅``) or, for a bare level (``省委``, ``市政府``), the document's dominant one.
    """
    for short, template in res.gov_abbreviations:
        if not surface.endswith(short):
            continue
        prefix = surface[: -len(short)]
        if prefix.startswith("中共") and template.startswith("中共"):
            prefix = prefix[2:]  # 中共深圳市委: the party prefix is in the template already
        if not prefix or prefix[-1] not in "省市区县":
            continue
        level, place = prefix[-1], prefix[:-1]
        if not place:
            if ctx is None:
                return None
            place = ctx.place_at(level)
            if not place or (level in "区县" and level not in ctx.district_levels):
                return None
        elif place not in res.places:
            city, _, district = place.partition("市")  # 杭州市滨江区政府: a district with its city
            if not (district in res.places and res.places[district][1] == city):
                return None
            place = district
        parent = res.places[place][1] if level in "区县" else ""
        if parent and res.places.get(parent, ("",))[0] == "city":
            # 区委 in a Xiaoshan text: 中共杭州市萧山区委员会, the full name with its city
            # (the resolver also keeps it without the city: city_dropped)
            place = parent + "市" + place
        return template.replace("{P}", place + level)
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
    """Resolve all mentions of ``extractions`` (any iterable; consumed once, streaming)."""
    r = Resolver(res)
    for ext in extractions:
        r.add(ext)
    return r.result()


class Resolver:
    """Incremental resolution: :meth:`add` one document at a time (its text can then be freed),
    :meth:`result` once. Only names and surfaces are kept, so memory grows with the number of
    distinct names, not with the corpus; the result does not depend on the order of :meth:`add`."""

    def __init__(self, res: Optional[Resources] = None):
        self.res = res or load_resources()
        self.mention_name: dict[tuple, tuple[str, str]] = {}  # mention key -> (type, provisional name)
        self.surfaces: dict[tuple[str, str], set[str]] = defaultdict(set)  # (type, name) -> surfaces

    def add(self, ext: DocExtraction) -> None:
        res = self.res
        ctx: list = []  # the document's context, computed on first need

        def context():
            if not ctx:
                ctx.append(_Context(res, ext))
            return ctx[0]

        for m in ext.mentions + [r.subject for r in ext.relations] + [r.object for r in ext.relations] + [
            mm for s in ext.systems for t in s.tiers for mm in t.members
        ]:
            key = (m.doc_id, m.start, m.end, m.type)
            if key in self.mention_name:
                continue
            name = _provisional(res, m, ext, context)
            if not name:
                continue
            self.mention_name[key] = (m.type, name)
            bucket = self.surfaces[(m.type, name)]
            if not m.source.startswith(NO_ALIAS_SOURCES) and not (
                    m.type == "GovernmentBody" and m.surface[:1] in "省市区县" and name != m.surface):
                # 市政府 names 石家庄市人民政府 only inside its own document: no label of the body
                bucket.add(m.surface)

    def result(self) -> Resolution:
        res, surfaces = self.res, self.surfaces
        # merge short forms into their unique full form (per type), over sorted names
        by_type: dict[str, list[str]] = defaultdict(list)
        for typ, name in sorted(surfaces):
            by_type[typ].append(name)
        target: dict[tuple[str, str], str] = {}
        for typ, names in by_type.items():
            # every rule of _full_form pairs names that start or end with the same character (a
            # policy's rules: that end with the same two): look only at those (all names of a type
            # against all was quadratic: 8 % of the laws build)
            by_first: dict[str, list[str]] = defaultdict(list)
            by_last: dict[str, list[str]] = defaultdict(list)
            for n in names:
                by_first[n[:1]].append(n)
                by_last[n[-2:] if typ == "Policy" else n[-1:]].append(n)
            for n in names:
                if typ == "Policy":
                    near = by_last[n[-2:]] if len(n) >= 2 else names
                else:
                    near = by_first[n[:1]] + [o for o in by_last[n[-1:]] if o[:1] != n[:1]]
                target[(typ, n)] = _full_form(res, typ, n, near)

        def canonical_of(typ: str, name: str) -> tuple[str, Optional[LexiconEntry]]:
            canonical = target[(typ, name)]
            entry = res.lexicon_entry(canonical)
            if entry is not None and entry.type == typ:
                return entry.name, entry
            return canonical, None

        entities: dict[str, Entity] = {}
        for (typ, name), surf in sorted(surfaces.items()):
            canonical, entry = canonical_of(typ, name)
            key = f"{typ}:{canonical}"
            ent = entities.get(key)
            if ent is None:
                ent = Entity(key=key, type=typ, canonical=canonical)
                if entry is not None:
                    ent.label_en = entry.en
                    ent.wikidata = entry.wikidata
                    ent.broader_type = entry.broader
                entities[key] = ent
            ent.aliases.update(s for s in surf | {name} if s and s != canonical)
            if typ == "Zone":
                # 杭州市萧山区 is also called 萧山区: a district's name without its city
                short = district_short_form(res, canonical)
                if short:
                    ent.aliases.add(short)
                # 玉溪国家高新区 is officially 玉溪国家高新技术产业开发区: both are labels of one zone
                for form in [canonical, *ent.aliases]:
                    ent.aliases.update(zone_other_forms(res, form))
                ent.aliases.discard(canonical)
            if typ == "GovernmentBody":
                short = city_dropped(res, canonical)
                if short:
                    ent.aliases.add(short)
            if typ == "Policy":
                # 四川省人民政府关于设立…的批复 is cited as 关于设立…的批复: the title without its issuer
                ent.aliases.update(t for t in (_issuer_dropped(a) for a in [canonical, *ent.aliases]) if t)
            if typ == "Industry":
                # 信息安全产业 is also called 信息安全
                ent.aliases.update(a[:-2] for a in list(ent.aliases) + [canonical]
                                   if a.endswith("产业") and len(a) >= 5)
                ent.aliases.discard(canonical)
        resolution = Resolution(entities=entities)
        for key, (typ, name) in self.mention_name.items():
            resolution.mention_entity[key] = f"{typ}:{canonical_of(typ, name)[0]}"
        return resolution


POLICY_TAIL = re.compile(r"(?:\((?:修订|修订稿|征求意见稿|草案|送审稿)\))+$")
KIND_TAILS = ("计划", "行动", "品牌", "战略")
QUOTED_INNER = re.compile(r"[“\"]([^“”\"]+)[”\"]")


# the end of an issuing body's name before a title's 关于 (国务院, 四川省人民政府, 中共中央、国务院, …办公厅)
POLICY_ISSUER_RE = re.compile(r"^(?:(?!关于)[^《》“”]){2,40}?(?:人民政府|政府|国务院|办公厅|办公室|委员会|中央|部|局|厅|委|管委会|总署)关于")


def _issuer_dropped(title: str) -> Optional[str]:
    """``国务院关于同意…的批复`` → ``关于同意…的批复``; None when no issuer opens the title.

    >>> _issuer_dropped("四川省人民政府关于设立四川邛崃经济开发区的批复")
    '关于设立四川邛崃经济开发区的批复'
    >>> _issuer_dropped("海关总署关于公布海关行政审批事项目录的公告")
    '关于公布海关行政审批事项目录的公告'
    """
    m = POLICY_ISSUER_RE.match(title)
    return title[m.end() - 2:] if m and len(title) - m.end() >= 6 else None


def policy_key(title: str) -> str:
    """One name per policy: no 《》, no trailing (修订)/(征求意见稿), one kind of dash, no spaces."""
    t = title.strip().strip("《》")
    t = re.sub(r"\s+", "", t)
    t = t.replace("-", "—").replace("–", "—").replace("－", "—")
    t = POLICY_TAIL.sub("", t)
    return t


def _provisional(res: Resources, m: Mention, ext: DocExtraction, ctx) -> Optional[str]:
    """Lexicon name, expanded abbreviation or the surface itself."""
    surface = m.surface.strip()
    if m.type == "Policy":
        name = policy_key(m.canonical or surface)
        entry = res.lexicon_entry(name)
        return entry.name if entry is not None and entry.type == "Policy" else name
    if m.type == "Initiative" and m.source == "quoted+kind":
        # “才链全球”计划 and “才链全球”行动 are one programme: 才链全球 (but “5050”计划 → 5050计划)
        q = QUOTED_INNER.search(surface)
        tail = surface[q.end():] if q else ""
        if q and tail in KIND_TAILS and not q.group(1).isdigit():
            name = surface[: q.start()] + q.group(1)
            entry = res.lexicon_entry(name)
            return entry.name if entry is not None and entry.type == m.type else name
    if m.type != "Policy":
        surface = re.sub(r"[“”\"]", "", surface)
    elsewhere = False
    for cand in (m.canonical, surface):
        if not cand:
            continue
        entry = res.lexicon_entry(cand)
        if entry is not None and entry.type == m.type:
            if belongs_elsewhere(res, entry.type, entry.name, surface, ctx()):
                elsewhere = True
                break
            return entry.name
    if elsewhere:
        # the local namesake: qualify the short form with this document's own place
        return (ctx().city or ctx().province) + surface
    name = re.sub(r"[“”\"]", "", m.canonical) if m.canonical else surface
    if m.type == "GovernmentBody":
        name = re.sub(r"第[一二三四五六七八九十百\d]+届", "", name)  # the body, not one term of it
        full = expand_gov_abbreviation(res, name, ctx())
        if full:
            entry = res.lexicon_entry(full)
            return entry.name if entry else full
        if name[:1] in "省市区县" and res.lexicon_entry(name) is None:
            # 市人民政府 means this document's city government: qualify it with that place, never
            # merge it across documents; with no such place in the text (区人民政府 in a city-wide
            # regulation) it means "every district's government", not one body
            place = ctx().place_at(name[0])
            if name[0] in "区县" and name[0] not in ctx().district_levels:
                place = ""  # the text writes its district otherwise (浦东新区, 新和县): not this level
            return place + name if place else None
    if m.type == "Event" and "{" in name:
        # 省第十四次党代会: the congress of this document's province (kg.extract.finders.find_party_meetings)
        level = name[name.index("{") + 1]
        place = ctx().place_at(level)
        return name.replace("{" + level + "}", place + level) if place else None
    expanded = expand_known_abbreviations(res, name)
    entry = res.lexicon_entry(expanded)
    if entry is not None and entry.type == m.type:
        return entry.name
    return expanded


def district_short_form(res: Resources, name: str) -> str:
    """``杭州市萧山区`` → ``萧山区``: a county or district written after its city or province, else "".

    >>> from kg.extract.resources import load_resources
    >>> district_short_form(load_resources(), "杭州市萧山区"), district_short_form(load_resources(), "杭州高新区")
    ('萧山区', '')
    """
    place = res.leading_place(name)
    if not place or res.places[place][0] not in ("province", "city"):
        return ""
    rest = name[len(place):]
    rest = rest[1:] if rest[:1] in ("省", "市") else rest
    if len(rest) >= 3 and rest[-1] in "区县" and res.place_level(rest[:-1]) == "district":
        return rest
    return ""


def city_dropped(res: Resources, name: str) -> str:
    """A district body's name without its city (``中共杭州市萧山区委员会`` → ``中共萧山区委员会``), or "".

    >>> from kg.extract.resources import load_resources
    >>> city_dropped(load_resources(), "杭州市萧山区人民政府"), city_dropped(load_resources(), "杭州市人民政府")
    ('萧山区人民政府', '')
    """
    party = "中共" if name.startswith("中共") else ""
    rest = name[len(party):]
    city = res.leading_place(rest)
    if not city or res.places[city][0] != "city" or rest[len(city) : len(city) + 1] != "市":
        return ""
    tail = rest[len(city) + 1 :]
    district = res.leading_place(tail)
    if not district or res.places[district][0] != "district" or tail[len(district) : len(district) + 1] not in ("区", "县"):
        return ""
    return party + tail


def zone_other_forms(res: Resources, name: str) -> set[str]:
    """The same zone's name with its ending written the other way, short or in full
    (``zone_abbreviations.tsv``; the longest full ending of a short one is its official form).
    省级 is no part of an official name; 国家 stays in the official form as written, and the short
    form is also given without it:

    >>> from kg.extract.resources import load_resources
    >>> sorted(zone_other_forms(load_resources(), "曲靖省级高新区"))
    ['曲靖高新区', '曲靖高新技术产业开发区']
    >>> sorted(zone_other_forms(load_resources(), "玉溪国家高新区"))
    ['玉溪国家高新技术产业开发区', '玉溪高新区']
    """
    parts = res.zone_ending(name)
    if parts is None or parts[1] not in res.official_zone_endings:
        return set()
    head, short = parts
    qualifier = next((q for q in ("国家", "省级") if head.endswith(q)), "")
    bare = head[: len(head) - len(qualifier)]
    if len(bare) < 2:
        return set()
    kept = qualifier if qualifier == "国家" else ""
    return {bare + kept + res.official_zone_endings[short], bare + kept + short, bare + short} - {name}


# a zone's own bodies, by their endings written short or in full
ZONE_BODY_ENDINGS = (("管理委员会", "管委会"), ("管委会", "管委会"), ("党工作委员会", "党工委"), ("党工委", "党工委"))


def zone_body_key(res: Resources, name: str) -> str:
    """One key for a zone's body whatever form its zone is written in, or "":

    >>> from kg.extract.resources import load_resources
    >>> res = load_resources()
    >>> zone_body_key(res, "萧山经开区管委会") == zone_body_key(res, "萧山经济技术开发区管理委员会")
    True
    >>> zone_body_key(res, "杭州市人民政府")
    ''
    """
    for ending, short in ZONE_BODY_ENDINGS:
        if name.endswith(ending):
            zone = name[: -len(ending)]
            if res.zone_ending(zone) is None:
                return ""
            return res.zone_key(zone) + short
    return ""


NUMBERED_PREFIX = re.compile(r"[“\"]?[0-9A-Za-z+]+[”\"]?")
ORG_LIKE_TYPES = frozenset(("Zone", "ResearchInstitute", "Laboratory", "InnovationPlatform", "Facility",
                            "University", "Enterprise"))


def _form_sharing_key(res: Resources, name: str, names: list[str], key_of) -> str:
    """Among the names with ``name``'s key (and first character), the one that names them all: a
    lexicon name if one of them is, else the longest; "" when no other name shares the key."""
    key = key_of(name)
    same = [o for o in names if o != name and o[:1] == name[:1] and key_of(o) == key]
    if not same:
        return ""
    known = sorted(o for o in same if res.lexicon_entry(o) is not None)
    return known[0] if known else max([name, *same], key=lambda o: (len(o), o))


def _full_form(res: Resources, typ: str, name: str, names: list[str]) -> str:
    """The unique longer same-type name that ``name`` abbreviates, else ``name``."""
    if res.lexicon_entry(name) is not None:
        return name
    # 合肥高新区 / 合肥高新技术产业开发区 / 合肥国家高新技术产业开发区: one zone; 萧山经开区管委会 /
    # 萧山经济技术开发区管委会: one zone's body, its zone written short or in full
    key_of = (res.zone_key if typ == "Zone" and res.zone_abbreviations
              else (lambda o: zone_body_key(res, o)) if typ == "GovernmentBody" else None)
    if key_of is not None and key_of(name):
        form = _form_sharing_key(res, name, names, key_of)
        if form:
            return form
    suf = res.suffix_type(name)
    candidates = []
    for other in names:
        if len(other) <= len(name):
            continue
        if typ in ORG_LIKE_TYPES and len(name) >= 4 and other.endswith(name) and res.suffix_type(name):
            prefix = other[: -len(name)]
            # 湖北|东湖科学城, 中科院|量子信息与量子科技创新研究院, 山东大学|青岛校区: the same name with
            # its province, city (names of five characters or more) or parent (a lexicon name) in front
            if res.lexicon_entry(prefix) or (len(name) >= 5 and (
                    prefix in res.places or prefix.rstrip("省市") in res.places)):
                candidates.append(other)
                continue
        if typ == "Initiative" and other.endswith(name) and NUMBERED_PREFIX.fullmatch(other[: -len(name)]):
            candidates.append(other)  # 创业陪跑计划 is the short form of 5151创业陪跑计划
            continue
        if other[0] != name[0] and typ != "Policy":
            continue
        if typ in ("Industry", "Initiative"):
            # 零磁医疗装备 ⊂ 零磁医疗装备产业; “才链全球” ⊂ “才链全球”计划
            if norm_key(other).startswith(norm_key(name)) and other[len(name):] in (
                "产业", "计划", "行动", "工程", "品牌", "战略"
            ):
                candidates.append(other)
            continue
        if typ == "Policy":
            # 关于…的实施意见 is the issuer-prefixed title's short form; “两链”深度融合实施意见 too
            if (other.endswith(name) and name.startswith("关于")) or (
                len(name) >= 8 and other[-2:] == name[-2:] and is_subsequence(name, other)
            ):
                candidates.append(other)
            continue
        if typ in ("Person", "Event", "Award", "Zone"):
            continue
        other_suf = res.suffix_type(other)
        if suf and other_suf and suf[0] == other_suf[0]:
            continue  # both end in the full class word: two names (北京大学 ≠ 北京航空航天大学)
        if other[-1] != name[-1] or len(name) < 3:
            continue
        county_form = city_dropped(res, other) if typ == "GovernmentBody" else ""
        if county_form and not name.endswith(county_form):
            continue  # 嘉兴市工商业联合会 is the city's, 嘉兴市嘉善县工商业联合会 its county's: two bodies
        if is_subsequence(name, other):
            candidates.append(other)
    if len(candidates) == 1:
        return candidates[0]
    return name
