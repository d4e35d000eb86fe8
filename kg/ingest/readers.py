"""Read bytes from disk into text: encoding detection and HTML text extraction."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import DocumentError, E

TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
HTML_SUFFIXES = {".html": "text/html", ".htm": "text/html"}
SUPPORTED_SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode document bytes; return ``(text, encoding)``.

    UTF-8 (with or without BOM) first, then GB18030 (a superset of GBK and GB2312). Anything else
    is an error that names the file and the encoding it looks like.

    >>> decode("滨江".encode("gbk"), "x.txt")
    ('滨江', 'gb18030')
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DocumentError(E.E004.format(path=path, guess="UTF-16"), path)
    if _looks_binary(data):
        raise DocumentError(E.E003.format(path=path), path)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise DocumentError(E.E004.format(path=path, guess=_guess_encoding(data)), path)


# control bytes that text does not contain (tab, LF, FF, CR and ESC it may)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C
    return bool(sample) and controls / len(sample) > 0.05


def _guess_encoding(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        return best.encoding if best else "unknown"
    except Exception:  # a guess for the message only; never fail on it
        return "unknown"


_HTML_SKIP = ("script", "style", "noscript", "template", "svg", "head", "nav", "footer", "iframe")
_HTML_BLOCK = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "header",
)


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page, one block per line; return ``(text, title)``.

    >>> html_to_text("<html><head><title>T</title><script>x()</script></head>"
    ...              "<body><p>白马湖<b>实验室</b></p><p>揭牌</p></body></html>")
    ('白马湖实验室\\n揭牌', 'T')
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    title = ""
    if soup.title and soup.title.string:
        title = soup.title.string.strip()
    elif soup.find("h1"):
        title = soup.find("h1").get_text(" ", strip=True)
    for tag in soup(_HTML_SKIP):
        tag.decompose()
    for tag in soup.find_all(_HTML_BLOCK):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (line.strip() for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line), title


def read_text(path: Path) -> tuple[str, str, str, str]:
    """Read a supported file; return ``(text, encoding, media_type, title_hint)``."""
    shown = str(path)
    if not path.exists():
        raise DocumentError(E.E001.format(path=shown), shown)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(E.E005.format(path=shown, suffix=suffix or "(none)"), shown)
    data = path.read_bytes()
    text, encoding = decode(data, shown)
    media_type = SUPPORTED_SUFFIXES[suffix]
    title = ""
    if media_type == "text/html":
        text, title = html_to_text(text)
    if not text.strip():
        raise DocumentError(E.E002.format(path=shown), shown)
    return text, encoding, media_type, title
