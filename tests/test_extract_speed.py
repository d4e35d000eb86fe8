"""The speed paths give exactly what the plain paths give: jieba's words, the same extraction with or
without spaCy tokens, the same normalised text (bench/check_same_output.py does this at scale)."""
from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from kg.extract import Extractor
from kg.extract import pipeline as P
from kg.extract.tokens import LazyTags
from kg.extract.zh_tokenizer import jieba_words
from kg.ingest import find_files, read_document
from kg.ingest.normalize import _FOLD_TABLE, _fold_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor.load()


@pytest.fixture(scope="module")
def seed_docs():
    return [read_document(f) for f in find_files([ROOT / "seeds"]) if isinstance(f, Path)]


def test_jieba_words_are_jieba_lcut(ex, seed_docs):
    texts = [d.norm for d in seed_docs] + [
        "", " ", "\r\n\r\n", "ABC abc 1.5% 2023年12月", "杭州高新区(滨江)物联网产业园", "浙江大学滨江研究院😀x",
        "瞪羚企业 宇树科技 海康威视\t白马湖实验室",
    ]
    for t in texts:
        assert jieba_words(t) == jieba.lcut(t)


def test_user_words_are_seen_at_once(ex):
    # jieba.add_word / del_word change jieba's dictionary in place: the next call sees them
    text = "测试词语甲乙丙丁出现"
    try:
        jieba.add_word("甲乙丙丁", freq=50)
        assert jieba_words(text) == jieba.lcut(text)
        assert "甲乙丙丁" in jieba_words(text)
        jieba.del_word("甲乙丙丁")
        assert jieba_words(text) == jieba.lcut(text)
        assert "甲乙丙丁" not in jieba_words(text)
    finally:
        jieba.del_word("甲乙丙丁")


def _dump(ext):
    return ([(m.start, m.end, m.type, m.canonical, m.source) for m in ext.mentions],
            [(r.subject.start, r.predicate, r.object.start, r.source) for r in ext.relations],
            [(s.formula, [[m.start for m in t.members] for t in s.tiers]) for s in ext.systems])


def test_same_extraction_without_spacy_tokens(ex, seed_docs, monkeypatch):
    doc = P.make_doc(ex.nlp, "支持白马湖实验室建设。")
    assert len(doc) == 0 and doc.user_data["kg_words"] == ["支持", "白马湖实验室", "建设", "。"]
    fast = [_dump(ex.extract(d)) for d in seed_docs]
    # a component that reads tokens makes the extractor build spaCy's full Doc
    monkeypatch.setattr(P.SystemComponent, "reads_tokens", True)
    full_doc = P.make_doc(ex.nlp, "支持白马湖实验室建设。")
    assert [t.text for t in full_doc] == ["支持", "白马湖实验室", "建设", "。"]
    assert [_dump(ex.extract(d)) for d in seed_docs] == fast


def test_lazy_tags_look_up_once():
    asked = []

    def lookup(w):
        asked.append(w)
        return {"支持": "v"}.get(w)

    tags = LazyTags(["支持", "白马湖"], lookup)
    assert (tags[0], tags[1], tags[0], tags[-1], len(tags)) == ("v", None, "v", None, 2)
    assert asked == ["支持", "白马湖", "白马湖"]  # -1 is its own key; each index asked once
    with pytest.raises(IndexError):
        tags[2]


def test_fold_text_is_translate():
    text = "".join(chr(c) for c in range(0x20, 0x3100)) + "\u00a0\u2002\u3000ＡＢ１２，（）"
    assert _fold_text(text) == text.translate(_FOLD_TABLE)
