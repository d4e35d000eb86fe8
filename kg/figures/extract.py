"""Figures (quantitative statements) in a document: number, unit, qualifier, period, target or
achieved, measure and subject.

The rules here are grammar — how Chinese writes a quantity (``约``/``超`` before the number,
``余``/``多`` between number and unit, ``以上``/``左右`` after it), how far a time word or a target
cue reaches. Every word list they use is data in ``kg/data/figures/`` and the measure wordings are
in ``kg/data/measures.ttl``.

>>> from kg.ingest import document_from_text
>>> from kg.records import DocumentMeta
>>> doc = document_from_text("上半年,高新区(滨江)实际利用外资8亿美元,位居全省第一。",
...                          meta=DocumentMeta(date="2024-09", date_is_estimate=True))
>>> [(o.value, o.unit, o.period.label, o.period.inferred, o.status, o.measure.rsplit("/", 1)[1])
...  for o in extract_figures(doc)]
[(Decimal('800000000'), 'USD', '2024-H1', True, 'achieved', 'foreign-investment-utilised')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Optional

from ..records import Document
from .lexicon import FiguresLexicon, load_lexicon
from .records import Observation, Period
from .timeexpr import DocDate, TimeExpr, document_period, find_times, inside, part_period, title_spans

# Marks that end a clause: a time word, target cue or measure wording does not reach across them
# (except as set out in the docstrings below).
_CLAUSE_END = set(",;。:、!?()—")
# A sentence that ends with one of these runs on into the next sentence of the same paragraph
# (the splitter cuts at ;): its time words and target cues carry over.
_RUN_ON_END = (";",)
# A "sentence" ending with one of these was cut by the layout (a line break mid-sentence).
_CUT_END = (",", ":", "、")
_MAX_CAPTION = 30
# The character before a number that makes it part of something else: a code (H1), a version (2.0),
# a formula (1+2+6+N), a phone number or a date written with dashes.
_NOT_BEFORE = re.compile(r"[0-9A-Za-z.+\-/_#]$")
# A magnitude written in Chinese right before 万/亿 (超百万人次) is read; longer Chinese numbers
# (三百万, 数百万) are not, so a magnitude after one of these is skipped.
_CJK_DIGITS = "一二三四五六七八九两几数零〇"
_CJK_MAGNITUDE = {"十": 10, "百": 100, "千": 1000}
_RATE_UNITS = ("Percent", "Times")  # units a growth rate is stated in
_RANGE_DASH = r"(?:-|—|–|~|～|至|到)"
# What may follow a count classifier and show it is a duration, not a figure (3个月).
_DURATION_AFTER = re.compile(r"^(?:月|小时|工作日|周岁|年)")


def _quantity_regex(lex: FiguresLexicon) -> re.Pattern:
    between = "|".join(re.escape(w) for w, _ in lex.qualifiers.get("between", []))
    return re.compile(
        # a range's lower end, with or without its own unit: 10-20家, 100亿至200亿元
        rf"(?:(?P<lo>\d+(?:\.\d+)?)\s*(?P<lounit>{lex.unit_regex})?\s*{_RANGE_DASH}\s*)?"
        rf"(?:(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)|(?<![{_CJK_DIGITS}])(?P<cjk>[十百千])(?=[万亿]))"
        rf"\s*(?P<between>{between})?\s*(?P<unit>{lex.unit_regex})"
    )


def _measure_regex(lex: FiguresLexicon) -> re.Pattern:
    labels = sorted(lex.measure_by_label, key=len, reverse=True)
    return re.compile("|".join(re.escape(x) for x in labels))


def _subject_regex(lex: FiguresLexicon) -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in sorted(lex.subjects, key=len, reverse=True)))


def sentence_norm_spans(doc: Document) -> list[tuple[int, int]]:
    """Each sentence's [start, end) span in ``doc.norm`` (sentences store original offsets)."""
    spans = []
    for s in doc.sentences:
        a = bisect_left(doc.offsets, s.start)
        b = bisect_left(doc.offsets, s.end)
        spans.append((a, b))
    return spans


def document_subject(doc: Document, lex: FiguresLexicon | None = None) -> tuple[str, str]:
    """(type, canonical name) of the zone the document names most often, or ("", "").

    >>> from kg.ingest import document_from_text
    >>> document_subject(document_from_text("高新区(滨江)发布。高新区(滨江)上半年增长。"))[0]
    'Zone'
    """
    lex = lex or load_lexicon()
    if not lex.subjects:
        return "", ""
    rx = lex.compiled("subjects", _subject_regex)
    counts = Counter(lex.subjects[m.group(0)] for m in rx.finditer(doc.norm))
    if not counts:
        return "", ""
    (type_, canonical), _ = max(counts.items(), key=lambda kv: (kv[1], kv[0][1]))
    return type_, canonical


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in _CLAUSE_END:
        i -= 1
    return i


