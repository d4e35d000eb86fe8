"""Coordinated and elliptical names: ``A、B和C等N个X``.

``氢能储运技术、太阳能转化与催化…等五个研究所`` names five institutes (each item + ``研究所``);
``浙江大学、西湖大学共建`` names two co-builders; ``经血管植入器械、区块链与数据安全等全国重点实验室``
names two labs. Items that are already names stay as they are; bare modifiers get the head
attached. The declared count (五个, 6个, 2个) decides how far to split on 和/与/及.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from .finders import (DEVELOP_VERBS, FUNCTION_CHARS, STOP_CHARS, TOWN_ENDINGS, VERB_POS, Cand, MorphologyFinder,
                      is_cjk)
from .tokens import TokenView

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9, "十": 10}
COUNT = r"(?:\d+|[一二两三四五六七八九十]+)"
CLASSIFIER = r"(?:个|家|所|项|座|大|支|类|批)"
# 等 / 等N个 / N个 directly after a list, then the head phrase
# (等300余家, 等近10家: an approximate count after 等 delimits nothing, but the head still says what
# the items are)
APPROX = r"(?:近|约|超|超过|逾)"
GROUP_RE = re.compile(rf"(?:等(?:{APPROX}?{COUNT}(?:余|多)?{CLASSIFIER})?|{COUNT}{CLASSIFIER})")
COORD_SPLIT = re.compile(r"、|以及|及|和|与|并")
INDUSTRY_HEADS = ("产业", "行业", "领域", "赛道", "产业链")
# heads that type unknown items as industries; 领域/行业 lists hold anything (政治、经济、文化领域)
STRONG_INDUSTRY_HEADS = ("产业", "赛道", "产业链", "产业集群")
# candidates typed by weak evidence (a quoted term's ending, an industry word): a list's head may retype them
WEAK_SOURCES = ("quoted", "quoted+kind", "industry:list", "industry:产业")
INDUSTRY_ENDINGS = ("产业", "经济", "技术", "制造", "医药", "装备", "材料", "能源", "智能", "芯片", "软件",
                    "通信", "汽车", "机器人", "传感", "健康", "储能", "电子", "计算", "视觉", "物联",
                    "低碳", "育种", "信息", "显示", "动漫", "影视", "游戏", "制造业", "服务业", "金融",
                    "电商", "航空", "航天", "生物", "新材料", "新能源")


# punctuation that ends a list on its left (、 joins its items)
LIST_STOPS = set(",.;:!?。,;:!?“”\"《》()()[]【】\n—")
# a head that starts like this is a collective ("various parks"), not an elided class name
COLLECTIVE_STARTS = ("各", "其他", "其它", "相关", "有关", "一批", "多个", "若干", "所有", "一些", "部分")
NAME_END_CHARS = set("心地台园城院所室馆站楼司团")


def industry_core(morph, text: str, s: int, e: int, tv: Optional[TokenView] = None) -> tuple[int, int]:
    """The industry inside a list item: 重点发展视觉智能 → 视觉智能 (a known industry at its end,
    when what stands before it is a verb phrase); 光电子信息 stays whole (光 is part of the name)."""
    item = text[s:e]
    if item in morph.res.industries:
        return s, e
    best = max((w for w in morph.res.industries if item.endswith(w)), key=len, default="")
    if not best:
        return s, e
    cut = e - len(best)
    if tv is None or not tv.is_token_start(cut):
        return (cut, e) if tv is None else (s, e)
    if cut - s >= 2:
        return cut, e  # 重点投向|工业视觉, 发展|量子传感: two or more characters before a known industry
    # trim only a leading verb phrase (重点发展|, 加快培育|): any verb or boundary word before the cut
    j = tv.token_at(cut - 1)
    while j >= 0 and tv.starts[j] >= s:
        w = tv.texts[j]
        if w in morph.res.boundary_words or (tv.pos[j] in VERB_POS and w not in morph.res.name_verbs):
            return cut, e
        j -= 1
    return s, e


NOT_INDUSTRY_ENDINGS = ("服务", "发展", "建设", "治理", "管理", "保障", "民生", "社会", "改革", "环境",
                        "机制", "体系", "工作", "能力", "水平", "质量", "效率")


def _industry_like(morph, item: str) -> bool:
    """An item of an industry list must look like an industry (政务服务, 民生, 龙头企业 do not):
    a known industry, or a phrase ending like one."""
    if item in morph.res.industries:
        return True
    return (2 <= len(item) <= 10 and item.endswith(INDUSTRY_ENDINGS)
            and item not in morph.res.generic_words and not item.endswith(NOT_INDUSTRY_ENDINGS)
            and not any(w in item for w in morph.res.boundary_words if len(w) >= 2))


def _lead_trimmed(morph, tv: TokenView, text: str, s: int, e: int) -> tuple[int, int]:
    """The first item of a list without the clause that governs the list: (园区)重点发展|创新药物,
    研究院围绕|智能感知与控制 — cut after the last governing verb or boundary word inside it."""
    j = tv.token_at(s)
    cut = s
    while j < len(tv) and tv.ends[j] < e:
        if tv.starts[j] >= s and tv.texts[j] not in ("与", "和", "及", "并", "或") and (
                DEVELOP_VERBS.fullmatch(tv.texts[j]) or tv.texts[j] in morph.res.boundary_words):
            cut = tv.ends[j]
        j += 1
    return cut, e


def _sibling_industry(morph, tv: TokenView, text: str, s: int, e: int) -> bool:
    """An item of an industry list whose siblings are known industries: any short noun phrase that
    is not a class word, a place, a clause (no governing verb or boundary word) or a task
    (…服务, …建设)."""
    item = text[s:e]
    if not (2 <= len(item) <= 10) or not all(is_cjk(c) or c.isalnum() for c in item):
        return False
    if item in morph.res.generic_words or item in morph.res.places or item.startswith(morph.res.deictics):
        return False
    if item.endswith(NOT_INDUSTRY_ENDINGS) or item.endswith(("企业", "公司", "机构", "单位", "人才", "项目")):
        return False
    if any(w in item for w in morph.res.boundary_words if len(w) >= 2):
        return False
    return not _has_verb(morph, tv, s, e)


def cn_number(s: str) -> Optional[int]:
    """``"6"`` → 6, ``"五"`` → 5, ``"十二"`` → 12, ``"二十"`` → 20."""
    if s.isdigit():
        return int(s)
    if not s or any(c not in CN_DIGITS for c in s):
        return None
    if "十" not in s:
        return CN_DIGITS[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


@dataclass
class Group:
    """A coordinated list with its head: members, declared count, the class phrase."""

    members: list[Cand]
    count: Optional[int]
    head: str  # class phrase after the count: 省级重点平台, 产业创新研究院, 研究所
    start: int  # start of the list
    end: int  # end of the head phrase


def _split_items(text: str, start: int, end: int, count: Optional[int]) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into items on 、 first, then on 和/及/与 until ``count`` is met."""
    items = []
    pos = start
    for m in re.finditer("、", text[start:end]):
        items.append((pos, start + m.start()))
        pos = start + m.end()
    items.append((pos, end))
    coord = re.compile(r"以及|及|和") if count is None else re.compile(r"以及|及|和|与")
    # split the last items on 和/及 (and 与 when a count asks for more items)
    changed = True
    while changed and (count is None or len(items) < count):
        changed = False
        for idx in range(len(items) - 1, -1, -1):
            s, e = items[idx]
            m = None
            for mm in coord.finditer(text[s:e]):
                m = mm
                break
            if m and m.start() >= 2 and (e - s) - m.end() >= 2:
                items[idx : idx + 1] = [(s, s + m.start()), (s + m.end(), e)]
                changed = True
                break
        if count is None:
            break
    return [(s, e) for s, e in items if e > s]


