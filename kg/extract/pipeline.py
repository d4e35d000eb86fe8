"""spaCy pipeline components, registered by name and configured from ``kg/extract/config.cfg``.

    kg_entities   finders (lexicon, morphology, 《》, “”, industries, people) + coordination
    kg_entity_model  a learned filter: drops the proposed names that are no entity
    kg_systems    number-formula platform systems and their tiers' members
    kg_relations  verb-cue relations
    kg_relation_model  learned relations between entity pairs the cues leave unlinked

Components keep their results in ``doc.user_data`` (character spans of ``doc.text``, which is the
normalised document text), because names do not always fall on jieba token boundaries.
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import E, KGError
from .coordination import (
    brand_companies,
    cn_number,
    find_groups,
    sibling_list_industries,
    sibling_list_names,
    stem_list_names,
)
from .finders import (
    Cand,
    is_cjk,
    IndustryFinder,
    LexiconMatcher,
    MorphologyFinder,
    GovAbbreviationFinder,
    PersonFinder,
    find_agreements,
    find_awards,
    find_media_outlets,
    find_party_meetings,
    find_numbered_institutes,
    find_policies,
    find_quoted,
    find_short_institutes,
    select,
)
from . import entity_model
from .relation_model import MODEL_FILE, RelationModel, model_relations, pair_instances
from .relations import RelationFinder, RelationRules
from .resources import DATA_DIR, load_resources
from .systems import assign_members, find_formulas
from .tokens import TokenView

# FULL(以下简称SHORT) / FULL(简称SHORT) / FULL(下称“SHORT”): the short form is an alias of FULL in this
# document
SHORT_FORM_RE = re.compile(
    r"\((?:以下简称|以下称|下称|下文简称|下文称|简称为|简称|以下统称)[:为]?[“\"]?([^()“”\"]{2,16}?)[”\"]?\)")
SENT_RE = re.compile(r"[^。!?;\n]*(?:[。!?;]+|\n|$)")
NAMED_AFTER_RE = re.compile(r"以([\u4e00-\u9fff]{2,6}?)命名的(?:省|市|国家|全国|新型)?(?:重点)?(实验室|研究院|研究所|大学|中心)")


def _resources(data_dir: str):
    return load_resources(Path(data_dir) if data_dir else DATA_DIR)


def make_doc(nlp: Language, text: str) -> Doc:
    """The Doc the pipeline's components run on, with ``text`` in ``user_data["kg_text"]``.

    Our components read only ``doc.user_data`` (the text, the jieba words, sentences, metadata),
    never spaCy's tokens: when every component of the pipeline says so (``reads_tokens = False``),
    the Doc carries the jieba words in ``user_data["kg_words"]`` and no tokens. Building the
    tokens (a vocabulary look-up per word, a lexeme per new word) cost about a sixth of the whole
    build and nothing read them. A pipeline with any other component (a SpanRuler, a trained NER)
    gets spaCy's full Doc from the tokenizer, as before.
    """
    tokenizer = nlp.tokenizer
    if hasattr(tokenizer, "words") and all(
            getattr(proc, "reads_tokens", True) is False for _, proc in nlp.pipeline):
        words = tokenizer.words(text)
        if "".join(words) == text:
            doc = Doc(nlp.vocab, words=[])
            doc.user_data["kg_words"] = words
            doc.user_data["kg_text"] = text
            return doc
    doc = nlp.make_doc(text)
    doc.user_data["kg_text"] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text`` rebuilds the string from the tokens on every access: do it once per Doc."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans of ``doc.text`` given by the caller (``user_data``) or split here."""
    given = doc.user_data.get("kg_sentences")
    if given:
        return given
    text = doc_text(doc)
    return [(m.start(), m.end()) for m in SENT_RE.finditer(text) if m.end() > m.start()]


class POSTags:
    """jieba's dictionary tags with the lexicon's names on top (looked up per token)."""

    def __init__(self, base, overlay: dict[str, str]):
        self.base, self.overlay = base, overlay

    def get(self, word, default=None):
        t = self.overlay.get(word)
        return t if t is not None else self.base.get(word, default)

    def lookup(self):
        """A plain dict view is faster per token: overlay first."""
        return self


