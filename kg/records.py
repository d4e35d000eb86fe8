"""Typed records that flow between the pipeline stages.

    ingest      -> Document
    extract     -> DocExtraction (Mentions, RelationMentions, PlatformSystemMentions)
    resolve     -> Resolution (Entities; every mention mapped to an entity key)
    assemble    -> rdflib.Dataset  (kg.assemble)
    store       -> on-disk Oxigraph store + exports (kg.store)

Stages only exchange these records; none reaches into another stage's internals.
All character offsets are into ``Document.text`` (the original text as decoded),
never into the normalised text used for matching.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# The 14 entity classes of the ontology (local names in the kg: namespace).
ENTITY_TYPES = (
    "Zone",
    "GovernmentBody",
    "University",
    "ResearchInstitute",
    "Laboratory",
    "Facility",
    "InnovationPlatform",
    "Enterprise",
    "Policy",
    "Initiative",
    "Industry",
    "Award",
    "Person",
    "Event",
)
# Extra node types used for platform systems such as "1+2+6+N".
SYSTEM_TYPES = ("PlatformSystem", "PlatformTier")

# The 14 relation predicates (local names in the kg: namespace).
PREDICATES = (
    "partOf",
    "locatedIn",
    "coBuiltBy",
    "ledBy",
    "foundedBy",
    "supportedBy",
    "cooperatesWith",
    "incubates",
    "issuedBy",
    "supports",
    "focusesOn",
    "awarded",
    "hosts",
    "memberOf",
)


@dataclass(frozen=True)
class DocumentMeta:
    """What a metadata sidecar (``NAME.meta.json``) says about a document."""

    title: str = ""
    publisher: str = ""
    date: str = ""  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    date_is_estimate: bool = False
    kind: str = ""  # news | report | policy-draft | policy | law | other
    source_url: str = ""
    language: str = "zh"
    authors: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # offset into Document.text
    end: int
    text: str  # Document.text[start:end], stripped of surrounding blanks


@dataclass
class Document:
    """A decoded, normalised, sentence-split input document."""

    doc_id: str  # sha256 of the normalised text, 16 hex chars: stable, content-derived
    path: str  # as given by the user (relative where possible)
    text: str  # original text (after decoding and, for HTML, text extraction)
    norm: str  # normalised text for matching; same length as ``offsets``
    offsets: list[int]  # offsets[i] = index in ``text`` of norm[i]
    sentences: list[Sentence]
    meta: DocumentMeta
    encoding: str = "utf-8"
    media_type: str = "text/plain"

    def to_original(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``norm`` back to a span of ``text``."""
        if norm_end <= norm_start:
            o = self.offsets[norm_start] if norm_start < len(self.offsets) else len(self.text)
            return o, o
        return self.offsets[norm_start], self.offsets[norm_end - 1] + 1

    def sentence_at(self, offset: int) -> Optional[Sentence]:
        """The sentence that contains an original-text offset, if any."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an entity."""

    doc_id: str
    start: int  # original-text offsets
    end: int
    surface: str  # the text as written (normalised form of the span)
    type: str  # one of ENTITY_TYPES
    sentence: int  # Sentence.index
    source: str = ""  # which rule/component found it, e.g. "lexicon", "morph:大学"
    canonical: str = ""  # canonical name when the extractor already knows it (lexicon hit)
    confidence: float = 1.0


@dataclass(frozen=True)
class RelationMention:
    """A relation a sentence states between two mentions."""

    subject: Mention
    predicate: str  # one of PREDICATES
    object: Mention
    sentence: int
    cue: str = ""  # the verb/cue word, e.g. "共建"
    cue_start: int = -1  # original-text offset of the cue, -1 if none
    source: str = ""  # rule name
    confidence: float = 1.0


@dataclass(frozen=True)
class TierMention:
    """One tier of a platform system, e.g. the "6" in "1+2+6+N"."""

    position: int  # 0-based position in the formula
    symbol: str  # "1", "2", "6", "N"
    declared_count: Optional[int]  # None for symbolic tiers ("N", "X")
    label: str = ""  # what the text calls the tier, e.g. "产业创新研究院"
    members: tuple[Mention, ...] = ()
    sentence: int = -1  # sentence that names the members, -1 if unknown


@dataclass(frozen=True)
class PlatformSystemMention:
    """A platform system written as a number formula, e.g. "1+2+6+N"."""

    formula: str  # normalised: "1+2+6+N"
    mention: Mention  # where the formula is named (type "InnovationPlatform")
    label: str = ""  # e.g. "创新平台体系"
    tiers: tuple[TierMention, ...] = ()


@dataclass
class DocExtraction:
    """Everything the extractor found in one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
    systems: list[PlatformSystemMention] = field(default_factory=list)


@dataclass
class Entity:
    """One real-world entity after resolution across all documents."""

    key: str  # stable key: f"{type}:{canonical}"
    type: str  # one of ENTITY_TYPES (or SYSTEM_TYPES)
    canonical: str  # canonical Chinese name (skos:prefLabel @zh)
    aliases: set[str] = field(default_factory=set)  # every other surface form seen
    label_en: str = ""
    wikidata: str = ""  # e.g. "Q123"
    broader_type: str = ""  # optional subclass local name, e.g. "StateKeyLaboratory"


@dataclass
class Resolution:
    """Entities and how each mention maps onto them."""

    entities: dict[str, Entity] = field(default_factory=dict)  # key -> Entity
    mention_entity: dict[tuple[str, int, int, str], str] = field(default_factory=dict)
    # (doc_id, start, end, type) -> entity key

    def entity_of(self, m: Mention) -> Optional[Entity]:
        key = self.mention_entity.get((m.doc_id, m.start, m.end, m.type))
        return self.entities.get(key) if key else None