def retyped_by_head(c: Cand, typ: str) -> Cand:
    """A list member whose class the list's head says (“A”“B”等行业峰会, …加速器等大科学装置): a
    ``coord:`` candidate over the same span, one priority above the finder's guess, so that it, not the
    guess, is the mention."""
    return replace(c, type=typ, source=f"coord:{c.source}+head", priority=max(c.priority + 1, 3))


def find_groups(text: str, tv: TokenView, cands: list[Cand], morph: MorphologyFinder) -> list[Group]:
    """Find coordinated lists followed by 等/a count and a head phrase."""
    by_span = {(c.start, c.end): c for c in cands}
    ends = {c.end: c for c in cands}
    groups: list[Group] = []
    for m in GROUP_RE.finditer(text):
        list_end = m.start()
        if list_end == 0 or text[list_end - 1] in STOP_CHARS:
            continue
        count_m = re.search(COUNT, m.group())
        count = cn_number(count_m.group()) if count_m and not re.search(rf"余|多|{APPROX}", m.group()) else None
        # the head: CJK run after the count, up to punctuation or a boundary word, ≤ 12 chars
        h = m.end()
        head_end = h
        while head_end < len(text) and head_end - h < 12 and "\u4e00" <= text[head_end] <= "\u9fff":
            head_end += 1
        head_text = text[h:head_end]
        # cut the head after its class noun (研究院, 实验室, 平台, 产业 …)
        cut = _head_cut(head_text, morph)
        ent = re.search(ENTERPRISE_HEAD, head_text)
        # 企业 is the class unless a class noun (研究院, 新区 …) ends the phrase first: a collective
        # noun before it (基因行业|龙头企业) is a modifier; 企业在新区 is a clause after the class
        enterprise_head = ent is not None and (
            cut is None or ent.end() <= cut or morph.res.suffix_type(head_text[:cut]) is None
            or "在" in head_text[ent.end():cut])
        if enterprise_head:
            cut = ent.end()  # 先声药业、绿叶思科等生命健康领域各类企业: the items are companies
        facility = None if enterprise_head else FACILITY_HEAD_RE.match(head_text)
        if facility is not None:
            # 冷泉生态系统、高超声速风洞、…等重大科技基础设施: the items are facilities, named whole
            groups += _facility_group(text, tv, by_span, morph, list_end, h + facility.end(),
                                      facility.group(), count)
            continue
        if cut is None:
            # 等具有比较优势、前沿引领作用的战略性新兴产业: a long modifier before an industry head
            far = re.match(r"[^,。;:!?\n]{0,30}?的?([\u4e00-\u9fff]{0,6}(?:产业|行业|领域))", text[h : h + 40])
            if far is None:
                continue
            h = h + far.start(1)
            head_text = far.group(1)
            cut = len(head_text)
        head = head_text[:cut]
        if head[:1] in ("和", "与", "及", "或", "以", "并"):
            continue  # 研究院2家和…: the count closes an item, no class phrase follows
        if any(w in head for w in morph.res.boundary_words if len(w) >= 2):
            continue  # 已列入市级概念验证中心: a clause, not a class phrase
        if _has_verb(morph, tv, h, h + len(head)) and not (
                count is not None and head.endswith(INDUSTRY_HEADS) and len(head) <= 6):
            # (a counted field may be named by a verb: 五大攻关领域)
            continue  # 等单位负责人参加会议: a clause, not a class phrase
        # the list: walk left over name-like tokens and coordinators (industry items are phrases)
        # industry items are phrases; a declared count (数字建造、智能设计与数控2个…中心) delimits the
        # list well enough that its items may hold verbs too
        walk_type = "Initiative" if head.endswith(INDUSTRY_HEADS) else "Laboratory"
        j = tv.token_at(list_end - 1)
        start = list_end
        while j >= 0:
            t = tv.texts[j]
            # an entity candidate is taken whole (its words need not look like a name's)
            c = ends.get(tv.ends[j])
            if c and c.start < start and tv.ends[j] == start:
                start = c.start
                j = tv.token_at(c.start) - 1
                continue
            item_final_verb = (  # 数字建造、…: a verb that ends an item after a noun belongs to it
                count is not None and j >= 1 and tv.texts[j + 1] == "、" and tv.pos[j] in ("v", "vn")
                and tv.pos[j - 1] in ("n", "nz", "vn") and t not in morph.res.boundary_words)
            if (t in ("、", "和", "与", "及", "以及") or morph.name_like(tv, j, walk_type)
                    or _is_place(morph, tv, j) or item_final_verb):
                start = tv.starts[j]
                j -= 1
                continue
            break
        if count is not None and count >= 3 and text[start:list_end].count("、") + 1 < count:
            # a declared count delimits the list: when the words stopped the walk early (a verb inside
            # an item: 极端环境使役材料), take the whole phrase back to punctuation if it holds exactly
            # that many 、-items (绿色化工与…、…、先进制造技术与装备8个…研究中心)
            k = start
            while k > 0 and list_end - k < 160 and text[k - 1] not in LIST_STOPS:
                k -= 1
            parts = text[k:list_end].split("、")
            if len(parts) == count and "的" not in text[k:list_end] and all(2 <= len(x) <= 14 for x in parts):
                start = _lead_trimmed(morph, tv, text, k, k + len(parts[0]))[0]
        if enterprise_head and start < list_end and text[start - 1:start] not in LIST_STOPS | {"", "、"}:
            # 聚集了友达光电、冠捷…等龙头企业: the walk stopped inside the first company's name on a word
            # jieba does not tag as a name (友达/a, 正旦/d); a company list's first item runs back to the
            # verb, particle or punctuation before it
            start = _first_company_start(morph, tv, text, start, list_end)
        # never start on a coordinator
        while start < list_end and text[start] in "、和与及":
            start += 1
        if list_end - start < 2:
            continue
        items = _split_items(text, start, list_end, count)
        if count is not None and count >= 2 and len(items) == 1 and not m.group().startswith("等"):
            continue  # 另有3家江苏省重点实验室: a count with one item and no 等 is no list
        if enterprise_head and all(
                _industry_like(morph, text[slice(*industry_core(morph, text, a, b, tv))]) for a, b in items
        ) and not any(_brand_item(morph, tv, text, a, b) for a, b in items):
            # 工业视觉、智能医疗等视觉智能产业链企业: the items are industries, the companies are theirs
            enterprise_head = False
            cut = _head_cut(head_text, morph)
            head = head_text[:cut] if cut else head
        industry_head = head.endswith(INDUSTRY_HEADS)
        suf = morph.res.suffix_type(head)
        members: list[Cand] = []
        if enterprise_head:
            industry_head, suf = False, None
        elif suf is not None and head.startswith(("产业", "行业")) and sum(
                1 for a, b in items if _industry_like(morph, text[slice(*industry_core(morph, text, a, b, tv))])
        ) >= max(2, len(items) - 1):
            # 高端装备制造、新一代信息技术、现代服务业三大产业创新集群招商中心: the items name the
            # industries (产业 follows them), the one centre is not theirs each
            industry_head, suf = True, None
        head_type = suf[1] if suf is not None else ("Industry" if industry_head else None)
        # 8个国际一流水平的研究中心: what stands before 的 describes the members; the class noun after it
        # is what each member's name ends in (先进制造技术与装备研究中心)
        name_head = head.rsplit("的", 1)[-1] if "的" in head else head
        # 之江、良渚、湖畔等4家省实验室: a provincial lab's name has no level in it (良渚实验室)
        name_head = LEVEL_LAB_RE.sub("实验室", name_head)
        if name_head.startswith("全国") and (morph.res.suffix_type(name_head[2:]) or ("", ""))[1] == "Zone":
            # 北京怀柔、合肥滨湖等全国科学城: the scope says which science cities, not what each is called
            # (全国重点实验室 is part of a lab's name)
            name_head = name_head[2:]
        # a list closed by 等…产业/产业集群 names industries: once one item is a known industry, its
        # siblings are industries too even when no lexicon knows them (纳米技术应用、第三代半导体等产业集群);
        # a 领域/行业 list (政治、经济、文化领域) needs two known items
        sibling_industries = False
        if industry_head:
            known = sum(1 for a, b in items
                        if text[slice(*industry_core(morph, text, a, b, tv))] in morph.res.industries)
            sibling_industries = known >= (1 if head.endswith(STRONG_INDUSTRY_HEADS) else 2)
        for s, e in items:
            c = by_span.get((s, e))
            if c is None:
                # an item may carry a qualifier before a known name: 省智能感知技术创新中心
                c = next((x for x in cands if x.end == e and s <= x.start < e and x.type != "Industry"
                          and x.source not in WEAK_SOURCES), None)
            if c is not None and c.source.startswith("industry") and suf is not None and not industry_head:
                c = None  # 量子计算、…等全国重点实验室: the industry word names a lab here
            if c is not None:
                if head_type and c.type != head_type and c.source in WEAK_SOURCES:
                    # “智涌钱塘”“未来大会”等行业峰会: the head says what the quoted items are
                    c = retyped_by_head(c, head_type)
                members.append(c)
                continue
            if e - s < 2 or any(ch in STOP_CHARS for ch in text[s:e]):
                continue
            if enterprise_head:
                if text[s] in FUNCTION_CHARS and tv.pos[tv.token_at(s)] is None:
                    s += 1  # 以安谋电子: jieba glued the preposition to an unknown name
                if _company_like(morph, text, s, e, tv):
                    members.append(Cand(s, e, "Enterprise", "coord:企业", priority=3, confidence=0.6))
                continue
            if suf is not None and not industry_head and _is_place_item(morph, tv, s, e):
                # 沈阳、大连2个国家高新技术产业开发区: bare places share the head → two zones
                members.append(Cand(s, e, suf[1], f"coord:{suf[0]}", canonical=text[s:e] + name_head,
                                    priority=3, confidence=0.7))
                continue
            if industry_head and "与" in text[s:e] or (industry_head and count == len(items) and "及" in text[s:e]):
                # 先进制造与高端装备、…等6个领域: an item the split left whole (与 without a count, or a
                # count met by the 、-items) is one track as written when a sector stands in it
                ls, le = _lead_trimmed(morph, tv, text, s, e)
                parts = re.split("[与及]", text[ls:le])
                if len(parts) == 2 and count != len(items) and all(x in morph.res.industries for x in parts):
                    # 5G通信与人工智能、大数据与网络安全等产业: two sectors each known on its own are two
                    # industries (GUIDELINES), unless a count says the items are whole (…等6个领域)
                    k = ls + len(parts[0])
                    members.append(Cand(ls, k, "Industry", "coord:industry", priority=3, confidence=0.65))
                    members.append(Cand(k + 1, le, "Industry", "coord:industry", priority=3, confidence=0.65))
                    continue
                if len(parts) == 2 and all(2 <= len(x) <= 8 for x in parts) and any(
                        _industry_like(morph, x) for x in parts) and not morph.is_generic(text, tv, ls, le):
                    members.append(Cand(ls, le, "Industry", "coord:industry", priority=3, confidence=0.65))
                    continue
            if industry_head:
                s, e = industry_core(morph, text, s, e, tv)
                s, e = _lead_trimmed(morph, tv, text, s, e)
                if text[s:e] in morph.res.industries or (
                    head.endswith(STRONG_INDUSTRY_HEADS) and _industry_like(morph, text[s:e])
                ) or (sibling_industries and _sibling_industry(morph, tv, text, s, e)):
                    members.append(Cand(s, e, "Industry", "coord:industry", priority=3, confidence=0.7))
            elif suf is not None and (
                e - s < 2 or morph.is_generic(text, tv, s, e)
            ):
                continue  # 产业创新研究院: a class noun, not a name
            elif suf is not None and text[e - 1] in NAME_END_CHARS and (
                    _generic_item(morph, text, tv, s, e)
                    or (suf[1] == "Laboratory" and morph.is_region_class(text[s : e - len(suf[0])]))):
                continue  # 重点实验室、院士工作站等创新平台: class names, not names
            elif suf is not None and text[e - 1] in NAME_END_CHARS:
                # the item is a name of its own kind (区科创中心): typed by the head, kept as written
                members.append(Cand(s, e, suf[1], f"coord:{suf[0]}", priority=3, confidence=0.65))
            elif suf is not None and suf[0] in morph.res.cue_suffixes:
                continue  # 井道、底坑等工程: works, not named programmes
            elif suf is not None and head.startswith(COLLECTIVE_STARTS):
                continue  # …等各类园区: "all kinds of parks" names no park of its own
            elif suf is not None:
                # bare modifier: the name is the modifier plus the head (区块链与数据安全 +
                # 全国重点实验室); it also wins over the industries found inside the item
                members.append(
                    Cand(s, e, suf[1], f"coord:{suf[0]}", canonical=text[s:e] + name_head,
                         priority=3, confidence=0.7)
                )
        if members and (count is None or len(members) <= count or len(items) == len(members)):
            groups.append(Group(members, count, head, start, h + len(head)))
    return groups