class EntityComponent:
    reads_tokens = False  # only doc.user_data (see make_doc)

    def __init__(self, nlp: Language, name: str, data_dir: str, persons: bool, industries: bool):
        import jieba
        import jieba.posseg

        self.res = _resources(data_dir)
        overlay = {s: "nt" for s in self.res.surface_index}
        overlay.update({w: "n" for w in self.res.industries})
        overlay.update({w: "nt" for w in self.res.gov_departments})
        overlay.update({w: "nz" for w in self.res.name_parts})
        self.tags = POSTags(jieba.posseg.dt.word_tag_tab, overlay)
        self.lexicon = LexiconMatcher(self.res)
        jieba.dt.check_initialized()  # FREQ is replaced on initialisation: take it afterwards
        self.morph = MorphologyFinder(self.res, jieba.dt.FREQ)
        self.industry = IndustryFinder(self.res) if industries else None
        self.person = PersonFinder(self.res, jieba.posseg.dt.word_tag_tab) if persons else None
        self.gov = GovAbbreviationFinder(self.res)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        tv = TokenView.from_spacy(doc, self.tags, text)
        cands: list[Cand] = list(self.lexicon.find(text, tv))
        quoted = list(find_quoted(text, self.res, tv, self.morph))
        # brands of this document: rare words of curated and quoted names (“世界光谷” → 光谷)
        spans = {text[c.start : c.end]: (c.start, c.end) for c in cands + quoted if c.type != "Industry"}
        brands = {w for s, e in spans.values() for w in self.morph.name_words(text, tv, s, e)}
        cands += self.morph.find(text, tv, brands)
        cands += find_policies(text, self.res)
        cands += quoted
        if self.industry is not None:
            cands += self.industry.find(text, tv, self.morph)
        cands += self.gov.find(text, tv)
        cands += find_awards(text, tv, self.morph)
        cands += find_media_outlets(text)
        cands += find_party_meetings(text, self.res.admin_places)
        cands += find_agreements(text, self.res)
        cands += find_numbered_institutes(text, tv, self.morph)
        cands += find_short_institutes(text, tv, [c for c in cands if c.source == "lexicon"], self.morph)
        cands += brand_companies(text, tv, self.morph, cands)
        if self.person is not None:
            cands += self.person.find(text, tv)
        title = doc.user_data.get("kg_meta", ("", ""))[0]
        cands += _title_policy(text, title, self.res)
        for m in NAMED_AFTER_RE.finditer(text):
            # 以白马湖命名的省实验室 → 白马湖实验室, named after the place 白马湖 (a separate entity:
            # the place's name is not an alias of the lab)
            typ = self.res.suffix_type(m.group(2))
            if typ:
                cands.append(Cand(m.start(2), m.end(2), typ[1], "named-after",
                                  canonical=m.group(1) + m.group(2), priority=1, confidence=0.7))
                place = self.res.lexicon_entry(m.group(1))
                cands.append(Cand(m.start(1), m.end(1), place.type if place else "Zone",
                                  "named-after:place", canonical=place.name if place else "",
                                  priority=1, confidence=0.6))
        cands = _sessions_to_bodies(text, cands)
        selected = select(cands)
        selected = _short_forms(text, tv, selected)
        selected = _place_coordination(text, selected, self.res, self.morph, tv)
        stems = stem_list_names(text, tv, selected, self.morph)
        selected = select(selected + stems) if stems else selected
        selected = _district_lists(text, selected, self.res)
        selected = _party_and_government(text, selected, self.res)
        selected = _title_only_bodies(text, selected, self.res)
        selected = _bracket_qualifiers(text, selected, self.res)
        if self.person is not None:
            orgs = [c for c in selected if c.type in ("Laboratory", "ResearchInstitute", "University",
                                                      "Enterprise", "InnovationPlatform")]
            extra = list(self.person.after_org(text, orgs))
            if extra:
                selected = select(selected + extra)
        selected = _refer_back_policies(selected, text, self.res)
        groups = find_groups(text, tv, selected, self.morph)
        # coordination adds the members that are not names on their own (bare modifiers)
        extra = [c for g in groups for c in g.members if c.source.startswith("coord:")]
        extra += sibling_list_industries(text, tv, selected + extra, self.morph)
        extra += sibling_list_names(text, tv, selected + extra, self.morph)
        if extra:
            selected = select(selected + extra)
            keep = {(c.start, c.end) for c in selected}
            for g in groups:
                g.members = [c for c in g.members if (c.start, c.end) in keep]
        doc.user_data["kg_tokens"] = tv
        doc.user_data["kg_cands"] = selected
        doc.user_data["kg_groups"] = groups
        return doc