def _clause_end(text: str, pos: int) -> int:
    i = pos
    while i < len(text) and text[i] not in _CLAUSE_END:
        i += 1
    return i


def _qualifier(text: str, m: re.Match, lex: FiguresLexicon) -> tuple[str, int, int]:
    """(qualifier, span start, span end) of the figure matched by ``m`` in ``text``."""
    start, end = m.start(), m.end()
    q = ""
    if m.group("between"):
        q = dict(lex.qualifiers["between"])[m.group("between")]
    q = q or lex.unit_qualifier.get(m.group("unit"), "")
    for word, qual in lex.qualifiers.get("after", []):
        if text.startswith(word, end):
            q = q or qual
            end += len(word)
            break
    before = text[:start].rstrip()
    for word, qual in lex.qualifiers.get("before", []):
        if before.endswith(word):
            q = q or qual
            start = len(before) - len(word)
            break
    return q or "exact", start, end


def _measure(text: str, clause_start: int, num_start: int, unit_end: int, clause_end: int,
             dimension: str, aspect: str, lex: FiguresLexicon) -> tuple[str, str]:
    """(measure IRI, wording) for the figure at ``num_start``: the matching wording nearest before
    the number in its clause, else one starting right after the unit (73家上市公司)."""
    rx = lex.compiled("_measure_regex", _measure_regex)

    def fits(label: str) -> Optional[str]:
        for iri, dim in lex.measure_by_label[label]:
            if aspect != "level" or not dim or dim == dimension:
                return iri
        return None

    best = None
    pos = clause_start
    while True:  # overlapping scan: a wording may start inside a longer one that does not fit
        m = rx.search(text, pos, num_start)
        if not m:
            break
        iri = fits(m.group(0))
        if iri and (best is None or m.end() > best[2] or (m.end() == best[2] and len(m.group(0)) > len(best[1]))):
            best = (iri, m.group(0), m.end())
        pos = m.start() + 1
    if best:
        return best[0], best[1]
    after = rx.search(text, unit_end, clause_end)
    if after and after.start() - unit_end <= 4:
        iri = fits(after.group(0))
        if iri:
            return iri, after.group(0)
    return "", ""


def _measure_words(text: str, clause_start: int, q_start: int, unit_end: int, clause_end: int) -> str:
    """The document's own words for an unrecognised measure: the clause before the figure, or the
    noun after it when the clause starts with the figure."""
    words = text[clause_start:q_start].strip()
    if not words:
        words = text[unit_end:clause_end].strip()
    return words[-24:]


def _aspect(prefix: str, lex: FiguresLexicon) -> tuple[str, int]:
    """(aspect, sign): 下降3.2% is growth -3.2."""
    for rx, aspect, sign in lex.growth_cues:
        if rx.search(prefix):
            return aspect, sign
    return "level", 1


def _target_cue(sentence: str, clause_start: int, q_start: int, q_end: int, clause_end: int,
                carried: str, lex: FiguresLexicon) -> str:
    """The cue that makes the figure a target, or ""."""
    titles = title_spans(sentence)
    cue, cue_end = "", -1
    for rx, scope in lex.target_cues:
        if scope == "before":
            lo, hi = 0, q_start
        else:
            lo, hi = clause_start, clause_end
        for m in rx.finditer(sentence, lo, hi):
            if inside(titles, m.start(), m.end()) or q_start <= m.start() < q_end:
                continue
            if m.end() > cue_end:
                cue, cue_end = m.group(0), m.end()
    if not cue and carried:
        cue, cue_end = carried, 0
    if not cue:
        return ""
    # an achieved cue in the figure's own clause, after the target cue, wins (…力争X;目前已达Y)
    for rx in lex.achieved_cues:
        m = rx.search(sentence, max(clause_start, min(cue_end, q_start)), q_start)
        if m and m.start() >= cue_end:
            return ""
    return cue


