"""Ingest: decoding, HTML and Markdown text, normalisation with offsets, sentences, sidecars."""
import json

import pytest

from kg.errors import DocumentError
from kg.ingest import document_from_text, iter_documents, read_document
from kg.ingest.normalize import normalize
from kg.ingest.sentences import split_sentences

TEXT = "白马湖实验室由浙江省能源集团牵头，联合浙江大学、西湖大学共建。实验室位于滨江区。"


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gbk", b""), ("gb18030", b"")])
def test_decodes_utf8_bom_and_gbk(tmp_path, encoding, prefix):
    p = write(tmp_path, "doc.txt", prefix + TEXT.encode(encoding))
    doc = read_document(p)
    assert doc.text == TEXT
    assert len(doc.sentences) == 2
    assert doc.encoding in ("utf-8", "utf-8-sig", "gb18030")


def test_same_content_same_id_whatever_the_encoding(tmp_path):
    a = read_document(write(tmp_path, "a.txt", TEXT.encode("utf-8")))
    b = read_document(write(tmp_path, "b.txt", TEXT.encode("gbk")))
    assert a.doc_id == b.doc_id


def test_undecodable_binary_empty_missing_and_unsupported(tmp_path):
    with pytest.raises(DocumentError, match="E004.*bad.txt"):
        read_document(write(tmp_path, "bad.txt", "滨江".encode("utf-16-le") + b"\xff\xfe\xfa" * 3 + b"\x81\x20\x81\x20"))
    with pytest.raises(DocumentError, match="E003.*bin.txt"):
        read_document(write(tmp_path, "bin.txt", b"\x00\x01\x02PNG\x00" * 50))
    with pytest.raises(DocumentError, match="E002.*empty.txt"):
        read_document(write(tmp_path, "empty.txt", b"  \n\n "))
    with pytest.raises(DocumentError, match="E001.*nope.txt"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="E005.*x.pdf"):
        read_document(write(tmp_path, "x.pdf", b"%PDF-1.4"))
    with pytest.raises(DocumentError, match="E004.*u16.txt.*UTF-16"):
        read_document(write(tmp_path, "u16.txt", "滨江".encode("utf-16")))


def test_html_text_is_extracted_with_a_real_parser(tmp_path):
    html = (
        "<html><head><meta charset='gbk'><title>白马湖实验室揭牌</title>"
        "<style>p{color:red}</style><script>var x='不是正文';</script></head>"
        "<body><nav>首页 | 新闻</nav><h1>白马湖实验室揭牌</h1>"
        "<p>白马湖实验室由<b>浙江省能源集团</b>牵头。</p><p>实验室&amp;中心位于滨江区。</p></body></html>"
    )
    doc = read_document(write(tmp_path, "page.html", html.encode("gbk")))
    assert "不是正文" not in doc.text and "color" not in doc.text and "首页" not in doc.text
    assert "白马湖实验室由浙江省能源集团牵头。" in doc.text
    assert "实验室&中心" in doc.text
    assert doc.meta.title == "白马湖实验室揭牌"
    assert doc.media_type == "text/html"


def test_markdown_markup_is_not_text_but_offsets_point_into_the_file(tmp_path):
    md = "# 杭州高新技术产业开发区条例\n\n<!-- INFO END -->\n\n第一条 **白马湖实验室**位于[滨江区](http://x.y/z)。\n"
    doc = read_document(write(tmp_path, "law.md", md.encode("utf-8")))
    assert "#" not in doc.norm and "**" not in doc.norm and "INFO END" not in doc.norm and "http" not in doc.norm
    i = doc.norm.index("白马湖实验室位于滨江区")
    start, end = doc.to_original(i, i + len("白马湖实验室"))
    assert md[start:end] == "白马湖实验室"
    assert [s.text for s in doc.sentences][-1] == "第一条 白马湖实验室位于滨江区。"


