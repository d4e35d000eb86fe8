"""spaCy's Chinese tokenizer with the jieba segmenter, building the Doc without a second pass.

``spacy.zh.ChineseTokenizer`` segments with jieba, then aligns the words with the text again
(``util.get_words_and_spaces``) to turn whitespace into ``Token.whitespace_``. jieba already
returns every character, whitespace included, so the words *are* the text: we keep whitespace runs
as tokens of their own (``Token.is_space``) and skip the alignment. Same segmentation, same
``Doc.text``; registered as ``kg.zh_jieba_tokenizer`` and named in ``config.cfg``.

The words come from :func:`jieba_words`, jieba's own algorithm (dictionary DAG, best route, HMM for
unknown runs) over jieba's own dictionary, written as one pass without the generators and per-edge
dictionary look-ups of ``jieba.cut``: the same words in a bit more than half the time
(``bench/check_same_output.py segmentation`` checks it word for word over the laws corpus).

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.zh_jieba_tokenizer"}}})
>>> doc = nlp("支持白马湖实验室\\n建设")
>>> doc.text == "支持白马湖实验室\\n建设"
True
>>> import jieba
>>> text = "2023年,杭州高新区(滨江)新增国家级专精特新“小巨人”企业 12 家。"
>>> jieba_words(text) == jieba.lcut(text)
True
"""
from __future__ import annotations

from math import log

from spacy import util
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.tokens import Doc


def jieba_words(text: str, dt=None) -> list[str]:
    """``jieba.lcut(text)`` (accurate mode, HMM on) with the same dictionary and the same result.

    What ``jieba.Tokenizer.cut`` does, step for step: split into runs of CJK/alphanumerics and
    the rest; in a run, every dictionary word starting at each character (the DAG), the best route
    from the end backwards (max of log frequency - log total + the rest, ties to the longer word),
    then single characters between words are glued and, when the glued run is not a dictionary
    word, cut by jieba's HMM (``finalseg``). Floating-point sums are done in jieba's order, so ties
    break the same way. Faster because the DAG and the route are one backward pass with one
    look-up per prefix (jieba makes three) in a cache of each string's weight, without dicts or
    generators per run.
    """
    import jieba
    from jieba import finalseg

    dt = dt or jieba.dt
    dt.check_initialized()
    fget = dt.FREQ.get  # read at every call: jieba.add_word/del_word change it in place
    weights = _weights(dt, finalseg)
    wget = weights.get
    logtotal = log(dt.total)
    hmm = _hmm_cache(finalseg)
    out: list[str] = []
    append, extend = out.append, out.extend
    for blk in _RE_HAN.split(text):
        if not blk:
            continue
        if not _RE_HAN.match(blk):
            for x in _RE_SKIP.split(blk):
                if _RE_SKIP.match(x):
                    append(x)
                else:
                    extend(x)  # one character each
            continue
        n = len(blk)
        score = [0.0] * (n + 1)
        route = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            i = k
            frag = blk[k]
            best = None
            bx = k
            while i < n:
                w = wget(frag, _UNSEEN)
                if w is _UNSEEN:
                    f = fget(frag)
                    # False: no word starts so; True: only a prefix of words; else the weight
                    w = weights[frag] = False if f is None else (log(f) - logtotal if f else True)
                if w is False:
                    break
                if w is not True:
                    s = w + score[i + 1]  # = log(f) - logtotal + score, jieba's order
                    if best is None or s >= best:  # jieba's max((score, end)): ties to the later end
                        best, bx = s, i
                i += 1
                frag = blk[k : i + 1]
            if best is None:  # no word: the character alone, frequency 1 (log 1 = 0)
                best = 0.0 - logtotal + score[k + 1]
            score[k] = best
            route[k] = bx
        x = 0
        buf = ""
        while x < n:
            y = route[x] + 1
            if y - x == 1:
                buf += blk[x]
                x = y
                continue
            if buf:
                _flush(buf, fget, hmm, finalseg, append, extend)
                buf = ""
            append(blk[x:y])
            x = y
        if buf:
            _flush(buf, fget, hmm, finalseg, append, extend)
    return out


def _weights(dt, finalseg) -> dict:
    """String → its weight in the route (log frequency - log total), ``True`` for a prefix of
    words only, ``False`` for no word. Valid for one state of jieba's dictionary: any
    ``add_word``/``del_word`` changes the total, the size of FREQ or the force-split words, and
    the cache starts again. Bounded, so memory stays flat over a corpus."""
    global _WEIGHTS_KEY
    key = (id(dt.FREQ), dt.total, len(dt.FREQ), len(finalseg.Force_Split_Words))
    if key != _WEIGHTS_KEY or len(_WEIGHTS) > _WEIGHTS_MAX:
        _WEIGHTS.clear()
        _WEIGHTS_KEY = key
    return _WEIGHTS


_UNSEEN = object()
_WEIGHTS: dict = {}
_WEIGHTS_KEY = None
_WEIGHTS_MAX = 50_000  # ~6 MB; a larger cache was no faster on the laws corpus


def _flush(buf, fget, hmm, finalseg, append, extend) -> None:
    """Single characters in a row: one word, the HMM's words when unknown, else characters."""
    if len(buf) == 1:
        append(buf)
    elif not fget(buf):
        words = hmm.get(buf)
        if words is None:
            if len(hmm) > _HMM_CACHE_MAX:
                hmm.clear()  # bounded: memory stays flat over a corpus
            words = hmm[buf] = list(finalseg.cut(buf))
        extend(words)
    else:
        extend(buf)


def _hmm_cache(finalseg) -> dict:
    """HMM cuts of unknown runs, reused: they depend only on the run and on jieba's force-split
    words (which ``jieba.del_word`` adds to), so the cache is dropped when those change."""
    global _HMM_KEY
    key = len(finalseg.Force_Split_Words)
    if key != _HMM_KEY:
        _HMM.clear()
        _HMM_KEY = key
    return _HMM


_HMM: dict[str, list[str]] = {}
_HMM_KEY = -1
_HMM_CACHE_MAX = 50_000


def _jieba_patterns():
    import jieba

    return jieba.re_han_default, jieba.re_skip_default


_RE_HAN, _RE_SKIP = _jieba_patterns()


class JiebaTokenizer(ChineseTokenizer):
    def __init__(self, vocab):
        super().__init__(vocab, segmenter=Segmenter.jieba)

    def words(self, text: str) -> list[str]:
        """The jieba words of ``text`` (whitespace included): ``"".join(words) == text``."""
        return jieba_words(text)

    def __call__(self, text: str) -> Doc:
        words = jieba_words(text)
        if "".join(words) != text:  # never seen; keep spaCy's alignment as the safe path
            words, spaces = util.get_words_and_spaces(words, text)
            return Doc(self.vocab, words=words, spaces=spaces)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        # the words are the tokens, end to end: TokenView takes offsets from them, not the Doc
        doc.user_data["kg_words"] = words
        return doc


@util.registry.tokenizers("kg.zh_jieba_tokenizer")
def create_jieba_tokenizer():
    def factory(nlp):
        return JiebaTokenizer(nlp.vocab)

    return factory