SESSION_RE = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体)?会议$")


def _sessions_to_bodies(text: str, cands: list[Cand]) -> list[Cand]:
    """``浙江省第十三届人民代表大会常务委员会第二十六次会议`` is a session of a body. The annotation
    guidelines (``eval/gold/GUIDELINES.md``: a plenary is an Event, the committee inside its name is
    not a separate entity) keep the session whole, as an Event; a session phrase found by another
    rule (the body's ending, ``…常务委员会``) is widened to the whole session."""
    out = []
    for c in cands:
        if c.type == "GovernmentBody" and c.source.startswith("morph"):
            m = SESSION_AFTER_RE.match(text, c.end)
            if m:
                out.append(Cand(c.start, m.end(), "Event", "session", priority=2, confidence=0.75))
                continue
        out.append(c)
    return out


SESSION_AFTER_RE = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体)?会议")


def _title_policy(text: str, title: str, res) -> list[Cand]:
    """A document titled like a policy (郑洛新国家自主创新示范区条例) is that policy: its title,
    where the text writes it without 《》, is a Policy mention."""
    from .finders import policy_kind

    title = title.strip().strip("《》")
    kind = policy_kind(res, title) if len(title) >= 4 else ""
    if not kind or kind == "报告":
        return []
    if any(c in title for c in ",;:!?，；：！？"):
        return []  # a news headline (加力提速建设…,…迈向“世界光谷”), not a policy's title
    # a government text sets its title over several lines (…石河子\n高新技术产业开发区建设\n…的批复)
    title_re = re.compile(r"\s*".join(re.escape(ch) for ch in title))
    return [Cand(m.start(), m.end(), "Policy", "policy:title", canonical=title, priority=6, confidence=0.9,
                 kind=kind) for m in title_re.finditer(text)]


def _short_forms(text: str, tv, cands: list[Cand]) -> list[Cand]:
    """``郑洛新国家自主创新示范区(以下简称自主创新示范区)``: every later ``自主创新示范区`` is that
    entity (canonical = the full name), even where rules alone would call it generic."""
    ends = {c.end: c for c in cands}
    extra = []
    for m in SHORT_FORM_RE.finditer(text):
        full = ends.get(m.start())
        short = m.group(1)
        if full is None or not short:
            continue
        canonical = full.canonical or text[full.start : full.end]
        i = text.find(short, m.end())
        extra.append(Cand(m.start(1), m.end(1), full.type, "short-form", canonical=canonical,
                          priority=7, confidence=0.9))
        while i != -1:
            extra.append(Cand(i, i + len(short), full.type, "short-form", canonical=canonical,
                              priority=7, confidence=0.85))
            i = text.find(short, i + len(short))
    if not extra:
        return cands
    # not inside a longer name (开发区 inside 北京经济技术开发区管理委员会)
    # (but a short form at the end of a rule-found name is that name: 必须经|开发区管委会)
    extra = [x for x in extra if not any(
        c.start <= x.start and x.end <= c.end and c.end - c.start > x.end - x.start
        and not (c.end == x.end and c.source.startswith("morph"))
        for c in cands)]
    # a defined short form beats what rules found on the same characters
    keep = [c for c in cands if not any(c.start < x.end and x.start < c.end for x in extra)]
    return select(keep + extra)