# a noun this rare in jieba's dictionary can be a company's brand (思科 269, 药业 360; 津贴 732)
COMPANY_WORD_MAX_FREQ = 400
LEVEL_LAB_RE = re.compile(r"^(?:省|市|省级|市级)实验室$")
# a list closed by 等…重大科技基础设施 / 大科学装置 lists facilities, each named whole
FACILITY_HEAD_RE = re.compile(r"(?:重大|国家)?(?:科技|科研|科学)?大?(?:基础设施|设施|大科学装置|科学装置|装置)(?:集群)?")


def _facility_group(text: str, tv: TokenView, by_span: dict, morph, list_end: int, head_end: int,
                    head: str, count: Optional[int]) -> list[Group]:
    """The facilities of ``A、B、C等重大科技基础设施``: the phrase back to punctuation, split on 、
    (the first item without the clause that governs the list), each item 3–14 characters."""
    k = list_end
    while k > 0 and list_end - k < 90 and text[k - 1] not in LIST_STOPS:
        k -= 1
    parts = text[k:list_end].split("、")
    if len(parts) < 2 or any("的" in x for x in parts[1:]):
        return []
    items, pos = [], k
    for n, x in enumerate(parts):
        s, e = pos, pos + len(x)
        pos = e + 1
        if n == 0:
            s = _lead_trimmed(morph, tv, text, s, e)[0]
        items.append((s, e))
    if count is not None and count != len(items):
        return []
    members = []
    for s, e in items:
        c = by_span.get((s, e))
        if c is not None:
            # the head retypes a weak guess (a quoted name; 加速器 read as a business accelerator)
            weak = c.source in WEAK_SOURCES or (c.source.startswith("morph") and c.type == "InnovationPlatform")
            members.append(retyped_by_head(c, "Facility") if weak and c.type != "Facility" else c)
            continue
        # (an item may hold a verb: 大洋钻探船)
        if not 3 <= e - s <= 14 or any(ch in STOP_CHARS for ch in text[s:e]) or morph.is_generic(text, tv, s, e):
            return []  # not a list of names: a clause or a class phrase stands in it
        members.append(Cand(s, e, "Facility", "coord:设施", priority=3, confidence=0.65))
    return [Group(members, count, head, items[0][0], head_end)]


