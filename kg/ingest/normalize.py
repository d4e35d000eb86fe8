"""Normalise text for matching while keeping a map back to the original characters.

The normalised text differs from the original in three ways, and only these:

* full-width ASCII variants (，（）：；！？ＡＢ１２ …), the ideographic space, NBSP and other odd
  spaces become their plain forms, one character for one character;
* words broken across blank lines by the source's layout (``孵\\n\\n化``, ``物联\\n\\n网产业园``)
  are joined: the line break between them is dropped;
* markup that is not text (Markdown heading marks, emphasis, HTML comments, link targets) is dropped.

``offsets[i]`` is the index in the original of ``norm[i]``, so any span found in the normalised text
maps back to the original with :meth:`kg.records.Document.to_original`.

>>> text = "2020年，杭州高新区（滨江）在产业人口和企业高度集中的城市片区物联\\n\\n网产业园开出了杭州首家幼儿园。"
>>> n, off = normalize(text)
>>> n
'2020年,杭州高新区(滨江)在产业人口和企业高度集中的城市片区物联网产业园开出了杭州首家幼儿园。'
>>> text[off[n.index("网产业园")]]
'网'
"""
from __future__ import annotations

import re
from array import array

# Characters that end a line which is a complete thought; a line ending in one of these is not
# a word broken by layout.
_LINE_END_PUNCT = set("。！？!?;；:：…”\"’'）)]】》—-、,，·")
# Punctuation that shows a line is running prose (a heading or caption usually has none).
_PROSE_PUNCT = re.compile(r"[，,。、；;！？!?]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# A line this short is likely a heading, byline or caption, never half of a broken word.
_MIN_BROKEN_LINE = 30

_SPACES = {"\u00a0", "\u2002", "\u2003", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000"}
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}  # zero-width chars and soft hyphen


def _fold_char(ch: str) -> str:
    """Full-width ASCII → half-width, odd spaces → space; one char in, one char out."""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if ch in _SPACES:
        return " "
    return ch


def broken_line_gaps(text: str) -> list[tuple[int, int]]:
    """Spans of line-break whitespace that split one word across lines.

    A gap is joined when the line before it is running prose (long, with prose punctuation) that
    stops on a CJK character mid-sentence, and the line after it goes on as prose.

    >>> broken_line_gaps("目前，极弱磁大科学装置已经开始孵化企业，其中首个产业由装置孵\\n\\n化的首个产业已成形。")
    [(30, 32)]
    >>> broken_line_gaps("科技创新\\n\\n高新区物联网小镇")
    []
    """
    gaps = []
    for m in re.finditer(r"[ \t\u3000\u00a0]*\n[\s\u3000\u00a0]*", text):
        start, end = m.start(), m.end()
        if start == 0 or end >= len(text):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        prev_line = text[line_start:start]
        next_end = text.find("\n", end)
        next_line = text[end : next_end if next_end != -1 else len(text)]
        last = prev_line[-1:] if prev_line else ""
        if (
            len(prev_line) >= _MIN_BROKEN_LINE
            and last not in _LINE_END_PUNCT
            and (_CJK.match(last) or last.isalnum())
            and _PROSE_PUNCT.search(prev_line)
            and _PROSE_PUNCT.search(next_line)
            and (_CJK.match(next_line[:1]) or next_line[:1].isalnum())
        ):
            gaps.append((start, end))
    return gaps


_MD_DROP = re.compile(
    r"<!--.*?-->"  # HTML comments (the laws corpus has <!-- INFO END -->)
    r"|^[ \t]{0,3}#{1,6}[ \t]+"  # heading marks
    r"|^[ \t]{0,3}>[ \t]?"  # blockquote marks
    r"|\*\*|__"  # strong emphasis
    r"|(?<=\])\([^)\s]*\)"  # link targets: keep [text], drop (url)
    r"|^[ \t]*[-*+][ \t]+",  # bullet marks
    re.MULTILINE | re.DOTALL,
)
_MD_BRACKETS = re.compile(r"\[(?=[^\]\n]*\])|(?<=[^\[\n])\]")


def markdown_markup(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown markup that carry no text (dropped from the normalised text)."""
    spans = [(m.start(), m.end()) for m in _MD_DROP.finditer(text)]
    # link brackets: only those that wrap a dropped link target
    for m in re.finditer(r"\[([^\]\n]*)\]\([^)\s]*\)", text):
        spans.append((m.start(), m.start() + 1))
        spans.append((m.start(1) + len(m.group(1)), m.start(1) + len(m.group(1)) + 1))
    return spans


_FOLD_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update({ord(ch): " " for ch in _SPACES})
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]")
# The same folding for whole documents: a regex finds the few characters to fold (about 4 % of a
# Chinese text) where ``str.translate`` with a dict looks every character up (3–4× slower).
_FOLD_MAP = {chr(k): v if isinstance(v, str) else chr(v) for k, v in _FOLD_TABLE.items()}
_FOLD_RE = re.compile("[" + re.escape("".join(sorted(_FOLD_MAP))) + "]")
_fold_one = _FOLD_MAP.__getitem__


def _fold_text(text: str) -> str:
    return _FOLD_RE.sub(lambda m: _fold_one(m.group()), text)


# 0, 1, 2, …: slices of it extend ``offsets`` by a run of kept characters with one copy
_ARANGE = array("i")


def _arange(n: int) -> array:
    global _ARANGE
    if len(_ARANGE) < n:
        _ARANGE = array("i", range(max(n, 2 * len(_ARANGE))))
    return _ARANGE


def fold(text: str) -> str:
    """Full-width ASCII → half-width and odd spaces → space, as labels are stored in the graph.

    >>> fold("杭州高新区（滨江）")
    '杭州高新区(滨江)'
    """
    return text.translate(_FOLD_TABLE)


def normalize(text: str, drop: list[tuple[int, int]] | None = None) -> tuple[str, array]:
    """Return ``(norm, offsets)``: the matching form of ``text`` and its map to the original.

    ``drop`` lists extra [start, end) spans of the original to leave out (markup).
    """
    spans = broken_line_gaps(text) + list(drop or ())
    spans += [(m.start(), m.end()) for m in _DROP_RE.finditer(text)]
    parts: list[str] = []
    offsets = array("i")
    kept_from = 0
    ar = _arange(len(text))
    # kept text = the complement of the (merged) spans; folding is one char for one char
    for start, end in sorted(spans):
        if start > kept_from:
            parts.append(text[kept_from:start])
            offsets.extend(ar[kept_from:start])
        kept_from = max(kept_from, end)
    if kept_from < len(text):
        parts.append(text[kept_from:])
        offsets.extend(ar[kept_from : len(text)])
    return _fold_text("".join(parts)), offsets
