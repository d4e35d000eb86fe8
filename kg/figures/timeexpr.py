"""Time expressions in a sentence, resolved to :class:`Period` against the document's date.

Absolute forms (2023年, 2022年度, 2023年5月, 2023年上半年, 1-9月份, 2023年—2026年) are grammar and
live here as regular expressions; relative words (今年, 上半年, 去年, 截至目前 …) are data
(``kg/data/figures/relative_time.tsv``). Time words inside 《book titles》 are names, not times.

>>> [t.period.label for t in find_times("今年上半年,生产总值1056.2亿元", DocDate.parse("2023-08"))]
['2023-H1']
>>> [t.period.label for t in find_times("截止10月底获资助资金4.2亿元", DocDate.parse("2023-11"))]
['asof:2023-10']
>>> find_times("到2027年,初步建成", DocDate.parse(""))[0].period.label
'2027'
>>> find_times("力争2024年申报100项以上,全年吸引人才200人以上", DocDate.parse("2023-11"))[1].period.label
'2024'
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import Optional

from .lexicon import FiguresLexicon, load_lexicon
from .records import Period

_DASH = r"\s*[-—–~至到]\s*"
_ASOF_PREFIX = re.compile(r"(?:截至|截止|截止到|截至到)\s*$")
_COMPARISON_PREFIX = re.compile(r"(?:比|较|相比|与|同)\s*$")
_TO_PREFIX = re.compile(r"(?:到|至|预计到)\s*$")
_PARTS = {
    "上半年": "H1", "下半年": "H2", "前三季度": "Q1-Q3",
    "一季度": "Q1", "二季度": "Q2", "三季度": "Q3", "四季度": "Q4",
    "第一季度": "Q1", "第二季度": "Q2", "第三季度": "Q3", "第四季度": "Q4",
    "全年": "YEAR", "年底": "YEAREND", "年末": "YEAREND", "底": "YEAREND", "末": "YEAREND",
}


@dataclass(frozen=True)
class DocDate:
    """The document's date (any precision) and whether it is an estimate."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    estimate: bool = False

    @classmethod
    def parse(cls, iso: str, estimate: bool = False) -> "DocDate":
        """Read an ISO date of any precision ("" → unknown).

        >>> DocDate.parse("2023-06-29").month
        6
        """
        m = re.match(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", iso or "")
        if not m:
            return cls(estimate=estimate)
        y, mo, d = (int(g) if g else None for g in m.groups())
        return cls(y, mo, d, estimate)

    @property
    def iso(self) -> str:
        if self.year is None:
            return ""
        s = f"{self.year:04d}"
        if self.month:
            s += f"-{self.month:02d}"
            if self.day:
                s += f"-{self.day:02d}"
        return s

    @property
    def iso_end(self) -> str:
        """The last day the document date can mean (2023-08 → 2023-08-31)."""
        if self.year is None:
            return ""
        if not self.month:
            return f"{self.year:04d}-12-31"
        return f"{self.year:04d}-{self.month:02d}-{self.day or _last_day(self.year, self.month):02d}"


@dataclass(frozen=True)
class TimeExpr:
    start: int  # offsets into the sentence text given to find_times
    end: int
    period: Period
    horizon: bool = False  # written "到2027年": a deadline, which makes figures after it targets


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _month_period(y: int, m: int) -> tuple[str, str, str]:
    return f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{_last_day(y, m):02d}"


def part_period(y: int, part: str, text: str, doc: DocDate, relative: bool) -> Optional[Period]:
    """Period of a year part: YEAR, H1, Q3, Q1-Q3, YEAREND, YTD, ASOF, SINCE-Qn, ANNUAL.

    >>> part_period(2023, "Q3", "三季度", DocDate.parse("2023-11"), True).label
    '2023-Q3'
    """
    inferred = relative and doc.estimate
    mk = lambda label, s, e, kind: Period(label, s, e, kind, text, relative, inferred)  # noqa: E731
    if part in ("YEAR", "YEAREND"):
        return mk(f"{y}", f"{y}-01-01", f"{y}-12-31", "year")
    if part in ("H1", "H2"):
        a, b = (1, 6) if part == "H1" else (7, 12)
        return mk(f"{y}-{part}", f"{y}-{a:02d}-01", f"{y}-{b:02d}-{_last_day(y, b)}", "half")
    if re.fullmatch(r"Q[1-4]", part):
        q = int(part[1])
        a, b = 3 * q - 2, 3 * q
        return mk(f"{y}-{part}", f"{y}-{a:02d}-01", f"{y}-{b:02d}-{_last_day(y, b)}", "quarter")
    if part == "Q1-Q3":
        return mk(f"{y}-01/{y}-09", f"{y}-01-01", f"{y}-09-30", "months")
    if part == "ANNUAL":
        return mk("annual", "", "", "annual")
    if part in ("YTD",) or part.startswith("SINCE-Q"):
        first = 1 if part == "YTD" else 3 * int(part[-1]) - 2
        if doc.year == y and doc.month:
            return mk(f"{y}-{first:02d}/{y}-{doc.month:02d}", f"{y}-{first:02d}-01", doc.iso_end, "months")
        return mk(f"{y}-{first:02d}/..", f"{y}-{first:02d}-01", "", "months")
    if part == "ASOF":
        if doc.year is None:
            return None
        return mk(f"asof:{doc.iso}", "", doc.iso_end, "asof")
    return None


def document_period(doc: DocDate) -> Period:
    """The period of a figure whose sentence has no time words: as of the document's date."""
    if doc.year is None:
        return Period("", kind="none")
    return Period(f"asof:{doc.iso}", "", doc.iso_end, "asof", "", True, doc.estimate)


def _compiled(lex: FiguresLexicon) -> re.Pattern:
    rel_years = sorted((w for w, r in lex.relative_time.items() if r.part == "YEAR"), key=len, reverse=True)
    # words that are not a plain year (今年以来, 上半年, 截至目前 …); tried before the year forms so
    # that 今年以来 is read whole, not as 今年 + 以来
    rel_words = sorted((w for w, r in lex.relative_time.items() if r.part != "YEAR"), key=len, reverse=True)
    part_alt = "|".join(sorted(map(re.escape, _PARTS), key=len, reverse=True))
    tail = (
        rf"(?:(?P<m1>\d{{1,2}}){_DASH}(?P<m2>\d{{1,2}})\s*月份?"
        rf"|(?P<m>\d{{1,2}})\s*月份?(?:(?P<d>\d{{1,2}})\s*日)?(?P<mpos>底|末|初)?"
        rf"|(?P<part>{part_alt}))?"
    )
    year_head = rf"(?P<y>(?:19|20)\d{{2}})\s*年度?|(?P<ry>{'|'.join(map(re.escape, rel_years))})"
    pattern = (
        rf"(?P<rel>{'|'.join(map(re.escape, rel_words))})"
        rf"|(?P<ya>(?:19|20)\d{{2}})\s*年?{_DASH}(?P<yb>(?:19|20)\d{{2}})\s*年"
        rf"|(?:{year_head}){tail}"
        rf"|(?<![\d.])(?P<nm1>\d{{1,2}}){_DASH}(?P<nm2>\d{{1,2}})\s*月份?"
        rf"|(?<![\d.个])(?P<nm>\d{{1,2}})\s*月份?(?:(?P<nd>\d{{1,2}})\s*日)?(?P<nmpos>底|末|初)?"
    )
    return re.compile(pattern)


def title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of 《book titles》 (names of policies and reports)."""
    return [(m.start(), m.end()) for m in re.finditer(r"《[^《》]*》", text)]


def inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def find_times(text: str, doc: DocDate, lex: FiguresLexicon | None = None,
               section_year: Optional[int] = None) -> list[TimeExpr]:
    """All time expressions of ``text`` (normalised sentence text), left to right.

    ``section_year`` is the year of the heading the sentence stands under ("三、2024年工作思路"),
    if any: words such as 全年 take it when the sentence itself writes no year.
    """
    lex = lex or load_lexicon()
    titles = title_spans(text)
    out: list[TimeExpr] = []
    year_in_sentence: Optional[int] = section_year  # the last explicit year written so far
    for m in lex.compiled("_compiled", _compiled).finditer(text):
        if inside(titles, m.start(), m.end()):
            continue
        period = _resolve(m, doc, lex, year_in_sentence)
        if m.group("y"):
            year_in_sentence = int(m.group("y"))
        if period is None:
            continue
        before = text[: m.start()]
        if _COMPARISON_PREFIX.search(before):
            continue  # 比上年增长8.5%: the year compared with, not the figure's period
        asof = bool(_ASOF_PREFIX.search(before))
        horizon = bool(_TO_PREFIX.search(before)) and period.kind in ("year",)
        if asof and period.kind in ("month", "day", "year") and not period.label.startswith("asof:"):
            period = replace(period, label="asof:" + period.label, start="", kind="asof")
        out.append(TimeExpr(m.start(), m.end(), period, horizon))
    return out


def _resolve(m: re.Match, doc: DocDate, lex: FiguresLexicon, year_in_sentence: Optional[int]) -> Optional[Period]:
    g = m.groupdict()
    text = m.group(0)
    if g["ya"]:
        a, b = int(g["ya"]), int(g["yb"])
        return Period(f"{a}/{b}", f"{a}-01-01", f"{b}-12-31", "years", text)
    relative = False
    if g["y"] or g["ry"]:
        if g["y"]:
            y = int(g["y"])
        elif lex.relative_time[g["ry"]].anchor == "sentence" and year_in_sentence is not None:
            y = year_in_sentence  # 2024年,… 全年 → 2024
        else:
            relative = True
            if doc.year is None:
                return Period("", kind="unresolved", text=text, relative=True)
            y = doc.year + lex.relative_time[g["ry"]].year_offset
        return _with_tail(y, g["m1"], g["m2"], g["m"], g["d"], g["mpos"], g["part"], text, doc, relative)
    if g["nm1"] or g["nm"]:
        if doc.year is None:
            return Period("", kind="unresolved", text=text, relative=True)
        if g["nm"] and not 1 <= int(g["nm"]) <= 12:
            return None
        return _with_tail(doc.year, g["nm1"], g["nm2"], g["nm"], g["nd"], g["nmpos"], None, text, doc, True)
    word = g["rel"]
    rt = lex.relative_time[word]
    if rt.anchor == "sentence" and year_in_sentence is not None:  # 2024年,… 全年 → 2024
        return part_period(year_in_sentence, rt.part, text, doc, False)
    if doc.year is None:
        return Period("", kind="unresolved", text=text, relative=True)
    return part_period(doc.year + rt.year_offset, rt.part, text, doc, True)


def _with_tail(y, m1, m2, m, d, mpos, part, text, doc: DocDate, relative: bool) -> Optional[Period]:
    inferred = relative and doc.estimate
    if m1:
        a, b = int(m1), int(m2)
        if not (1 <= a <= b <= 12):
            return None
        return Period(f"{y}-{a:02d}/{y}-{b:02d}", f"{y}-{a:02d}-01", f"{y}-{b:02d}-{_last_day(y, b)}",
                      "months", text, relative, inferred)
    if m:
        mo = int(m)
        if not 1 <= mo <= 12:
            return None
        if d and 1 <= int(d) <= _last_day(y, mo):
            iso = f"{y}-{mo:02d}-{int(d):02d}"
            return Period(iso, iso, iso, "day", text, relative, inferred)
        label, s, e = _month_period(y, mo)
        return Period(label, s, e, "month", text, relative, inferred)
    if part:
        return part_period(y, _PARTS[part], text, doc, relative)
    return Period(f"{y}", f"{y}-01-01", f"{y}-12-31", "year", text, relative, inferred)