# a list closed by 等…企业/公司 lists companies (龙头企业, 各类企业, 知名企业)
ENTERPRISE_HEAD = r"(?:企业|公司)(?![\u4e00-\u9fff]{0,1}(?:家|园|孵化|服务|研究))"


def _first_company_start(morph, tv: TokenView, text: str, start: int, list_end: int, max_len: int = 8) -> int:
    """Where the first item of a company list starts when the list walk stopped inside it: the
    words back to a verb, particle, preposition, boundary word or punctuation (the item ≤ ``max_len``
    chars)."""
    comma = text.find("、", start, list_end)
    first_end = comma if comma != -1 else list_end
    j = tv.token_at(start) - 1
    s = start
    while j >= 0:
        w, p = tv.texts[j], tv.pos[j]
        if (w in morph.res.boundary_words or p in VERB_POS or p in ("ul", "uj", "u", "p", "c", "m", "r", "x")
                or any(ch in STOP_CHARS for ch in w) or first_end - tv.starts[j] > max_len):
            break
        s = tv.starts[j]
        j -= 1
    return s


def _company_like(morph, text: str, s: int, e: int, tv: TokenView) -> bool:
    """A list item that can be a company's name: short, not generic, not an industry or a place,
    no boundary word inside (诺禾致源, 华大基因; not 龙头, not 生物医药)."""
    item = text[s:e]
    if not (2 <= len(item) <= 10) or item in morph.res.generic_words or item in morph.res.industries:
        return False
    if item[0] in FUNCTION_CHARS:
        return False  # 以安谋电子: the list started one character too early
    if item in morph.res.places or item.rstrip("省市区县") in morph.res.places or item[-1] in "省市区县":
        return False
    if item.startswith(morph.res.deictics):
        return False  # 我区, 本市: a reference, not a company
    if any(w in item for w in morph.res.boundary_words if len(w) >= 2):
        return False
    if not all(is_cjk(c) or c.isalnum() for c in item):
        return False
    if item.endswith(("公司", "企业", "机构", "单位", "组织")) and morph.res.suffix_type(item) is None:
        return False
    # a brand element: a word jieba does not know, a proper noun, Latin letters (诺禾致源, 腾讯;
    # not 医药, 化工)
    if re.search("[A-Za-z]", item):
        return True
    whole = tv.token_at(s)
    if tv.starts[whole] == s and tv.ends[whole] == e and tv.pos[whole] not in (
            None, "nz", "nt", "nr", "nrt", "nrfg", "j", "ns"):
        return False  # 津贴, 炼油, 工资标准: one common word (天马/ns is a brand here: places were checked)
    if _brand_before_company_word(morph, tv, text, s, e):
        return True
    j = tv.token_at(s)
    while j < len(tv) and tv.starts[j] < e:
        w, p = tv.texts[j], tv.pos[j]
        if p is None and is_cjk(w[0]) or p in ("nz", "nt", "nr", "nrt", "nrfg", "ns"):
            return True
        if p in ("n", "j") and len(w) >= 2 and (morph.word_freq.get(w) or 0) < COMPANY_WORD_MAX_FREQ:
            return True  # a rare noun: 思科, 药业
        j += 1
    return False