# the characters that end an administrative place's name and give its level (辽宁省, 重庆市, 旬阳县)
ADMIN_LEVEL_CHARS = frozenset("省市县区盟旗")  # not 州: 杭州, 郑州 are names


def _place_coordination(text: str, cands: list[Cand], res, morph, tv) -> list[Cand]:
    """``郑州、洛阳、新乡国家高新技术产业开发区``: bare place names coordinated before a name that
    starts with a place share its head: three zones."""
    extra = []
    admin, lengths = res.admin_places, res.admin_place_lengths
    for c in cands:
        if c.type not in ("Zone", "GovernmentBody", "ResearchInstitute", "University"):
            continue
        if c.start == 0 or text[c.start - 1] not in "、和及与":
            continue  # nothing coordinated before it (most names: checked first, it is cheap)
        name = text[c.start : c.end]
        # the longest place the name starts with (a look-up per length: there are thousands of places)
        first = next((name[:n] for n in lengths if name[:n] in admin), None)
        if first is None:
            t = tv.token_at(c.start)
            if tv.pos[t] == "ns" and tv.starts[t] == c.start:
                first = tv.texts[t]
        if first is None:
            continue
        head = name[len(first):]
        if len(head) < 3 or not is_cjk(head[0]) or res.suffix_type(head) is None:
            # 中国|(上海)自由贸易试验区: a bracketed place is part of the name, not a shared head
            continue
        # 广东省、重庆市、辽宁省人民政府: the places list has "辽宁" and the head reads 省人民政府; an
        # item that carries its own level (省, 市) takes the head without it (重庆市人民政府)
        bare_head = head[1:] if head[0] in ADMIN_LEVEL_CHARS and len(head) > 3 else head
        pos = c.start
        while pos > 0 and text[pos - 1] in "、和及与":
            j = pos - 1
            k = j
            while k > 0 and j - k < 6 and "\u4e00" <= text[k - 1] <= "\u9fff":
                k -= 1
            item = text[k:j]
            place = item if item in admin else item[:-1] if item.endswith("市") and item[:-1] in admin else None
            if place is None:
                # a place name jieba knows (ns) that is not in places.tsv: 洛阳、新乡
                t = tv.token_at(j - 1)
                if tv.pos[t] == "ns" and tv.ends[t] == j:
                    k = tv.starts[t]
                    item = text[k:j]
                    place = item
            if place is None:
                break
            shared = bare_head if item[-1] in ADMIN_LEVEL_CHARS else head
            extra.append(Cand(k, j, c.type, "coord:place", canonical=item + shared, priority=3,
                              confidence=0.7))
            pos = k
    return select(cands + extra) if extra else cands


# 北碚、沙坪坝、九龙坡、江津、璧山五区 / 南山、坪山、龙岗、宝安和龙华区: bare district names listed
# before one shared ending (with or without a count); every item is a district of the places list
DISTRICT_LIST_RE = re.compile(
    r"((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?(?:[和及与][\u4e00-\u9fff]{2,4}?)?)"
    r"(?:([一二两三四五六七八九十]{1,2})个?)?([区县])")


def _district_lists(text: str, cands: list[Cand], res) -> list[Cand]:
    """Each bare district of a list that shares one ending (``余杭、临平两区``) is that district.

    Every item must be a district in the places list (so ``市、区、县`` or a list of industries
    is not one), and a count, when given, must equal the number of items.
    """
    extra = []
    for m in DISTRICT_LIST_RE.finditer(text):
        items, count, ending = m.group(1), m.group(2), m.group(3)
        parts = items.split("、")
        last = re.match(r"(.{2,4}?)[和及与](.{2,4})$", parts[-1])
        if last:
            parts[-1:] = [last.group(1), last.group(2)]  # …宝安和龙华区 (the first item may hold 与: 将与锦江)
        names, pos = [], m.start(1)
        for part in parts:
            if not names:
                # the first item may follow other words (联动|北碚、…): its longest district tail
                cut = next((k for k in range(max(0, len(part) - 3), len(part) - 1)
                            if res.place_level(part[k:]) == "district"), 0)
                pos, part = pos + cut, part[cut:]
            names.append((pos, part))
            pos += len(part) + 1
        if not all(res.place_level(n) == "district" for _, n in names):
            continue
        if count is not None and cn_number(count) != len(names):
            continue
        for at, n in names:
            if not any(c.start < at + len(n) and at < c.end for c in cands):
                extra.append(Cand(at, at + len(n), "Zone", "coord:district", canonical=n + ending,
                                  priority=3, confidence=0.7))
    return select(cands + extra) if extra else cands


