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
FUNCTION_CHARS = set("是以这需在由将已的了家个所和与及或等把被对向从为于经报各每")
# modal and adverb characters jieba may glue to a name's last character (…产业园|区要|突出): after a
# suffix they start the predicate, they are not part of the name
GLUED_MODALS = set("要会能应可也还都就并")
# the endings of a town's name (乔李镇, 北干街道)
TOWN_ENDINGS = ("镇", "街道")
# programme, award, event and policy names are phrases: verbs and adjectives stand inside them
LOOSE_TYPES = frozenset(("Initiative", "Award", "Event", "Policy"))
# a byline's title words, which also end common nouns (制作者, 工作者, 编辑 in 总编辑): only a whole
# word is the title
BYLINE_TITLES = ("作者", "摄影", "审核", "校对", "编辑", "责编")
# the words before 基地 that make it a production base (研发制造基地, 产业化基地, 量产基地)
PRODUCTION_BASE_RE = re.compile(r"(?:生产|制造|研发|产业化|量产|中试)$")
# parks and bases named by an industry alone are kinds (医疗器械产业园); towns are not (物联网小镇
# is a proper name in Zhejiang), nor 创新基地/创新区, whose head is more than the industry
INDUSTRY_PARK_SUFFIXES = frozenset(("产业园", "产业园区", "园区", "产业基地", "基地", "集聚区", "产业集聚区",
                                    "产业平台", "综合体"))
# the endings of a park a zone may name by its industry alone (not 基地, 园区 or 平台: kinds of place)
NAMED_INDUSTRY_PARK_SUFFIXES = frozenset(("产业园", "产业园区", "特色产业园"))
INDUSTRY_MODIFIERS = ("", "现代", "国际", "高端", "先进", "新兴", "高新技术", "高科技", "科技")
LOOSE_STOP_POS = frozenset("p c u uj ul uz uv ud ug r y e o w x f k h".split())
# one of these between two names makes them one (天津滨海—中关村科技园, 中电光谷·重庆智创园)
NAME_JOINERS = frozenset(("·", "—"))
# a news outlet's name ends so, longest first (found in bylines; a byline joins outlets with ·:
# 读特客户端·深圳新闻网, so no name runs across that dot)
MEDIA_ENDINGS = ("客户端", "新闻网", "都市报", "晚报", "日报", "时报", "新闻", "融媒", "财经", "网", "报", "台", "社", "号")
# words that end a whole organisation or outlet: a zone's name never runs back over one
# (an outlet's multi-character endings; 新闻 alone is also a common word, 网/报 end 物联网, 情报)
ZONE_STOP_ENDINGS = tuple(e for e in MEDIA_ENDINGS if len(e) >= 2 and e != "新闻") + (
    "公司", "集团", "分院", "研究院", "研究所")
# nouns for the role a named organisation plays, written right before its name (企业, 单位)
ROLE_NOUNS = frozenset(("企业", "单位", "公司", "机构", "龙头企业", "子公司", "项目"))
# a date's unit glued to a word of time (2021|年度): never part of the name after it
DATE_WORDS = frozenset(("年度", "年底", "年初", "年末", "年内", "年中", "月底", "月初", "月末", "月份", "日起"))
# characters that are never inside a name
STOP_CHARS = set(",.;:!?。,、;:!?“”\"'‘’《》<>[]【】{}|/\\—…~·\n\r\t 　暨")
VERB_POS = frozenset(("v", "vd", "vi", "vg", "i"))
# a suffix right after one of these is a direction or a part, not an office: 南部, 内部, 总部
NOT_BEFORE_PLACE_SUFFIX = set("东南西北中内外全总干局本各该格布结当大开出赛乐餐客创举承主兴督交代包好部签")
# bodies named by function only need a place, level or owner in front (guidelines: function names
# with no place, owner or brand are not entities: 数据合规流通审查委员会, 乡镇人民政府)
OWNED_BODY_SUFFIXES = frozenset(("委员会", "人民政府", "法院", "检察院", "办公室", "常委会", "人民代表大会",
                                 "人民法院", "人民检察院"))
# an ordinal or a year makes a meeting a named one: 第十届…大会, 2024…大会, 六届二次全会
EVENT_ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+[届次期]|\d{4}|[一二三四五六七八九十]+届")
# a calendar date at the start of a phrase: (2024年)12月8日, 8日
DATE_START = re.compile(r"[\d年月]*\d日|[\d年]*月(?=\D)")
# types whose names may join two fields with 与 (区块链与数据安全研究院, 人才交流与项目合作大会)
#: what may stand between a plan verb and the designation it governs: 成为/为, earlier items of a list
#: (quoted or not) joined by 、/和/与/及, a level, an opening quote (bounded: no backtracking blow-up)
PLAN_LIST_TAIL = (r"(?:成为|为)?(?:[“\"]?[^,。;;:“”\"、和与及]{2,20}[”\"]?(?:、|和|与|及)){0,4}"
                  r"(?:全国|全省|国家级|省级|国家|首批)?[“\"]?$")
#: a count word (三大, 5个, 两项): what stands before it is a list, not part of one name
COUNT_WORD = re.compile(r"[一二两三四五六七八九十\d]+[大个项类家]")
ORG_LIKE = ("University", "ResearchInstitute", "Laboratory", "Enterprise", "GovernmentBody",
            "InnovationPlatform", "Facility", "Zone", "Industry")
# a word rarer than this in jieba's dictionary may be a brand (光谷 567, 中关村 153; 科学 13460)
BRAND_MAX_FREQ = 1000
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
        # the same lists cut by the first two characters (中 starts hundreds of names, 中华 few),
        # longest first, a one-character name last: the same names tried in the same order
        by_two: dict[str, list[str]] = {}
        self.by_one = {first: [s for s in v if len(s) == 1] for first, v in by_first.items()}
        for surface in (s for v in by_first.values() for s in v if len(s) > 1):
            by_two.setdefault(surface[:2], []).append(surface)
        for key, v in by_two.items():
            v.extend(self.by_one[key[0]])
        self.by_two = by_two
        if not any(self.by_one.values()):
            # no one-character names: a name can start only where a first character is followed by
            # a second one (the regex skips ~60 % of the positions the first characters alone give)
            self.first_re = re.compile(
                "[" + "".join(re.escape(c) for c in by_first) + "](?=["
                + "".join(re.escape(c) for c in sorted({k[1] for k in by_two})) + "])")

    def find(self, text: str, tv: Optional[TokenView]) -> Iterable[Cand]:
        by_one, by_two, res = self.by_one, self.by_two, self.res
        pos = 0
        for m in self.first_re.finditer(text):
            i = m.start()
            if i < pos:
                continue
            tried = by_two.get(text[i : i + 2])
            for s in by_one[text[i]] if tried is None else tried:
                if text.startswith(s, i):
                    end = i + len(s)
                    # short aliases must be whole words (浙江 inside 浙江省能源 is fine: a word;
                    # 北大 inside 北大荒 is not)
                    if len(s) <= 2 and tv is not None and not (
                        tv.is_token_start(i) and tv.is_token_end(end)
                    ):
                        continue
                    # a longer name must end where a word ends: 上海大学|生 is 上海|大学生
                    if tv is not None and not tv.is_token_end(end):
                        continue
                    entry = res.lexicon_entry(s)
                    if entry is None:
                        break
                    yield Cand(i, end, entry.type, "lexicon", entry.name, priority=5, confidence=1.0)
                    break


# ---------------------------------------------------------------- morphology
# endings of a zone's name, to tell a zone written in front of a part's name (东湖高新区光谷生物城)
ZONE_DIRECTIONS = frozenset(("东部", "西部", "南部", "北部", "中部"))
# (science and technology cities contain parts too: 西部科学城|重庆高新区, 未来科技城|人工智能小镇)
ZONE_ENDINGS = re.compile("(?:自由贸易试验区|自贸试验区|自贸区|高新区|开发区|经开区|新区|工业园区|示范区|科学城|科技城|科创区|科创走廊)"
                          "(?:\\([^()]{1,6}\\))?")


