"""Extraction: a :class:`~kg.records.Document` → :class:`~kg.records.DocExtraction`.

The pipeline is spaCy's blank Chinese language with the jieba segmenter and three rule
components (``kg_entities``, ``kg_systems``, ``kg_relations``) configured by
``kg/extract/config.cfg``; their knowledge lives in ``kg/data/``.

>>> from kg.ingest import document_from_text
>>> ex = Extractor.load()
>>> doc = document_from_text("这家实验室由浙江大学牵头建设。", path="x.txt")
>>> [m.surface for m in ex.extract(document_from_text("支持浙江大学滨江研究院建设。")).mentions]
['浙江大学滨江研究院']
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Optional, Sequence

import jieba
from spacy import util
from spacy.tokens import Doc

from ..records import (
    DocExtraction,
    Document,
    Mention,
    PlatformSystemMention,
    RelationMention,
    TierMention,
)
# jieba announces building its dictionary on stderr ("Building prefix dict …") when it first
# segments; a command's one-line error would come after three lines of that
jieba.setLogLevel(60)

from . import pipeline as _pipeline  # noqa: F401  (registers the component factories)
from . import zh_tokenizer as _zh_tokenizer  # noqa: F401  (registers the tokenizer)
from .finders import Cand
from .resources import DATA_DIR, load_resources

CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"
#: the components trained on gold (``kg train-entities``, ``kg train-relations``); without them the
#: pipeline is the rules alone: ``Extractor.load(exclude=LEARNED_COMPONENTS)``
LEARNED_COMPONENTS = ("kg_entity_model", "kg_relation_model")

__all__ = ["Extractor", "CONFIG_PATH", "LEARNED_COMPONENTS"]


def _register_user_words(res, key: str) -> None:
    """Put jieba's dictionary in the state ``res`` asks for: the pristine dictionary plus its words.

    jieba user words are not saved with a spaCy pipeline, so every load adds them. ``add_word``
    is not idempotent (it adds the frequency to jieba's total again, and ``suggest_freq`` reads
    the state it finds), so loading twice, or loading another data folder first, used to shift
    the segmentation and make a document's extraction depend on what ran before it in the
    process. A load of the data folder already in place changes nothing; a load of another
    folder first undoes the words the previous one added, in place (finders keep a reference to
    ``FREQ``). The undo record holds only the entries the words touch (each word and its
    prefixes), not a copy of jieba's 500,000-entry dictionary (15 MB).
    """
    from jieba import finalseg

    global _JIEBA_WORDS_KEY
    if key == _JIEBA_WORDS_KEY:
        return
    dt = jieba.dt
    dt.check_initialized()
    _undo_user_words(dt, finalseg)
    words = [(w, "nt") for w in res.surface_index if len(w) >= 2]
    words += [(w, "n") for w in res.industries] + [(w, "nt") for w in res.gov_departments]
    words += [(w, "nz") for w in res.name_parts]
    freq_before = {}
    for w in [w for w, _ in words] + list(res.glued_words):
        for n in range(1, len(w) + 1):
            freq_before.setdefault(w[:n], dt.FREQ.get(w[:n], _ABSENT))
    _JIEBA_UNDO.update(freq=freq_before, total=dt.total, tags=dict(dt.user_word_tag_tab),
                       force_split=set(finalseg.Force_Split_Words))
    for w, tag in words:
        dt.add_word(w, tag=tag)
    for w in res.glued_words:
        dt.del_word(w)  # 科技创新局|局长, not 科技创新|局局长
    _JIEBA_WORDS_KEY = key


def _undo_user_words(dt, finalseg) -> None:
    """Give jieba back the state it had before the last :func:`_register_user_words`."""
    if not _JIEBA_UNDO:
        return
    for w, f in _JIEBA_UNDO["freq"].items():
        if f is _ABSENT:
            dt.FREQ.pop(w, None)
        else:
            dt.FREQ[w] = f
    dt.total = _JIEBA_UNDO["total"]
    dt.user_word_tag_tab.clear()
    dt.user_word_tag_tab.update(_JIEBA_UNDO["tags"])
    finalseg.Force_Split_Words.clear()
    finalseg.Force_Split_Words.update(_JIEBA_UNDO["force_split"])
    _JIEBA_UNDO.clear()


# what the user words changed in jieba's dictionary, and the data folder whose words it holds now
_ABSENT = object()
_JIEBA_UNDO: dict = {}
_JIEBA_WORDS_KEY: Optional[str] = None


class Extractor:
    """Runs the configured spaCy pipeline over a document's normalised text."""

    def __init__(self, nlp):
        self.nlp = nlp

    @classmethod
    def load(cls, config: Optional[Path] = None, exclude: Sequence[str] = ()) -> "Extractor":
        """The pipeline of ``config`` (default ``config.cfg``), without the components named in
        ``exclude`` (training the relation model runs the pipeline without it)."""
        cfg = util.load_config(Path(config) if config else CONFIG_PATH)
        nlp = util.load_model_from_config(cfg, auto_fill=True, validate=True, exclude=list(exclude))
        data_dir = Path(cfg["components"]["kg_entities"].get("data_dir") or DATA_DIR).resolve()
        _register_user_words(load_resources(data_dir), str(data_dir))
        return cls(nlp)

    def extract(self, doc: Document) -> DocExtraction:
        return self.records(doc, self.run(doc))

    def run(self, doc: Document) -> Doc:
        """Run the components over the document's normalised text; their results are in the
        returned Doc's ``user_data``."""
        text = doc.norm
        offsets = doc.offsets
        # sentence spans in the normalised text
        sent_norm = []
        for s in doc.sentences:
            lo = bisect_left(offsets, s.start)
            hi = bisect_left(offsets, s.end)
            if hi > lo:
                sent_norm.append((lo, hi))
        sdoc = _pipeline.make_doc(self.nlp, text)  # no spaCy tokens unless a component reads them
        sdoc.user_data["kg_sentences"] = sent_norm
        sdoc.user_data["kg_meta"] = (doc.meta.title, doc.meta.kind)
        for _, proc in self.nlp.pipeline:
            sdoc = proc(sdoc)
        return sdoc

    def records(self, doc: Document, sdoc: Doc) -> DocExtraction:
        """The typed records of what the components found in ``doc`` (run by ``run``)."""
        text = doc.norm
        offsets = doc.offsets
        sent_norm = sdoc.user_data["kg_sentences"]
        sent_starts = [lo for lo, _ in sent_norm]
        sent_index = [s.index for s in doc.sentences if bisect_left(offsets, s.end) > bisect_left(offsets, s.start)]

        def sentence_of(norm_pos: int) -> int:
            i = bisect_right(sent_starts, norm_pos) - 1
            return sent_index[i] if 0 <= i < len(sent_index) else 0

        made: dict[tuple, Mention] = {}

        def mention(c: Cand) -> Mention:
            key = (c.start, c.end, c.type, c.canonical)
            m = made.get(key)
            if m is None:
                start, end = doc.to_original(c.start, c.end)
                m = Mention(
                    doc_id=doc.doc_id,
                    start=start,
                    end=end,
                    surface=text[c.start : c.end],
                    type=c.type,
                    sentence=sentence_of(c.start),
                    source=c.source,
                    canonical=c.canonical,
                    confidence=c.confidence,
                )
                made[key] = m
            return m

        out = DocExtraction(document=doc)
        out.mentions = [mention(c) for c in sdoc.user_data.get("kg_cands", [])]
        for r in sdoc.user_data.get("kg_relations", []):
            cue_start = doc.to_original(r.cue_start, r.cue_start + 1)[0] if r.cue_start >= 0 else -1
            out.relations.append(
                RelationMention(
                    subject=mention(r.subject),
                    predicate=r.predicate,
                    object=mention(r.object),
                    sentence=sentence_of(r.at),
                    cue=r.cue,
                    cue_start=cue_start,
                    source=r.source,
                    confidence=r.confidence,
                )
            )
        for s in sdoc.user_data.get("kg_systems", []):
            fm = Cand(s.start, s.end, "InnovationPlatform", "formula", canonical=s.formula)
            tiers = []
            for pos, (sym, declared) in enumerate(s.tiers):
                members = tuple(mention(c) for c in s.members.get(pos, ()))
                at = s.member_sentence.get(pos)
                tiers.append(
                    TierMention(
                        position=pos,
                        symbol=sym,
                        declared_count=declared,
                        label=s.tier_labels.get(pos, ""),
                        members=members,
                        sentence=sentence_of(at) if at is not None else -1,
                    )
                )
            out.systems.append(
                PlatformSystemMention(formula=s.formula, mention=mention(fm), label=s.label,
                                      tiers=tuple(tiers))
            )
        # every mention made for relations/systems is in the mention list too
        listed = set(id(m) for m in out.mentions)
        for m in made.values():
            if id(m) not in listed and m.source != "formula":
                out.mentions.append(m)
        out.mentions.sort(key=lambda m: (m.start, m.end))
        return out
