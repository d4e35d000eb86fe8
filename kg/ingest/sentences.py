"""Split normalised text into sentences.

Sentences end at 。！？!?；; (with any closing quotes or brackets that follow) and at line
breaks. A terminal mark inside 《…》 never ends a sentence; inside “…” it ends one only when the
quotation is unbalanced or runs on for long (it must not swallow a paragraph).

>>> [t for _, _, t in split_sentences("他说:“好。”然后走了。《关于A;B的意见》发布了!")]
['他说:“好。”然后走了。', '《关于A;B的意见》发布了!']
"""
from __future__ import annotations

from typing import Iterator

from .normalize import _fold_char

_TERMINALS = set("。！？!?；;")
_CLOSERS = set("”’\"'）)】]》」』")
_OPEN_QUOTE, _CLOSE_QUOTE = "“", "”"
# A quotation longer than this is treated as unbalanced: its terminal marks end sentences again.
_MAX_QUOTE = 120


def split_sentences(norm: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, text)`` spans of ``norm``, stripped of surrounding blanks."""
    start = 0
    title_depth = 0  # inside 《…》
    quote_until = -1  # index of the ” closing the current quotation, -1 outside quotes
    i, n = 0, len(norm)
    while i < n:
        ch = norm[i]
        end = -1
        if ch == "\n":
            end = i
            title_depth, quote_until = 0, -1
        elif ch == "《":
            title_depth += 1
        elif ch == "》":
            title_depth = max(0, title_depth - 1)
        elif ch == _OPEN_QUOTE:
            quote_until = _closing_quote(norm, i)
        elif ch == _CLOSE_QUOTE:
            quote_until = -1
        elif _fold_char(ch) in _TERMINALS and title_depth == 0:
            if i > quote_until:
                j = i + 1
                while j < n and (norm[j] in _TERMINALS or norm[j] in _CLOSERS):
                    if norm[j] == "》":
                        break
                    j += 1
                end = j
        if end >= 0:
            yield from _strip(norm, start, end)
            start = end if ch != "\n" else end + 1
            i = max(i + 1, start)
            continue
        i += 1
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