class MorphologyFinder:
    """Unseen names by their ending: ``…研究院`` is a ResearchInstitute, and so on.

    The hard part is the left edge. Walking left from the suffix, a token stays in the name
    unless it is punctuation, a boundary word (governing verb, preposition, particle …), a
    stop POS (pronoun, numeral, adverb …) or the name would grow too long. Then leading
    qualifiers (``新``, ``首批``) are trimmed, and a name whose words before the suffix are all
    generic (``产业创新研究院``) is rejected: it names a class, not an organisation.
    """

    MAX_LEN = 30

    def __init__(self, res: Resources, word_freq=None):
        self.res = res
        #: jieba's word frequencies: a frequent word (科学, 普通) is never a brand
        self.word_freq = word_freq if word_freq is not None else {}
        sufs = sorted({s for s, _ in res.suffixes}, key=len, reverse=True)
        self.suffix_re = re.compile("|".join(re.escape(s) for s in sufs))
        self.suffix_type = dict(res.suffixes)
        self.place_names = tuple(sorted(res.places, key=len, reverse=True))
        self.place_set = frozenset(res.places)
        self.city_set = frozenset(p for p, (lvl, _) in res.places.items() if lvl == "city")
        self.place_lengths = sorted({len(p) for p in res.places}, reverse=True)
        self.plan_list_re = re.compile(
            "(?:" + "|".join(map(re.escape, res.plan_verbs)) + ")" + PLAN_LIST_TAIL) if res.plan_verbs else None
        #: an award cue (relation_cues.tsv, predicate awarded), then batch, year and scope words
        self.award_cue_re = re.compile(
            "(?:" + "|".join(map(re.escape, sorted(res.award_cues, key=len, reverse=True))) + ")"
            + AWARD_CUE_TAIL) if res.award_cues else re.compile("(?!)")
        self.zone_names_with_brackets = tuple(
            s for s, es in res.surface_index.items() if ")" in s and any(e.type == "Zone" for e in es))

    def name_like(self, tv: TokenView, j: int, typ: str) -> bool:
        t = tv.texts[j]
        if not t or any(c in STOP_CHARS for c in t):
            return False
        if COUNT_WORD.fullmatch(t):
            return False  # …现代服务业|三大|产业…中心: a count closes a list, it names nothing
        if t in self.res.boundary_words:
            return False
        if typ == "Zone" and (t in self.res.gov_departments or any(
                e.type == "GovernmentBody" for e in self.res.surface_index.get(t, ()))):
            return False  # 科技部|国家高新区, 投促局|开发区: a zone is not named after a government body
        p = tv.pos[j]
        if typ in LOOSE_TYPES:
            if t in self.res.award_cues:
                return False  # 项目|获|国家技术发明奖: the verb of receiving is never part of a title
            if p in LOOSE_STOP_POS or (p is None and not (is_cjk(t[0]) or t[0].isalnum())):
                return False
            if typ == "Event" and p in ("v", "vd", "vi", "vg", "d") and t not in self.res.name_verbs:
                # 管委会召开|新闻发布会, 负责同志出席|会议: the verb governs the event, it does not name it
                return False
            return not (t[0].isdigit() and typ not in ("Event", "Initiative", "Award"))
        if p in VERB_POS and t not in self.res.name_verbs:
            return False
        if p in STOP_POS:
            if p == "f" and typ == "Zone" and t in ZONE_DIRECTIONS:
                return True  # 西部科学城, 东部新城: a region's direction names zones
            # events carry numbers and years: 2024世界机器人大会, 第十二届…大赛
            if typ == "Event" and p in ("m", "t") and j >= 0:
                return True
            if p == "l" and len(t) >= 3 and t[0] not in FUNCTION_CHARS and t not in self.res.boundary_words:
                return True  # set phrases inside names: 一体化|发展示范区, 自由贸易|试验区
            if (len(t) == 1 and p in ("b", "z") and j + 1 < len(tv) and len(tv.texts[j + 1]) == 1
                    and t not in FUNCTION_CHARS):
                return True  # an unknown name jieba cut into single characters: 天府|绛|溪|实验室
            # 省, 市 … are tagged as nouns; 国家 too; but 中 (f) inside names: 中关村 is one token
            return False
        if p is None and not (is_cjk(t[0]) or t[0].isalnum()):
            return False
        if t[0].isdigit() and typ not in ("Event", "Initiative"):
            return False  # 2022年度, 56家: counts and dates are not part of names
        return True

    def is_ending(self, word: str) -> bool:
        """Is ``word`` a class ending on its own (经开区, 研究院)?"""
        ending = self.res.suffix_type(word)
        return ending is not None and ending[0] == word

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
                    if inner and all(is_cjk(c) for c in inner) and (
                            len(inner) <= 4 or inner in self.res.places):
                        # (a place is short: 讯(采访人员周琳)|天津滨海… is a byline, not a name's part)
                        start = tv.starts[k]
                        j = k - 1
                        continue
                break
            if (t in NAME_JOINERS and j >= 1 and typ in ORG_LIKE and tv.texts[j - 1] not in NAME_JOINERS
                    and (len(tv.texts[j - 1]) >= 2 or tv.texts[j - 1] in self.res.places)
                    and self.name_like(tv, j - 1, typ) and is_cjk(text[start:start + 1] or "a")
                    and not tv.texts[j - 1].endswith(MEDIA_ENDINGS)
                    and self.res.lexicon_entry(text[tv.ends[j]:tv.ends[start_tok]]) is None):
                # 天津滨海—中关村科技园, 中电光谷·重庆智创园: a single dash or dot joins a developer's or
                # a partner place's name to the park's own (a double dash —— is punctuation); not after
                # a byline's outlet (读特客户端·深圳新闻网) nor before a name the lexicon knows whole
                # (盛裕—苏州工业园区: two names side by side)
                start = tv.starts[j]
                j -= 1
                continue
            if t == "与" and j >= 1 and typ in ("Event",) + tuple(ORG_LIKE) and self.name_like(tv, j - 1, typ):
                # 区块链与数据安全研究院: 与 joins two fields inside one name, but not two names
                # (浙江大学与西湖大学): the part before 与 must not end like a name
                before = text[max(0, tv.starts[j] - 8) : tv.starts[j]]
                # …与武汉光电国家研究中心: a name that starts with a place after 与 is a name of its own
                after_place = tv.pos[j + 1] == "ns" or self.starts_with_place(text[tv.ends[j] : tv.ends[j] + 8])
                # (a district before 与 ends a name too: 鄞州区与浙大宁波理工学院 are two)
                # (a place or a role noun before 与 ends the name: 黄石与光谷, 上海企业与…科技城)
                place_before = any(self.res.place_of(before[-n:]) for n in (2, 3) if len(before) >= n)
                if (self.res.suffix_type(before, districts=True) is None and before[-2:] not in self.res.surface_index
                        and not after_place and not place_before and not before.endswith(tuple(ROLE_NOUNS))):
                    start = tv.starts[j]
                    j -= 1
                    continue
                break
            if t[0] in "年月日" and len(t) > 1 and j >= 1 and tv.texts[j - 1][-1:].isdigit():
                # 11|月经|广东省人民政府: jieba glued the date to the next word (经 = via: not a name's);
                # 2021|年度|浙江省高新区: a date word (年度, 年底) is no part of the name either
                start = tv.ends[j] if t in DATE_WORDS or all(c in FUNCTION_CHARS for c in t[1:]) else tv.starts[j] + 1
                break
            # (not a function character that opens a class ending: 青禾|经开区|管委会, 经开区 = zone)
            fcs = [i for i, c in enumerate(t) if c in FUNCTION_CHARS and not self.is_ending(t[i:])] \
                if tv.pos[j] is None and len(t) > 1 else None
            if fcs:
                cut = max(fcs) + 1
                if cut < len(t):
                    start = tv.starts[j] + cut
                break
            if (len(t) >= 4 and j + 1 < len(tv) and len(tv.texts[j + 1]) == 1 and tv.starts[j + 1] == start
                    and tv.texts[j + 1] not in self.res.places and tv.pos[j + 1] != "m"
                    and tv.texts[j + 1] not in "一二三四五六七八九十"  # 国家海洋局|三|所: a numbered unit
                    and (self.res.suffix_type(t) or ("", ""))[1] == "GovernmentBody"):
                # 经北京市人民政府|商|国家科学技术委员会: a whole government body, then one character, is
                # another body's name and a verb (商 = consults), not a qualifier of the name after it
                start = tv.ends[j + 1]
                break
            if typ == "Zone" and ((t.startswith("驻") and tv.pos[j] != "ns") or t.endswith(ZONE_STOP_ENDINGS)):
                # 海关部门|驻|自贸试验区, 深圳新闻网|河套…合作区, 中科院南京分院|麒麟科技城: a zone's name does
                # not run back over "stationed in" (jieba may glue it on: 驻自贸|试验区; 驻马店 is a
                # place), an outlet or a whole company or institute
                if t.startswith("驻") and len(t) > 1:
                    start = tv.starts[j] + 1
                break
            if t in ROLE_NOUNS and j + 1 < len(tv) and tv.starts[j + 1] == start and tv.pos[j + 1] in (
                    "nr", "ns", "nz", "nt", "j"):
                break  # 龙头企业|京东方科技集团, 参建单位|湖南建投建工集团: the role, then the name
            if (t == "中" and tv.pos[j] == "f" and typ in ORG_LIKE and j >= 1 and tv.ends[j - 1] == tv.starts[j]
                    and (tv.pos[j - 1] in ("v", "uj", "p", "c") or tv.texts[j - 1] in STOP_CHARS)):
                # 依托|中|法航空大学, 旗下的|中|电信量子集团: 中 (China) opens the name; after a noun it
                # is locative (过程|中|国家…) and ends the walk
                start = tv.starts[j]
                break
            if len(t) == 1 and j >= 1 and self.cut_place(text, tv, tv.starts[j - 1]) \
                    and tv.ends[start_tok] - tv.starts[j - 1] <= self.MAX_LEN:
                # 新|都|高新技术产业园区: the place opens the name
                start = tv.starts[j - 1]
                j -= 2
                continue
            if not self.name_like(tv, j, typ) or (
                    len(t) == 1 and t in FUNCTION_CHARS and j + 1 < len(tv) and tv.pos[j + 1] in ("ns", "nt")):
                # 经|北京市人民政府: a one-character function word jieba tags as a noun stands before a
                # place or an organisation; before other words it may be the name's (经|血管植入器械)
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
                        and tv.is_token_start(start + len(w))
                        # (新 is a qualifier, but 新|都 is the place 新都 that jieba cut)
                        and not (len(w) == 1 and self.cut_place(text, tv, start))):
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
            if not changed and tv.is_token_start(start):
                j = tv.token_at(start)
                if (tv.pos[j] in ("v", "vn", "vd") and tv.ends[j] < head_end
                        and self.starts_with_place(text[tv.ends[j] : head_end])
                        and text[tv.ends[j] : tv.ends[j] + 1] not in "省市区县"):
                    start = tv.ends[j]  # 促进|杭州大江东产业集聚区: a verb before a place governs the name
                    changed = True
            if not changed and tv.is_token_start(start) and start > 0:
                j = tv.token_at(start)
                k = tv.token_at(start - 1)
                if (tv.texts[j] in self.res.name_verbs and tv.pos[j] in ("v", "vn") and tv.ends[k] == start
                        and (tv.texts[k] in self.res.boundary_words or tv.pos[k] in ("d", "ad"))
                        and head_end - tv.ends[j] >= 4):
                    start = tv.ends[j]  # 全力|支撑|极弱磁大科学设施: after an adverb a verb governs the name
                    changed = True
            if not changed and typ == "Zone" and tv.is_token_start(start):
                j = tv.token_at(start)
                if tv.pos[j] in ("v", "vn") and tv.ends[j] < head_end and w_not_place(self, text, start):
                    start = tv.ends[j]  # 促进|跨境电商综合试验区: no zone's name starts with a verb
                    changed = True
            if not changed and typ in ("Initiative", "Award") and text[start] in "省市区县" and (
                start + 1 < head_end and tv.is_token_start(start + 1)
            ):
                start += 1  # 省尖兵领雁攻关计划: the level qualifies the programme
                changed = True
        return start

    def is_generic(self, text: str, tv: TokenView, start: int, head_end: int, typ: str = "") -> bool:
        """True when the words before the suffix are all generic (or fewer than 2 chars); for
        organisations verbs do not count either (促进|集聚区, 创业服务|中心 name no one)."""
        weak = ("l",) if typ in LOOSE_TYPES or not typ else ("l", "i", "v", "vn")
        if head_end - start < 2:
            return True
        if self.cut_place(text, tv, start):
            return False  # 新|都|高新技术产业园区: a place jieba cut into characters is a name's start
        content = 0
        i = start
        while i < head_end:
            j = tv.token_at(i)
            w = text[max(i, tv.starts[j]) : min(head_end, tv.ends[j])]
            if (w not in self.res.generic_words and tv.pos[j] not in weak
                    and tv.texts[j] not in self.res.gov_departments
                    and not (w in STOP_CHARS or w in "()()")):
                content += len(w)
            i = min(head_end, tv.ends[j]) if tv.ends[j] > i else i + 1
        return content < 2

    def industry_only(self, head: str) -> bool:
        """Is the head one industry, with at most a generic modifier before it and 产业 after it
        (现代农业, 国际生物医药产业, 生物技术)? Such a park or base is a kind, not a name.

        >>> from kg.extract.resources import load_resources
        >>> MorphologyFinder(load_resources()).industry_only("现代农业")
        True
        >>> MorphologyFinder(load_resources()).industry_only("滨江物联网")
        False
        """
        if head.endswith("产业") and len(head) > 2:
            head = head[:-2]
        for modifier in INDUSTRY_MODIFIERS:
            if head.startswith(modifier) and head[len(modifier):] in self.res.industries:
                return True
        return False

    # what stands before a park named only by its industry when the text means one park: the start
    # of a clause or of a list item, or 即/是 (“一园”即新材料产业园)
    PARK_NAMED_BEFORE = re.compile(r"(?:^|[。,;:、“\n]|即|是)$")

    def park_named_by_industry(self, text: str, start: int, end: int, suffix: str) -> bool:
        """A park a zone names by its industry alone (医疗器械产业园累计已招引…, 5G产业园、联甬产业园) is
        that zone's park when it opens a clause or a list item; after a modifier (较大影响力的…, 一批…)
        it is a kind of park.

        >>> from kg.extract.resources import load_resources
        >>> m = MorphologyFinder(load_resources())
        >>> m.park_named_by_industry("。医疗器械产业园累计已招引企业", 1, 8, "产业园")
        True
        >>> m.park_named_by_industry("打造有影响力的集成电路产业园", 7, 14, "产业园")
        False
        """
        return suffix in NAMED_INDUSTRY_PARK_SUFFIXES and bool(
            self.PARK_NAMED_BEFORE.search(text, max(0, start - 1), start))

    def city_district(self, text: str, head: str) -> bool:
        """``光明区`` is a district when the text also writes it after its city (深圳光明区, 深圳市光明区),
        though 光明 alone is no place name."""
        if len(head) != 2 or not all(is_cjk(c) for c in head) or head in self.res.generic_words:
            return False
        i = text.find(head + "区")
        while i != -1:
            before = text[max(0, i - 4) : i].rstrip("市")
            if any(before[-n:] in self.city_set for n in (2, 3, 4) if len(before) >= n):
                return True
            i = text.find(head + "区", i + 3)
        return False

    def is_region_class(self, head: str) -> bool:
        """A head that is only a province/city/country with its level and generic words
        (浙江省, 上海市重点, 国家重点): a lab so named is a designation, not one lab (白马湖, 之江:
        not provinces or cities)."""
        for place, (level, _) in self.res.places.items():
            if level in ("province", "city", "country") and head.startswith(place):
                rest = head[len(place):]
                for w in ("省", "市", "重点", "省级", "市级"):
                    if rest.startswith(w):
                        rest = rest[len(w):]
                return rest in ("", "重点")
        return False

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
            latin = w.isascii() and w.isalnum() and any(c.isalpha() for c in w)  # H1, G60
            if p is None and len(w) >= 2 and (latin or all(is_cjk(c) for c in w)) \
                    and tv.starts[j] >= start and w not in self.res.generic_words:
                return True  # Latin letters, or a whole word jieba does not know (its HMM made it)

            i = tv.ends[j] if tv.ends[j] > i else i + 1
        return False

    PROGRAMME_GAP_STOPS = frozenset(",。;:!?、和及与或的\n“”\"《》()")
    #: endings of a programme's name that may run back to its verb; routine plans (年度…计划) are none
    PROGRAMME_ENDINGS = ("计划", "工程", "行动")

    def programme_start(self, text: str, tv: TokenView, s: int) -> Optional[int]:
        """Where a programme's name before ``s`` starts when a programme verb stands at most 14
        characters before it in the same phrase (实施|高新技术企业倍增|计划), else None."""
        lo = s
        while lo > 0 and s - lo < 14 and text[lo - 1] not in self.PROGRAMME_GAP_STOPS:
            lo -= 1
        best = None
        for v in self.res.programme_verbs:
            i = text.rfind(v, lo, s)
            if i >= 0 and tv.is_token_start(i) and tv.is_token_end(i + len(v)) and s - (i + len(v)) >= 2:
                if best is None or i + len(v) > best:
                    best = i + len(v)
        return best

    def distinctive(self, text: str, tv: TokenView, start: int, end: int) -> bool:
        """Does ``text[start:end]`` hold something that names rather than describes: a proper
        word, a rare word (瞪羚), a digit or Latin letter, or a run of single characters jieba
        could not join (瞪|羚)?"""
        if any(c.isdigit() or c.isascii() and c.isalpha() for c in text[start:end]):
            return True
        if self.has_proper_word(text, tv, start, end) or self.name_words(text, tv, start, end):
            return True
        j, run = tv.token_at(start), 0
        while j < len(tv) and tv.ends[j] <= end:
            run = run + 1 if tv.ends[j] - tv.starts[j] == 1 and is_cjk(tv.texts[j]) else 0
            if run >= 2:
                return True
            j += 1
        return False

    def after_programme_verb(self, text: str, start: int) -> bool:
        """实施X改革 / …改革、推进Y改革: a programme verb (or a list comma after one) precedes."""
        lo = max(0, start - 6)
        before = text[lo:start]
        if before.endswith(self.res.programme_verbs):
            return True
        return before.endswith("、") and any(v in text[max(0, start - 40) : start] for v in self.res.programme_verbs)

    AWARDED_AFTER = re.compile(r"[^,。;]{0,30}?(?:获评|获得|荣获|入选|被评为|被列为)")
    TITLE_AFTER = re.compile(r"[^,。;]{0,30}?(?:获评|获得|荣获|入选|被评为|被列为|经验|案例|做法)")

    def described_domain(self, text: str, start: int, s: int, e: int) -> bool:
        """深化人事制度|改革, 实施…审查机制|改革: a reform described by the domain it changes (its words
        end in 制度/机制/便利化 …, ``descriptive_endings.txt``), written once and not given a title's
        role (awarded, selected, cited as an experience), is a task, not a named reform."""
        if re.search(r"(?:\d+|[一二两三四五六七八九十]+)项$", text[start:s]):
            return True  # …模式创新2项改革: a count of reforms, not one
        if not self.res.descriptive_endings or not text.endswith(self.res.descriptive_endings, start, s):
            return False
        if text.count(text[start:e]) >= 2:
            return False
        return not self.TITLE_AFTER.match(text, e)

    def planned(self, text: str, start: int, end: int) -> bool:
        """A designation the text only plans to seek: 争创…示范区, 推进A、B等建设. A name the
        document keeps using (3 times or more) exists for it, whatever verbs stand near."""
        if text.count(text[start:end]) >= 3:
            return False
        if text[max(0, start - 4) : start].endswith(self.res.plan_verbs):
            return True
        # 争创全国“…示范区”: a quote and a level between the verb and the designation
        before = re.sub(r"(?:全国|全省|国家级|省级|国家|首批)?[“\"]?$", "", text[max(0, start - 8) : start])
        if before != text[max(0, start - 8) : start] and before.endswith(self.res.plan_verbs):
            return True
        # 打造成为|…产业园; 创建中国软件名园、|国家网络安全产业园区; 建成“A”和“B示范区”: the verb governs
        # a list (or a 成为/为 clause) that the designation closes
        if self.plan_list_re is not None and self.plan_list_re.search(text[max(0, start - 60) : start]):
            return True
        after = text[end : end + 40]
        return bool(re.match(r"(?:、[^,。;]{0,30})?等(?:的)?(?:建设|创建)", after))

    def starts_with_zone(self, text: str, tv: TokenView, start: int) -> bool:
        """Does the name start with a curated zone's whole word (南山区|科技创新局)?"""
        j = tv.token_at(start)
        if tv.starts[j] != start:
            return False
        entry = self.res.lexicon_entry(tv.texts[j])
        return entry is not None and entry.type == "Zone"

    def zone_department(self, text: str, tv: TokenView, start: int, end: int) -> bool:
        """Is ``text[start:end]`` a zone's name (by its ending) and then one department word
        (青禾高新区|科创局), so that the zone is the department's place?"""
        j = tv.token_at(end - 1)
        if tv.ends[j] != end or tv.texts[j] not in self.res.gov_departments or tv.starts[j] <= start:
            return False
        ending = self.res.suffix_type(text[start : tv.starts[j]])
        return ending is not None and ending[1] == "Zone" and tv.starts[j] - start > len(ending[0])

    def cut_place(self, text: str, tv: TokenView, start: int) -> bool:
        """Is ``text[start:start+2]`` a known two-character place whose characters jieba put in two
        words (新|都: an adjective and an adverb to jieba; 陵|城区), so that it opens a name?"""
        return text[start : start + 2] in self.place_set and tv.token_at(start) != tv.token_at(start + 1)

    def district_word(self, text: str, tv: TokenView, e: int) -> Optional[int]:
        """Where the one word that ends at ``e`` starts when it is a known place + a one-character
        district ending (龙湾区, 越城区), else None."""
        j = tv.token_at(e - 1)
        if tv.ends[j] == e and text[e - 1] in self.res.district_suffixes \
                and text[tv.starts[j]:e - 1] in self.res.places:
            return tv.starts[j]
        return None

    def starts_with_place(self, name: str) -> bool:
        if name.startswith(ADMIN_PREFIXES):
            return True
        return any(name[:n] in self.place_set for n in self.place_lengths)

    PROJECT_LIST_RE = re.compile(r"(?:[^、,,::;;。!?\n]{2,40}、)+[^、,,::;;。!?\n]{2,40}")
    # (?<!…): a match starts only where a sentence piece does; without it every position of a
    # piece with no 项目 rescans the piece to its end (quadratic, 0.3 s over the laws corpus)
    PROJECT_SENT_RE = re.compile(r"(?<![^。;;!?\n])[^。;;!?\n]*项目[^。;;!?\n]*")

    def project_companies(self, text: str, tv: TokenView) -> list[tuple[Cand, int]]:
        """Companies named by their projects in a 、-list of a sentence about projects
        (签约项目包括阿特斯全球供应链总部、速腾电子研发生产总部、长兴电子二期等): each item is a brand,
        optional company words (``company_words.txt``: 电子, 科技 …) and a descriptor
        (``project_words.tsv``: 全球, 研发, 总部 …). Returns (company, end of the item's descriptor
        when the item is "company + descriptor" only — that span is the company's, not a platform)."""
        out: list[tuple[Cand, int]] = []
        if "项目" not in text or not self.res.company_words:
            return out
        for sm in self.PROJECT_SENT_RE.finditer(text):
            for lm in self.PROJECT_LIST_RE.finditer(text, sm.start(), sm.end()):
                hits = []
                pos = lm.start()
                for n, item in enumerate(lm.group().split("、")):
                    s, e = pos, pos + len(item)
                    pos = e + 1
                    k = text.find("等", s, e)
                    if k > s:
                        e = k  # …、长兴电子二期等项目: the list ends at 等
                    if n == 0:
                        # 签约项目包括|明拓…: the list starts after the words that introduce it
                        cut = max((text.rfind(w, s, e) + len(w) for w in LIST_INTRO
                                   if text.rfind(w, s, e) >= 0), default=s)
                        s = cut if tv.is_token_start(cut) else s
                    if n == 0 and tv.is_token_start(s):
                        # the governing verb before the first item: 包括|中建国际…, 签约|…
                        j = tv.token_at(s)
                        while j < len(tv) and tv.ends[j] < e and (
                                tv.pos[j] in VERB_POS or tv.texts[j] in self.res.boundary_words):
                            j += 1
                        s = tv.starts[j] if j < len(tv) else e
                    hit = self._project_company(text, tv, s, e)
                    if hit is not None:
                        hits.append(hit)
                # a list of projects (most items fit), not one phrase that happens to fit
                if len(hits) >= 2 and 2 * len(hits) >= n + 1:
                    out += hits
        return out

    def _project_company(self, text: str, tv: TokenView, s: int, e: int) -> Optional[tuple[Cand, int]]:
        if e - s < 3 or not tv.is_token_start(s) or "的" in text[s:e]:
            return None  # …科技创新的“主引擎”: a description, not a project
        j = tv.token_at(s)
        head_end = comp_end = -1
        while j < len(tv) and tv.ends[j] <= e:
            t = tv.texts[j]
            if t in self.res.company_words and tv.starts[j] > s:
                comp_end = tv.ends[j]
            elif comp_end >= 0 or t in self.res.project_words or t[0].isdigit() or tv.pos[j] == "m":
                break
            elif any(c in STOP_CHARS or c in FUNCTION_CHARS for c in t):
                return None
            else:
                head_end = tv.ends[j]
            j += 1
        if head_end < 0 or head_end - s < 2 or head_end - s > 8:
            return None
        head = text[s:head_end]
        if (head in self.res.generic_words or head in self.res.industries
                or head.startswith(ADMIN_PREFIXES) or self.is_generic(text, tv, s, head_end)):
            return None
        entry = self.res.lexicon_entry(head)
        if (entry is not None and entry.type != "Enterprise") or head[-1] in "省市区县":
            return None  # 大湾区|科技…: a known zone or place is no company's brand
        if comp_end < 0 and (head in self.res.places or self.starts_with_place(head)):
            return None  # 苏州|总部: a place's seat, not a company (长兴|电子 is one)
        end = comp_end if comp_end > 0 else head_end
        rest = text[end:e]
        if comp_end < 0 and not (rest and rest.endswith(self.res.project_endings)):
            return None  # a bare brand needs a company word or a project's descriptor after it
        whole = e if rest.endswith(self.res.project_endings) else -1
        return Cand(s, end, "Enterprise", "project:company", priority=2, confidence=0.6), whole

    def _base_company(self, text: str, tv: TokenView, start: int, s: int) -> Optional[Cand]:
        """The company whose production base ``text[start:s]`` + 基地 is: a known company, or a brand
        of one or two words + one company word (``company_words.txt``), after an optional place
        (滨江区|宏杉科技|存储产品产业化基地) and before descriptor words only; else None
        (钛酸锶装备制造生产基地 names a product, 海洋高新技术项目产业化基地 a kind)."""
        j = tv.token_at(start)
        while j < len(tv) and tv.ends[j] < s and self.res.place_of(tv.texts[j]):
            j += 1  # the place the base lies in (滨江区) is no part of the company's name
        b0 = tv.starts[j] if j < len(tv) else s
        brand_end = comp_end = -1
        while j < len(tv) and tv.ends[j] < s:
            t = tv.texts[j]
            entry = self.res.lexicon_entry(t)
            if entry is not None and entry.type == "Enterprise" and brand_end < 0:
                brand_end = comp_end = tv.ends[j]  # 士兰微|测试生产基地
                break
            if t in self.res.company_words and brand_end > 0:
                comp_end = tv.ends[j]
                break
            if brand_end - b0 == 4 and j - tv.token_at(b0) == 2 and (
                    t in self.res.project_words or t in self.res.places):
                comp_end = brand_end  # 中科宇航|产业化…, 联众智慧|滨江…: a two-word brand alone
                break
            if (t in self.res.industries or t in self.res.generic_words or t in self.res.places
                    or tv.pos[j] in VERB_POS or tv.pos[j] in STOP_POS or not all(map(is_cjk, t))
                    or t in self.res.project_words or t in self.res.company_words):
                return None
            brand_end = tv.ends[j]
            j += 1
        if comp_end < 0 or not 2 <= brand_end - b0 <= 4:
            return None
        # the rest is a product or field, then what the base does: 大数据存储产品|研发制造
        rest = text[comp_end:s]
        if not rest or len(rest) > 14 or any(p in rest for p in ("的", "和", "、")):
            return None
        return Cand(b0, comp_end, "Enterprise", "project:base", priority=2, confidence=0.6)

    def find(self, text: str, tv: TokenView, brands: Optional[set] = None) -> Iterable[Cand]:
        deferred: list[tuple[int, int, int, str, str]] = []
        brand_words: set[str] = set(brands or ())
        zone_keys: set[str] = set()  # zones named with a proper word (for their short forms below)
        projects = self.project_companies(text, tv)
        # "company + descriptor" spans (新磊半导体|生产基地) are the company's project: no platform
        project_spans = {(c.start, whole) for c, whole in projects if whole > 0}
        for c, _ in projects:
            yield c
        for m in self.suffix_re.finditer(text):
            s, e = m.start(), m.end()
            if not self.ends_name(text, tv, s, e):
                continue  # 大学生, 研究院所: the suffix runs on into another word
            suffix = m.group()
            if suffix not in self.res.district_suffixes and self.district_word(text, tv, e) is not None:
                s, suffix = e - 1, text[e - 1]  # 龙湾区 is the district of 龙湾, not 龙 + 湾区
            start_tok = tv.token_at(s)
            typ = self.suffix_type[suffix]
            if tv.starts[start_tok] < s:
                piece = text[tv.starts[start_tok] : s]
                lookup = getattr(tv.pos, "lookup", None)
                if tv.pos[start_tok] in ("v", "vn", "vd", "l", "i") and tv.ends[start_tok] == e:
                    continue  # 部署, 开展: a verb that happens to end like an office
                if piece in self.res.boundary_words or (
                        lookup is not None and lookup(piece) in VERB_POS and piece not in self.res.name_verbs):
                    continue  # 出席会议, 召开大会: one jieba word, a verb and the class noun
            if s > 0 and text[s - 1] in "与和及" and tv.is_token_start(s) and tv.is_token_start(s - 1):
                continue  # 三一重工与|园区签约: a class noun right after a conjunction is the bare noun
            start = self.left_edge(text, tv, start_tok, typ, s)
            head_end = s
            start = self.trim(text, tv, start, head_end, typ)
            if suffix in self.PROGRAMME_ENDINGS and suffix in self.res.cue_suffixes \
                    and not self.after_programme_verb(text, start):
                # a programme's name may hold verbs (瞪羚企业培育计划, 高新技术企业倍增计划) that stop
                # the left edge: the name then runs from the programme verb before it (实施|…计划)
                ps = self.programme_start(text, tv, s)
                if ps is not None and ps < start:
                    if not self.distinctive(text, tv, ps, s) or "年度" in text[ps:s]:
                        continue  # 实施|人才引进计划, 年度工作计划: a kind of plan, not a named one
                    start = ps
            if "合作" in text[start:e] and typ in ("Zone", "Policy"):
                # 杭州高新区(滨江)|萧山特别合作园: a cooperation zone is named after both partners, so the
                # partner zone written before it is part of its name (not a zone followed by a name)
                z = max((z for z in self.zone_names_with_brackets if text.endswith(z, 0, start)), key=len, default="")
                start -= len(z)
            if typ in LOOSE_TYPES:
                d = DATE_START.match(text, start, head_end)
                if d:
                    start = d.end()  # 12月8日|北京市…会议: the date is when, not the name
            # a reform the text treats as a title — cited for an award or as an experience, or
            # written again — is named even in common words (嵌入式服务改革, …平台体制机制改革)
            titled = suffix in self.res.cue_suffixes and typ == "Initiative" and s - start >= 5 and (
                bool(self.TITLE_AFTER.match(text, e)) or text.count(text[start:e]) >= 2)
            if self.is_generic(text, tv, start, head_end, typ) and not titled:
                continue
            if suffix in INDUSTRY_PARK_SUFFIXES and self.industry_only(text[start:head_end]) \
                    and not self.park_named_by_industry(text, start, e, suffix):
                continue  # 医疗器械产业园, 集成电路产业园区: a kind of park, not a named one
            if typ in ("Laboratory", "InnovationPlatform") and text.startswith(("体系", "系统"), e):
                continue  # …组成的天府实验室体系: a system of labs, not a lab
            if typ == "Laboratory" and self.is_region_class(text[start:head_end]):
                continue  # 浙江省实验室, 上海市重点实验室: a class of labs a region designates
            name = text[start:e]
            after_zone = False  # the name follows the zone it lies in (a name in its own right)
            if suffix in self.res.district_suffixes:
                word = self.district_word(text, tv, e)
                if word is not None and word > start and self.starts_with_place(text[start:word]):
                    # 绍兴市|越城区: a district written after its city is named without it (the city
                    # is where it lies)
                    start = word
                    name = text[start:e]
                j = tv.token_at(start)
                head = text[start:s]
                lookup = getattr(tv.pos, "lookup", None)
                head_is_place = head in self.res.places or (
                    tv.starts[j] == start and tv.ends[j] == s and tv.pos[j] == "ns"
                ) or (lookup is not None and lookup(head) == "ns") or (
                    suffix == "区" and tv.starts[j] == start and self.city_district(text, head))
                # a town jieba glued to its ending, after the district it lies in (余杭区|乔李镇): named
                # without the district
                k0 = tv.token_at(s)
                town0 = tv.starts[k0]
                if suffix in TOWN_ENDINGS and tv.ends[k0] == e and start < town0 and 2 <= s - town0 <= 3 \
                        and text[town0 - 1] in "区县":
                    start, name = town0, text[town0:e]
                elif not (tv.starts[j] == start and head_is_place):
                    # a zone's part: 中国(湖北)自由贸易试验区|武汉|片区 (the zone + one place + 片区/园)
                    k = tv.token_at(s - 1)
                    # (a town's name after its district may be a word jieba does not know: 皋埠)
                    # (or one jieba takes for a person's: 余杭区|乔李/nr|镇)
                    town = suffix in TOWN_ENDINGS and text[tv.starts[k] - 1] in "区县" and (
                        tv.pos[k] == "ns" or tv.pos[k] in (None, "nr", "nz") and 2 <= len(tv.texts[k]) <= 3
                        and all(map(is_cjk, tv.texts[k])))
                    if not (tv.ends[k] == s and tv.starts[k] > start and (tv.pos[k] == "ns" or town)
                            and (town or ZONE_ENDINGS.search(text, start, tv.starts[k]))):
                        continue  # not a place + 区/县/园: 核心区, 无人区, 特别合作园
                    if suffix in ("区", "县") or town:
                        # (越城区|皋埠|街道: a town after its district is named without it)
                        # 四川天府新区|成都|新津区: a district after a zone is a zone of its own (the
                        # district of a city, not a part the zone names); the city before it is dropped
                        start = tv.starts[k]
                        name = text[start:e]
            elif typ == "Zone" and not suffix.endswith("片区") and "合作" not in suffix:
                # a zone named after a larger zone written in front: 东湖高新区|光谷生物城 is its own
                # name (the containment is a relation, not part of the name)
                inner = None
                for zm in ZONE_ENDINGS.finditer(text, start, s - 2):
                    if tv.is_token_end(zm.end()) and s - zm.end() >= 2:
                        inner = zm.end()
                # …or after the city and district it lies in: 宁波市镇海区|新材料小镇 (the district is a
                # zone of its own; the city is no entity)
                district = None
                j = tv.token_at(start)
                while j < len(tv) and tv.ends[j] < s - 1:
                    t = tv.texts[j]
                    if tv.starts[j] >= start and t[-1] in "区县市" and len(t) >= 2 and (
                            tv.pos[j] == "ns" or t in self.res.places or self.starts_with_place(t)
                            or (t[-1] in "区县" and 3 <= len(t) <= 4 and j > 0 and tv.texts[j - 1].endswith("市")
                                and tv.ends[j - 1] == tv.starts[j])  # 绍兴市|柯桥区: a district after its city
                    ) and t[-2:] not in ("新区", "园区", "城区") and not ZONE_ENDINGS.search(t) and not (
                            t[-1] == "市" and (j + 1 >= len(tv) or tv.texts[j + 1][-1:] not in "区县")):
                    # a city alone in front stays in the name (北京市新技术产业开发试验区, 青岛市…产业园);
                    # the city and district before a town are cut (宁波市镇海区|新材料小镇)
                        inner = tv.ends[j] if inner is None or tv.ends[j] > inner else inner
                        district = None
                        if t[-1] in "区县" and len(t) >= 3:
                            # 宁波市镇海区 as one word: the district is the part after the city
                            cut = t.rfind("市", 0, len(t) - 1) + 1
                            if len(t) - cut >= 3:
                                district = (tv.starts[j] + cut, tv.ends[j])
                    elif t in ("区", "县") and j > 0 and tv.starts[j - 1] >= start \
                            and tv.ends[j - 1] == tv.starts[j] and tv.texts[j - 1] in self.res.places:
                        # 新津|区|天府智能制造产业园: jieba cut the district word; the place and its
                        # ending are the district, and the park after it is named without it. (Only
                        # here, before a park: taught to district_word, the split form also turned
                        # 陵城|区|经济开发区 into a district and lost the zone, measured on train4.)
                        inner = tv.ends[j] if inner is None or tv.ends[j] > inner else inner
                        district = (tv.starts[j - 1], tv.ends[j])
                    j += 1
                if inner is not None and suffix in INDUSTRY_PARK_SUFFIXES and self.industry_only(text[inner:s]):
                    # 兰州高新区|生物医药产业园: a kind of park is named by the zone it lies in, so
                    # the zone stays in its name (the park alone would name no one)
                    inner = district = None
                if inner is not None and not self.is_generic(text, tv, inner, s, typ):
                    if district is not None and district[1] == inner:
                        yield Cand(district[0], district[1], "Zone", "morph:district", priority=2,
                                   confidence=0.7)
                    start, after_zone = inner, True
                    name = text[start:e]
            if text.startswith("块", start) and text[start - 1 : start] == "区" and s - start > 2:
                # 钱塘区|块|大创小镇: jieba split 区块 (a zone's block) and the zone was cut off in front;
                # the block's word is not the name's
                start += 1
                name = text[start:e]
            if suffix in self.res.proper_suffixes and not after_zone and not self.has_proper_word(
                    text, tv, start, s) and not (typ == "Event" and EVENT_ORDINAL.search(text, start, s)):
                deferred.append((start, s, e, typ, suffix))
                continue
            if suffix in self.res.cue_suffixes and not self.after_programme_verb(text, start) and not (
                    typ == "Initiative" and self.AWARDED_AFTER.match(text, e)):
                continue  # …服务改革获评…奖: a reform that receives an award needs no programme verb
            if suffix in self.res.cue_suffixes and self.described_domain(text, start, s, e):
                continue
            if suffix in self.res.plan_suffixes and self.planned(text, start, e):
                continue
            if suffix in OWNED_BODY_SUFFIXES and not (
                    self.starts_with_place(name) or self.has_proper_word(text, tv, start, s)
                    or tv.pos[tv.token_at(start)] == "ns"):
                continue  # 书面通知|业主委员会, 委托|乡镇人民政府: a body needs a place or an owner
            if suffix == "党工委" and text.startswith(("书记", "副书记"), e):
                continue  # X高新区党工委书记Y: a title of the zone's head (ledBy the zone), not the body
            if suffix in self.res.place_suffixes and (
                not (self.starts_with_place(name) or tv.pos[tv.token_at(start)] == "ns"
                     or self.starts_with_zone(text, tv, start) or self.zone_department(text, tv, start, e))
                or (text[s - 1] in NOT_BEFORE_PLACE_SUFFIX
                    # (a department word ends in the suffix: 东湖高新区|科创局)
                    and tv.texts[tv.token_at(s - 1)] not in self.res.gov_departments)
            ):
                continue
            if name.startswith(self.res.deictics) and text[start:head_end] in self.res.deictics:
                continue
            if suffix not in self.res.proper_suffixes:
                brand_words.update(self.name_words(text, tv, start, s))
            if (start, e) in project_spans:
                continue
            if typ == "Zone" and self.res.place_level(name) == "region":
                continue  # 粤港澳大湾区: a region of several provinces is a place, not a zone
            if suffix == "基地" and PRODUCTION_BASE_RE.search(text, start, s):
                # 宏杉科技|大数据存储产品研发制造基地: a company's production base is the company's
                # project (guidelines), not a platform: name the company
                company = self._base_company(text, tv, start, s)
                if company is not None:
                    yield company
                    continue
            if typ == "Zone":
                zone_keys.add(self.res.zone_key(text[start:e]))
            yield Cand(start, e, typ, f"morph:{suffix}", priority=2, confidence=0.75)
        # a common word that names something else in this document is a brand here: 湖北光谷实验室
        # makes 光谷 proper, so 光谷科技创新大走廊 is a name too
        for start, s, e, typ, suffix in deferred:
            # (a list sibling vouches for zones only: 保险公司、财务公司 are kinds of firms, not names)
            # (跨省域高新区 is the short form of 跨省域高新技术产业开发区, named in full in this text)
            if any(w in brand_words for w in self.name_words(text, tv, start, s)) or (
                    typ == "Zone" and (self.listed_with_sibling(text, tv, start, e, typ)
                                       or self.res.zone_key(text[start:e]) in zone_keys)):
                yield Cand(start, e, typ, f"morph:{suffix}", priority=2, confidence=0.65)

    LIST_JOINS = ("、", "和", "及", "与", "以及")

    def listed_with_sibling(self, text: str, tv: TokenView, start: int, e: int, typ: str) -> bool:
        """Is the name ``text[start:e]`` an item of a list whose neighbour ends like a name of the
        same class (光谷生物城、光谷软件园和未来科技城): its siblings say the list names places of one
        kind, so a name made of common words (光谷, 天府) is a name here too."""
        if start >= 2 and text[start - 1] in "、和及与":
            before = text[max(0, start - 7) : start - 1]
            hit = self.res.suffix_type(before)  # (bare 区/园 endings do not count: any text has them)
            if hit is not None and hit[1] == typ and len(before) > len(hit[0]):
                return True
        for join in self.LIST_JOINS:
            if text.startswith(join, e):
                after = text[e + len(join) : e + len(join) + 12]
                for m in self.suffix_re.finditer(after):
                    if any(c in STOP_CHARS or c in "、和及与" for c in after[: m.start()]):
                        break
                    if self.suffix_type.get(m.group()) == typ and tv.is_token_end(e + len(join) + m.end()) \
                            and m.start() >= 2:
                        return True
                break
        return False

    def ends_name(self, text: str, tv: TokenView, s: int, e: int) -> bool:
        """Can a name whose suffix starts at ``s`` end at ``e``: a token ends there, or jieba's guess
        (a word it does not know) glued one function character to the suffix (合作|园是, 研发|区及)."""
        if tv.is_token_end(e):
            return True
        k = tv.token_at(e - 1)
        return (tv.pos[k] is None and tv.starts[k] >= s and tv.ends[k] - e == 1
                and (text[e] in FUNCTION_CHARS or text[e] in GLUED_MODALS))

    def name_words(self, text: str, tv: TokenView, start: int, end: int) -> list[str]:
        """The whole words of ``text[start:end]`` that could be a brand: two or more CJK characters,
        not generic, not a place or level word."""
        out = []
        j = tv.token_at(start)
        while j < len(tv) and tv.ends[j] <= end:
            w = tv.texts[j]
            if (tv.starts[j] >= start and len(w) >= 2 and w not in self.res.generic_words
                    and w not in self.res.places and tv.pos[j] in ("n", "nz", "j", "nt", None)
                    and all(is_cjk(c) for c in w) and (self.word_freq.get(w) or 0) < BRAND_MAX_FREQ):
                out.append(w)
            j += 1
        return out

    def head_phrase(self, text: str, tv: TokenView, e: int) -> Optional[tuple[int, str, str]]:
        """For a suffix ending at ``e``: (start, suffix, type) of the generic class phrase, e.g.
        ``全国重点实验室`` in ``…等全国重点实验室`` (used by coordination expansion)."""
        for suffix, typ in self.res.suffixes:
            if text.endswith(suffix, 0, e):
                s = e - len(suffix)
                start = self.left_edge(text, tv, tv.token_at(s), typ)
                return start, suffix, typ
        return None