# 杭州市委市政府, 省委省政府, 区委、区政府: a party committee and a government written as one word
PARTY_AND_GOVERNMENT_RE = re.compile(r"^(中共)?(.{0,8}?)(省|市|区|县)委、?(\3(?:人民)?政府)$")


def _party_and_government(text: str, cands: list[Cand], res) -> list[Cand]:
    """``南宁市委市政府`` is two bodies, the city's party committee and its government: each gets its
    own span, named so the resolver expands it (南宁市委 → 中共南宁市委员会, 南宁市政府 → 南宁市人民政府;
    with no place written, the document's own city, province or district)."""
    out, changed = [], False
    for c in cands:
        m = PARTY_AND_GOVERNMENT_RE.match(text[c.start : c.end]) if c.type == "GovernmentBody" else None
        place = m.group(2) if m else ""
        if m is None or (place and not res.place_of(place)):
            out.append(c)
            continue
        level = m.group(3)
        gov_start = c.end - len(m.group(4))
        party_end = c.start + text[c.start : c.end].index("委") + 1
        out.append(replace(c, end=party_end, source="gov-abbrev:joint", canonical=place + level + "委"))
        out.append(replace(c, start=gov_start, source="gov-abbrev:joint", canonical=place + level + "政府"))
        changed = True
    return out if changed else cands


# party posts that stand between a body and a title (市科技局党组书记, 管委会党工委副书记)
TITLE_PREFIX_RE = re.compile(r"(?:党组|党委|党工委|党组成员、?)?副?")


def _title_only_bodies(text: str, cands: list[Cand], res) -> list[Cand]:
    """A government body named only in people's titles (市科技局党组书记王歆, 管委会主任李玲) is not
    an entity of the text (GUIDELINES, eval/dev2 "Bodies that only appear in a person's title"): the
    text names the person, not the body. A body also named in its own right keeps all its mentions."""
    titles = res.titles_before_name
    if not titles:
        return cands

    def body(c: Cand) -> str:
        return c.canonical or text[c.start : c.end]

    in_title: dict[str, bool] = {}
    for c in cands:
        if c.type == "GovernmentBody":
            p = TITLE_PREFIX_RE.match(text, c.end).end()
            in_title[body(c)] = in_title.get(body(c), True) and text.startswith(titles, p)
    drop = {k for k, only in in_title.items() if only}
    if not drop:
        return cands
    return [c for c in cands if c.type != "GovernmentBody" or body(c) not in drop]


# what a bracket right after a name may hold and still be part of that name: a place (香港科技大学(广州)),
# a place and a field (海归小镇(广州·生物医药)), a campus (大湾区大学(松山湖校区)), a phase (二期)
BRACKET_QUALIFIER_RE = re.compile(r"\(([\u4e00-\u9fff·]{2,10})\)")
BRACKET_QUALIFIER_TYPES = frozenset(("University", "Zone", "ResearchInstitute", "Facility", "InnovationPlatform",
                                     "Laboratory"))
CAMPUS_RE = re.compile(r"[\u4e00-\u9fff]{1,6}校区")
PHASE_RE = re.compile(r"[一二三四五六七八九十]期")  # a park's phase is an area of its own; a building's is not


