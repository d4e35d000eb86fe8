"""Load the figures stage's data files (``kg/data/figures/*.tsv``, ``kg/data/measures.ttl``).

Everything a domain expert may want to change — units, qualifier words, target cues, relative
time words, event verbs, subject names, measure wordings — lives in those files; this module only
reads them (once, cached).

>>> lex = load_lexicon()
>>> lex.units["亿元"].code, lex.units["亿元"].multiplier
('CNY', 8)
>>> lex.measure_by_label["R&D占GDP比重"][0][0].rsplit("/", 1)[1]
'rd-intensity'
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FIGURES_DIR = DATA_DIR / "figures"
MEASURES_TTL = DATA_DIR / "measures.ttl"


@dataclass(frozen=True)
class Unit:
    surface: str
    code: str  # kg:Unit local name
    multiplier: int  # power of ten
    dimension: str  # money | ratio | count | area


@dataclass(frozen=True)
class RelativeTime:
    word: str
    year_offset: int
    part: str  # YEAR | H1 | H2 | Q1..Q4 | Q1-Q3 | YTD | ASOF | SINCE-Qn | YEAREND
    anchor: str = "document"  # "sentence": takes an explicit year written earlier in the sentence


@dataclass
class FiguresLexicon:
    units: dict[str, Unit] = field(default_factory=dict)
    unit_qualifier: dict[str, str] = field(default_factory=dict)  # 万余家 → lowerBound
    qualifiers: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # position -> [(word, q)]
    target_cues: list[tuple[re.Pattern, str]] = field(default_factory=list)  # (regex, scope)
    achieved_cues: list[re.Pattern] = field(default_factory=list)
    growth_cues: list[tuple[re.Pattern, str, int]] = field(default_factory=list)  # (regex, aspect, sign)
    relative_time: dict[str, RelativeTime] = field(default_factory=dict)
    event_cues: dict[str, str] = field(default_factory=dict)  # cue -> event type
    subjects: dict[str, tuple[str, str]] = field(default_factory=dict)  # surface -> (type, canonical)
    # wording -> [(measure IRI, dimension)]; a wording may (rarely) belong to two measures
    measure_by_label: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    continuation_words: list[str] = field(default_factory=list)
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

    def compiled(self, name: str, build) -> re.Pattern:
        """A regular expression built once per lexicon from its word lists (``build(self)``)."""
        if name not in self._compiled:
            self._compiled[name] = build(self)
        return self._compiled[name]
    norm_cues: list[re.Pattern] = field(default_factory=list)  # a sentence matching one states a rule

    def measure_dimension(self, iri: str) -> str:
        for entries in self.measure_by_label.values():
            for concept, dim in entries:
                if concept == iri:
                    return dim
        return ""

    @property
    def unit_regex(self) -> str:
        """Alternation of unit surfaces, longest first."""
        return "|".join(re.escape(u) for u in sorted(self.units, key=len, reverse=True))


def _rows(path: Path, min_cols: int = 1):
    """Tab-separated rows of a data file, without comments and blank lines."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= min_cols:
            yield [c.strip() for c in cols]


def _zone_names_from_entity_lexicon() -> dict[str, tuple[str, str]]:
    """Zones (and their aliases) from the shared entity lexicon, when it exists."""
    path = DATA_DIR / "lexicon.jsonl"
    out: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if row.get("type") != "Zone" or not row.get("name"):
            continue
        for surface in [row["name"], *row.get("aliases", [])]:
            if len(surface) >= 3:  # 2-character aliases (滨江) are too ambiguous inside other names
                out.setdefault(surface, ("Zone", row["name"]))
    return out


def _measure_labels() -> dict[str, list[tuple[str, str]]]:
    from rdflib import Graph, Literal
    from rdflib.namespace import SKOS

    from ..namespaces import KG

    g = Graph()
    g.parse(MEASURES_TTL, format="turtle")
    out: dict[str, list[tuple[str, str]]] = {}
    for concept in set(g.subjects(SKOS.inScheme, None)):
        dim = str(g.value(concept, KG.unitDimension) or "")
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in g.objects(concept, prop):
                if isinstance(label, Literal) and label.language == "zh":
                    entry = (str(concept), dim)
                    if entry not in out.setdefault(str(label), []):
                        out[str(label)].append(entry)
    return out


@lru_cache(maxsize=1)
def load_lexicon() -> FiguresLexicon:
    lex = FiguresLexicon()
    for word, pos, q in _rows(FIGURES_DIR / "qualifiers.tsv", 3):
        lex.qualifiers.setdefault(pos, []).append((word, q))
    for pos in lex.qualifiers:  # longest words first
        lex.qualifiers[pos].sort(key=lambda wq: -len(wq[0]))
    for surface, code, mult, dim in _rows(FIGURES_DIR / "units.tsv", 4):
        lex.units[surface] = Unit(surface, code, int(mult), dim)
    # 1.5万余家, 3亿多元: a between-qualifier inside a unit, after its multiplier character
    for surface, unit in list(lex.units.items()):
        if len(surface) > 1 and surface[0] in "万亿":
            for word, qual in lex.qualifiers.get("between", []):
                variant = surface[0] + word + surface[1:]
                lex.units.setdefault(variant, unit)
                lex.unit_qualifier[variant] = qual
    for row in _rows(FIGURES_DIR / "target_cues.tsv", 2):
        lex.target_cues.append((re.compile(row[0]), row[1]))
    for row in _rows(FIGURES_DIR / "achieved_cues.tsv", 1):
        lex.achieved_cues.append(re.compile(row[0]))
    for row in _rows(FIGURES_DIR / "growth_cues.tsv", 2):
        sign = int(row[2]) if len(row) > 2 and row[2] else 1
        lex.growth_cues.append((re.compile("(?:" + row[0] + r")\s*$"), row[1], sign))
    for row in _rows(FIGURES_DIR / "relative_time.tsv", 3):
        anchor = row[3] if len(row) > 3 else "document"
        lex.relative_time[row[0]] = RelativeTime(row[0], int(row[1]), row[2], anchor)
    for row in _rows(FIGURES_DIR / "event_cues.tsv", 2):
        lex.event_cues[row[0]] = row[1]
    for surface, type_, canonical in _rows(FIGURES_DIR / "subjects.tsv", 3):
        lex.subjects[surface] = (type_, canonical)
    lex.subjects.update(_zone_names_from_entity_lexicon())  # the shared lexicon wins
    lex.measure_by_label = _measure_labels()
    words = [r[0] for r in _rows(FIGURES_DIR / "continuation_words.txt", 1)]
    lex.continuation_words = sorted(words, key=len, reverse=True)
    lex.norm_cues = [re.compile(r[0]) for r in _rows(FIGURES_DIR / "norm_cues.txt", 1)]
    return lex