def w_not_place(morph: "MorphologyFinder", text: str, start: int) -> bool:
    """The text at ``start`` does not begin with a known place (a place is never trimmed)."""
    return not morph.starts_with_place(text[start : start + 8])


# ---------------------------------------------------------------- 《…》 policies
POLICY_RE = re.compile(r"《([^《》\n]{2,80})》")
# the request a reply answers, named after the addressee: 你们关于…的请示(…号)收悉 / 你市《关于…的请示》
# how a reply names whom it answers (the sender of the request): 你们, 你市, 你省 …
ADDRESSEE_PRONOUNS = ("你们", "你市", "你省", "你区", "你县", "你州", "你局", "你厅", "你委", "你部", "你办", "你院",
                      "你校", "你单位", "你公司")
REPLY_REF_RE = re.compile(r"(?:" + "|".join(ADDRESSEE_PRONOUNS) + r")"
                          r"(关于[^,，。;；:：《》\n]{4,80}?的(?:请示|报告|函))(?=[\(（]|收悉|已收悉)")
POLICY_TAIL_RE = re.compile(r"(?:\((?:试行|暂行|修订|修订稿|征求意见稿|草案|[0-9—\-–~年]+)\))+$")


def policy_kind(res: Resources, title: str) -> str:
    core = POLICY_TAIL_RE.sub("", title)
    for ending, kind in res.policy_kinds:
        if core.endswith(ending):
            return kind
    return ""