def _bracket_qualifiers(text: str, cands: list[Cand], res) -> list[Cand]:
    """A bracketed place, campus or phase right after a name belongs to it: 香港科技大学(广州) is a
    university of its own (not 香港科技大学), 国际生物医药产业园(二期) the park's second phase.

    A bracket that defines a short form (以下简称…) or holds anything else is left alone.
    """
    out, changed = [], False
    for c in cands:
        m = BRACKET_QUALIFIER_RE.match(text, c.end) if c.type in BRACKET_QUALIFIER_TYPES else None
        if m is not None:
            q = m.group(1)
            head = q.split("·", 1)[0]
            run = re.match(r"[\u4e00-\u9fff]{2,10}", text[m.end() : m.end() + 10])
            if c.type == "Zone" and run and ("会" in run.group() or any(
                    res.suffix_type(run.group()[:k]) for k in range(2, len(run.group()) + 1))):
                pass  # 苏州高新区(深圳)投资说明会: the bracket is inside a longer name, not the zone's
            elif res.place_of(head) or CAMPUS_RE.fullmatch(head) or (c.type == "Zone" and PHASE_RE.fullmatch(head)):
                # the lexicon's canonical name is the name without the bracket: another entity
                c = Cand(c.start, m.end(), c.type, c.source + "+bracket", priority=c.priority,
                         confidence=c.confidence, kind=c.kind)
                changed = True
        out.append(c)
    # the longer name swallows what the bracket held (松山湖校区)
    return select(out) if changed else cands


def _refer_back_policies(cands: list[Cand], text: str, res) -> list[Cand]:
    """《条例》 alone refers to the last full title of that kind: give it that canonical name."""
    out = []
    last_by_kind: dict[str, Cand] = {}
    for c in cands:
        if c.type == "Policy":
            title = c.canonical
            if title in {k for _, k in res.policy_kinds} | {e for e, _ in res.policy_kinds}:
                prev = last_by_kind.get(c.kind)
                if prev is None:
                    continue  # a bare kind with nothing to refer to: not an entity
                c = Cand(c.start, c.end, "Policy", "policy:refer", canonical=prev.canonical,
                         priority=c.priority, confidence=0.7, kind=c.kind)
            else:
                last_by_kind[c.kind] = c
        out.append(c)
    return out


def entity_groups(doc: Doc) -> dict[tuple[str, str], dict]:
    """The entity groups the entity model judges, with their features, from what ``kg_entities``
    found."""
    tv = doc.user_data.get("kg_tokens")
    if tv is None:
        return {}
    title, _ = doc.user_data.get("kg_meta", ("", ""))
    return entity_model.group_features(doc_text(doc), tv, doc.user_data.get("kg_cands", []), sentence_bounds(doc),
                                       title or "")


class EntityModelComponent:
    """Keeps the candidate names the learned entity model (``entity_model.py``) believes in:
    filters ``user_data["kg_cands"]`` and the members of the coordination groups."""

    reads_tokens = False  # only doc.user_data (see make_doc)

    def __init__(self, nlp: Language, name: str, data_dir: str, model: str, threshold: float,
                 min_finder_count: int):
        path = Path(model) if model else (Path(data_dir) if data_dir else DATA_DIR) / entity_model.MODEL_FILE
        self.model = _load_model(entity_model.EntityModel, path, "kg train-entities")
        self.threshold = threshold
        self.min_finder_count = min_finder_count

    def __call__(self, doc: Doc) -> Doc:
        cands = doc.user_data.get("kg_cands", [])
        if not cands:
            return doc
        kept = entity_model.kept_candidates(doc_text(doc), cands, entity_groups(doc), self.model, self.threshold,
                                            self.min_finder_count)
        if len(kept) < len(cands):
            spans = {(c.start, c.end, c.type) for c in kept}
            doc.user_data["kg_cands"] = kept
            for g in doc.user_data.get("kg_groups", []):
                g.members = [c for c in g.members if (c.start, c.end, c.type) in spans]
        return doc


def _load_model(cls, path: Path, retrain: str):
    try:
        return cls.load(path)
    except (OSError, ValueError, KeyError) as exc:
        raise KGError(E.E108.format(path=path, detail=exc, command=retrain)) from None


