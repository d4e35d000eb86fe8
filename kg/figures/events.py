"""Dated events: a date in a sentence followed by an event verb (成立, 揭牌, 开建, 签订, 发布 …).

"2020年12月,由…三级政府共同支持建设的杭州极弱磁场国家重大科技基础设施研究院成立" → Founding, 2020-12.

The verbs and their event types are data (``kg/data/figures/event_cues.tsv``). A date reaches
the first event verb after it in the same sentence, before the next date and within
``MAX_DISTANCE`` characters; deadlines (到2027年) and stretches of time (今年以来, 截至目前) are not
event dates, and a verb after a target cue (力争2024年新认定…) is a plan, not an event.

>>> from kg.ingest import document_from_text
>>> from kg.records import DocumentMeta
>>> doc = document_from_text("2022年4月,高新区(滨江)发布《行动方案》。今年6月,白马湖实验室揭牌成立。",
...                          meta=DocumentMeta(date="2022-08", date_is_estimate=True))
>>> [(e.event_type, e.period.label, e.period.inferred, e.object_title) for e in extract_dated_events(doc)]
[('Release', '2022-04', False, '行动方案'), ('Unveiling', '2022-06', True, None)]
"""
from __future__ import annotations

import re

from ..records import Document
from .extract import document_subject, sentence_norm_spans
from .lexicon import FiguresLexicon, load_lexicon
from .records import DatedEvent
from .timeexpr import DocDate, find_times, inside, title_spans

#: how far (characters) an event verb may stand after its date
MAX_DISTANCE = 80
_EVENT_KINDS = ("year", "month", "day")
_SENTENCE_END = re.compile(r"[。;!?]")
_CLAUSE_END = re.compile(r"[,;。:!?]")


def _planned(text: str, cue_start: int, titles, lex: FiguresLexicon) -> bool:
    """True when a target cue (力争, 预计 …) stands before the verb: a plan, not an event."""
    for rx, _scope in lex.target_cues:
        for m in rx.finditer(text, 0, cue_start):
            if not inside(titles, m.start(), m.end()):
                return True
    return False


def _cue_regex(lex: FiguresLexicon) -> re.Pattern:
    return re.compile("|".join(re.escape(c) for c in sorted(lex.event_cues, key=len, reverse=True)))


def extract_dated_events(doc: Document, lex: FiguresLexicon | None = None) -> list[DatedEvent]:
    """Every dated event the document states, in text order."""
    lex = lex or load_lexicon()
    crx = lex.compiled("_cue_regex", _cue_regex)
    date = DocDate.parse(doc.meta.date, doc.meta.date_is_estimate)
    subject_type, subject = document_subject(doc, lex)
    out: list[DatedEvent] = []
    for sent, (a, b) in zip(doc.sentences, sentence_norm_spans(doc)):
        text = doc.norm[a:b]
        titles = title_spans(text)
        times = find_times(text, date, lex)
        for i, t in enumerate(times):
            if t.horizon or t.period.kind not in _EVENT_KINDS or not t.period.label:
                continue
            limit = min(t.end + MAX_DISTANCE, times[i + 1].start if i + 1 < len(times) else len(text))
            stop = _SENTENCE_END.search(text, t.end, limit)
            if stop:
                limit = stop.start()
            cue = None
            for m in crx.finditer(text, t.end, limit):
                if not inside(titles, m.start(), m.end()):
                    cue = m
                    break
            if cue is None or _planned(text, cue.start(), titles, lex):
                continue
            clause_end = _CLAUSE_END.search(text, cue.end())
            end = clause_end.start() if clause_end else len(text)
            title = next((text[s + 1:e - 1] for s, e in titles if cue.end() <= s < end), None)
            o0, o1 = doc.to_original(a + t.start, a + end)
            out.append(DatedEvent(
                doc_id=doc.doc_id, sentence=sent.index, start=o0, end=o1,
                event_type=lex.event_cues[cue.group(0)], cue=cue.group(0), period=t.period,
                description=text[t.start:end].strip(), subject=subject, subject_type=subject_type,
                object_title=title,
            ))
    return out