def find_policies(text: str, res: Resources) -> Iterable[Cand]:
    """《title》 → a Policy; a bare kind word (《条例》) refers back and is left to the caller. A reply
    names the request it answers without 《》 too: 你们关于支持…的请示(国科发高〔2018〕235号)收悉."""
    for m in REPLY_REF_RE.finditer(text):
        yield Cand(m.start(1), m.end(1), "Policy", "policy:reply-ref", canonical=m.group(1), priority=6,
                   confidence=0.85, kind="请示")
    for m in POLICY_RE.finditer(text):
        title = m.group(1).strip()
        kind = policy_kind(res, title)
        if kind == "报告":
            continue  # a report or an index, not a policy
        if not kind:
            entry = res.lexicon_entry(title)
            if entry is not None and entry.type != "Policy":
                # 《湖北日报》: a newspaper's name in title marks, not a policy
                yield Cand(m.start(1), m.end(1), entry.type, "lexicon", entry.name, priority=5, confidence=0.9)
                continue
            if any(c in title for c in ",，!?！？;；|") or text.startswith("为题", m.end()):
                continue  # an article's headline (《加力提速…,…》为题), not a policy
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
# “一核”为宁港科技城, “一核”即…: what follows the quote is a predicate, not the quote's kind word
COPULA_AFTER_QUOTE = frozenset("为是即指系在与和及")
NUMERAL_START = re.compile(r"^[一二两三四五六七八九十百千]+[号个大项条张]")
# verbs of seeking a designation (plan_verbs.txt holds the wider set of plan verbs, incl. 打造 which
# also introduces brands): a quoted zone or platform right after them is a goal
SEEK_RE = re.compile(r"(?:争创|创建|争取|申报|申创)(?:全国|全省|国家级|省级|国家|首批)?$")
# two counts in one short quoted term: a slogan (四区四中心, 一核五区), not a name
NUMERALS_2 = re.compile(r"^[一二两三四五六七八九十]\w{0,2}[一二两三四五六七八九十]\w{0,2}$")
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
        # “1+2+6+N” is a formula, but “互联网+” (a sector + plus) names a programme
        plus_programme = inner.endswith("+") and inner.count("+") == 1 and len(inner) >= 3 and is_cjk(inner[0])
        if len(inner) < 2 or ("+" in inner and not plus_programme) or FORMULA_RE.search(inner):
            continue
        if any(c in inner for c in ",。;:!?、"):
            continue  # a quoted clause or list, not a name
        start, end = m.start(), m.end()
        # a kind phrase right after the quote: the longest run of name words ending in a kind
        tail = ""
        if tv is not None and morph is not None and end < len(text) and is_cjk(text[end]) \
                and text[end] not in COPULA_AFTER_QUOTE:
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
        brand = tail in ("品牌", "称号")  # “江南芯谷”品牌: 品牌 says what it is, it is not part of the name
        name = left + inner + ("" if brand else tail)
        typ = quoted_type(res, name) or (quoted_type(res, inner + tail) if left else None)
        if typ is None and tail:
            typ = "Initiative"
        if brand and typ is None:
            typ = "Initiative"
        # a quoted title right after a verb of honours is an award (获评“…示范园区”)
        if any(text[max(0, start - k) : start] in res.award_cues for k in range(1, 5)) \
                and typ in ("Zone", "InnovationPlatform", None) and not res.lexicon_entry(name):
            typ = "Award"  # 获评“国家知识产权示范园区”: the quoted title is the honour, not a zone
        if typ == "Laboratory" and morph is not None and morph.is_region_class(name[: -len("实验室")].rstrip("重点")):
            continue  # “浙江省实验室”: the quoted term names a designation, not one lab
        if typ is None:
            continue
        if typ in ("Zone", "InnovationPlatform") and not res.lexicon_entry(name) and (
                SEEK_RE.search(text[max(0, start - len(left) - 8) : start - len(left)])
                or (typ == "Zone" and morph is not None and text.count(name) < 3
                    and morph.planned(text, start - len(left), end + len(tail)))
                or (not tail and NUMERALS_2.search(inner))):
            # 争创全省“万亩千亿”新产业平台: a designation sought, not held; “四区四中心”: a slogan of counts
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
        self.place_set = res.admin_places
        self.place_lengths = res.admin_place_lengths
        shorts = [s for s, _ in res.gov_abbreviations]
        # level + short first (cheap); the place before it is looked up afterwards
        self.rx = re.compile(rf"(省|市|区|县)({'|'.join(map(re.escape, shorts))})")
        #: shorts of party committees (委, 委组织部): 中共 written before the place is part of the name
        self.party_shorts = frozenset(s for s, t in res.gov_abbreviations if t.startswith("中共"))

    def find(self, text: str, tv: TokenView) -> Iterable[Cand]:
        for m in self.rx.finditer(text):
            s, e = m.span()
            # the longest known place ending right before the level (a set lookup per length)
            place = next((text[s - n : s] for n in self.place_lengths
                          if n <= s and text[s - n : s] in self.place_set), "")
            s0 = s - len(place)
            if not tv.is_token_end(e) or (not place and s > 0 and not tv.is_token_start(s)
                                          and text[s - 1] not in FUNCTION_CHARS):
                continue  # (经与|市科技局: jieba glued a function character to the level)
            if m.group(2) == "委" and text[e : e + 1] in ("员", "会"):
                continue
            if place and m.group(2) in self.party_shorts and text[max(0, s0 - 2) : s0] == "中共":
                s0 -= 2
            yield Cand(s0, e, "GovernmentBody", "gov-abbrev", priority=3, confidence=0.8)


