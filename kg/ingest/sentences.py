"""Split normalised text into sentences.

Sentences end at 。！？!?；; (with any closing quotes or brackets that follow) and at line
breaks. A terminal mark inside 《…》 never ends a sentence; inside “…” it ends one only when the
quotation is unbalanced or runs on for long (it must not swallow a paragraph).

>>> [t for _, _, t in split_sentences("他说:“好。”然后走了。《关于A;B的意见》发布了!")]
['他说:“好。”然后走了。', '《关于A;B的意见》发布了!']
"""
from __future__ import annotations

import re
from typing import Iterator


_TERMINALS = set("。！？!?；;")
_CLOSERS = set("”’\"'）)】]》」』")
_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
# A quotation longer than this is treated as unbalanced: its terminal marks end sentences again.
_MAX_QUOTE = 120


_SPECIAL = re.compile("[\n《》“”" + re.escape("".join(sorted(_TERMINALS))) + "]")


def split_sentences(norm: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, text)`` spans of ``norm``, stripped of surrounding blanks."""
    start = 0
    title_depth = 0  # inside 《…》
    quote_until = -1  # index of the ” closing the current quotation, -1 outside quotes
    n = len(norm)
    resume = 0  # terminal marks and closers already consumed into the previous sentence
    for m in _SPECIAL.finditer(norm):  # only the characters that matter, not every character
        i = m.start()
        if i < resume:
            continue
        ch = norm[i]
        if ch == "\n":
            yield from _strip(norm, start, i)
            start = i + 1
            title_depth, quote_until = 0, -1
        elif ch == "《":
            title_depth += 1
        elif ch == "》":
            title_depth = max(0, title_depth - 1)
        elif ch == _OPEN_QUOTE:
            quote_until = _closing_quote(norm, i)
        elif ch == _CLOSE_QUOTE:
            quote_until = -1
        elif title_depth == 0 and i > quote_until:  # a terminal mark outside titles and quotes
            j = i + 1
            while j < n and (norm[j] in _TERMINALS or norm[j] in _CLOSERS) and norm[j] != "》":
                j += 1
            yield from _strip(norm, start, j)
            start = resume = j
    yield from _strip(norm, start, n)


def _closing_quote(norm: str, open_at: int) -> int:
    """Index of the ” that closes the quotation opened at ``open_at``; -1 if unbalanced or long."""
    limit = min(len(norm), open_at + _MAX_QUOTE)
    for j in range(open_at + 1, limit):
        if norm[j] == _CLOSE_QUOTE:
            return j
        if norm[j] in (_OPEN_QUOTE, "\n"):
            return -1
    return -1


def _strip(norm: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end, norm[start:end]