class SystemComponent:
    reads_tokens = False  # only doc.user_data (see make_doc)

    def __init__(self, nlp: Language, name: str, window_sentences: int):
        self.window = window_sentences

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        systems = find_formulas(text)
        if systems:
            sents = sentence_bounds(doc)
            cands = doc.user_data.get("kg_cands", [])
            groups = doc.user_data.get("kg_groups", [])
            for s in systems:
                idx = next((i for i, (lo, hi) in enumerate(sents) if lo <= s.start < hi), 0)
                lo = sents[max(0, idx - self.window)][0] if sents else 0
                hi = sents[min(len(sents) - 1, idx + self.window)][1] if sents else len(text)
                assign_members(s, groups, cands, (lo, hi))
        doc.user_data["kg_systems"] = systems
        return doc


class RelationComponent:
    reads_tokens = False  # only doc.user_data (see make_doc)

    def __init__(self, nlp: Language, name: str, data_dir: str, window_sentences: int):
        self.finder = RelationFinder(_resources(data_dir), window_sentences, data_dir or None)

    def __call__(self, doc: Doc) -> Doc:
        tv = doc.user_data.get("kg_tokens")
        cands = doc.user_data.get("kg_cands", [])
        title, kind = doc.user_data.get("kg_meta", ("", ""))
        doc.user_data["kg_relations"] = (
            self.finder.find(doc_text(doc), tv, cands, sentence_bounds(doc), title, kind)
            if tv is not None else []
        )
        return doc


def relation_pairs(doc: Doc, signatures: dict, window: int):
    """The entity pairs the relation model scores, from what the earlier components found."""
    tv = doc.user_data.get("kg_tokens")
    if tv is None:
        return []
    title, _ = doc.user_data.get("kg_meta", ("", ""))
    return pair_instances(doc_text(doc), tv, doc.user_data.get("kg_cands", []), sentence_bounds(doc),
                          doc.user_data.get("kg_relations", []), title or "", signatures, window)


class RelationModelComponent:
    """Adds the learned model's relations (``relation_model.py``) to ``user_data["kg_relations"]``."""

    reads_tokens = False  # only doc.user_data (see make_doc)

    def __init__(self, nlp: Language, name: str, data_dir: str, model: str, threshold: float,
                 window_sentences: int):
        data = Path(data_dir) if data_dir else DATA_DIR
        self.model = _load_model(RelationModel, Path(model) if model else data / MODEL_FILE, "kg train-relations")
        self.signatures = RelationRules.load(data).signatures
        self.threshold = threshold
        self.window = window_sentences

    def __call__(self, doc: Doc) -> Doc:
        found = model_relations(relation_pairs(doc, self.signatures, self.window), self.model, self.threshold)
        doc.user_data["kg_relations"] = list(doc.user_data.get("kg_relations", [])) + found
        return doc


@Language.factory(
    "kg_entities",
    default_config={"data_dir": "", "persons": True, "industries": True},
)
def make_entities(nlp: Language, name: str, data_dir: str, persons: bool, industries: bool):
    return EntityComponent(nlp, name, data_dir, persons, industries)


@Language.factory(
    "kg_entity_model",
    default_config={"data_dir": "", "model": "", "threshold": 0.4, "min_finder_count": 30},
)
def make_entity_model(nlp: Language, name: str, data_dir: str, model: str, threshold: float,
                      min_finder_count: int):
    return EntityModelComponent(nlp, name, data_dir, model, threshold, min_finder_count)


@Language.factory("kg_systems", default_config={"window_sentences": 1})
def make_systems(nlp: Language, name: str, window_sentences: int):
    return SystemComponent(nlp, name, window_sentences)


@Language.factory("kg_relations", default_config={"data_dir": "", "window_sentences": 1})
def make_relations(nlp: Language, name: str, data_dir: str, window_sentences: int):
    return RelationComponent(nlp, name, data_dir, window_sentences)


@Language.factory(
    "kg_relation_model",
    default_config={"data_dir": "", "model": "", "threshold": 0.7, "window_sentences": 1},
)
def make_relation_model(nlp: Language, name: str, data_dir: str, model: str, threshold: float,
                        window_sentences: int):
    return RelationModelComponent(nlp, name, data_dir, model, threshold, window_sentences)
