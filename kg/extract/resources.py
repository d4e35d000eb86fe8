"""Load the data files of ``kg/data/`` that the extractor and the resolver use.

Every file is read once per process (``functools.lru_cache``) and turned into plain Python
structures. Comment lines (``#``) and blank lines are skipped everywhere.

>>> res = load_resources()
>>> res.suffix_type("北京航空航天大学")
('大学', 'University')
>>> "支持" in res.boundary_words
True
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..records import ENTITY_TYPES

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

ORG_TYPES = (
    "University",
    "ResearchInstitute",
    "Laboratory",
    "Enterprise",
    "GovernmentBody",
    "InnovationPlatform",
    "Facility",
    "Zone",
)


def _lines(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(line)
    return out


def _words(path: Path) -> list[str]:
    """A word list: one or more whitespace-separated words per line."""
    words: list[str] = []
    for line in _lines(path):
        words.extend(line.split())
    return words


def _tsv(path: Path) -> list[list[str]]:
    return [[c.strip() for c in line.split("\t")] for line in _lines(path)]


def _types(spec: str) -> frozenset[str]:
    """Expand a type list of relation_cues.tsv (``ORG``, ``*``, ``A,B``)."""
    spec = spec.strip()
    if spec in ("", "*"):
        return frozenset(ENTITY_TYPES)
    out: set[str] = set()
    for part in spec.split(","):
        part = part.strip()
        out.update(ORG_TYPES if part == "ORG" else (part,))
    return frozenset(out)


@dataclass(frozen=True)
class LexiconEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    en: str = ""
    wikidata: str = ""
    broader: str = ""


@dataclass(frozen=True)
class RelationCue:
    cue: str
    predicate: str
    direction: str  # doer | thing | mutual
    subject_types: frozenset[str]
    object_types: frozenset[str]


@dataclass
class Resources:
    lexicon: list[LexiconEntry] = field(default_factory=list)
    #: surface form -> entries (several when ambiguous)
    surface_index: dict[str, list[LexiconEntry]] = field(default_factory=dict)
    suffixes: list[tuple[str, str]] = field(default_factory=list)  # longest first
    #: suffixes whose names must start with a place or admin level (局, 部, 办 …)
    place_suffixes: frozenset[str] = frozenset()
    #: common endings that need a proper word in the name (中心, 平台, 科技)
    proper_suffixes: frozenset[str] = frozenset()
    #: one place word + suffix only (青浦区, 海淀园)
    district_suffixes: frozenset[str] = frozenset()
    #: suffixes of programme names that must follow a programme verb (改革, 计划)
    cue_suffixes: frozenset[str] = frozenset()
    #: suffixes of designations dropped after a plan verb (示范区, 试验区 …)
    plan_suffixes: frozenset[str] = frozenset()
    #: endings of two or more characters of organisations and zones (研究院, 科学城 …): a phrase that
    #: holds one is about a named thing
    named_thing_endings: tuple[str, ...] = ()
    programme_verbs: tuple[str, ...] = ()
    plan_verbs: tuple[str, ...] = ()
    generic_words: frozenset[str] = frozenset()
    boundary_words: frozenset[str] = frozenset()
    start_trim: tuple[str, ...] = ()
    #: verbs allowed inside names (any other verb ends a name)
    name_verbs: frozenset[str] = frozenset()
    quoted_kinds: list[tuple[str, str]] = field(default_factory=list)
    policy_kinds: list[tuple[str, str]] = field(default_factory=list)
    industries: frozenset[str] = frozenset()
    industry_modifiers: frozenset[str] = frozenset()
    gov_abbreviations: list[tuple[str, str]] = field(default_factory=list)
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (level, parent)
    places_by_bigram: dict[str, tuple[str, ...]] = field(default_factory=dict)  # first two chars -> places
    #: provinces, cities and districts (not countries): what a name or a department can start with
    admin_places: frozenset[str] = frozenset()
    admin_place_lengths: tuple[int, ...] = ()  # their lengths, longest first (look-ups by length)
    deictics: tuple[str, ...] = ()
    relation_cues: list[RelationCue] = field(default_factory=list)
    #: the cues of ``awarded`` (获评, 荣获, 入选 …): the honour's title follows them
    award_cues: frozenset[str] = frozenset()
    person_titles: dict[str, str] = field(default_factory=dict)  # title -> after|before|both
    #: titles written before a person's name (局长王燕, 主任李玲), longest first (derived at load)
    titles_before_name: tuple[str, ...] = ()
    surnames: frozenset[str] = frozenset()
    #: full department names (发展和改革委员会): one jieba word each, so a place + department is a name
    gov_departments: frozenset[str] = frozenset()
    #: words inside names that jieba cuts apart (中德): registered as jieba words (nz)
    name_parts: frozenset[str] = frozenset()
    #: jieba words that run across a name's end (科技创新局|局长 glued as 局局长): removed from jieba
    glued_words: frozenset[str] = frozenset()
    #: (short ending, full ending) of zone names: 高新区 / 高新技术产业开发区 (longest full first)
    zone_abbreviations: list[tuple[str, str]] = field(default_factory=list)
    #: a short zone ending's official full form: its longest full ending (高新区 → 高新技术产业开发区)
    official_zone_endings: dict[str, str] = field(default_factory=dict)
    #: endings of a reform's words that describe its domain (制度, 机制, 便利化): named only as a title
    descriptive_endings: tuple[str, ...] = ()
    #: words that end a company's short name (科技, 电子 …: 速腾电子) — project lists name companies
    company_words: frozenset[str] = frozenset()
    #: words of a project's descriptor after the company (全球, 总部, 生产基地 …) and the endings of one
    project_words: frozenset[str] = frozenset()
    project_endings: tuple[str, ...] = ()

    def place_level(self, name: str) -> str:
        """The level of a known place (``province``, ``city``, ``district``, ``region`` …), or ""."""
        return self.places.get(name, ("",))[0]

    def place_of(self, word: str) -> str:
        """The known place ``word`` names, with or without its level character (``滨江`` and
        ``滨江区`` → ``滨江``), or ""."""
        if word in self.places:
            return word
        if word[-1:] in ("省", "市", "区", "县") and word[:-1] in self.places:
            return word[:-1]
        return ""

    def zone_ending(self, name: str) -> Optional[tuple[str, str]]:
        """``(head, short ending)`` of a zone written short or in full (``zone_abbreviations.tsv``,
        longest full ending first), or None: 合肥国家高新技术产业开发区 → (合肥国家, 高新区)."""
        for short, full in self.zone_abbreviations:
            for ending in (full, short):
                if name.endswith(ending) and len(name) > len(ending):
                    return name[: -len(ending)], short
        return None

    def zone_key(self, name: str) -> str:
        """One key for a zone written short or in full: the short ending, without a 国家 right
        before it:

        >>> res = load_resources()
        >>> res.zone_key("合肥国家高新技术产业开发区") == res.zone_key("合肥高新区") == "合肥高新区"
        True
        """
        parts = self.zone_ending(name)
        if parts is None:
            return name
        head, short = parts
        if head.endswith("国家") and len(head) > 2:
            head = head[:-2]
        return head + short

    def leading_place(self, name: str) -> str:
        """The known place a name starts with (``杭州未来科技城`` → ``杭州``, ``杭州市萧山区`` →
        ``杭州``), or ""."""
        for n in range(min(len(name) - 1, 8), 1, -1):
            place = self.place_of(name[:n])
            if place:
                return place
        return ""

    def suffix_type(self, name: str, districts: bool = False) -> Optional[tuple[str, str]]:
        """The longest org suffix ``name`` ends with, and its type (district endings such as 区
        and 园 are left out unless ``districts``: they make a name only right after a place, which
        the caller checks)."""
        for suffix, typ in self.suffixes:
            if name.endswith(suffix) and (districts or suffix not in self.district_suffixes):
                return suffix, typ
        return None

    def lexicon_entry(self, surface: str) -> Optional[LexiconEntry]:
        """The unique lexicon entry for a surface form (None when unknown or ambiguous)."""
        entries = self.surface_index.get(surface)
        if entries and len(entries) == 1:
            return entries[0]
        return None


def load_lexicon(path: Path) -> list[LexiconEntry]:
    entries = []
    for n, line in enumerate(_lines(path), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:  # a broken data file is a developer error: say where
            raise ValueError(f"{path}: entry {n}: {exc}") from exc
        typ = obj.get("type", "")
        if typ not in ENTITY_TYPES:
            raise ValueError(f"{path}: entry {n}: unknown type {typ!r}")
        entries.append(
            LexiconEntry(
                name=obj["name"],
                type=typ,
                aliases=tuple(a for a in obj.get("aliases", ()) if a and a != obj["name"]),
                en=obj.get("en", ""),
                wikidata=obj.get("wikidata", ""),
                broader=obj.get("broader", ""),
            )
        )
    return entries


@lru_cache(maxsize=4)
def load_resources(data_dir: Path = DATA_DIR) -> Resources:
    """Read every data file of ``data_dir`` (default ``kg/data``)."""
    d = Path(data_dir)
    res = Resources()
    res.lexicon = load_lexicon(d / "lexicon.jsonl")
    # domain gazetteers (zones, government, research, …): same format, one file per domain so that
    # an expert edits one list at a time; read in name order, after the hand-curated lexicon
    for gz in sorted((d / "gazetteers").glob("*.jsonl")):
        res.lexicon += load_lexicon(gz)
    index: dict[str, list[LexiconEntry]] = {}
    for e in res.lexicon:
        for s in (e.name, *e.aliases):
            bucket = index.setdefault(s, [])
            if e not in bucket:
                bucket.append(e)
    for s, bucket in index.items():
        if len(bucket) > 1:
            log.warning("lexicon: surface %r is ambiguous (%s)", s, ", ".join(b.name for b in bucket))
    res.surface_index = index
    rows = _tsv(d / "org_suffixes.tsv")
    res.suffixes = sorted(((r[0], r[1]) for r in rows), key=lambda x: -len(x[0]))
    res.place_suffixes = frozenset(r[0] for r in rows if len(r) > 2 and "place" in r[2])
    res.district_suffixes = frozenset(r[0] for r in rows if len(r) > 2 and "district" in r[2])
    res.proper_suffixes = frozenset(r[0] for r in rows if len(r) > 2 and "proper" in r[2])
    res.cue_suffixes = frozenset(r[0] for r in rows if len(r) > 2 and "cue" in r[2])
    res.plan_suffixes = frozenset(r[0] for r in rows if len(r) > 2 and "plan" in r[2])
    res.named_thing_endings = tuple(x for x, typ in res.suffixes if len(x) >= 2 and typ in ORG_TYPES)
    res.programme_verbs = tuple(sorted(_words(d / "programme_verbs.txt"), key=len, reverse=True))
    res.plan_verbs = tuple(sorted(_words(d / "plan_verbs.txt"), key=len, reverse=True))
    res.generic_words = frozenset(_words(d / "generic_words.txt"))
    res.boundary_words = frozenset(_words(d / "boundary_words.txt"))
    res.name_verbs = frozenset(_words(d / "name_verbs.txt"))
    res.start_trim = tuple(sorted(_words(d / "name_start_trim.txt"), key=len, reverse=True))
    res.quoted_kinds = sorted(
        ((r[0], r[1]) for r in _tsv(d / "quoted_kinds.tsv")), key=lambda x: -len(x[0])
    )
    res.policy_kinds = sorted(
        ((r[0], r[1]) for r in _tsv(d / "policy_kinds.tsv")), key=lambda x: -len(x[0])
    )
    res.industries = frozenset(_words(d / "industries.txt"))
    res.industry_modifiers = frozenset(_words(d / "industry_modifiers.txt"))
    res.gov_abbreviations = sorted(
        ((r[0], r[1]) for r in _tsv(d / "gov_abbreviations.tsv")), key=lambda x: -len(x[0])
    )
    # the national division table first, so that the hand-written places.tsv rows win
    res.places = {r[0]: (r[1], r[2] if len(r) > 2 else "")
                  for f in ("admin_divisions.tsv", "places.tsv") if (d / f).is_file() for r in _tsv(d / f)}
    by_bigram: dict[str, list[str]] = {}
    for p in res.places:
        by_bigram.setdefault(p[:2], []).append(p)
    res.places_by_bigram = {k: tuple(v) for k, v in by_bigram.items()}
    res.admin_places = frozenset(p for p, (lvl, _) in res.places.items() if lvl in ("province", "city", "district"))
    res.admin_place_lengths = tuple(sorted({len(p) for p in res.admin_places}, reverse=True))
    res.deictics = tuple(sorted(_words(d / "deictics.txt"), key=len, reverse=True))
    cues = []
    for r in _tsv(d / "relation_cues.tsv"):
        r = r + [""] * (5 - len(r))
        cues.append(RelationCue(r[0], r[1], r[2], _types(r[3]), _types(r[4])))
    res.relation_cues = sorted(cues, key=lambda c: -len(c.cue))
    res.award_cues = frozenset(c.cue for c in cues if c.predicate == "awarded")
    # a relation cue is never inside a name either (办好Hi TECH…大赛), unless names use it (孵化器)
    res.boundary_words = res.boundary_words | frozenset(
        c.cue for c in cues if len(c.cue) >= 2 and c.cue not in res.name_verbs
    )
    res.person_titles = {r[0]: (r[1] if len(r) > 1 else "both") for r in _tsv(d / "person_titles.tsv")}
    res.titles_before_name = tuple(sorted((t for t, where in res.person_titles.items() if where in ("before", "both")),
                                          key=len, reverse=True))
    res.surnames = frozenset(_words(d / "surnames.txt"))
    dept = d / "gov_departments.txt"
    res.gov_departments = frozenset(_words(dept)) if dept.exists() else frozenset()
    # a level + a full department name is an abbreviation too (区市场监督管理局 → {P}市场监督管理局)
    shorts = {short for short, _ in res.gov_abbreviations}
    res.gov_abbreviations = sorted(
        res.gov_abbreviations + [(w, "{P}" + w) for w in res.gov_departments if w not in shorts],
        key=lambda x: -len(x[0]))
    parts = d / "name_parts.txt"
    res.name_parts = frozenset(_words(parts)) if parts.exists() else frozenset()
    glued = d / "glued_words.txt"
    res.glued_words = frozenset(_words(glued)) if glued.exists() else frozenset()
    de = d / "descriptive_endings.txt"
    res.descriptive_endings = tuple(sorted(_words(de), key=len, reverse=True)) if de.exists() else ()
    cw = d / "company_words.txt"
    res.company_words = frozenset(_words(cw)) if cw.exists() else frozenset()
    pw = d / "project_words.tsv"
    rows = _tsv(pw) if pw.exists() else []
    res.project_words = frozenset(r[0] for r in rows)
    res.project_endings = tuple(r[0] for r in rows if len(r) > 1 and "end" in r[1])
    zab = d / "zone_abbreviations.tsv"
    res.zone_abbreviations = sorted(((r[0], r[1]) for r in _tsv(zab) if len(r) > 1),
                                    key=lambda x: -len(x[1])) if zab.exists() else []
    for short, full in res.zone_abbreviations:  # longest full ending first
        if short != full:
            res.official_zone_endings.setdefault(short, full)
    return res