def _brand_before_company_word(morph, tv: TokenView, text: str, s: int, e: int) -> str:
    """The brand of an item written brand + company word (友达光电, 正旦国际, 万泰生物): two or three
    characters, a word boundary before the company word, neither a place, a generic word nor an
    industry; "" if the item is not written so."""
    item = text[s:e]
    for w in morph.res.company_words:
        brand = item[: -len(w)]
        if item.endswith(w) and 2 <= len(brand) <= 3 and tv.is_token_start(s + len(brand)) \
                and brand not in morph.res.places and brand not in morph.res.generic_words \
                and brand not in morph.res.industries:
            return brand
    return ""


def _brand_item(morph, tv: TokenView, text: str, s: int, e: int) -> bool:
    """A list item that is a brand before a company word (格科|微电子, 海太|半导体): a brand (as
    :func:`_brand_before_company_word` reads it) that is no sector modifier and whose words jieba knows
    as no verb, adjective, place or common noun. 工业视觉 and 智能医疗 are industries: their first word
    is common.

    >>> from kg.extract.resources import load_resources, DATA_DIR
    >>> from kg.extract.finders import MorphologyFinder
    >>> import jieba, jieba.posseg
    >>> morph = MorphologyFinder(load_resources(DATA_DIR), jieba.dt.FREQ)
    >>> def brand(item):
    ...     words = jieba.lcut(item)
    ...     tv = TokenView.from_words(words, jieba.posseg.dt.word_tag_tab)
    ...     return _brand_item(morph, tv, item, 0, len(item))
    >>> brand("海太半导体"), brand("智能医疗"), brand("功率半导体")
    (True, False, False)
    """
    brand = _brand_before_company_word(morph, tv, text, s, e)
    if not brand or brand in morph.res.industry_modifiers or not all(is_cjk(c) for c in brand):
        return False
    j = tv.token_at(s)
    if tv.starts[j] != s:
        return False
    words = []
    while j < len(tv) and tv.ends[j] <= s + len(brand):
        words.append(j)
        j += 1
    if any(tv.pos[k] in VERB_POS or tv.pos[k] in ("a", "ad", "d", "m", "p", "c", "ns") for k in words):
        return False
    # 功率, 工业: one common word modifies the sector
    return not (len(words) == 1 and tv.pos[words[0]] not in BRAND_WORD_POS)


BRAND_WORD_POS = (None, "nr", "nrt", "nrfg", "nz", "nt")


def brand_companies(text: str, tv: TokenView, morph, taken: Iterable[Cand] = ()) -> list[Cand]:
    """Companies written by their short name, a brand and a company word, anywhere in the text
    (韦尔通科技, 歌礼药业, 招宝磁业): the brand is one word jieba does not know or knows as a proper
    noun (as :func:`_brand_item` reads it), and the company words may follow each other (新磊半导体,
    中科新能源科技). These are guesses, made only where no other finder's name (``taken``) stands;
    the learned entity model (``entity_model.py``) judges them."""
    words = morph.res.company_words
    texts = tv.texts
    covered = sorted((c.start, c.end) for c in taken)
    out: list[Cand] = []
    after = -1  # the end of the last company words read (a run is read once)
    for j in [j for j, w in enumerate(texts) if w in words]:  # (C speed: most words are no company word)
        if j == 0 or j <= after or not 2 <= len(texts[j - 1]) <= 3 or tv.pos[j - 1] not in BRAND_WORD_POS:
            continue  # (a brand of one word is one jieba does not know or a proper noun: _brand_item)
        s, k = tv.starts[j - 1], j
        while k + 1 < len(tv) and texts[k + 1] in words and tv.starts[k + 1] == tv.ends[k]:
            k += 1
        after = k
        e = tv.ends[k]
        # the names that start before this one ends (the closest 16: names are short) must end before it
        i = bisect_left(covered, (e, e))
        free = not any(s < b for _, b in covered[max(0, i - 16):i])
        # a proper word right before the brand means the name starts earlier (浙江|海正|药业): not read here
        longer = s > 0 and is_cjk(text[s - 1]) and tv.pos[j - 2] in BRAND_WORD_POS + ("ns",)
        if free and not longer and text[s] not in FUNCTION_CHARS and _brand_item(morph, tv, text, s, e):
            out.append(Cand(s, e, "Enterprise", "brand", priority=0, confidence=0.5))
    return out