def extract_figures(doc: Document, lex: FiguresLexicon | None = None) -> list[Observation]:
    """Every figure the document states, in text order."""
    lex = lex or load_lexicon()
    qrx = lex.compiled("_quantity_regex", _quantity_regex)
    date = DocDate.parse(doc.meta.date, doc.meta.date_is_estimate)
    subject_type, subject = document_subject(doc, lex)
    out: list[Observation] = []
    carried_time: Optional[TimeExpr] = None
    carried_cue = ""
    spans = sentence_norm_spans(doc)
    previous: Optional[Observation] = None
    section_year: Optional[int] = None  # year of the current heading ("三、2024年工作思路")
    years_by_level: dict[int, int] = {}
    for sent, (a, b) in zip(doc.sentences, spans):
        text = doc.norm[a:b]
        if _is_heading(text):
            # a heading ends the sections of its own and lower levels; its year (if any) holds
            # until then: "三、2024年工作思路" › "(六)拓宽引才渠道" › "力争全年新增…" is 2024
            level = _heading_level(text)
            years_by_level = {k: v for k, v in years_by_level.items() if k < level}
            years = [int(t.period.label[:4]) for t in find_times(text, date, lex)
                     if t.period.kind == "year" and not t.period.relative]
            if years:
                years_by_level[level] = years[-1]
            section_year = years_by_level[max(years_by_level)] if years_by_level else None
        times = find_times(text, date, lex, section_year)
        titles = title_spans(text)
        last_cue_in_sentence = carried_cue
        is_norm = any(rx.search(text) for rx in lex.norm_cues)  # a penalty or limit, not a fact
        for m in ([] if is_norm else qrx.finditer(text)):
            n0, u1 = m.start(), m.end("unit")
            if _NOT_BEFORE.search(text[:n0]) or text[:n0].endswith("第") or inside(titles, n0, u1):
                continue
            if any(t.start <= n0 < t.end for t in times):
                continue
            if lex.units[m.group("unit")].dimension == "count" and _DURATION_AFTER.match(text[u1:]):
                continue
            if m.group("cjk") and not _after_qualifier(text[:m.start("cjk")], lex):
                continue  # 百万 alone is read only after 超/近/约 …: "二万元以上十万元以下" is a range
            for q in _quantities(text, m, lex):
                ctx = _Context(doc, sent.index, a, text, times, carried_time, carried_cue, date,
                               section_year, subject, subject_type, previous)
                previous = _observation(q, ctx, lex)
                if previous.target_cue:
                    last_cue_in_sentence = previous.target_cue
                out.append(previous)
        # what runs on into the next sentence: after a ";" in the same paragraph, or after a line the
        # layout cut off mid-sentence ("上半年," + a photo caption + "高新区…8亿美元")
        nxt = spans[sent.index + 1][0] if sent.index + 1 < len(spans) else len(doc.norm)
        stripped = text.rstrip()
        if _is_caption(stripped) and (carried_time is not None or carried_cue):
            continue  # a caption between the two halves of a cut sentence: keep what is carried
        if (stripped.endswith(_RUN_ON_END) and "\n" not in doc.norm[b:nxt]) or stripped.endswith(_CUT_END):
            carried_time = times[-1] if times else carried_time
            carried_cue = last_cue_in_sentence or _sentence_target_cue(text, lex)
        else:
            carried_time, carried_cue = None, ""
    return out


@dataclass(frozen=True)
class _Quantity:
    """A number with its unit and qualifier, as found (offsets into the sentence text)."""

    start: int  # with qualifiers
    end: int
    number: Decimal
    unit_text: str
    qualifier: str


@dataclass(frozen=True)
class _Context:
    """What a figure's reading depends on beyond the figure itself."""

    doc: Document
    sentence: int
    offset: int  # the sentence's start in doc.norm
    text: str
    times: list
    carried_time: Optional[TimeExpr]
    carried_cue: str
    date: DocDate
    section_year: Optional[int]
    subject: str
    subject_type: str
    previous: Optional[Observation]


def _number(m: re.Match) -> Optional[Decimal]:
    try:
        if m.group("num"):
            return Decimal(m.group("num").replace(",", ""))
        return Decimal(_CJK_MAGNITUDE[m.group("cjk")])
    except InvalidOperation:
        return None


def _quantities(text: str, m: re.Match, lex: FiguresLexicon) -> list[_Quantity]:
    """One quantity, or two for a range (10-20家 → 10 lowerBound, 20 upperBound)."""
    number = _number(m)
    if number is None:
        return []
    unit_text = m.group("unit")
    qualifier, q0, q1 = _qualifier(text, m, lex)
    if not m.group("lo"):
        return [_Quantity(q0, q1, number, unit_text, qualifier)]
    lo_unit = m.group("lounit") or unit_text
    if lex.units[lo_unit].dimension != lex.units[unit_text].dimension:
        return [_Quantity(m.start("num"), q1, number, unit_text, qualifier)]
    lo_end = m.end("lounit") if m.group("lounit") else m.end("lo")
    return [_Quantity(q0, lo_end, Decimal(m.group("lo")), lo_unit, "lowerBound"),
            _Quantity(m.start("num") if m.group("num") else m.start("cjk"), q1, number, unit_text, "upperBound")]


