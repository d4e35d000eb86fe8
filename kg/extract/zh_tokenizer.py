"""spaCy's Chinese tokenizer with the jieba segmenter, building the Doc without a second pass.

``spacy.zh.ChineseTokenizer`` segments with jieba, then aligns the words with the text again
(``util.get_words_and_spaces``) to turn whitespace into ``Token.whitespace_``. jieba already
returns every character, whitespace included, so the words *are* the text: we keep whitespace runs
as tokens of their own (``Token.is_space``) and skip the alignment. Same segmentation, same
``Doc.text``; registered as ``kg.zh_jieba_tokenizer`` and named in ``config.cfg``.

>>> import spacy
>>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": "kg.zh_jieba_tokenizer"}}})
>>> doc = nlp("支持白马湖实验室\\n建设")
>>> doc.text == "支持白马湖实验室\\n建设"
True
"""
from __future__ import annotations

from spacy import util
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.tokens import Doc


class JiebaTokenizer(ChineseTokenizer):
    def __init__(self, vocab):
        super().__init__(vocab, segmenter=Segmenter.jieba)

    def __call__(self, text: str) -> Doc:
        words = [w for w in self.jieba_seg.cut(text, cut_all=False) if w]
        if "".join(words) != text:  # never seen; keep spaCy's alignment as the safe path
            words, spaces = util.get_words_and_spaces(words, text)
            return Doc(self.vocab, words=words, spaces=spaces)
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


@util.registry.tokenizers("kg.zh_jieba_tokenizer")
def create_jieba_tokenizer():
    def factory(nlp):
        return JiebaTokenizer(nlp.vocab)

    return factory