# ---------------------------------------------------------------- awards named after a cue
#: words that introduce a list of projects (签约项目包括|A、B): the first item starts after them
LIST_INTRO = ("包括", "包含", "涵盖", "分别为", "分别是", "签约", "引进", "落地", "落户")
#: what may follow an honour's title that a list holds
LIST_ITEM_ENDS = ("、", "等", ",", "。", ";", "”", "(", "")
#: batch words before an honour in a list (入选A、第一批B): not part of the title
AWARD_LIST_STARTS = ("首批", "第一批", "第二批", "第三批", "第四批", "第五批")
# after an award cue (relation_cues.tsv, predicate awarded): batch, year and scope words before the title
AWARD_CUE_TAIL = r"(?:为)?((?:首批|第[一二三四五六七八九十\d]+批|\d{4}年度?|连续[一二三四五六七八九十\d]+年|全省|全国)*)"
AWARD_ENDINGS = ("基地", "区", "单位", "称号", "奖", "鼎", "园区", "城市", "集体", "典型", "先进", "标兵",
                 "工匠", "之星", "荣誉", "品牌", "示范区", "试点", "榜", "名单", "小镇", "集群", "强")
RANKING_RE = re.compile(r"([\u4e00-\u9fff]{2,10}排名)(?=蝉联|位列|位居|列|居|保持|稳居)")


# a news outlet where a byline or a source line names it: 大众网济南4月18日讯, 科技日报讯, 来源: 中国政府网,
# 据新华社报道, 封面新闻记者, 潮新闻 记者 (group 1; the outlet is a company that publishes the story; …台
# and …号 end too many other words at a line's end to be read as outlets there; a name may have one
# character before an ending of two or more, 潮|新闻, but two before a one-character ending, 大众|网)
MEDIA_BYLINE_RE = re.compile(
    r"(?:^|\n|来源[:：/／][ \t　]*|[,，。;；]据|[-—–·/／)）(（]|\d[ \t　]+|[。!?！？][ \t　]+|来自)[ \t　]*(?:据)?"
    r"([\u4e00-\u9fff]{2,10}?(?:" + "|".join(e for e in MEDIA_ENDINGS if e not in ("台", "号")) + ")"
    r"|[\u4e00-\u9fff]{1,10}?(?:" + "|".join(e for e in MEDIA_ENDINGS if len(e) >= 2) + "))"
    r"(?=[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(?:电|讯|消息)|讯|[ \t　]*(?:记者|通讯员)|(?<=社)报道|[ \t　]*(?:\n|$)"
    r"|[·/／–—-]|[ \t　]+(?:作者|编辑|责编|责任编辑|供图|摄|人气|时间|发布时间|\d)|(?:作者|编辑|责编|供图)|\d{4}[-年])")
# outlets whose names end in words that also end titles and clauses (深圳发布, 成都观察, 中国教育在线, 金台资讯):
# only where the line says it is a source or a byline (来源: X, 图片来自X, X 供图, X 记者, X通讯员)
MEDIA_WEAK_ENDINGS = ("发布", "观察", "在线", "资讯", "融媒")
WEAK_OUTLET = r"([\u4e00-\u9fff]{2,8}?(?:" + "|".join(MEDIA_WEAK_ENDINGS) + "))"
MEDIA_SOURCE_RE = re.compile(
    r"(?:来源[:：/／][ \t　]*|来自|(?:^|\n|[(（。!?！？])[ \t　]*)" + WEAK_OUTLET +
    r"(?=[ \t　]*(?:记者|通讯员|供图)|(?:发布)?时间|[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(?:电|讯|消息)|讯)")
MEDIA_SOURCE_LINE_RE = re.compile(
    r"(?:来源[:：/／][ \t　]*|图片来自|\d{1,2}:\d{2}[ \t　]+)" + WEAK_OUTLET + r"(?=[ \t　]*(?:\n|$))")


def find_media_outlets(text: str) -> Iterable[Cand]:
    """News outlets named by a byline or a source line.

    >>> [(c.start, c.end, c.type) for c in find_media_outlets("大众网济南4月18日讯 今天。")]
    [(0, 3, 'Enterprise')]
    >>> [c.start for c in find_media_outlets("来源:深圳发布发布时间:2020-08-20")]
    [3]
    >>> list(find_media_outlets("绍兴科创走廊发展规划发布\\n"))
    []
    """
    for rx in (MEDIA_BYLINE_RE, MEDIA_SOURCE_RE, MEDIA_SOURCE_LINE_RE):
        for m in rx.finditer(text):
            yield Cand(m.start(1), m.end(1), "Enterprise", "media:byline", priority=2, confidence=0.6)