def test_broken_words_are_joined_and_offsets_map_back():
    text = ("目前，极弱磁大科学装置已经在滨江区培育了一批企业，其中由装置孵\n\n化的首个产业——零磁医疗装备产业已成形成势。\n\n"
            "2020年，高新区（滨江）在产业人口高度集中、企业密集的城市片区物联\n\n网产业园开出了首家幼儿园，广受好评。")
    doc = document_from_text(text)
    assert "孵化的首个产业" in doc.norm
    assert "物联网产业园" in doc.norm
    i = doc.norm.index("物联网产业园")
    start, end = doc.to_original(i, i + 6)
    assert text[start:end] == "物联\n\n网产业园"  # the span covers the original characters
    s = doc.sentence_at(start)
    assert s is not None and "物联网产业园" in s.text and text[s.start:s.end].startswith("2020年")


def test_headings_and_captions_are_not_joined():
    text = "科技创新\n\n高新区(滨江)物联网小镇 朱旭洁 摄\n\n发展高科技 实现产业化\n\n建设世界领先科技园区,高新区把创新作为第一动力。"
    norm, _ = normalize(text)
    assert "科技创新\n\n高新区" in norm
    assert "摄\n\n发展" in norm


def test_fullwidth_punctuation_and_nbsp_fold_one_for_one():
    text = "《条例》（修订）：第一条，\u00a0支持！"
    norm, offsets = normalize(text)
    assert norm == "《条例》(修订):第一条, 支持!"
    assert list(offsets) == list(range(len(text)))


def test_sentences_respect_titles_and_quotes():
    norm = "市政府印发《关于加快建设;推进创新的意见》。他说:“要建设天堂硅谷。要打造硅谷天堂。”随后散会!\n标题一\n正文;第二句"
    texts = [t for _, _, t in split_sentences(norm)]
    assert texts == [
        "市政府印发《关于加快建设;推进创新的意见》。",
        "他说:“要建设天堂硅谷。要打造硅谷天堂。”随后散会!",
        "标题一",
        "正文;",
        "第二句",
    ]


def test_unbalanced_quote_does_not_swallow_the_paragraph():
    norm = "“" + "很长的引语没有结束。" * 20 + "后面还有一句。"
    assert len(list(split_sentences(norm))) > 10


def test_sentence_offsets_index_the_original_text():
    text = "第一句话，有逗号。\n\n  第二句（括号）！第三句"
    doc = document_from_text(text)
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text


def test_meta_sidecar_is_read_and_bad_json_is_reported(tmp_path):
    p = write(tmp_path, "news.txt", TEXT.encode())
    (tmp_path / "news.meta.json").write_text(json.dumps(
        {"title": "标题", "publisher": "杭州日报", "date": "2023-06", "date_is_estimate": True, "kind": "news",
         "authors": ["王心慧"], "unknown_key": 1}, ensure_ascii=False), encoding="utf-8")
    doc = read_document(p)
    assert doc.meta.title == "标题" and doc.meta.date == "2023-06" and doc.meta.date_is_estimate
    assert doc.meta.authors == ("王心慧",)
    (tmp_path / "news.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DocumentError, match="E006"):
        read_document(p)


def test_folders_are_walked_and_bad_files_reported_not_fatal(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.txt", TEXT.encode())
    write(tmp_path, "b.md", ("# 标题\n\n" + TEXT).encode("gb18030"))
    write(tmp_path, "c.txt", b"")
    write(tmp_path, "ignored.json", b"{}")
    write(tmp_path, "README.md", "# 这些文档的说明".encode())
    items = list(iter_documents([tmp_path, tmp_path / "missing.txt"]))
    docs = [i for i in items if not isinstance(i, Exception)]
    errors = [str(i) for i in items if isinstance(i, Exception)]
    assert sorted(d.path.rsplit("/", 1)[-1] for d in docs) == ["a.txt", "b.md"]
    assert any("E002" in e and "c.txt" in e for e in errors)
    assert any("E001" in e and "missing.txt" in e for e in errors)