def _has_verb(morph, tv: TokenView, start: int, end: int) -> bool:
    """Is there a verb (not one names use) among the whole words of ``[start, end)``?"""
    j = tv.token_at(start)
    while j < len(tv) and tv.starts[j] < end:
        if tv.starts[j] >= start and tv.ends[j] <= end and (
                (tv.pos[j] == "v" and tv.texts[j] not in morph.res.name_verbs)
                or (tv.pos[j] == "p" and j > tv.token_at(start))
                or (tv.texts[j].startswith("驻") and tv.pos[j] != "ns")):
            # 等部门在自贸试验区设立: a preposition after the first word opens a clause (在, 于, 向);
            # so does 驻 (等部门驻自贸试验区的机构: stationed in), which jieba may glue on (驻自贸)
            return True
        j += 1
    return False


def _generic_item(morph, text: str, tv: TokenView, s: int, e: int) -> bool:
    """A list item that ends in a class noun with only generic words before it (工程技术研究中心)."""
    if text[s] in "省市区县" and e - s <= 6:
        return False  # 区科创中心: the level makes it the one of this district (like 市政府)
    own = morph.res.suffix_type(text[s:e])
    if own is None:
        return text[s:e] in morph.res.generic_words
    return morph.is_generic(text, tv, s, e - len(own[0]), own[1])


def _is_place(morph, tv: TokenView, j: int) -> bool:
    """A token that is a known place (places.tsv) or one jieba tags as a place name (ns)."""
    t = tv.texts[j]
    return t in morph.res.places or (t.endswith(("省", "市")) and t[:-1] in morph.res.places)


def _is_place_item(morph, tv: TokenView, s: int, e: int) -> bool:
    """A list item that is a bare place: 沈阳, 大连市 (one token, a known place or tagged ns)."""
    j = tv.token_at(s)
    if tv.starts[j] != s or tv.ends[j] != e:
        return False
    return _is_place(morph, tv, j) or tv.pos[j] == "ns"


_CLASS_RE_CACHE: dict[int, re.Pattern] = {}


def _class_noun_re(morph) -> re.Pattern:
    rx = _CLASS_RE_CACHE.get(id(morph.res))
    if rx is None:
        sufs = sorted((s for s, _ in morph.res.suffixes
                       if s not in morph.res.place_suffixes and s not in morph.res.district_suffixes),
                      key=len, reverse=True)
        rx = _CLASS_RE_CACHE[id(morph.res)] = re.compile("|".join(map(re.escape, sufs)))
    return rx


def _head_cut(head_text: str, morph: MorphologyFinder) -> Optional[int]:
    """Where the class phrase of a group ends: after its first class noun (研究院, 实验室 …),
    else after a collective noun (平台, 产业 …). ``产业创新研究院能级`` → ``产业创新研究院``."""
    best = None
    for m in _class_noun_re(morph).finditer(head_text):
        # the class noun that ends first (longest alternative at each start)
        if best is None or m.end() < best:
            best = m.end()
    if best is not None:
        return best
    for noun in ("平台", "载体", "机构", "产业", "行业", "领域", "赛道"):
        i = head_text.find(noun)
        if i != -1 and (best is None or i + len(noun) < best):
            best = i + len(noun)
    return best


# what ends the last item of a list on its right: 等 (…等领域), 为 (以A、B为主导), 的, a count, a class word
LIST_TAIL_STOPS = ("等", "为", "的", "和", "及", "与", "以及", "领域", "方向", "行业", "产业链", "产业集群", "集群")


def _last_item_end(morph, tv: TokenView, text: str, s: int, limit: int) -> int:
    """Where the last item of a 、-list that starts at ``s`` ends: before 等, 为, 的, a count, a class
    word, a verb or punctuation, at most ``limit``."""
    j = tv.token_at(s)
    e = s
    while j < len(tv) and tv.ends[j] <= limit:
        t = tv.texts[j]
        if (len(t) == 1 and e > s and tv.pos[j] in VERB_POS and j + 1 < len(tv)
                and tv.texts[j + 1] in LIST_TAIL_STOPS and t not in morph.res.boundary_words):
            return tv.ends[j]  # 生物|新药|械|为方向: a lone "verb" character before 为 ends the item's name
        if (t in LIST_TAIL_STOPS or any(ch in STOP_CHARS for ch in t) or t in morph.res.boundary_words
                or (tv.pos[j] in VERB_POS and t not in morph.res.name_verbs) or tv.pos[j] in ("m", "p", "uj", "c")
                or (tv.pos[j] == "d" and e > s) or re.match(COUNT, t)):  # (…生物|均|在: an adverb after a name)
            break
        e = tv.ends[j]
        j += 1
    return e


def comma_lists(text: str, reach: int = 16) -> Iterable[tuple[int, list[int]]]:
    """Each run of three or more items joined by 、: where its clause starts on the left (back to a
    list stop, at most ``reach`` characters) and the offsets of its 、.

    >>> list(comma_lists("园区,聚焦半导体、光子、汽车等产业。"))
    [(3, [8, 11])]
    """
    pos = 0
    n = len(text)
    while True:
        i = text.find("、", pos)
        if i == -1:
            return
        left = i
        while left > 0 and text[left - 1] not in LIST_STOPS and text[left - 1] not in "、" and i - left < reach:
            left -= 1
        seps = [i]
        k = i + 1
        while True:
            nxt = k
            while nxt < n and text[nxt] not in LIST_STOPS and text[nxt] not in "、等" and nxt - k < reach:
                nxt += 1
            if nxt < n and text[nxt] == "、":
                seps.append(nxt)
                k = nxt + 1
                continue
            break
        pos = seps[-1] + 1
        if len(seps) >= 2:  # two items: too little to say what a list names
            yield left, seps


