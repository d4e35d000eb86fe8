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

from array import array
from typing import Iterable, Mapping, Optional


class TokenView:
    __slots__ = ("starts", "ends", "texts", "pos", "_char_tok", "length")

    def __init__(
        self, starts: list[int], texts: list[str], pos: list[Optional[str]], length: int = -1
    ):
        self.starts = starts
        self.texts = texts
        self.pos = pos
        self.ends = [s + len(t) for s, t in zip(starts, texts)]
        self.length = length if length >= 0 else (self.ends[-1] if self.ends else 0)
        char_tok = array("i", [0]) * self.length
        # whitespace between tokens belongs to the token before it
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else self.length
            char_tok[s:e] = array("i", [i]) * (e - s)
        self._char_tok = char_tok

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
        from spacy.attrs import IDX, LENGTH

        arr = doc.to_array([IDX, LENGTH])  # one C pass, no Token objects
        text = doc.text if text is None else text
        starts = arr[:, 0].tolist()
        texts = [text[s : s + n] for s, n in zip(starts, arr[:, 1].tolist())]
        overlay = getattr(tags, "overlay", None)
        if overlay is not None:  # POSTags: the lexicon's tags over jieba's, looked up inline
            oget, bget = overlay.get, tags.base.get
            pos = [oget(t) or bget(t) for t in texts]
        else:
            pos = [tags.get(t) for t in texts]
        return cls(starts, texts, pos, len(text))

    def __len__(self) -> int:
        return len(self.texts)

    def token_at(self, char: int) -> int:
        """Index of the token that contains character ``char``."""
        return self._char_tok[char]

    def is_token_start(self, char: int) -> bool:
        if char <= 0 or char >= self.length:
            return True
        return self.starts[self._char_tok[char]] == char

    def is_token_end(self, char: int) -> bool:
        """True when a token ends right before ``char`` (``char`` is an end offset)."""
        if char <= 0 or char >= self.length:
            return True
        return self.starts[self._char_tok[char]] == char