# the Party's plenums and congresses as policy texts cite them (党的二十届二中、三中全会, 省第十四次党代会),
# named as the gold and Wikidata name them. A local congress without its place (省第十四次党代会) gets a
# placeholder ({省}) that the resolver fills with the document's province, city or district. A local
# committee's plenum (省委十五届三中全会) is not the Central Committee's: no match starts inside its number.
CN_NUM = "[一二三四五六七八九十]+"
PLENUM_RE = re.compile(rf"(?<![省市区县委一二三四五六七八九十])(?:党的)?({CN_NUM})届((?:{CN_NUM}中[、和及]?)+)全会")
CONGRESS_RE = re.compile(
    rf"(?:中共)?([\u4e00-\u9fff]{{2,4}}?)?(省|市|区|县)(?:第({CN_NUM})次|({CN_NUM})届({CN_NUM})次)党代会")


def find_party_meetings(text: str, places: frozenset = frozenset()) -> Iterable[Cand]:
    """Plenums of the Central Committee and local Party congresses, with their full names.

    >>> [(c.canonical) for c in find_party_meetings("贯彻党的二十届二中、三中全会精神")]
    ['中国共产党第二十届中央委员会第二次全体会议', '中国共产党第二十届中央委员会第三次全体会议']
    >>> list(find_party_meetings("贯彻省委十五届三中全会精神"))  # a provincial committee's plenum
    []
    >>> [c.canonical for c in find_party_meetings("落实省第十四次党代会部署")]
    ['中国共产党{省}第十四次代表大会']
    >>> [c.canonical for c in find_party_meetings("浙江省第十五次党代会", frozenset({"浙江"}))]
    ['中国共产党浙江省第十五次代表大会']
    """
    # (most texts name neither: two substring tests spare the regexes a pass over them)
    for m in PLENUM_RE.finditer(text) if "全会" in text else ():
        term = m.group(1)
        pos = m.start(2)
        for k, item in enumerate(re.findall(rf"{CN_NUM}中", m.group(2))):
            at = text.index(item, pos)
            start = m.start() if k == 0 else at
            end = at + len(item) + (2 if text.startswith("全会", at + len(item)) else 0)
            pos = at + len(item)
            yield Cand(start, end, "Event", "party:plenum", priority=3, confidence=0.8,
                       canonical=f"中国共产党第{term}届中央委员会第{item[:-1]}次全体会议")
    for m in CONGRESS_RE.finditer(text) if "党代会" in text else ():
        before, level = m.group(1) or "", m.group(2)
        # the longest known place that ends right before the level (落实|江西|省): else only the level
        place = next((before[k:] for k in range(len(before) - 1) if before[k:] in places), "")
        start = m.start(2) - len(place)
        where = place + level if place else "{" + level + "}"
        if m.group(3):
            name = f"中国共产党{where}第{m.group(3)}次代表大会"
        else:
            name = f"中国共产党{where}第{m.group(4)}届代表大会第{m.group(5)}次会议"
        yield Cand(start, m.end(), "Event", "party:congress", priority=3, confidence=0.7, canonical=name)


# an agreement written without 《》 after the verb that signs it, or in a list of them after 包括
AGREEMENT_RE = re.compile(
    r"(?:签署|签订|签约|签下|包括|涵盖)(?:了)?"
    r"((?:[^,.;:!?。,;:!?、\s“”\"《》()()的]{2,40}?(?:合作|框架|共建)(?:协议|备忘录)、)*"
    r"[^,.;:!?。,;:!?、\s“”\"《》()()的]{2,40}?(?:合作|框架|共建)(?:协议|备忘录))(?![\u4e00-\u9fff])")
# what an agreement's name must hold besides these words to name one agreement (not 战略合作协议)
AGREEMENT_GENERIC = re.compile(
    r"^(?:[一二两三四五六七八九十多双]方|新一轮|新一期|新一批|新的|新|全面|深度|长期|正式|相关|有关|一系列|系列|多项|一批|项目|重大|重点)*"
    r"(?:战略合作框架|战略合作|全面合作|框架合作|合作框架|合作|框架|投资|共建|入驻|入园|项目|招商|意向|友好)*"
    r"(?:协议|备忘录)$")



def find_agreements(text: str, res: Resources) -> Iterable[Cand]:
    """Agreements named without 《》 after the verb that signs them (签署齐鲁大学科技园战略合作协议), or
    listed after 包括 (包括A合作协议、B合作协议): Policies, like 《…协议》. A bare kind (战略合作协议,
    三方合作协议) names no agreement.

    The name must also hold a place or the ending of an organisation or zone (``org_suffixes.tsv``:
    科学城, 示范区, 研究院 …): what it is about, not only what it does (合作及启动首批前沿技术研发合作备忘录).

    >>> from kg.extract.resources import load_resources
    >>> res = load_resources()
    >>> [text[c.start:c.end] for text in ["双方签署了东湖科学城共建合作协议。"] for c in find_agreements(text, res)]
    ['东湖科学城共建合作协议']
    >>> list(find_agreements("双方签署战略合作框架协议。", res))
    []
    """
    for m in AGREEMENT_RE.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            if AGREEMENT_GENERIC.match(item) or len(item) < 6:
                continue
            if not (any(item[i:i + n] in res.places for n in (2, 3) for i in range(len(item) - n + 1))
                    or any(x in item for x in res.named_thing_endings)):
                continue
            yield Cand(s, e, "Policy", "policy:agreement", canonical=item, priority=5, confidence=0.7, kind="协议")


def _award_title(text: str, tv: TokenView, morph: "MorphologyFinder", s: int,
                 after_cue: bool = True) -> Optional[tuple[int, int]]:
    """The honour's title that starts at ``s`` (after a cue, or after a list's 、 when ``after_cue`` is
    false): name-like words (or a quoted title) up to the last award-like ending, or None."""
    first = s
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
            if close == -1 or text[s:e].endswith(("”", '"')):
                break  # “科技创新鼎”“天工鼎”: a second quoted title is a second honour
            e = close + 1
            j = tv.token_at(e) if e < tv.length else len(tv)
            continue
        if t in ("与", "和", "及") and e > s and j + 1 < len(tv) and morph.name_like(tv, j + 1, "Award"):
            e = tv.ends[j]  # 生物医药与医疗器械产业集群核心区: a title may join two fields
            j += 1
            continue
        if not morph.name_like(tv, j, "Award"):
            break
        e = tv.ends[j]
        j += 1
    phrase = text[s:e]
    if e - s < 4:
        return None
    # cut after the last award-like ending
    cut = max((phrase.rfind(x) + len(x) for x in AWARD_ENDINGS if phrase.rfind(x) != -1), default=-1)
    if cut < 4 or (phrase[:cut].endswith("区") and cut < 6):
        return None  # 全国高新区: too short to be a title
    e = s + cut
    q = text.find("“", s, e)
    if q > s and morph.starts_with_place(text[s:q]) and q - s <= 5 and text.find("”", q, e + 1) == e:
        s, e = q + 1, e - 1 if text[e - 1] == "”" else e  # 浙江省|“科技创新鼎”: the issuer's place
    elif q > s and morph.starts_with_place(text[s:q]) and q - s <= 5 and text[e : e + 1] == "”":
        s = q + 1  # 获得浙江省“科技创新鼎”: the quoted title is the name, the place its issuer
    if text[s] in "“\"" and "”" not in text[s:e]:
        s += 1  # “科技进步鼎”: the quotes are not part of the name
    elif not after_cue and text.startswith(("全省", "全市"), first):
        s = first  # 、全省…优秀示范单位: inside a list the scope word is the title's own
    return s, e


def find_awards(text: str, tv: TokenView, morph: "MorphologyFinder") -> Iterable[Cand]:
    """The honour after 获评/被授予/认定为/入选 …, each honour of a list after such a cue (入选A、B、C),
    and rankings (国家高新区排名蝉联全国第五)."""
    for m in morph.award_cue_re.finditer(text):
        s = m.end()
        if s >= len(text) or not tv.is_token_start(s):
            continue
        if m.group(1).endswith("全国"):
            s -= 2  # 全国学前教育普及普惠区: 全国 is part of the title
        title = _award_title(text, tv, morph, s)
        if title is not None and m.group().startswith("入选") and \
                text[title[1] : title[1] + 1] not in LIST_ITEM_ENDS:
            continue  # 入选世界一流高科技园区|创建序列: the list entered is longer than any title in it
        while title is not None:
            yield Cand(title[0], title[1], "Award", "award:cue", priority=3, confidence=0.65)
            # 入选A、B、C等: the list's next item is an honour too when it ends like one
            end = title[1]
            if text[end : end + 1] == "(" and text.find(")", end, end + 16) != -1:
                end = text.find(")", end, end + 16) + 1  # 国家创新型产业集群(数字安防产业)、…
            nxt = end + 1
            # 、 joins the list; “科技创新鼎”“天工鼎”: the next quoted title follows the closing quote
            joined = text[end:nxt] == "、" or (text[end:nxt] == "”" and text[nxt : nxt + 1] == "“")
            if not joined or nxt >= len(text) or not tv.is_token_start(nxt):
                break
            for w in AWARD_LIST_STARTS:
                if text.startswith(w, nxt) and tv.is_token_end(nxt + len(w)):
                    nxt += len(w)  # 、第一批省级“新星”产业群…: the batch is no part of the title
                    break
            title = _award_title(text, tv, morph, nxt, after_cue=False)
            if title is not None and text[title[1] : title[1] + 1] not in LIST_ITEM_ENDS:
                break  # the list ended inside this item: 、浙江省数字化示范园区建设|方案: not a title
    for m in RANKING_RE.finditer(text):
        s, e = m.span(1)
        start = morph.left_edge(text, tv, tv.token_at(e - 2), "Award") if tv.is_token_end(e) else s
        start = max(start, s)
        while text.startswith(("全国", "全省", "年度"), start) and e - start > 6:
            start += 2
        if tv.is_token_start(start) or text[start - 2 : start] in ("全国", "全省", "年度"):
            yield Cand(start, e, "Award", "award:ranking", priority=2, confidence=0.6)


# ---------------------------------------------------------------- numbered institutes
# 所 after a number ends the name (…52所、, 52所和…); before a noun it is a classifier (4所高校)
NUMBERED_INSTITUTE_RE = re.compile(
    r"(\d{1,4}|[一二三四五六七八九十]{1,3})所(?=[^\u4e00-\u9fff]|[和与及等的是将已在开牵联共]|$)")


def find_numbered_institutes(text: str, tv: TokenView, morph: "MorphologyFinder") -> Iterable[Cand]:
    """``中国电科52所``, ``中船重工725所``, ``国家海洋局一所``: an organisation's name, then a number and
    所 — a numbered research institute of that organisation (the organisation part is walked left
    like any name and must hold a proper word, a place or a known body)."""
    for m in NUMBERED_INSTITUTE_RE.finditer(text):
        s, e = m.span()
        if s == 0 or not tv.is_token_end(e):
            continue
        j = tv.token_at(s - 1)
        if tv.ends[j] != s or not morph.name_like(tv, j, "ResearchInstitute") and tv.pos[j] != "nt":
            continue
        start = morph.left_edge(text, tv, tv.token_at(s), "ResearchInstitute", s)
        start = morph.trim(text, tv, start, s)
        if s - start < 2 or not (morph.has_proper_word(text, tv, start, s) or morph.starts_with_place(text[start:s])
                                 or text[start:s] in morph.res.surface_index
                                 or morph.name_words(text, tv, start, s)):
            continue
        yield Cand(start, e, "ResearchInstitute", "morph:N所", priority=3, confidence=0.65)


# 所 closing a short institute name: not 所长, 所属, 所有 … (所 is a word of its own there)
SHORT_INSTITUTE_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?所(?![长属有谓以得需要在])"
                                r"|[\u4e00-\u9fff]{1,3}?研院(?![所长])")  # 西电|杭研院 = 杭州研究院
PARENT_TYPES = ("ResearchInstitute", "Enterprise", "University")


def find_short_institutes(text: str, tv: TokenView, parents: Iterable[Cand],
                          morph: "MorphologyFinder") -> Iterable[Cand]:
    """``中科院宁波材料所``, ``中科院福建物构所``: a known research organisation, then a place or field
    and ``所`` — the short name of one of its institutes (研究所); ``西电杭研院``: a university, the first
    character of a city and ``研院`` (its 杭州研究院). The part between must be name-like words (no
    verb, no boundary word) and hold a place or a proper/unknown word."""
    for c in parents:
        if c.type not in PARENT_TYPES or c.end >= len(text) or not is_cjk(text[c.end]):
            continue
        m = SHORT_INSTITUTE_RE.match(text, c.end)
        if m is None or not tv.is_token_start(c.end):
            continue
        e = m.end()
        mid_end = e - 1
        # every whole word between the parent and 所 must be name-like (所原 glued by jieba is fine)
        j = tv.token_at(c.end)
        ok = True
        while j < len(tv) and tv.ends[j] <= mid_end:
            if not morph.name_like(tv, j, "ResearchInstitute"):
                ok = False
                break
            j += 1
        if not ok or not (morph.starts_with_place(text[c.end:mid_end]) or morph.has_proper_word(
                text, tv, c.end, mid_end) or morph.name_words(text, tv, c.end, mid_end)):
            continue
        yield Cand(c.start, e, "ResearchInstitute", "morph:X所", priority=3, confidence=0.6)