def sibling_list_industries(text: str, tv: TokenView, cands: list[Cand], morph: MorphologyFinder) -> list[Cand]:
    """The unknown items of a 、-list whose other items are mostly industries: ``半导体、光子、汽车、
    生物医药、智能制造等产业链`` names 汽车 too, ``主攻集成电路、物联网、海工装备、智慧港航`` names
    智慧港航. A list is homogeneous in what it names; two known industries that are half the list
    or more say what the rest are, when each of the rest is a short noun phrase (no verb, no class
    word, no place, no task). An item with a known industry inside keeps the finder's span
    (``大数据云计算`` stays 大数据 and 云计算). Tested in ``tests/test_extract_structures.py`` (it needs
    the loaded resources and jieba's words).
    """
    industry_at = {(c.start, c.end) for c in cands if c.type == "Industry"}
    if len(industry_at) < 2:
        return []
    industry_starts = sorted(s for s, _ in industry_at)
    others = [(c.start, c.end) for c in cands if c.type != "Industry"]
    out: list[Cand] = []
    for left, seps in comma_lists(text):
        k = bisect_left(industry_starts, left)
        if k + 1 >= len(industry_starts) or industry_starts[k + 1] > seps[-1] + 12:
            continue  # fewer than two industries anywhere in the list: nothing to learn from it
        last_s = seps[-1] + 1
        last_e = (_last_item_end(morph, tv, text, last_s, min(len(text), last_s + 12))
                  if tv.is_token_start(last_s) else last_s)
        first = _lead_trimmed(morph, tv, text, left, seps[0])
        first = industry_core(morph, text, first[0], first[1], tv)
        items = [first] + [(seps[x] + 1, seps[x + 1]) for x in range(len(seps) - 1)] + [(last_s, last_e)]
        items = [(a, b) for a, b in items if b - a >= 2]
        known = [(a, b) for a, b in items if (a, b) in industry_at or text[a:b] in morph.res.industries]
        if len(known) < 2 or 2 * len(known) < len(items):
            continue
        for a, b in items:
            if (a, b) in known or any(x < b and a < y for x, y in others):
                continue
            if any(x < b and a < y for x, y in industry_at):
                continue  # an industry inside the item: the finder's span stands
            if _sibling_industry(morph, tv, text, a, b) and tv.is_token_start(a) and tv.is_token_end(b):
                out.append(Cand(a, b, "Industry", "coord:industry-list", priority=3, confidence=0.6))
    return out


# the classes a list's known names can pass on to its unknown items (industries have their own rule;
# people, policies and events are not listed bare with 、 the same way)
# (platforms neither: 综合治理工作平台、市场监管平台 are kinds of platform, not names)
SIBLING_TYPES = ("Enterprise", "Zone", "Laboratory", "ResearchInstitute", "Facility", "University",
                 "GovernmentBody")
NAME_ITEM_REACH = 30  # a list item that is a name may be long (工业装备结构分析优化与CAE软件全国重点实验室)


def _sibling_name(morph, tv: TokenView, text: str, s: int, e: int, typ: str) -> bool:
    """An unknown item of a list whose known items are all of class ``typ``: a company-like
    brand for companies (保诺科技 beside 百济神州), else a phrase whose own ending gives ``typ``
    (新经济活力区 beside 天府国际生物城) and that is not a class word, a place or a clause."""
    item = text[s:e]
    if not (2 <= len(item) <= NAME_ITEM_REACH) or not tv.is_token_start(s) or not tv.is_token_end(e):
        return False
    ending = morph.res.suffix_type(item, districts=True)  # district endings too: …活力区, …产业区
    if typ == "Enterprise":
        # 嘉善罗星街道 in a list of partners is a subdistrict, whatever the other items are; 商会或者
        # 企业家协会 is two kinds of body
        return ((ending is None or ending[1] == typ) and not re.search("或|和|及|与", item)
                and _company_like(morph, text, s, e, tv))
    if not all(is_cjk(c) or c.isalnum() or c in "·()()" for c in item):
        return False
    if item in morph.res.generic_words or item in morph.res.places or item.startswith(morph.res.deictics):
        return False
    if ending is None or ending[1] != typ:
        return False
    # what stands before the ending must say which one (新经济|活力区), not only what kind (重点|实验室);
    # the siblings vouch for a name the finder found too generic on its own
    head = item[: -len(ending[0])]
    if len(head) < 2 or head in morph.res.generic_words or head in morph.res.industries:
        return False
    if any(w in item for w in morph.res.boundary_words if len(w) >= 2):
        return False
    return not _has_verb(morph, tv, s, e)


# words that open a clause before a list of names and are never a name's first word
LEAD_POS = ("v", "d", "p", "c", "r", "uj", "ul", "m", "q", "f")


def _name_start_trimmed(morph, tv: TokenView, text: str, s: int, e: int) -> tuple[int, int]:
    """The first item of a list of names without the words that govern the list:
    ``即|新经济活力区``, ``还有|保诺科技`` (after the cut of :func:`_lead_trimmed`)."""
    s, e = _lead_trimmed(morph, tv, text, s, e)
    j = tv.token_at(s)
    while j < len(tv) and tv.ends[j] < e - 1 and (
            tv.pos[j] in LEAD_POS and tv.texts[j] not in morph.res.name_verbs
            or tv.texts[j] in morph.res.boundary_words):
        j += 1
    return max(s, tv.starts[j]), e


