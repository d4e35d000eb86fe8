"""Typed records of the figures stage: periods, observations (figures) and dated events.

All character offsets are into ``Document.text`` (the original text), as everywhere in ``kg``.

>>> p = Period(label="2023-H1", start="2023-01-01", end="2023-06-30", kind="half", text="上半年",
...            relative=True, inferred=False)
>>> p.label
'2023-H1'
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

#: qualifiers of a figure's value
QUALIFIERS = ("exact", "approximate", "lowerBound", "upperBound")
#: achieved (a value the text reports) or target (a goal, plan or expectation)
STATUSES = ("achieved", "target")
#: level (the measure itself), growth (its rate of change), difference (a gap to another value)
ASPECTS = ("level", "growth", "difference")


@dataclass(frozen=True)
class Period:
    """The time a figure (or event) refers to.

    ``label`` is canonical and comparable across documents:
    ``2023`` (year), ``2023-H1`` (half), ``2023-Q3`` (quarter), ``2023-05`` (month),
    ``2023-05-12`` (day), ``2023-01/2023-09`` (months 1–9), ``2024-YTD:2024-08`` (year to date),
    ``asof:2023-11`` (as of a date: stock figures such as "目前共有85家"), ``annual`` (every year).
    ``start``/``end`` are ISO dates (``end`` inclusive) where they can be worked out, else "".
    ``relative`` is True when the label was resolved against the document's date (今年, 上半年,
    截至目前, or no time words at all); ``inferred`` is True when it was, and that date is itself an
    estimate, so the period is a guess a reader should check.
    """

    label: str
    start: str = ""
    end: str = ""
    kind: str = ""  # year | half | quarter | month | day | months | ytd | asof | annual | none
    text: str = ""  # the time words as written; "" when taken from the document date
    relative: bool = False
    inferred: bool = False


@dataclass(frozen=True)
class Observation:
    """One figure a sentence states: "上半年…规上工业增加值417.9亿元" →
    measure industrial-value-added, value 41790000000 CNY, period 2024-H1, achieved.
    """

    doc_id: str
    sentence: int  # Sentence.index
    start: int  # original-text offsets of the figure (qualifiers, number and unit)
    end: int
    surface: str  # the figure as written, e.g. "30余家"
    number: Decimal  # the number as written: 417.9
    unit_text: str  # the unit as written: "亿元"
    unit: str  # normalised unit code (kg:Unit local name): CNY, Percent, Count, Person …
    multiplier: int  # power of ten the written unit carries: 亿元 → 8
    value: Decimal  # number × 10^multiplier, in ``unit``
    qualifier: str  # one of QUALIFIERS
    status: str  # one of STATUSES
    aspect: str  # one of ASPECTS
    period: Period
    measure: str  # measure concept IRI (kg/data/measures.ttl), "" when no wording matched
    measure_text: str  # the wording the document uses for the measure (or the words before the number)
    subject: str  # canonical name of the entity the figure is about ("" = unknown)
    subject_type: str = ""  # its entity type, e.g. "Zone"
    target_cue: str = ""  # the word that made it a target (力争, 目标 …)


@dataclass(frozen=True)
class DatedEvent:
    """Something the document says happened (or will happen) at a date:
    "2020年12月…研究院成立" → Founding, 2020-12.
    """

    doc_id: str
    sentence: int
    start: int  # original-text offsets of the time expression … cue span
    end: int
    event_type: str  # kg:EventType local name: Founding, Unveiling, Signing, Release …
    cue: str  # the verb as written: 成立
    period: Period
    description: str  # the words from the date to the end of the cue's clause
    subject: str = ""  # canonical name of the document's subject, if known
    subject_type: str = ""
    object_title: Optional[str] = None  # a 《title》 the event is about (a released policy)