# ---------------------------------------------------------------- industries
# endings of an unseen industry name before 产业 (光电子信息产业, 航空航天产业, 现代服务业)
INDUSTRY_HEAD_ENDINGS = ("装备", "医药", "制造", "器械", "材料", "能源", "软件", "电子", "通信", "服务业",
                         "信息", "汽车", "芯片", "半导体", "机器人", "航天", "航空", "生物", "健康", "经济",
                         "光电", "物联", "智能", "计算", "储能", "新能源", "环保", "安防", "网络", "数据",
                         "农业", "金融", "物流", "文化", "创意", "旅游", "医疗", "器件", "仪器", "设备")
# an industry word names a sector when a sector word follows it, when it stands in a list, or when a
# verb of developing a sector comes shortly before it in its clause
SECTOR_AFTER = ("产业", "发展", "行业", "领域", "赛道", "集群", "产业链", "等", "、", "和", "与", "及", "经济", "企业",
                "方向", "板块", "业态", "项目", "龙头", "基地", "园", "小镇", "为主", "为核心", "为重点")
DEVELOP_VERBS = re.compile("发展|聚焦|培育|推动|推进|加快|大力|促进|布局|打造|壮大|引进|集聚|深耕|围绕|主攻|瞄准|做强|做大|构建|形成|拓展|"
                           "抢占|重点|主导|新兴|支柱|特色|优势|前沿|未来")


def industry_context(text: str, s: int, e: int) -> bool:
    """Does the industry word at ``text[s:e]`` stand as a sector here?"""
    if text.startswith(SECTOR_AFTER, e) or (s > 0 and text[s - 1] in "、和与及"):
        return True
    lo = max(0, s - 16)
    clause = text[lo:s]
    cut = max(clause.rfind(c) for c in ",。;:!?\n")
    return bool(DEVELOP_VERBS.search(clause[cut + 1 :]))


class IndustryFinder:
    def __init__(self, res: Resources):
        self.res = res
        names = sorted(res.industries, key=len, reverse=True)
        self.name_re = re.compile("|".join(re.escape(n) for n in names)) if names else None
        # …产业 / …产业链 / …产业集群 / …产业带: the phrase names the industry before the ending
        self.chanye_re = re.compile("全?产业(?:集群|链|带|生态圈|生态)?")

    PARALLEL_NEXT = re.compile(r"[、和及与]([^,。;:、和及与]{2,10})产业")

    def parallel_industry(self, text: str, start: int, e: int) -> bool:
        """Is ``text[start:e]`` (…产业) one of a list of …产业 phrases resting on a known industry
        (纳米技术应用产业、生物医药产业): its siblings say it names a sector too."""
        for nm in (self.PARALLEL_NEXT.match(text, e),):
            if nm and any(nm.group(1).endswith(w) for w in (nm.group(1)[k:] for k in range(len(nm.group(1)) - 1))
                          if w in self.res.industries):
                return True
        if start >= 1 and text[start - 1] in "、和及与":
            before = text[max(0, start - 13) : start - 1]
            if before.endswith("产业"):
                head = re.split(r"[,。;:、和及与]", before[:-2])[-1]
                return any(head[k:] in self.res.industries for k in range(len(head) - 1))
        return False

    MODIFIED_GAP = re.compile(r"[\u4e00-\u9fff]{0,6}")

    def modified_start(self, text: str, tv: TokenView, s: int) -> int:
        """Where a known industry's name starts when a grade word stands before it as the first word
        of a list item or of what a focus verb governs (聚焦|高端新材料、绿色新材料): the grade word is
        part of the sector's name as the text writes it (``industry_modifiers.txt``)."""
        if s < 2 or not tv.is_token_start(s):
            return s
        j = tv.token_at(s - 1)
        m = tv.starts[j]
        if tv.texts[j] not in self.res.industry_modifiers:
            return s
        if m == 0 or text[m - 1] in "、,;:。(“\n" or DEVELOP_VERBS.fullmatch(tv.texts[tv.token_at(m - 1)]):
            return m
        return s

    def modifies_a_name(self, text: str, tv: TokenView, morph: MorphologyFinder, s: int, e: int) -> bool:
        """Is the industry word ending at ``e`` the first part of a name with an organisation or zone
        ending close after it (within six characters, no list word between)? Such a word only
        qualifies the name (guidelines: industry words inside a longer name are no industries)."""
        if text.startswith(("产业", "行业", "领域", "等", "、", "和", "与", "及", "企业"), e) and not \
                text.startswith(("产业园", "产业基地", "产业小镇", "产业社区"), e):
            return False
        if s >= 3 and text[s - 1] in "、和与及" and any(
                text[max(0, s - 1 - n) : s - 1] in self.res.industries for n in range(2, 8)):
            return False  # 汽车制造、大健康、航空航天|产业基地: a list of sectors sharing the head
        gap = self.MODIFIED_GAP.match(text, e).group()
        for m in morph.suffix_re.finditer(gap):
            end = e + m.end()
            if (morph.ends_name(text, tv, e + m.start(), end) and tv.is_token_start(e)
                    and not any(w in gap[: m.start()] for w in ("和", "与", "及", "等", "的"))):
                return True
        return False

    def joined_sector(self, text: str, tv: TokenView, morph: MorphologyFinder, s: int) -> Optional[int]:
        """信息通信技术及应用创新|产业: a sector and what extends it (its application, services …),
        joined by 及/与 before 产业, is one industry when the part after 及 is no sector of its own
        (生物医药及大健康产业 stays two: 大健康 is one). Returns the start of the whole name."""
        k = max(text.rfind("及", max(0, s - 7), s), text.rfind("与", max(0, s - 7), s))
        if k < 3 or s - k - 1 < 2:
            return None
        tail = text[k + 1 : s]
        if any(c in STOP_CHARS or c in "和及与的等" for c in tail) or any(
                tail[i:] in self.res.industries for i in range(len(tail) - 1)):
            return None
        if morph.is_generic(text, tv, k + 1, s) or tail in self.res.generic_words:
            return None  # 新材料及相关产业: the rest of the field, not a name
        jx = tv.token_at(k - 1)
        if tv.ends[jx] != k:
            return None
        xs = morph.trim(text, tv, morph.left_edge(text, tv, jx, "Industry"), k)
        for dm in DEVELOP_VERBS.finditer(text, xs, k):
            if tv.is_token_start(dm.start()) and tv.is_token_end(dm.end()) and dm.end() < k:
                xs = dm.end()  # 园区重点发展|信息通信技术: the governing verb and what precedes it
        while text.startswith(("重点", "大力", "加快", "积极"), xs):
            xs += 2
        x = text[xs:k]
        if not 2 <= len(x) <= 8 or morph.is_generic(text, tv, xs, k):
            return None
        if not (any(x[i:] in self.res.industries for i in range(len(x) - 1))
                or x.endswith(INDUSTRY_HEAD_ENDINGS + ("技术",))):
            return None
        return xs

    def find(self, text: str, tv: TokenView, morph: MorphologyFinder) -> Iterable[Cand]:
        if self.name_re is not None:
            for m in self.name_re.finditer(text):
                s, e = m.start(), m.end()
                if not (tv.is_token_start(s) and tv.is_token_end(e)):
                    continue
                if not industry_context(text, s, e):
                    continue  # 电子信息|人才汇聚地, 实现…量子计算: a modifier or a technique, not a sector
                if self.modifies_a_name(text, tv, morph, s, e):
                    continue  # 医疗器械|研发区, 跨境电商|综试区, 网络安全|产业园区: part of a longer name
                # "…产业" directly after: let the 产业 rule take the longer phrase
                yield Cand(self.modified_start(text, tv, s), e, "Industry", "industry:list", priority=2,
                           confidence=0.8)
        for m in self.chanye_re.finditer(text):
            s, e = m.start(), m.end()
            if not tv.is_token_end(e):
                continue
            j = tv.token_at(s)
            if tv.starts[j] < s:
                # jieba glued 产业 to the word before it (电子|信息产业, 汽车产业): the word's first part
                # belongs to the head; walk left from that word
                if m.group() != "产业" or tv.ends[j] != e or s - tv.starts[j] > 4:
                    continue
                edge = morph.left_edge(text, tv, j, "Industry", s)
            else:
                edge = morph.left_edge(text, tv, j, "Industry")
            start = morph.trim(text, tv, edge, s)
            if text[edge:start] == "新":
                start = edge  # 新金融产业: 新 is part of the sector's name here
            # a governing verb that names allow (促进会, 投资公司) is no part of an industry:
            # 促进|信息网络产业, 社会资金投资|智慧经济产业
            k = tv.token_at(start)
            while k < len(tv) and tv.ends[k] < s:
                if tv.starts[k] >= start and (DEVELOP_VERBS.fullmatch(tv.texts[k]) or tv.texts[k] == "投资"
                                              or tv.pos[k] in ("ns", "nt")):
                    start = tv.ends[k]  # …and a place or an organisation (苏州工业园区|纳米技术应用产业)
                k += 1
            joined = self.joined_sector(text, tv, morph, s)
            if joined is not None:
                yield Cand(joined, e, "Industry", "industry:joined", priority=2, confidence=0.7)
                continue
            if s - start < 2 or s - start > 12 or morph.is_generic(text, tv, start, s):
                continue
            head = text[start:s]
            # a known industry at the end with two or more characters before it: those are a verb or
            # a place (发展|量子传感, 长三角|集成电路), not part of the industry (光|电子信息 stays)
            best = next((head[k:] for k in range(len(head) - 1) if head[k:] in self.res.industries), "")
            if best and len(head) - len(best) >= 2 and tv.is_token_start(s - len(best)):
                start, head = s - len(best), best
            elif best and len(head) - len(best) == 1 and tv.ends[tv.token_at(start)] == start + 1 \
                    and (tv.pos[tv.token_at(start)] in ("a", "v", "d", "ad", "vn") or text[start] in "区县市省"):
                # 做强|电子信息: a one-character verb or adjective; 大湾|区|生物医药: the end of a place
                start, head = s - len(best), best
            # the phrase must rest on a known industry word or end like one: 零磁医疗装备产业, 机器人产业
            if not best and not head.endswith(INDUSTRY_HEAD_ENDINGS) and not (
                    m.group() == "产业" and len(head) <= 8 and self.parallel_industry(text, start, e)):
                lookup = getattr(tv.pos, "lookup", None)
                if len(head) <= 6 and m.group() == "产业" and not (
                        lookup is not None and lookup(head) in ("v", "vn", "a", "ad", "an", "d", "b", "f", "m", "r")):
                    # 康养产业, 稀土产业: a sector no list or lexicon vouches for (not a kind of industry
                    # written with one verb or adjective: 主导产业); the learned entity model judges it
                    yield Cand(start, e, "Industry", "industry:loose", priority=1, confidence=0.4)
                continue
            # the industry is the head (人工智能产业链 → 人工智能); …产业 itself stays a surface form
            canonical = head if m.group() != "产业" or text[start:e] != head + "产业" else ""
            yield Cand(start, e, "Industry", "industry:产业", canonical=canonical, priority=2,
                       confidence=0.75)


# ---------------------------------------------------------------- people
# words that may follow a person's name right after a title (主任李刚在会上致辞, 院士潘建伟出席)
NAME_FOLLOWERS = ("表示", "说", "指出", "介绍", "认为", "称", "强调", "透露", "提出", "告诉", "坦言", "在", "出席",
                  "参加", "致辞", "主持", "一行", "等", "同志", "先生", "女士", "带领", "率领", "率队", "调研",
                  "宣布", "讲话", "发言", "会见", "接受", "介绍", "和", "与", "为", "对", "向", "获", "荣获",
                  "当选", "担任", "回答", "看望", "考察", "来到", "走进", "分享", "演讲", "作", "的",
                  "报道", "摄", "团队", "共同", "领衔", "课题组", "教授", "博士", "分别", "以及", "陪同", "也",
                  "还", "代表", "等人")
# characters that never end a given name: a list or clause runs on (陈军等|专家, 王平和|李明)
NOT_GIVEN_END = set("等和及与的是在了为将从向对说")
# last characters of organisation words that look like names after a title (管委会主任, 党工委书记)
NOT_NAME_END = set("会委局办部厅院所处科室组司团校人")