def sibling_list_names(text: str, tv: TokenView, cands: list[Cand], morph: MorphologyFinder) -> list[Cand]:
    """The unknown items of a 、-list whose known items are names of one class: ``百济神州、保诺科技、
    万泰生物建有…`` names two more companies, ``新经济活力区、天府国际生物城、…未来科技城`` one more
    zone. A list is homogeneous in what it names: known items of one class that are half the list or
    more (one is enough for companies, whose brands are checked on their own) say what the rest are,
    when each of the rest looks like a name of that class. Tested in
    ``tests/test_extract_structures.py`` (it needs the loaded resources and jieba's words).
    """
    named = [c for c in cands if c.type != "Industry"]
    if not named:
        return []
    by_end = {}
    by_start = {}
    for c in named:
        by_end.setdefault(c.end, []).append(c)
        by_start.setdefault(c.start, []).append(c)
    out: list[Cand] = []
    for left, seps in comma_lists(text, NAME_ITEM_REACH):
        if not any(x in by_end or x + 1 in by_start for x in seps):
            continue  # no name next to any 、: nothing known to learn from (most lists of a law)
        # the first item: the name ending at the first 、, else the phrase after the governing verb
        first = min(by_end.get(seps[0], []), key=lambda c: c.start, default=None)
        items = [(first.start, seps[0]) if first else _name_start_trimmed(morph, tv, text, left, seps[0])]
        items += [(seps[x] + 1, seps[x + 1]) for x in range(len(seps) - 1)]
        last_s = seps[-1] + 1
        last = max(by_start.get(last_s, []), key=lambda c: c.end, default=None)
        items.append((last_s, last.end) if last else (
            last_s, _last_item_end(morph, tv, text, last_s, min(len(text), last_s + NAME_ITEM_REACH))))
        known_types = []
        unknown = []
        for a, b in items:
            # a known item: a name that ends where the item ends (a qualifier may stand before it)
            c = next((c for c in by_end.get(b, []) if a <= c.start < b), None)
            if c is not None:
                known_types.append(c.type)
            elif not any(x.start < b and a < x.end for x in named):
                unknown.append((a, b))  # (a sector inside the item is a word of its name: 南沙生物医药产业区)
            else:
                known_types.append("")  # a name inside the item is not the item (浙江大学|继续教育学院)
        if not unknown or len(set(known_types)) != 1 or known_types[0] not in SIBLING_TYPES:
            continue
        typ = known_types[0]
        # towns listed together (九江镇、丹灶镇、狮山镇…): one known town vouches for the rest when
        # every item ends the same way (jieba knows few town names)
        towns = typ == "Zone" and any(all(text[a:b].endswith(t) and b - a - len(t) >= 2 for a, b in items)
                                      for t in TOWN_ENDINGS)
        if typ != "Enterprise" and not towns and (len(known_types) < 2 or 2 * len(known_types) < len(items)):
            continue
        if any("的" in text[a:b] or _has_verb(morph, tv, a, b) for a, b in unknown):
            continue  # a clause among the items (…团队签署了产学研合作): not a list of names
        for a, b in unknown:
            if _sibling_name(morph, tv, text, a, b, typ):
                out.append(Cand(a, b, typ, "coord:name-list", priority=3, confidence=0.6))
    return out


# the classes whose names are often a short stem and a class noun, listed with the noun written once
# (之江、良渚、西湖、湖畔实验室); the stems are words of their own, not places or sectors
STEM_LIST_TYPES = ("Laboratory", "ResearchInstitute")
STEM_MAX = 4  # a stem longer than this is a phrase (数字经济与智能制造) more often than a name


def stem_list_names(text: str, tv: TokenView, cands: list[Cand], morph: MorphologyFinder) -> list[Cand]:
    """``之江、良渚、西湖、湖畔实验室``: bare stems listed before a name made of a short stem and a
    class noun share that noun: four labs. Every item must be a short word that is no name, sector,
    class word or clause of its own, else the list is left alone (``浙江大学、湖畔实验室`` is two
    names already; ``人工智能、湖畔实验室`` a sector and a lab). Returns the new items; tested in
    ``tests/test_extract_structures.py`` (it needs the loaded resources and jieba's words)."""
    res = morph.res
    extra = []
    for c in cands:
        if c.type not in STEM_LIST_TYPES or c.start < 3 or text[c.start - 1] not in "、和及":
            continue  # nothing coordinated before it (most names: checked first, it is cheap)
        name = text[c.start : c.end]
        ending = res.suffix_type(name)
        if ending is None or ending[1] != c.type or not 2 <= len(name) - len(ending[0]) <= STEM_MAX:
            continue
        items = []
        pos = c.start
        # 和/及 before the last name joins it when it is a word of its own, or glued by jieba to an
        # unknown stem (鹤汀及|云栖湾)
        while pos > 0 and (text[pos - 1] == "、" or pos == c.start and text[pos - 1] in "和及" and (
                tv.is_token_start(pos - 1) or tv.pos[tv.token_at(pos - 1)] is None)):
            j = pos - 1
            k = j
            while k > 0 and j - k <= STEM_MAX and is_cjk(text[k - 1]) and text[k - 1] != "、":
                k -= 1
            if text[k - 1 : k] != "、":
                k = tv.starts[tv.token_at(j - 1)]  # the first item: the one word before its 、
            item = text[k:j]
            if not (2 <= len(item) <= STEM_MAX and all(is_cjk(ch) for ch in item)) or (
                    not tv.is_token_start(k) or not (tv.is_token_end(j) or text[j] in "和及")
                    or item in res.generic_words or item in res.industries or res.suffix_type(item) is not None
                    or any(x.start < j and k < x.end for x in cands)
                    or _has_verb(morph, tv, k, j) or item.startswith(res.deictics)):
                items = []
                break
            items.append((k, j))
            pos = k
        if len(items) == 1 and not all(tv.pos[t] in ("ns", "nz", "nr", "nrt")
                                       for t in range(tv.token_at(items[0][0]), tv.token_at(items[0][1] - 1) + 1)):
            continue  # two items: the first must be a proper noun (实现|封顶、同位素实验室 is a clause)
        before = tv.token_at(items[-1][0]) - 1 if items else -1
        if before >= 0 and tv.texts[before] in ("与", "和", "及", "或"):
            continue  # 再生医学与健康、佛山季华实验室: the first item is the tail of a phrase
        for k, j in items:
            extra.append(Cand(k, j, c.type, "coord:stem", canonical=text[k:j] + ending[0], priority=3,
                              confidence=0.65))
    return extra