def _observation(q: _Quantity, ctx: _Context, lex: FiguresLexicon) -> Observation:
    text, unit = ctx.text, lex.units[q.unit_text]
    q0, q1 = q.start, q.end
    u1 = q1  # the measure may follow the unit (73家上市公司); qualifiers after the unit are short
    c0, c1 = _clause_start(text, q0), _clause_end(text, q1)
    aspect, sign = _aspect(text[c0:q0], lex)
    if aspect == "growth" and unit.code not in _RATE_UNITS:
        aspect = "difference"  # 增加20家, 提高2个百分点: an absolute change, not a rate
    measure, wording = _measure(text, c0, q0, u1, c1, unit.dimension, aspect, lex)
    prev = ctx.previous
    if (not measure and prev is not None and prev.sentence == ctx.sentence and prev.measure
            and _continues(text, c0, q0, ctx.times, lex)
            and (aspect != "level" or lex.measure_dimension(prev.measure) == unit.dimension)):
        # "规上工业增加值417.9亿元,同比增长7.5%": a clause that names nothing new goes on
        # about the figure before it in the same sentence
        measure, wording = prev.measure, prev.measure_text
    cue = _target_cue(text, c0, q0, q1, c1, ctx.carried_cue, lex)
    period = _period_for(ctx.times, q0, ctx.carried_time, ctx.date, target=bool(cue),
                         section_year=ctx.section_year)
    o0, o1 = ctx.doc.to_original(ctx.offset + q0, ctx.offset + q1)
    value = _scaled(q.number, unit.multiplier)
    return Observation(
        doc_id=ctx.doc.doc_id, sentence=ctx.sentence, start=o0, end=o1,
        surface=text[q0:q1], number=q.number, unit_text=q.unit_text, unit=unit.code,
        multiplier=unit.multiplier, value=-value if sign < 0 else value,
        qualifier=q.qualifier, status="target" if cue else "achieved", aspect=aspect,
        period=period, measure=measure,
        measure_text=wording or _measure_words(text, c0, q0, u1, c1),
        subject=ctx.subject, subject_type=ctx.subject_type, target_cue=cue,
    )


def _after_qualifier(before: str, lex: FiguresLexicon) -> bool:
    before = before.rstrip()
    return any(before.endswith(w) for w, _ in lex.qualifiers.get("before", []))


def _continues(text: str, c0: int, q0: int, times: list[TimeExpr], lex: FiguresLexicon) -> bool:
    """True when the clause before a figure holds only time words, growth cues and function words."""
    chars = list(text[c0:q0])
    for t in times:
        for i in range(max(t.start, c0), min(t.end, q0)):
            chars[i - c0] = " "
    rest = "".join(chars)
    for rx, _aspect_name, _sign in lex.growth_cues:
        rest = rx.sub("", rest.rstrip())
    for word in lex.continuation_words:
        rest = rest.replace(word, "")
    return not rest.strip()


def _is_heading(text: str) -> bool:
    """A short line that does not end like a sentence: a section heading ("三、2024年工作思路")."""
    t = text.strip()
    return 0 < len(t) <= _MAX_CAPTION and t[-1] not in "。;!?,:" and "。" not in t


_HEADING_LEVELS = (
    re.compile(r"^\s*[一二三四五六七八九十]+[、.]"),  # 一、
    re.compile(r"^\s*[((][一二三四五六七八九十]+[))]"),  # (一)
    re.compile(r"^\s*\d+[、.)]"),  # 1. 1、
)


def _heading_level(text: str) -> int:
    """1 for "一、…", 2 for "(一)…", 3 for "1.…", 4 for a heading without a number."""
    for level, rx in enumerate(_HEADING_LEVELS, 1):
        if rx.match(text):
            return level
    return len(_HEADING_LEVELS) + 1


def _is_caption(text: str) -> bool:
    """A short line without sentence punctuation: a photo caption or a heading."""
    return len(text) <= _MAX_CAPTION and not any(ch in text for ch in ",。;:、!?")


def _sentence_target_cue(text: str, lex: FiguresLexicon) -> str:
    for rx, scope in lex.target_cues:
        if scope == "before":
            m = rx.search(text)
            if m and not inside(title_spans(text), m.start(), m.end()):
                return m.group(0)
    return ""


def _period_for(times: list[TimeExpr], pos: int, carried: Optional[TimeExpr], date: DocDate,
                target: bool = False, section_year: Optional[int] = None) -> Period:
    """The time expression that governs a figure: the last one before it in the sentence, else
    the one carried from a run-on sentence, else — for a target — the year of the heading it
    stands under, else the document's date: "as of" it for an achieved figure, its year for a
    target (力争有效国高企数量突破2000家 is this year's goal)."""
    before = [t for t in times if t.end <= pos]
    if before:
        return before[-1].period
    if carried is not None:
        return carried.period
    if target and section_year is not None:
        return part_period(section_year, "YEAR", "", date, False)
    if target and date.year is not None:
        return part_period(date.year, "YEAR", "", date, True)
    return document_period(date)


def _scaled(number: Decimal, power: int) -> Decimal:
    value = number.scaleb(power)
    # 417.9 × 10^8 → 41790000000, not 4.179E+10
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