class PersonFinder:
    def __init__(self, res: Resources, word_tags=None):
        self.res = res
        #: jieba's dictionary tags: a candidate name that is a common word (应当/v) is no name
        self.word_tags = word_tags
        titles = sorted(res.person_titles, key=len, reverse=True)
        sur = sorted(res.surnames, key=len, reverse=True)
        sur_re = "|".join(re.escape(s) for s in sur)
        name = rf"(?:{sur_re})[\u4e00-\u9fff]{{1,2}}"
        after = [t for t in titles if res.person_titles[t] in ("after", "both")]
        before = res.titles_before_name
        # 吴建平等院士: a title after 等 covers the list before it (the name itself never ends in 等)
        after_alt = '|'.join(map(re.escape, after))
        self.after_re = re.compile(rf"(?<![\u4e00-\u9fff])({name})(?<![等和])\s*等?(?:{after_alt})")
        # the same after any character: used only where the name is one whole jieba word that is a
        # person's name or unknown (长城战略咨询|王德禄|所长)
        self.after_any_re = re.compile(rf"({name})(?<![等和])\s*等?(?:{after_alt})")
        # titles first: the name patterns run only near a title (most text has none)
        self.title_re = re.compile("|".join(map(re.escape, titles)))
        self.after_loose_re = re.compile(rf"({name})(?:院士|教授)")
        lazy_name = rf"(?:{sur_re})[\u4e00-\u9fff]{{1,2}}?"  # 区长王燕说: the shortest name a follower fits
        self.before_re = re.compile(
            rf"(?:{'|'.join(map(re.escape, before))})\s*[::]?\s*({lazy_name})"
            rf"(?:(?![\u4e00-\u9fff])|(?={'|'.join(NAME_FOLLOWERS)}))"
        )
        self.title_before_re = re.compile(rf"(?:{'|'.join(map(re.escape, before))})[ \t]*[::]?[ \t]*")
        self.byline_re = re.compile(rf"^[ \t]*({name})(?:[ \t]+({name}))+[ \t]*$", re.M)
        # a news dateline's author (新华网福州6月20日电 (林嘉琦)) or a bracketed credit on a line of its
        # own ((钱晨菲)): names separated by spaces inside the brackets
        # ((林洁) after a report's last sentence, on the line's end, is its author's credit too)
        credit = rf"[((][ \t]*((?:{name})(?:[ \t]+(?:{name}))*)[ \t]*[))]"
        self.credit_res = (
            re.compile(rf"(?:(?<=电)|(?<=讯)|^)[ \t]*{credit}[ \t]*(?=$|\d|[\u4e00-\u9fff])", re.M),
            re.compile(rf"(?<=[。!?!?])[ \t]*{credit}[ \t]*$", re.M))
        self.name_re = re.compile(name)
        self.name_full = re.compile(rf"(?:{sur_re})[\u4e00-\u9fff]{{1,2}}")
        self.speech_re = re.compile("|".join(self.SPEECH + self.ATTEND))
        # 据张三介绍: a reported speaker; 由张三主持: the chair of a meeting
        self.reported_re = re.compile(rf"据({lazy_name})(?:介绍|透露|表示|说|称)|由({lazy_name})主持")

    @staticmethod
    def byline_title_in_word(text: str, tv: TokenView, at: int) -> bool:
        """Is the title at ``at`` a byline's title word that ends another word (录音|制作者|许可)?
        Other titles stand inside longer words (市委书记|蔡奇) and stay titles."""
        return text.startswith(BYLINE_TITLES, at) and not tv.is_token_start(at)

    def common_word(self, name: str) -> bool:
        """Is ``name`` (or its first two characters) a dictionary word that is not a person's name?"""
        if self.word_tags is None:
            return False
        for w in (name, name[:2]) if len(name) == 3 else (name,):
            tag = self.word_tags.get(w)
            if tag is not None and not tag.startswith("nr"):
                return True
        return False

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
    #: verbs of chairing or attending: an unknown word at a clause start before them is a name
    ATTEND = ("主持", "参加", "出席", "致辞", "陪同", "讲话")

    LIST_END = "、和及等,。;:!?)\n "

    def split_name_end(self, tv: TokenView, j: int) -> Optional[int]:
        """Where a name ends that jieba cut into a surname and a given name (翟|东升, 聂|远航):
        token ``j`` is a one-character surname tagged as a name, the next a 1–2 character word that
        is not a function word; else None."""
        if j + 1 >= len(tv) or tv.texts[j] not in self.res.surnames or tv.pos[j] not in ("nr", "nrfg", "nrt") \
                or tv.ends[j] != tv.starts[j + 1]:
            return None
        g = tv.texts[j + 1]
        if not (1 <= len(g) <= 2) or not all(is_cjk(c) for c in g) or tv.pos[j + 1] in STOP_POS:
            return None
        return tv.ends[j + 1]

    def _list_name(self, text: str, s: int, e: int) -> bool:
        nm = text[s:e]
        return bool(self.name_full.fullmatch(nm)) and nm[-1] not in NOT_NAME_END and nm[-1] not in NOT_GIVEN_END \
            and nm not in self.res.surface_index and not self.common_word(nm)

    def list_members(self, text: str, tv: TokenView, found: Cand) -> Iterable[tuple[int, int]]:
        """The other names of a 、-list a titled name stands in: 潘建伟、张杰、王贻芳院士 and
        院士潘建伟、张杰、王贻芳等 — a title written once for the whole list."""
        e = found.end
        # 、 joins a list of names; a space joins a byline's (记者 许诗妍 杨铭琪 蔡晓华)
        while e < len(text) and text[e] in "、 ":
            sep = text[e]
            for n in (3, 2):
                ne = e + 1 + n
                if ne <= len(text) and self._list_name(text, e + 1, ne) and (
                        ne == len(text) or text[ne] in self.LIST_END
                        or sep == "、" and (self.title_re.match(text, ne) or text.startswith(NAME_FOLLOWERS, ne))):
                    yield e + 1, ne
                    e = ne
                    break
            else:
                break
        s = found.start
        while s > 0 and text[s - 1] == "、":
            for n in (3, 2):
                ns = s - 1 - n
                if ns >= 0 and self._list_name(text, ns, s - 1) and (
                        ns == 0 or text[ns - 1] in self.LIST_END or tv.is_token_start(ns)):
                    yield ns, s - 1
                    s = ns
                    break
            else:
                break

    def find(self, text: str, tv: TokenView) -> Iterable[Cand]:
        found = list(self._find(text, tv))
        spans = {(c.start, c.end) for c in found}
        yield from found
        for c in found:
            if c.source != "person:title":
                continue
            for s, e in self.list_members(text, tv, c):
                if (s, e) not in spans and not any(a < e and s < b for a, b in spans):
                    spans.add((s, e))
                    yield Cand(s, e, "Person", "person:list", priority=3, confidence=0.6)

    def _find(self, text: str, tv: TokenView) -> Iterable[Cand]:
        seen = set()
        # a person's name jieba knows as such (nr), right before a verb of speech: 张三表示; a word
        # jieba does not know that starts a clause (or a 、-list of them) before a verb of chairing or
        # attending: ,柯吉欣主持,朱华、王敏参加
        for m in self.speech_re.finditer(text):
            e = m.start()
            if e < 2 or not tv.is_token_start(e):
                continue
            j = tv.token_at(e - 1)
            w = tv.texts[j]
            if j >= 1 and m.group() in self.ATTEND and self.split_name_end(tv, j - 1) == e:
                # 聂|远航|主持: a name jieba cut in two, at a clause start
                s0 = tv.starts[j - 1]
                nm = text[s0:e]
                if (s0 == 0 or text[s0 - 1] in ",。;:!?\n ") and self._list_name(text, s0, e):
                    seen.add((s0, e))
                    yield Cand(s0, e, "Person", "person:speech", priority=3, confidence=0.55)
                continue
            if tv.ends[j] != e or not (2 <= len(w) <= 3) or not self.name_full.fullmatch(w) \
                    or w[-1] in NOT_NAME_END or w[-1] in NOT_GIVEN_END:
                continue
            if tv.pos[j] in ("nr", "nrfg", "nrt"):
                seen.add((tv.starts[j], e))
                yield Cand(tv.starts[j], e, "Person", "person:speech", priority=3, confidence=0.6)
                continue
            if tv.pos[j] is not None or self.common_word(w) or w in self.res.surface_index:
                continue
            if m.group() not in self.ATTEND:
                # a word jieba does not know, opening a sentence or following a quotation, before a
                # verb of speech: ”卢鹏表示, 。卢建松说
                s0 = tv.starts[j]
                if (s0 == 0 or text[s0 - 1] in "”\"。!?\n") and self._list_name(text, s0, e) \
                        and w[-1] not in "总工书记局长":  # 李总, 王工: a form of address, not a name
                    seen.add((s0, e))
                    yield Cand(s0, e, "Person", "person:speech", priority=3, confidence=0.55)
                continue
            run = [j]
            k = j
            while k >= 2 and tv.texts[k - 1] == "、" and tv.pos[k - 2] is None \
                    and 2 <= len(tv.texts[k - 2]) <= 3 and self._list_name(text, tv.starts[k - 2], tv.ends[k - 2]):
                k -= 2
                run.append(k)
            first = tv.starts[k]
            if first == 0 or text[first - 1] in ",。;:!?\n ":
                for x in run:
                    seen.add((tv.starts[x], tv.ends[x]))
                    yield Cand(tv.starts[x], tv.ends[x], "Person", "person:speech", priority=3, confidence=0.55)
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
                    if text[e - 1] in NOT_NAME_END or text[s:e] in self.res.surface_index:
                        continue  # 管委会主任, 党工委书记: an office, not a name
                    if rx is self.before_re and self.byline_title_in_word(text, tv, m.start()):
                        continue
                    if self.common_word(text[s:e]) and not (
                            rx is self.before_re and e - s == 3 and self.word_tags is not None
                            and text[s:e] not in self.word_tags and (
                                e == len(text) or text[e] in "、,。;:!?)" or text.startswith(NAME_FOLLOWERS, e))):
                        # 负责人应当向…: a dictionary word (应当/v), not a name; but 市委书记陆治原, — three
                        # characters closed by punctuation or a word that follows names (县委书记江海洋
                        # 出席, …在) after a title — is a name whose first two characters happen to be a word
                        continue
                    if (s, e) not in seen:
                        seen.add((s, e))
                        yield Cand(s, e, "Person", "person:title", priority=3, confidence=0.7)
            for m in self.title_before_re.finditer(text, lo, hi):
                # a whole word jieba does not know (or tags as a name) right after a title, whatever
                # follows: 原所长|崔平|受聘, 编辑:吴阳杰
                s = m.end()
                if s >= len(text) or not tv.is_token_start(s) or self.byline_title_in_word(text, tv, m.start()):
                    continue
                j = tv.token_at(s)
                e = self.split_name_end(tv, j)
                if e is None:
                    e = tv.ends[j]
                    if tv.pos[j] not in (None, "nr", "nrfg", "nrt"):
                        continue
                if (s, e) in seen or not (2 <= e - s <= 3) or not self._list_name(text, s, e):
                    continue
                seen.add((s, e))
                yield Cand(s, e, "Person", "person:title", priority=3, confidence=0.6)
            for m in self.after_any_re.finditer(text, lo, hi):
                s, e = m.span(1)
                if (s, e) in seen or s == 0 or not is_cjk(text[s - 1]) or not tv.is_token_start(s):
                    continue
                j = tv.token_at(s)
                if tv.ends[j] != e or tv.pos[j] not in (None, "nr", "nrfg", "nrt") \
                        or text[s:e] in self.res.surface_index or text[e - 1] in NOT_NAME_END:
                    continue  # only a whole word that can be a name: 咨询|王德禄|所长, not 科技|局|局长
                seen.add((s, e))
                yield Cand(s, e, "Person", "person:title", priority=3, confidence=0.6)
            for m in self.after_loose_re.finditer(text, lo, hi):
                # 房建成院士 after a verb or punctuation: take the name if it starts a word
                s, e = m.span(1)
                if (s, e) in seen or not tv.is_token_start(s):
                    continue
                seen.add((s, e))
                yield Cand(s, e, "Person", "person:title", priority=3, confidence=0.6)
        for m in self.reported_re.finditer(text):
            s, e = m.span(1) if m.group(1) else m.span(2)
            if m.group(2) and (text[e - 1] in NOT_GIVEN_END or self.common_word(text[s:e])):
                continue
            if (s, e) not in seen and text[e - 1] not in NOT_NAME_END and text[s:e] not in self.res.surface_index:
                seen.add((s, e))
                yield Cand(s, e, "Person", "person:reported", priority=3, confidence=0.6)
        for m in (m for rx in self.credit_res for m in rx.finditer(text)):
            for nm in re.finditer(r"[^ \t]+", m.group(1)):
                s, e = m.start(1) + nm.start(), m.start(1) + nm.end()
                if (s, e) not in seen and (e - s) in (2, 3) and self._list_name(text, s, e):
                    seen.add((s, e))
                    yield Cand(s, e, "Person", "person:byline", priority=3, confidence=0.6)
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
