"""A light view of a segmented text: token boundaries, jieba part-of-speech tags, char → token.

The rules work on characters (names are found by how they end) but need word boundaries to
decide where a name starts; this view gives both cheaply.

>>> tv = TokenView.from_words(["支持", "白马湖", "实验室"], {"支持": "v", "实验室": "n"})
>>> tv.token_at(3), tv.texts[1], tv.pos[0]
(1, '白马湖', 'v')
>>> tv.is_token_end(5), tv.is_token_end(4)
(True, False)
>>> tv.is_token_end(8)
True
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable, Mapping, Optional


class LazyTags(dict):
    """Part-of-speech tags looked up only for the tokens a rule asks about (most are never asked).

    A dict from token index to tag that fills itself: a tag already looked up is a plain dict hit
    (no Python call), a new one comes from ``__missing__``.
    """

    __slots__ = ("texts", "lookup")

    def __init__(self, texts: list[str], lookup):
        super().__init__()
        self.texts, self.lookup = texts, lookup

    def __missing__(self, j: int) -> Optional[str]:
        t = self[j] = self.lookup(self.texts[j])
        return t

    def __len__(self) -> int:
        return len(self.texts)


class TokenView:
    __slots__ = ("starts", "ends", "texts", "pos", "length")

    def __init__(self, starts: list[int], texts: list[str], pos, length: int = -1,
                 ends: Optional[list[int]] = None):
        self.starts = starts
        self.texts = texts
        self.pos = pos
        self.ends = ends if ends is not None else [s + len(t) for s, t in zip(starts, texts)]
        self.length = length if length >= 0 else (self.ends[-1] if self.ends else 0)

    @classmethod
    def from_words(cls, words: Iterable[str], tags: Mapping[str, str]) -> "TokenView":
        starts, texts, pos = [], [], []
        o = 0
        for w in words:
            starts.append(o)
            texts.append(w)
            pos.append(tags.get(w))
            o += len(w)
        return cls(starts, texts, pos)

    @classmethod
    def from_spacy(cls, doc, tags: Mapping[str, str], text: Optional[str] = None) -> "TokenView":
        """From a spaCy Doc (token texts with trailing whitespace folded into positions)."""
        words = doc.user_data.get("kg_words")
        if words is not None:
            # the tokenizer's words, which are the Doc's tokens and spell the whole text
            # (kg/extract/zh_tokenizer.py): offsets by running sums, no pass over the Doc
            texts = words
            ends = list(accumulate(map(len, words)))
            starts = [0] + ends[:-1] if ends else []
            length = len(text) if text is not None else (ends[-1] if ends else 0)
        else:
            from spacy.attrs import IDX, LENGTH

            arr = doc.to_array([IDX, LENGTH])  # one C pass, no Token objects
            text = doc.text if text is None else text
            starts = arr[:, 0].tolist()
            texts = [text[s : s + n] for s, n in zip(starts, arr[:, 1].tolist())]
            ends = None
            length = len(text)
        overlay = getattr(tags, "overlay", None)
        if overlay is not None:  # POSTags: the lexicon's tags over jieba's
            oget, bget = overlay.get, tags.base.get
            pos = LazyTags(texts, lambda t: oget(t) or bget(t))
        else:
            pos = LazyTags(texts, tags.get)
        return cls(starts, texts, pos, length, ends)

    def __len__(self) -> int:
        return len(self.texts)

    def token_at(self, char: int) -> int:
        """Index of the token that contains character ``char`` (whitespace: the token before)."""
        return max(0, bisect_right(self.starts, char) - 1)

    def words_in(self, lo: int, hi: int) -> list[int]:
        """Indices of the tokens that start in ``[lo, hi)``, leaving out whitespace.

        >>> TokenView.from_words(["南沙", " ", "科学城", "集聚"], {}).words_in(0, 6)
        [0, 2]
        """
        i = max(bisect_right(self.starts, lo) - 1, 0)
        out = []
        while i < len(self.texts) and self.starts[i] < hi:
            if self.starts[i] >= lo and self.texts[i].strip():
                out.append(i)
            i += 1
        return out

    def is_token_start(self, char: int) -> bool:
        if char <= 0 or char >= self.length:
            return True
        i = bisect_left(self.starts, char)
        return i < len(self.starts) and self.starts[i] == char

    def is_token_end(self, char: int) -> bool:
        """True when a token ends right before ``char`` (``char`` is an end offset)."""
        return self.is_token_start(char)
