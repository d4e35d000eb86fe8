"""Entity finders: each reads the normalised text (and its tokens) and proposes candidate spans.

Finders never decide overlaps; :func:`select` keeps the best non-overlapping candidates.
All offsets here are into the normalised text (``Document.norm``).

Families:
  * lexicon    — curated names and aliases (``kg/data/lexicon.jsonl``)
  * morphology — unseen organisation/facility/zone/event names by their ending (``org_suffixes.tsv``),
                 with the left edge found from word boundaries, POS tags and stop words
  * policy     — 《…》 titles, typed Policy, kind from ``policy_kinds.tsv``
  * quoted     — “…” terms: programmes, brands, awards (``quoted_kinds.tsv``)
  * industry   — ``industries.txt`` and ``…产业`` phrases
  * person     — names next to titles (``person_titles.tsv``), bylines, photo credits
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from .resources import Resources
from .tokens import TokenView

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# POS tags (jieba) that cannot be inside an organisation name
STOP_POS = frozenset(
    "p c u uj ul uz uv ud ug r m q y e o w x f t k h z l b".split()
)
# in a word jieba did not know (its HMM glued it together), these characters end a name:
# 二是|锚定, 以|环大, 家|省: the name can start only after the last of them
FUNCTION_CHARS = set("是以这需在由将已的了家个所和与及或等把被对向从为于经报")
# programme, award, event and policy names are phrases: verbs and adjectives stand inside them
LOOSE_TYPES = frozenset(("Initiative", "Award", "Event", "Policy"))
LOOSE_STOP_POS = frozenset("p c u uj ul uz uv ud ug r y e o w x f k h".split())
# characters that are never inside a name
STOP_CHARS = set(",.;:!?。,、;:!?“”\"'‘’《》<>[]【】{}|/\\—…~·\n\r\t 　暨")
VERB_POS = frozenset(("v", "vd", "vi", "vg", "i"))
# a suffix right after one of these is a direction or a part, not an office: 南部, 内部, 总部
NOT_BEFORE_PLACE_SUFFIX = set("东南西北中内外全总干局本各该格布结当大开出赛乐餐客创举承主兴督交代包好")
ADMIN_PREFIXES = ("国家", "中央", "省", "市", "区", "县", "自治区", "全国")


@dataclass(frozen=True)
class Cand:
    """A candidate entity span in the normalised text."""

    start: int
    end: int
    type: str
    source: str
    canonical: str = ""
    priority: int = 1  # higher wins a tie of equal length
    confidence: float = 0.8
    kind: str = ""  # policy kind, etc.


def is_cjk(ch: str) -> bool:
    return bool(CJK.match(ch))


# ---------------------------------------------------------------- lexicon
class LexiconMatcher:
    """Find every lexicon surface form in a text (longest at each position)."""

    def __init__(self, res: Resources):
        self.res = res
        by_first: dict[str, list[str]] = {}
        for surface in res.surface_index:
            by_first.setdefault(surface[0], []).append(surface)
        for v in by_first.values():
            v.sort(key=len, reverse=True)
        self.by_first = by_first
        # one regex over the first characters keeps the Python loop off most positions
        self.first_re = re.compile("[" + "".join(re.escape(c) for c in by_first) + "]")

    def find(self, text: str, tv: Optional[TokenView]) -> Iterable[Cand]:
        by_first, res = self.by_first, self.res
        pos = 0
        for m in self.first_re.finditer(text):
            i = m.start()
            if i < pos:
                continue
            for s in by_first[text[i]]:
                if text.startswith(s, i):
                    end = i + len(s)
                    # short aliases must be whole words (浙江 inside 浙江省能源 is fine: a word;
                    # 北大 inside 北大荒 is not)
                    if len(s) <= 2 and tv is not None and not (
                        tv.is_token_start(i) and tv.is_token_end(end)
                    ):
                        continue
                    entry = res.lexicon_entry(s)
                    if entry is None:
                        break
                    yield Cand(i, end, entry.type, "lexicon", entry.name, priority=5, confidence=1.0)
                    break


# ---------------------------------------------------------------- morphology
class MorphologyFinder:
    """Unseen names by their ending: ``…研究院`` is a ResearchInstitute, and so on.

    The hard part is the left edge. Walking left from the suffix, a token stays in the name
    unless it is punctuation, a boundary word (governing verb, preposition, particle …), a
    stop POS (pronoun, numeral, adverb …) or the name would grow too long. Then leading
    qualifiers (``新``, ``首批``) are trimmed, and a name whose words before the suffix are all
    generic (``产业创新研究院``) is rejected: it names a class, not an organisation.
    """

    MAX_LEN = 30

    def __init__(self, res: Resources):
        self.res = res
        sufs = sorted({s for s, _ in res.suffixes}, key=len, reverse=True)
        self.suffix_re = re.compile("|".join(re.escape(s) for s in sufs))
        self.suffix_type = dict(res.suffixes)
        self.place_names = tuple(sorted(res.places, key=len, reverse=True))
        self.zone_names_with_brackets = tuple(
            s for s, es in res.surface_index.items() if ")" in s and any(e.type == "Zone" for e in es))

    def name_like(self, tv: TokenView, j: int, typ: str) -> bool:
        t = tv.texts[j]
        if not t or any(c in STOP_CHARS for c in t):
            return False
        if t in self.res.boundary_words:
            return False
        p = tv.pos[j]
        if typ in LOOSE_TYPES:
            if p in LOOSE_STOP_POS or (p is None and not (is_cjk(t[0]) or t[0].isalnum())):
                return False
            return not (t[0].isdigit() and typ not in ("Event", "Initiative", "Award"))
        if p in VERB_POS and t not in self.res.name_verbs:
            return False
        if p in STOP_POS:
            # events carry numbers and years: 2024世界机器人大会, 第十二届…大赛
            if typ == "Event" and p in ("m", "t") and j >= 0:
                return True
            # 省, 市 … are tagged as nouns; 国家 too; but 中 (f) inside names: 中关村 is one token
            return False
        if p is None and not (is_cjk(t[0]) or t[0].isalnum()):
            return False
        if t[0].isdigit() and typ not in ("Event", "Initiative"):
            return False  # 2022年度, 56家: counts and dates are not part of names
        return True

    def left_edge(self, text: str, tv: TokenView, start_tok: int, typ: str, limit: int = -1) -> int:
        start = tv.starts[start_tok]
        t0 = tv.texts[start_tok]
        if tv.pos[start_tok] is None and limit > start:
            # the suffix starts inside a word jieba guessed (以环大|科学装置): cut at a function char
            head = t0[: limit - start]
            cuts = [i for i, c in enumerate(head) if c in FUNCTION_CHARS]
            if cuts:
                return start + cuts[-1] + 1
        j = start_tok - 1
        while j >= 0:
            t = tv.texts[j]
            if t == " " and j >= 1 and tv.texts[j - 1].isascii() and tv.texts[j - 1].isalpha() \
                    and text[start : start + 1].isascii() and text[start : start + 1].isalpha():
                start = tv.starts[j]  # Hi TECH: a space between two Latin words stays inside
                j -= 1
                continue
            if tv.ends[j] != start and not (
                text[start : start + 1].isascii() and text[start : start + 1].isalpha()
                and t.isascii() and t.isalpha()
            ):
                break  # whitespace between words: a layout gap, never inside a name (but: Hi TECH)
            if t in ("”", '"') and j >= 2 and typ in LOOSE_TYPES:
                # a quoted part of a name: 第十届浙江省“火炬杯”创新创业大赛, “十四五”国家…规划
                k = j - 1
                while k >= 0 and tv.ends[j] - tv.starts[k] <= 12 and tv.texts[k] not in ("“", '"'):
                    k -= 1
                inner = text[tv.ends[k] : tv.starts[j]] if k >= 0 else ""
                if k >= 0 and tv.texts[k] in ("“", '"') and inner and all(
                    is_cjk(c) or c.isalnum() for c in inner
                ):
                    start = tv.starts[k]
                    j = k - 1
                    continue
                break
            if t == ")" or t == "）":
                # a parenthesised place inside a name: 杭州高新区(滨江)公共安全…中心
                k = j - 1
                while k >= 0 and tv.ends[j] - tv.starts[k] <= 8 and tv.texts[k] not in ("(", "（"):
                    k -= 1
                if k >= 1 and tv.texts[k] in ("(", "（") and self.name_like(tv, k - 1, typ):
                    inner = text[tv.ends[k] : tv.starts[j]]
                    whole = text[max(0, tv.starts[k] - 8) : tv.ends[j]]
                    if any(whole.endswith(z) for z in self.zone_names_with_brackets):
                        break  # 高新区(滨江)|物联网小镇: a zone's name, then a name of its own
                    if inner and all(is_cjk(c) for c in inner):
                        start = tv.starts[k]
                        j = k - 1
                        continue
                break
            if t == "与" and j >= 1 and typ not in LOOSE_TYPES and self.name_like(tv, j - 1, typ):
                # 区块链与数据安全研究院: 与 joins two fields inside one name, but not two names
                # (浙江大学与西湖大学): the part before 与 must not end like a name
                before = text[max(0, tv.starts[j] - 8) : tv.starts[j]]
                if self.res.suffix_type(before) is None and before[-2:] not in self.res.surface_index:
                    start = tv.starts[j]
                    j -= 1
                    continue
                break
            if tv.pos[j] is None and len(t) > 1 and any(c in FUNCTION_CHARS for c in t):
                cut = max(i for i, c in enumerate(t) if c in FUNCTION_CHARS) + 1
                if cut < len(t):
                    start = tv.starts[j] + cut
                break
            if not self.name_like(tv, j, typ):
                break
            if len(t) == 1 and text[start] in "省市区县" and t not in self.res.places:
                break  # 经|市人民政府, 报|省政府: a one-character word before a level is not a place
            if tv.ends[start_tok] - tv.starts[j] > self.MAX_LEN:
                break
            start = tv.starts[j]
            j -= 1
        return start

    def trim(self, text: str, tv: TokenView, start: int, head_end: int, typ: str = "") -> int:
        """Trim leading qualifiers and verbs from a candidate that starts at ``start``."""
        changed = True
        while changed and start < head_end:
            changed = False
            for w in self.res.start_trim:
                if (text.startswith(w, start) and start + len(w) < head_end
                        and tv.is_token_start(start + len(w))):
                    start += len(w)
                    changed = True
                    break
            if not changed and tv.is_token_start(start):
                j = tv.token_at(start)
                w = tv.texts[j]
                if (
                    tv.pos[j] in ("v", "ad", "vd")
                    and w not in self.res.name_verbs
                    and tv.ends[j] < head_end
                    and w not in self.res.surface_index
                ):
                    start = tv.ends[j]
                    changed = True
            if not changed and typ in ("Initiative", "Award") and text[start] in "省市区县" and (
                start + 1 < head_end and tv.is_token_start(start + 1)
            ):
                start += 1  # 省尖兵领雁攻关计划: the level qualifies the programme
                changed = True
        return start

    def is_generic(self, text: str, tv: TokenView, start: int, head_end: int) -> bool:
        """True when the words before the suffix are all generic (or fewer than 2 chars)."""
        if head_end - start < 2:
            return True
        content = 0
        i = start
        while i < head_end:
            j = tv.token_at(i)
            w = text[max(i, tv.starts[j]) : min(head_end, tv.ends[j])]
            if w not in self.res.generic_words and tv.pos[j] != "l" and not (w in STOP_CHARS or w in "()()"):
                content += len(w)
            i = min(head_end, tv.ends[j]) if tv.ends[j] > i else i + 1
        return content < 2

    def has_proper_word(self, text: str, tv: TokenView, start: int, head_end: int) -> bool:
        """Does the head hold a proper word: a place, an organisation/brand (nt, nz, nr), a lexicon
        name, a word jieba does not know, or Latin letters? (宇树科技 yes, 启动科技 no)"""
        if head_end - start < 2:
            return False
        if self.starts_with_place(text[start:head_end]) and text[start] not in "省市区县":
            return True
        i = start
        while i < head_end:
            j = tv.token_at(i)
            w = text[max(i, tv.starts[j]) : min(head_end, tv.ends[j])]
            p = tv.pos[j]
            if w in self.res.surface_index or w in self.res.places:
                return True
            if p in ("ns", "nt", "nz", "nr", "nrt", "eng") and w not in self.res.generic_words:
                return True
            if p is None and len(w) >= 2 and w.isascii() and w.isalpha():
                return True
            i = tv.ends[j] if tv.ends[j] > i else i + 1
        return False

    def after_programme_verb(self, text: str, start: int) -> bool:
        """实施X改革 / …改革、推进Y改革: a programme verb (or a list comma after one) precedes."""
        lo = max(0, start - 6)
        before = text[lo:start]
        if before.endswith(self.res.programme_verbs):
            return True
        return before.endswith("、") and any(v in text[max(0, start - 40) : start] for v in self.res.programme_verbs)

    def planned(self, text: str, start: int, end: int) -> bool:
        """A designation the text only plans to seek: 争创…示范区, 推进A、B等建设. A name the
        document keeps using (3 times or more) exists for it, whatever verbs stand near."""
        if text.count(text[start:end]) >= 3:
            return False
        if text[max(0, start - 4) : start].endswith(self.res.plan_verbs):
            return True
        after = text[end : end + 40]
        return bool(re.match(r"(?:、[^,。;]{0,30})?等(?:的)?(?:建设|创建)", after))

    def starts_with_place(self, name: str) -> bool:
        if name.startswith(ADMIN_PREFIXES):
            return True
        return any(name.startswith(p) for p in self.place_names)

    def find(self, text: str, tv: TokenView) -> Iterable[Cand]:
        for m in self.suffix_re.finditer(text):
            s, e = m.start(), m.end()
            if not tv.is_token_end(e):
                continue  # 大学生, 研究院所: the suffix runs on into another word
            suffix = m.group()
            typ = self.suffix_type[suffix]
            start_tok = tv.token_at(s)
            start = self.left_edge(text, tv, start_tok, typ, s)
            head_end = s
            start = self.trim(text, tv, start, head_end, typ)
            if self.is_generic(text, tv, start, head_end):
                continue
            name = text[start:e]
            if suffix in self.res.district_suffixes:
                j = tv.token_at(start)
                head = text[start:s]
                lookup = getattr(tv.pos, "lookup", None)
                head_is_place = head in self.res.places or (
                    tv.starts[j] == start and tv.ends[j] == s and tv.pos[j] == "ns"
                ) or (lookup is not None and lookup(head) == "ns")
                if not (tv.starts[j] == start and head_is_place):
                    continue  # not a place + 区/县/园: 核心区, 无人区, 特别合作园
            if suffix in self.res.proper_suffixes and not self.has_proper_word(text, tv, start, s):
                continue
            if suffix in self.res.cue_suffixes and not self.after_programme_verb(text, start):
                continue
            if suffix in self.res.plan_suffixes and self.planned(text, start, e):
                continue
            if suffix in self.res.place_suffixes and (
                not (self.starts_with_place(name) or tv.pos[tv.token_at(start)] == "ns")
                or text[s - 1] in NOT_BEFORE_PLACE_SUFFIX
            ):
                continue
            if name.startswith(self.res.deictics) and text[start:head_end] in self.res.deictics:
                continue
            yield Cand(start, e, typ, f"morph:{suffix}", priority=2, confidence=0.75)

    def head_phrase(self, text: str, tv: TokenView, e: int) -> Optional[tuple[int, str, str]]:
        """For a suffix ending at ``e``: (start, suffix, type) of the generic class phrase, e.g.
        ``全国重点实验室`` in ``…等全国重点实验室`` (used by coordination expansion)."""
        for suffix, typ in self.res.suffixes:
            if text.endswith(suffix, 0, e):
                s = e - len(suffix)
                start = self.left_edge(text, tv, tv.token_at(s), typ)
                return start, suffix, typ
        return None


# ---------------------------------------------------------------- 《…》 policies
POLICY_RE = re.compile(r"《([^《》\n]{2,80})》")
POLICY_TAIL_RE = re.compile(r"(?:\((?:试行|暂行|修订|修订稿|征求意见稿|草案|[0-9—\-–~年]+)\))+$")


def policy_kind(res: Resources, title: str) -> str:
    core = POLICY_TAIL_RE.sub("", title)
    for ending, kind in res.policy_kinds:
        if core.endswith(ending):
            return kind
    return ""


def find_policies(text: str, res: Resources) -> Iterable[Cand]:
    """《title》 → a Policy; a bare kind word (《条例》) refers back and is left to the caller."""
    for m in POLICY_RE.finditer(text):
        title = m.group(1).strip()
        kind = policy_kind(res, title)
        if kind == "报告":
            continue  # a report or an index, not a policy
        core = POLICY_TAIL_RE.sub("", title)
        rest = core
        for ending, _ in res.policy_kinds:
            if core.endswith(ending):
                rest = core[: -len(ending)]
                break
        if rest and len(rest) <= 4 and (rest[0].isdigit() or rest[0] in "一二两三四五六七八九十"):
            continue  # 《五年行动计划》: a generic reference, not a title
        yield Cand(m.start(), m.end(), "Policy", "policy", canonical=title, priority=6,
                   confidence=0.95, kind=kind)


# ---------------------------------------------------------------- quoted terms
QUOTED_RE = re.compile(r"[“\"]([^“”\"\n]{2,24})[”\"]")
# kind words that may follow a quoted name and belong to it: “5050”计划, “两个健康”集成改革
KIND_AFTER_QUOTE = ("计划", "行动", "工程", "改革", "战略", "品牌", "鼎", "奖", "大赛", "论坛", "峰会")
NUMERAL_START = re.compile(r"^[一二两三四五六七八九十百千]+[号个大项条张]")
FORMULA_RE = re.compile(r"\d+(?:\s*\+\s*(?:\d+|[A-Za-z]))+")


def quoted_type(res: Resources, term: str) -> Optional[str]:
    entry = res.lexicon_entry(term)
    if entry:
        return entry.type
    for ending, typ in res.quoted_kinds:
        if term.endswith(ending) and len(term) > len(ending):
            return typ
    suf = res.suffix_type(term)
    if suf and suf[0] not in res.place_suffixes and len(term) > len(suf[0]) + 1:
        return suf[1]
    return None


def find_quoted(text: str, res: Resources, tv: Optional[TokenView] = None,
                morph: Optional["MorphologyFinder"] = None) -> Iterable[Cand]:
    """Quoted names: “中国视谷”, “5050计划”, “5050”计划, “两个健康”集成改革, 公共服务“七优享”工程."""
    for m in QUOTED_RE.finditer(text):
        inner = m.group(1).strip()
        if len(inner) < 2 or "+" in inner or FORMULA_RE.search(inner):
            continue
        if any(c in inner for c in ",。;:!?、"):
            continue  # a quoted clause or list, not a name
        start, end = m.start(), m.end()
        # a kind phrase right after the quote: the longest run of name words ending in a kind
        tail = ""
        if tv is not None and morph is not None and end < len(text) and is_cjk(text[end]):
            k = end
            best = ""
            while k < len(text) and k - end < 12 and is_cjk(text[k]):
                j = tv.token_at(k)
                if tv.starts[j] < end or not morph.name_like(tv, j, "Initiative"):
                    break
                k = tv.ends[j]
                piece = text[end:k]
                suf = res.suffix_type(piece)
                if any(x in res.surface_index for x in (piece, text[tv.starts[j]:k])):
                    break  # a name of its own follows the quote (“滨江面孔”宇树科技)
                if piece.endswith(KIND_AFTER_QUOTE) or (suf and suf[0] not in res.place_suffixes):
                    loose = piece.endswith(KIND_AFTER_QUOTE) or suf[1] in LOOSE_TYPES
                    if loose or all(
                        tv.pos[x] not in VERB_POS or tv.texts[x] in res.name_verbs
                        for x in range(tv.token_at(end), tv.token_at(k - 1) + 1)
                    ):
                        best = piece
            tail = best
        # a modifier before a numbered slogan: 数字经济创新提质“一号发展工程”
        left = ""
        if NUMERAL_START.match(inner) or (tail and NUMERAL_START.match(inner + tail)):
            if tv is not None and morph is not None and start > 0 and start < tv.length:
                j = tv.token_at(start - 1)
                if morph.name_like(tv, j, "Initiative") and tv.ends[j] == start:
                    ls = morph.left_edge(text, tv, j, "Initiative")
                    ls = morph.trim(text, tv, ls, start, "Initiative")
                    left = re.sub(r"^[一二两三四五六七八九十百千\d]+[个项大条张]?", "", text[ls:start])
                    if left in ("省", "市", "区", "县", "全省", "全市"):
                        left = ""  # 市“五大产业生态圈”: the level qualifies, it does not name
            if not left and re.search(r"[一二两三四五六七八九十\d]+[个项大条张]$", text[max(0, start - 4) : start]):
                continue  # 三个“一号工程”: a counted slogan, not a name
            if not left and NUMERAL_START.match(inner) and inner.endswith(("工程", "计划", "行动")):
                continue  # “一号工程” alone: a slogan type, not one programme
        brand = tail == "品牌"  # “江南芯谷”品牌: 品牌 says what it is, it is not part of the name
        name = left + inner + ("" if brand else tail)
        typ = quoted_type(res, name) or (quoted_type(res, inner + tail) if left else None)
        if typ is None and tail:
            typ = "Initiative"
        if brand and typ is None:
            typ = "Initiative"
        if typ is None:
            continue
        s0 = start - len(left)
        e0 = end + len(tail)
        if not tail and not left:
            s0, e0 = m.start(1), m.end(1)
        yield Cand(s0, e0, typ, "quoted+kind" if tail else "quoted", canonical=name,
                   priority=4, confidence=0.85)


# ---------------------------------------------------------------- government abbreviations
class GovAbbreviationFinder:
    """``市发改委``, ``省科技厅``, ``市政府``, ``省委``: a level (with or without a place) + a short
    department name from ``gov_abbreviations.tsv``; the resolver expands them with the document's
    context (``市发改委`` in a Hangzhou text → 杭州市发展和改革委员会)."""

    def __init__(self, res: Resources):
        self.places = sorted((p for p, (lvl, _) in res.places.items() if lvl in ("province", "city", "district")),
                             key=len, reverse=True)
        shorts = [s for s, _ in res.gov_abbreviations]
        # level + short first (cheap); the place before it is looked up afterwards
        self.rx = re.compile(rf"(省|市|区|县)({'|'.join(map(re.escape, shorts))})")

    def find(self, text: str, tv: TokenView) -> Iterable[Cand]:
        for m in self.rx.finditer(text):
            s, e = m.span()
            place = next((p for p in self.places if text.startswith(p, max(0, s - len(p)))
                          and s - len(p) >= 0), "")
            s0 = s - len(place)
            if not tv.is_token_end(e) or (not place and s > 0 and not tv.is_token_start(s)):
                continue
            if m.group(2) == "委" and text[e : e + 1] in ("员", "会"):
                continue
            yield Cand(s0, e, "GovernmentBody", "gov-abbrev", priority=3, confidence=0.8)


# ---------------------------------------------------------------- awards named after a cue
AWARD_CUE_RE = re.compile(
    r"(?:获评|被授予|授予|被认定为|认定为|被评为|评为|荣获|获得|获)(?:为)?"
    r"((?:首批|第[一二三四五六七八九十\d]+批|\d{4}年度?|连续[一二三四五六七八九十\d]+年|全省|全国)*)"
)
AWARD_ENDINGS = ("基地", "区", "单位", "称号", "奖", "鼎", "园区", "城市", "集体", "典型", "先进", "标兵",
                 "工匠", "之星", "荣誉", "品牌", "示范区", "试点")
RANKING_RE = re.compile(r"([\u4e00-\u9fff]{2,10}排名)(?=蝉联|位列|位居|列|居|保持|稳居)")


def find_awards(text: str, tv: TokenView, morph: "MorphologyFinder") -> Iterable[Cand]:
    """The honour after 获评/被授予/认定为 …, and rankings (国家高新区排名蝉联全国第五)."""
    for m in AWARD_CUE_RE.finditer(text):
        s = m.end()
        if s >= len(text) or not tv.is_token_start(s):
            continue
        if m.group(1).endswith("全国"):
            s -= 2  # 全国学前教育普及普惠区: 全国 is part of the title
        while text.startswith(("全省", "全市", "省", "市"), s) and not text.startswith(("省级", "市级"), s):
            s += 2 if text.startswith(("全省", "全市"), s) else 1
        e = s
        j = tv.token_at(s) if s < tv.length else len(tv)
        while j < len(tv) and e - s < 32:
            t = tv.texts[j]
            if tv.starts[j] != e:
                break
            if t in ("“", '"'):
                close = text.find("”" if t == "“" else '"', e + 1, e + 14)
                if close == -1:
                    break
                e = close + 1
                j = tv.token_at(e) if e < tv.length else len(tv)
                continue
            if not morph.name_like(tv, j, "Award"):
                break
            e = tv.ends[j]
            j += 1
        phrase = text[s:e]
        if e - s < 4:
            continue
        # cut after the last award-like ending
        cut = max((phrase.rfind(x) + len(x) for x in AWARD_ENDINGS if phrase.rfind(x) != -1), default=-1)
        if cut < 4 or (phrase[:cut].endswith("区") and cut < 6):
            continue  # 全国高新区: too short to be a title
        e = s + cut
        if text[s] in "“\"" and "”" not in text[s:e]:
            s += 1  # “科技进步鼎”: the quotes are not part of the name
        yield Cand(s, e, "Award", "award:cue", priority=3, confidence=0.65)
    for m in RANKING_RE.finditer(text):
        s, e = m.span(1)
        start = morph.left_edge(text, tv, tv.token_at(e - 2), "Award") if tv.is_token_end(e) else s
        start = max(start, s)
        while text.startswith(("全国", "全省", "年度"), start) and e - start > 6:
            start += 2
        if tv.is_token_start(start) or text[start - 2 : start] in ("全国", "全省", "年度"):
            yield Cand(start, e, "Award", "award:ranking", priority=2, confidence=0.6)


# ---------------------------------------------------------------- industries
class IndustryFinder:
    def __init__(self, res: Resources):
        self.res = res
        names = sorted(res.industries, key=len, reverse=True)
        self.name_re = re.compile("|".join(re.escape(n) for n in names)) if names else None
        self.chanye_re = re.compile("产业")

    def find(self, text: str, tv: TokenView, morph: MorphologyFinder) -> Iterable[Cand]:
        if self.name_re is not None:
            for m in self.name_re.finditer(text):
                s, e = m.start(), m.end()
                if not (tv.is_token_start(s) and tv.is_token_end(e)):
                    continue
                # "…产业" directly after: let the 产业 rule take the longer phrase
                yield Cand(s, e, "Industry", "industry:list", priority=2, confidence=0.8)
        for m in self.chanye_re.finditer(text):
            s, e = m.start(), m.end()
            if not tv.is_token_start(s) or not tv.is_token_end(e):
                continue
            start = morph.left_edge(text, tv, tv.token_at(s), "Industry")
            start = morph.trim(text, tv, start, s)
            if s - start < 2 or s - start > 12 or morph.is_generic(text, tv, start, s):
                continue
            head = text[start:s]
            # the phrase must rest on a known industry word or end in one: 零磁医疗装备产业, 机器人产业
            if not any(ind in head for ind in self.res.industries) and not head.endswith(
                ("装备", "医药", "制造", "器械", "材料", "能源", "软件", "电子", "通信", "服务业")
            ):
                continue
            yield Cand(start, e, "Industry", "industry:产业", priority=2, confidence=0.75)


# ---------------------------------------------------------------- people
class PersonFinder:
    def __init__(self, res: Resources):
        self.res = res
        titles = sorted(res.person_titles, key=len, reverse=True)
        sur = sorted(res.surnames, key=len, reverse=True)
        sur_re = "|".join(re.escape(s) for s in sur)
        name = rf"(?:{sur_re})[\u4e00-\u9fff]{{1,2}}"
        after = [t for t in titles if res.person_titles[t] in ("after", "both")]
        before = [t for t in titles if res.person_titles[t] in ("before", "both")]
        self.after_re = re.compile(
            rf"(?<![\u4e00-\u9fff])({name})\s*(?:{'|'.join(map(re.escape, after))})"
        )
        # titles first: the name patterns run only near a title (most text has none)
        self.title_re = re.compile("|".join(map(re.escape, titles)))
        self.after_loose_re = re.compile(rf"({name})(?:院士|教授)")
        self.before_re = re.compile(
            rf"(?:{'|'.join(map(re.escape, before))})\s*({name})"
            rf"(?:(?![\u4e00-\u9fff])|(?=表示|说|指出|介绍|认为|称|强调|透露|提出|告诉|坦言))"
        )
        self.byline_re = re.compile(rf"^[ \t]*({name})(?:[ \t]+({name}))+[ \t]*$", re.M)
        self.name_re = re.compile(name)
        self.name_full = re.compile(rf"(?:{sur_re})[\u4e00-\u9fff]{{1,2}}")

    AFTER_ORG_VERBS = ("成功", "入选", "获", "当选", "担任", "荣获", "带领", "教授", "研究员", "团队")

    def after_org(self, text: str, orgs: Iterable[Cand]) -> Iterable[Cand]:
        """A name right after an organisation: 白马湖实验室林文峰成功入选."""
        for c in orgs:
            for n in (3, 2):
                s, e = c.end, c.end + n
                if e > len(text):
                    continue
                nm = text[s:e]
                if self.name_full.fullmatch(nm) and text.startswith(self.AFTER_ORG_VERBS, e):
                    yield Cand(s, e, "Person", "person:after-org", priority=3, confidence=0.6)
                    break

    SPEECH = ("表示", "介绍", "指出", "认为", "坦言", "强调", "透露", "告诉记者", "说", "担任", "出任",
              "率队", "一行", "带队")

    def find(self, text: str, tv: TokenView) -> Iterable[Cand]:
        seen = set()
        # a person's name jieba knows as such (nr), right before a verb of speech: 张三表示
        for m in re.finditer("|".join(self.SPEECH), text):
            e = m.start()
            if e < 2 or not tv.is_token_start(e):
                continue
            j = tv.token_at(e - 1)
            w = tv.texts[j]
            if tv.ends[j] == e and tv.pos[j] in ("nr", "nrfg", "nrt") and 2 <= len(w) <= 3 \
                    and self.name_full.fullmatch(w):
                seen.add((tv.starts[j], e))
                yield Cand(tv.starts[j], e, "Person", "person:speech", priority=3, confidence=0.6)
        windows = []
        for t in self.title_re.finditer(text):
            lo, hi = max(0, t.start() - 5), min(len(text), t.end() + 6)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
        for lo, hi in windows:
            for rx in (self.after_re, self.before_re):
                for m in rx.finditer(text, lo, hi):
                    s, e = m.span(1)
                    if (s, e) not in seen:
                        seen.add((s, e))
                        yield Cand(s, e, "Person", "person:title", priority=3, confidence=0.7)
            for m in self.after_loose_re.finditer(text, lo, hi):
                # 房建成院士 after a verb or punctuation: take the name if it starts a word
                s, e = m.span(1)
                if (s, e) in seen or not tv.is_token_start(s):
                    continue
                seen.add((s, e))
                yield Cand(s, e, "Person", "person:title", priority=3, confidence=0.6)
        for m in self.byline_re.finditer(text):
            line = m.group(0)
            base = m.start()
            for nm in self.name_full.finditer(line):
                s, e = base + nm.start(), base + nm.end()
                if (s, e) not in seen and (e - s) in (2, 3):
                    seen.add((s, e))
                    yield Cand(s, e, "Person", "person:byline", priority=3, confidence=0.6)


# ---------------------------------------------------------------- selection
def select(cands: Iterable[Cand]) -> list[Cand]:
    """Keep the best non-overlapping candidates: longer first, then higher priority.

    A policy title swallows what is inside it (names inside 《…》 are part of the title).
    """
    order = sorted(cands, key=lambda c: (-(c.end - c.start) - 100 * (c.type == "Policy"),
                                         -c.priority, c.start))
    taken: list[Cand] = []
    occupied = bytearray()
    for c in order:
        if len(occupied) < c.end:
            occupied.extend(b"\0" * (c.end - len(occupied)))
        if any(occupied[c.start : c.end]):
            continue
        for i in range(c.start, c.end):
            occupied[i] = 1
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def with_canonical(c: Cand, canonical: str) -> Cand:
    return replace(c, canonical=canonical)
