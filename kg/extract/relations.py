"""Relations between the entities of a document, from three families of rules kept as data.

1. **Verb cues** (``kg/data/relation_cues.tsv``). Per clause (a stretch between , ; :), for each cue:
   the **doer** is the entities after ``由`` and before the cue, else the coordinated run of
   entities just left of the cue, else (``联合B、C共建``) the run right of it when it fits the
   doer's types, else the clause's **topic**; the **thing** is the entity after ``的`` that follows
   the cue (``由A发起组建的X``), else the run right of the cue (up to the next cue), else the topic.
   The topic is the subject of the clause or an earlier clause, a head named later after ``的``,
   the subject of an earlier sentence of the paragraph (as far back as the cue's ``window``), a
   deictic (``这家省实验室``) or zone reference (``我区``, ``新区``) resolved to its antecedent, or —
   for a few predicates — the document's own subject (its policy or main zone). Direction:
   ``doer`` → thing PRED doer; ``thing`` → doer PRED thing; ``mutual`` → cooperatesWith.
   Entities between ``被`` and the cue are the agent of a passive, never the doer.
2. **Structural patterns** (``relation_patterns.tsv``): regular expressions over a copy of the
   sentence in which each entity is one placeholder character encoding its class
   (:func:`placeholder_sentence`), with typed slots (``{A:Zone}``, ``{B+:ORG}``, ``{B*:Zone}``).
3. **Structure in code**: issuer before a title, a leader's title between an organisation and a
   person, a law passed by a session, ``zone(zone)``, zones named after a larger zone.

Every relation then passes the predicate's type signature (``relation_signatures.tsv``) so that
impossible pairs (foundedBy a zone …) are never emitted, and carries a confidence.

>>> rules = RelationRules.load()
>>> rules.signatures["foundedBy"].object_types >= {"University", "Person"}, "Zone" in rules.signatures["foundedBy"].object_types
(True, False)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..records import ENTITY_TYPES
from .finders import ADDRESSEE_PRONOUNS, Cand
from .resources import DATA_DIR, ORG_TYPES, RelationCue, Resources
from .tokens import TokenView

CLAUSE_SPLIT = re.compile(r"[,;:!?。;!?\n]")
DEICTIC_RE = re.compile(
    r"(这家|这所|这座|这个|该|此)(?:省|市|国家|新型|重点)?(实验室|研究院|研究所|中心|大学|学院|公司|企业|集团|平台|装置|设施|园区|机构)"
)
# verbs that open a clause saying where its (earlier) subject is
LOCATIVE_VERBS = ("落户", "位于", "坐落", "地处", "入驻", "扎根", "设在", "建在", "落地")
# a bare class noun at the start of a clause, as the subject of what follows (实验室将…, 研究院聚焦…)
BARE_CLASS_RE = re.compile(
    r"(?:^|(?<=[,;。!?\n]))(?:其中|目前|同时|此外|未来|下一步|今后|近年来|近期|如今|当前|今年)?,?"
    r"(实验室|研究院|研究所|公司|集团|大学|学校|基地|平台|中心)"
    r"(?=将|已|还|也|正|是|为|现|于|在|主要|重点|聚焦|围绕|致力|目前|计划|先后|累计|共|拥有|建有|设有|下设|与|由|以|作为|成立|位于|坐落|落户"
    r"|主任|院长|所长|董事长|总经理|负责人|党委书记)"
)
BARE_CLASS_TYPES = {
    "实验室": ("Laboratory",), "研究院": ("ResearchInstitute",), "研究所": ("ResearchInstitute",),
    "公司": ("Enterprise",), "集团": ("Enterprise",), "大学": ("University",), "学校": ("University",),
    "基地": ("InnovationPlatform", "Facility"), "平台": ("InnovationPlatform",),
    "中心": ("InnovationPlatform", "ResearchInstitute"),
}
BARE_CLASS_WINDOW = 3  # sentences back
CLASS_NOUN_TYPE = {
    "实验室": "Laboratory", "研究院": "ResearchInstitute", "研究所": "ResearchInstitute",
    "中心": "InnovationPlatform", "大学": "University", "学院": "University",
    "公司": "Enterprise", "企业": "Enterprise", "集团": "Enterprise", "平台": "InnovationPlatform",
    "装置": "Facility", "设施": "Facility", "园区": "Zone", "机构": "ResearchInstitute",
}
LEADER_TITLES = re.compile(r"(?:党委书记|董事长兼总经理|董事长|总经理|总裁|院长|所长|主任|创始人|首席执行官|CEO)(?:兼[\u4e00-\u9fff]{2,4})?")
# predicates whose doers may follow the cue (联合B、C共建, 牵头…): for others the run after a
# cue is what the cue is about (下设B、C, 集聚了A、B)
PARTNER_FIRST = frozenset(("coBuiltBy", "ledBy", "foundedBy"))
SETUP_GAP_RE = re.compile(r"(?:新|先后|正式|率先)?(?:设立|建设|建立|成立|落地|布局|打造|组建|筹建)(?:了)?")
SESSION_PASSED_RE = re.compile(r"第[一二三四五六七八九十百\d]+次(?:全体)?会议(?:审议)?(?:通过|批准|修订|修正)")
ORDER_PUBLISHED_RE = re.compile(r"(?:令|公告)(?:第[一二三四五六七八九十百千\d]+号)?(?:发布|公布|施行)")
IS_PART_RE = re.compile(r"的(?:(组成部分|一部分|核心区|重要组成部分|分园|园区之一)|(?:管理机构|管理机关|派出机构|管理部门))")
# a support cue used as a noun (以A为支撑, 提供支持, 支持力度) says nothing about who supports what
NOUN_USE_BEFORE = ("为", "的", "提供", "给予", "加大")
NOUN_USE_AFTER = re.compile(r"作用|力度|政策|资金|体系")
INCUBATE_NOUN_AFTER = re.compile(r"平台|器|服务|与|和|基地|载体|中心|空间|园|链|体系|功能|能力|机构|加速")
# words before a name that make it a place or destination, not the object of a support verb
PLACE_PREPOSITIONS = ("在", "于", "纳入", "融入", "对接", "向", "到", "与")  # (与: a partner of another verb)
# A联合B印发/举办…: what the two do together is issue or hold something, not build B
JOINT_ACT_AFTER = re.compile(r"[^,;。]{0,20}?(?:印发|发布|出台|制定|发文|举办|召开|主办|承办)")
JOINT_BUILD_AFTER = re.compile(r"[^,;。]{0,16}?(?:共建|共同建设|联合建设|合作共建|共同打造)")
LEAD_NOUN_AFTER = re.compile(r"(?:建设)?(?:单位|方|部门|作用)")
# locative cues read both ways (Z集聚A / A集聚Z): the zone decides which side is which
VERB_BOTH_WAYS = frozenset(("locatedIn",))
WITH_PARTNERS = ("会同", "协同", "携手", "组织", "带领", "联合")
SYMMETRIC = frozenset(("cooperatesWith",))
PREPOSITIONS = set("从在由对为向随据经以与和同跟及被把将")
# a policy title that names what it supports: 关于(进一步)?(支持|加快|促进|推进)…X…的意见
# what a title does to the entity named right after (关于同意建设旬阳高新区的批复, …落户麒麟科技城的政策措施)
TITLE_SUPPORT_RE = re.compile(r"(?:支持|加快|促进|推进|推动|保障|服务|同意|批准|认定|建设|设立|落户|落地|关于将)"
                              r"(?:进一步|全面|高质量|高水平|加快|大力)?$")
# …and what follows that name: the entity is the thing done (…科学城建设, …高新区的批复), not the
# owner of another noun (支持中科院|高端创新资源落户…)
TITLE_SUPPORTED_AFTER = re.compile(r"(?:建设|发展|“|国家|创建|创新|高质量|的|等|、|和|与|升级|提升|改革|管理|条例|规定|办法"
                                   r"|合作协议|战略合作|总体规划|战略规划|规划|实施方案|建设方案|设立为|升级为|认定为|》|$)")
# a title that opens with the entity (after at most a place or 中国) and goes on with the kind of rules or
# plan it is: 《北京市新技术产业开发试验区暂行条例》, 《中国西部(成都)科学城战略规划》
TITLE_OF_ENTITY_AFTER = re.compile(r"(?:暂行|管理|促进)?(?:条例|规定|办法|实施细则|章程|总体规划|战略规划|发展规划|"
                                   r"建设规划|空间规划|规划纲要|建设方案|发展纲要)")
WHITESPACE_RE = re.compile(r"\s+")
# the addressee line of an official reply or notice: bodies separated by 、, then a colon, alone on a line
ADDRESSEE_LINE_RE = re.compile(r"(?:^|\n)[ \t\u3000]*([^\n:：。]{2,160}?)[:：][ \t\u3000]*\n")
# a list of names only (groups of them may be split by commas): a clause has verbs of its own
CLAUSE_MARKS_RE = re.compile(r"[;；。]|主持|讨论|召开|会议|如下|现将|为了|根据|提出|要求")
# what stands between two names side by side in a list
LIST_JOINERS = frozenset(("、", "和", "及", "与", "以及"))
# a request named right after the addressee's pronoun (你们关于…的请示, 你市《关于…的请示》)
REQUEST_BY_ADDRESSEE_RE = re.compile(r"(?:" + "|".join(ADDRESSEE_PRONOUNS) + r")《?$")
# a title's list of places before one zone ending (张掖、民乐、金昌、玉门4个省级高新技术产业开发区): group 1
# the places but the last, each with its separator (the first may carry the verb before it), group 2
# the last place and what follows it up to the ending
TITLE_PLACE_LIST_RE = re.compile(r"((?:[\u4e00-\u9fff]{2,6}[、和及与]){1,11})([\u4e00-\u9fff\d]{3,26}?[区园城])"
                                 r"(?=的|建设|》|$)")
# a title that recognises, approves or plans a whole class of things: the class noun is group "cls"
TITLE_CLASS_RE = re.compile(
    r"(?:(?:认定|公布|命名|确定|同意|批准|设立|升级)[^的》]{0,24}?(?P<cls>[\u4e00-\u9fff]{2,12}?)(?:名单)?的"
    r"(?:通知|批复|复函|决定|公告))$|(?P<cls2>开发区|高新区|园区|产业园)(?:总体|空间|发展|布局|建设)*规划(?:纲要)?$")
CLASS_RANK_RE = re.compile(r"^(?:年度?)?(?:首批|第[一二三四五六七八九十\d]+批|省级|国家级|市级|国家|省|市)*")
TRAILING_BRACKET_RE = re.compile(r"\([^()]*\)$")
TITLE_CLASS_KINDS = frozenset(("通知", "批复", "复函", "决定", "公告", "规划", "规划纲要", "总体规划", "发展规划"))
TITLE_SUPPORTED = frozenset(("Zone", "Laboratory", "ResearchInstitute", "InnovationPlatform", "Facility",
                             "University", "Initiative"))
# mutual cues that name a partner only through 与/同/跟 (合作 alone is mostly a noun)
MUTUAL_NEED_PARTNER = frozenset(("合作", "达成", "战略合作"))
# what may stand between the doer and 与 (A还与B, A已同B); anything else means the doer is unnamed
MUTUAL_GAP = r"(?:还|也|将|已|已经|正式|分别|共同|积极|主动|率先|先后|此前|再次|又)*"
# A、B两区签订 / A和B双方签署: a pair of partners named before the cue
PAIR_AFTER = re.compile(r"(?:双方|两区|两地|两市|两县|两园|两家|两校|两方|两国|两省)")
# a mutual cue used as a noun for an occasion (签约仪式, 签约活动): without 与 it names no partner
CEREMONY_AFTER = re.compile(r"(?:仪式|活动|大会|现场|典礼|暨)")
# approval, not founding: 经A批准设立X, 国务院批准设立的X
APPROVAL_BEFORE = ("批准", "同意", "批复", "核准")
# predicates whose object after the cue must not be a mere modifier of a noun that follows it
MODIFIER_CHECKED = frozenset(("foundedBy", "coBuiltBy", "ledBy", "supports", "hosts", "focusesOn"))
# words after a name that do not make it a modifier (a list goes on, a clause goes on)
MODIFIER_OK_AFTER = frozenset(("等", "和", "与", "及", "以及", "或", "、", "双方", "等等",
                               "协议", "合作协议", "框架协议", "备忘录", "项目", "建设", "揭牌", "签约"))
# predicates whose elided subject may be the document's own subject (its zone or the policy it is)
DOC_SUBJECT_PREDICATES = frozenset(("supports", "focusesOn", "cooperatesWith", "awarded", "hosts", "locatedIn"))
# words that may open a clause before its subject (其中X…, 目前X…)
LEAD_OK = frozenset(("如", "而", "其中", "目前", "同时", "今年", "去年", "近年来", "此外", "另外", "并且",
                     "其", "但", "且", "现", "已", "还", "又", "也", "都", "随后", "当前", "截至目前"))


@dataclass(frozen=True)
class RelFound:
    subject: Cand
    predicate: str
    object: Cand
    cue: str
    cue_start: int
    at: int  # norm offset inside the sentence that states it
    source: str
    confidence: float


def zone_name(c: Cand, text: str) -> str:
    return c.canonical or text[c.start : c.end]


def policy_title_key(s: str) -> str:
    return re.sub(r"[\s《》“”\"()()]|征求意见稿|试行", "", s)


class RelationFinder:
    def __init__(self, res: Resources, window: int = 1, data_dir: Optional[Path] = None):
        self.res = res
        self.window = max(1, window)  # sentences back a deictic phrase (这家实验室) may reach
        self.rules = RelationRules.load(Path(data_dir) if data_dir else DATA_DIR)
        # patterns with one end implicit (^zone, ^policy) need only one named entity in a sentence
        self.implicit_patterns = tuple(p for p in self.rules.patterns
                                       if p.subject.partition(":")[0] in IMPLICIT_ENDS
                                       or p.object.partition(":")[0] in IMPLICIT_ENDS)
        cues = sorted(res.relation_cues, key=lambda c: -len(c.cue))
        self.cue_re = re.compile("|".join(re.escape(c.cue) for c in cues))
        self._tv: Optional[TokenView] = None
        self._pair: Optional[tuple] = None
        self.cue_by_text: dict[str, RelationCue] = {}
        for c in cues:
            self.cue_by_text.setdefault(c.cue, c)

    # -------------------------------------------------------------- document subject
    @staticmethod
    def main_zone(cands: list[Cand], text: str, title: str = "") -> Optional[Cand]:
        """The zone the document is about: the one it names most often (named once: only when the
        document's title names it too)."""
        def key(c):
            return c.canonical or text[c.start : c.end]

        zones = Counter(key(c) for c in cands if c.type == "Zone")
        if not zones:
            return None
        best, n = sorted(zones.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if n < 2 and not (title and len(zones) == 1 and any(
                text[c.start:c.end] in title for c in cands if c.type == "Zone" and key(c) == best)):
            return None  # named once: not what the document is about
        return next(c for c in cands if c.type == "Zone" and key(c) == best)

    @staticmethod
    def doc_policy(cands: list[Cand], title: str, kind: str) -> Optional[Cand]:
        policies = [c for c in cands if c.type == "Policy"]
        if not policies:
            return None
        if title:
            key = policy_title_key(title)
            for c in policies:
                k = policy_title_key(c.canonical)
                # the title itself, or most of it (not a newspaper's 《…》 heading the title)
                if k and (k == key or (key.startswith(k) and 2 * len(k) >= len(key)) or k.startswith(key)):
                    return c
        if kind.startswith("policy"):
            return policies[0]
        return None

    # -------------------------------------------------------------- main loop
    def find(
        self,
        text: str,
        tv: TokenView,
        cands: list[Cand],
        sentences: list[tuple[int, int]],
        title: str = "",
        kind: str = "",
    ) -> list[RelFound]:
        out: list[RelFound] = []
        self._tv = tv
        cands = sorted(cands, key=lambda c: c.start)
        zone = self.main_zone(cands, text, title)
        policy = self.doc_policy(cands, title, kind)
        if policy is not None:
            # "…人民代表大会常务委员会第十九次会议通过": the document (a law) was passed by that body
            for c in cands:
                if c.type == "GovernmentBody" and SESSION_PASSED_RE.match(text, c.end):
                    out.append(RelFound(policy, "issuedBy", c, "通过", c.end, c.start,
                                        "structure:passed-by", 0.8))
                elif c.type == "GovernmentBody" and ORDER_PUBLISHED_RE.match(text, c.end):
                    # "中华人民共和国国务院令第706号公布": the body that promulgates the document
                    out.append(RelFound(policy, "issuedBy", c, "公布", c.end, c.start,
                                        "structure:promulgated-by", 0.8))
        out.extend(self._title_supports(text, cands))
        out.extend(self._title_issuers(text, cands))
        out.extend(self._request_senders(text, cands))
        if policy is not None and policy.kind == "批复":
            out.extend(self._reply_listed_zones(text, cands, policy))
        seen_titles = set()
        for c in cands:
            if c.type == "Policy" and c.canonical not in seen_titles:
                seen_titles.add(c.canonical)
                out.extend(self._title_class_members(text, cands, c))
        zone_ref_re = self.rules.zone_reference_re(zone_name(zone, text)) if zone is not None else None
        implicit = {"^zone": zone, "^policy": policy, "^doc": policy or zone}
        ci = 0
        recent_by_sentence: list[list[Cand]] = []  # entities of the previous sentences (deictics)
        recent: list[Cand] = []
        last_of_type: dict[str, tuple[int, Cand]] = {}  # class → (sentence, latest entity) for bare nouns
        self._pair, pair_at = None, -9  # partners of the latest agreement (双方), and its sentence
        # cue positions once for the whole text; a sentence with no entity, or with one entity and
        # no cue, states no relation (and is skipped cheaply)
        cue_starts = [m.start() for m in self.cue_re.finditer(text)]
        carried: Optional[tuple[int, Cand]] = None  # (sentence index, its subject) for elided subjects
        for s_idx, (s_lo, s_hi) in enumerate(sentences):
            while ci < len(cands) and cands[ci].start < s_lo:
                ci += 1
            cj = ci
            while cj < len(cands) and cands[cj].start < s_hi:
                cj += 1
            sent_cands = cands[ci:cj]
            ci = cj
            k = bisect_left(cue_starts, s_lo)
            has_cue = k < len(cue_starts) and cue_starts[k] < s_hi
            if not sent_cands or (len(sent_cands) < 2 and not has_cue and not (
                    self.implicit_patterns and (zone or policy or carried))):
                for c in sent_cands:
                    last_of_type[c.type] = (s_idx, c)
                recent_by_sentence = (recent_by_sentence + [[c for c in sent_cands if c.type in ORG_TYPES]])[-self.window:]
                recent = [c for cs in recent_by_sentence for c in cs]
                continue
            n_out = len(out)
            # deictic phrases stand for an earlier entity of their class
            stand_in: list[tuple[int, Cand]] = []
            stand_span: list[tuple[int, int, Cand]] = []
            # deictic phrases with no antecedent here (该研究院 after a name the finder missed): the
            # clause they open is about someone unnamed, so no earlier or default subject stands in
            unresolved: list[int] = []
            for m in DEICTIC_RE.finditer(text, s_lo, s_hi):
                typ = CLASS_NOUN_TYPE.get(m.group(2))
                before = recent + [c for c in sent_cands if c.end <= m.start()]
                ante = next((c for c in reversed(before) if c.type == typ), None)
                if ante is not None:
                    stand_in.append((m.start(), ante))
                    stand_span.append((m.start(), m.end(), ante))
                else:
                    unresolved.append(m.start())
            # a bare class noun opening a clause (news style: "X揭牌。…实验室将聚焦A、B") stands for
            # the latest entity of its class a few sentences back (or earlier in this sentence)
            for m in BARE_CLASS_RE.finditer(text, s_lo, s_hi):
                at = m.start(1)
                if any(c.start <= at < c.end for c in sent_cands) or any(p == at for p, _ in stand_in):
                    continue
                types = BARE_CLASS_TYPES.get(m.group(1), ())
                ante = next((c for c in reversed(sent_cands) if c.end <= at and c.type in types), None)
                if ante is None:
                    back = [last_of_type[t] for t in types if t in last_of_type
                            and s_idx - last_of_type[t][0] <= BARE_CLASS_WINDOW]
                    ante = max(back, key=lambda x: (x[0], x[1].start))[1] if back else None
                if ante is not None:
                    stand_in.append((at, ante))
                    stand_span.append((at, m.end(1), ante))
            if zone_ref_re is not None:
                # 我区 / 新区 (in a text about …新区): the document's zone; 本市/本省 are not a zone
                inside = [(c.start, c.end) for c in sent_cands]
                for m in zone_ref_re.finditer(text, s_lo, s_hi):
                    if not any(a <= m.start() < b or a < m.end() <= b for a, b in inside):
                        stand_in.append((m.start(), zone))
                        stand_span.append((m.start(), m.end(), zone))
            out.extend(self._structure(text, sent_cands))
            # the subject of an elided clause, for patterns (^subj, ^topic): the subject of the
            # latest earlier clause of the sentence that has one, else the subject carried from the
            # sentence before in the same paragraph ("X位于Z,是Y的核心区。由A举办,依托B建设。")
            clause_subjects: list[tuple[int, Cand]] = []
            c_lo = s_lo
            for m in list(CLAUSE_SPLIT.finditer(text, s_lo, s_hi)) + [None]:
                c_hi = m.start() if m is not None else s_hi
                c_ents = sorted([(c.start, c) for c in sent_cands if c_lo <= c.start and c.end <= c_hi]
                                + [(p, a) for p, a in stand_in if c_lo <= p < c_hi], key=lambda x: x[0])
                cs_ = self._clause_subject(text, c_lo, c_hi, c_ents)
                if cs_ is not None:
                    clause_subjects.append((c_lo, cs_))
                elif _opens_unnamed(unresolved, c_lo, c_hi, c_ents):
                    clause_subjects.append((c_lo, UNNAMED))
                if m is None:
                    break
                c_lo = m.end()
            prior = None
            if carried is not None and s_idx - carried[0] <= self.window \
                    and "\n" not in text[carried[1].end : s_lo].strip("\n"):
                prior = carried[1]
            implicit["^subj"] = _SubjectAt(clause_subjects, prior, None)
            implicit["^topic"] = _SubjectAt(clause_subjects, prior, zone)
            # structural patterns (relation_patterns.tsv) over the sentence with names as placeholders
            spans = [(c.start, c.end, c) for c in sent_cands] + stand_span
            pats = self.rules.patterns if len(spans) >= 2 else self.implicit_patterns
            if pats:
                ph, where, offsets = placeholder_sentence(text, s_lo, s_hi, spans)
                for subj, pred, obj, pat, at in match_patterns(pats, ph, where, self.rules, implicit, offsets):
                    out.append(RelFound(subj, pred, obj, pat.name, -1, at, f"pattern:{pat.name}",
                                        pat.confidence))
            # clauses
            clauses = []
            c_lo = s_lo
            for m in CLAUSE_SPLIT.finditer(text, s_lo, s_hi):
                clauses.append((c_lo, m.start()))
                c_lo = m.end()
            if c_lo < s_hi:
                clauses.append((c_lo, s_hi))
            topic: Optional[Cand] = None
            de_heads = [c for c in sent_cands if text[c.start - 1 : c.start] == "的"]
            for k_lo, k_hi in clauses:
                if k_hi <= k_lo:
                    continue
                ents = [(c.start, c) for c in sent_cands if k_lo <= c.start and c.end <= k_hi]
                ents += [(p, a) for p, a in stand_in if k_lo <= p < k_hi]
                ents.sort(key=lambda x: x[0])
                subj = self._clause_subject(text, k_lo, k_hi, ents)
                inside = [(c.start, c.end) for c in sent_cands if k_lo <= c.start < k_hi]
                cues = [m for m in self.cue_re.finditer(text, k_lo, k_hi) if tv.is_token_end(m.end())
                        and tv.is_token_start(m.start())
                        and not any(a <= m.start() < b for a, b in inside)
                        and not self._noun_use(text, m)]
                for n, m in enumerate(cues):
                    nxt = cues[n + 1].start() if n + 1 < len(cues) else k_hi
                    prev = cues[n - 1].end() if n > 0 else k_lo
                    if subj is None and _opens_unnamed(unresolved, k_lo, m.start(), ents):
                        continue  # 该研究院将聚焦A: the doer is an institute not named here
                    cue = self.cue_by_text[m.group()]
                    ctx_topic = subj or topic
                    if ctx_topic is None:
                        # 由A牵头,联合B共同建设的X: the thing is named later in the sentence, after 的
                        ctx_topic = next((c for c in de_heads if c.start > m.end()), None)
                    if ctx_topic is None and carried is not None:
                        # the subject elided across sentences of one paragraph (X揭牌。由A牵头建设。)
                        # a sentence cut at a semicolon is a clause of the same sentence
                        n_back = sum(1 for lo, hi in sentences[carried[0] : s_idx]
                                     if text[lo:hi].rstrip()[-1:] not in (";", "；"))
                        if n_back <= min(self.window, self.rules.cue_window.get(cue.cue, 0)) \
                                and "\n" not in text[carried[1].end : m.start()]:
                            ctx_topic = carried[1]
                    out.extend(self._apply(text, cue, m.start(), m.end(), prev, nxt, k_lo, ents,
                                           ctx_topic, zone, policy))
                if subj is not None:
                    topic = subj
            if topic is not None:
                carried = (s_idx, topic)
            for c in sent_cands:
                last_of_type[c.type] = (s_idx, c)
            # the partners of the latest agreement, for "双方" in the next sentence
            pair = next(((r.subject, r.object) for r in reversed(out[n_out:]) if r.predicate == "cooperatesWith"), None)
            self._pair = pair if pair is not None else (self._pair if s_idx - pair_at <= 0 else None)
            pair_at = s_idx if pair is not None else pair_at
            recent_by_sentence = (recent_by_sentence + [[c for c in sent_cands if c.type in ORG_TYPES]])[-self.window:]
            recent = [c for cs in recent_by_sentence for c in cs]
        out.extend(self._zone_name_parts(text, cands))
        if policy is not None:
            # in a law or plan, what a government body "shall support" is what the document supports
            out = [RelFound(policy, r.predicate, r.object, r.cue, r.cue_start, r.at, r.source, r.confidence)
                   if r.predicate == "supports" and r.subject.type == "GovernmentBody" else r for r in out]
        return self._settle(text, out, sentences)

    def _title_supports(self, text: str, cands: list[Cand]) -> list[RelFound]:
        """《关于进一步加快嘉禾高新区发展的若干意见》 supports 嘉禾高新区 when the document also names the
        zone: a policy whose title says it supports, speeds up or builds a named entity supports it."""
        policies = {}
        for c in cands:
            if c.type == "Policy" and c.end - c.start >= 8 and not text[c.start:c.end].rstrip("》").endswith(("建议", "提案")):
                policies.setdefault(WHITESPACE_RE.sub("", text[c.start:c.end]), c)
        if not policies:
            return []
        named = {}
        for c in cands:
            if c.type in TITLE_SUPPORTED and c.end - c.start >= 3:
                surface = text[c.start:c.end]
                named.setdefault(surface, c)
                if c.canonical:
                    named.setdefault(c.canonical, c)
                # a title names the zone without its city (关于加快长清大学城创新发展… for 济南长清大学城)
                place = self.res.leading_place(surface)
                if place:
                    rest = surface[len(place):]
                    rest = rest[1:] if rest[:1] in ("省", "市") else rest
                    if len(rest) >= 4:
                        named.setdefault(rest, c)
        out = []
        for title, p in policies.items():
            supported_ends: set[int] = set()
            # (names in title order, so that a name joined by 和 to a supported one follows it)
            for name, c in sorted(named.items(), key=lambda kv: title.find(kv[0])):
                i = title.find(name)
                if i < 0 or c.start == p.start:
                    continue
                joined = i > 0 and title[i - 1] in "和、与及" and (i - 1) in supported_ends
                if i > 0 and (TITLE_SUPPORT_RE.search(title[max(0, i - 8):i]) or joined) \
                        and TITLE_SUPPORTED_AFTER.match(title, i + len(name)):
                    # 关于设立A和B的批复: B, joined to the supported A, is supported too
                    supported_ends.add(i + len(name))
                    out.append(RelFound(p, "supports", c, "title", -1, p.start, "structure:title-supports", 0.6))
                elif self._title_opens_with(title.lstrip("《"), name) and TITLE_OF_ENTITY_AFTER.match(
                        title, i + len(name)):
                    out.append(RelFound(p, "supports", c, "title", -1, p.start, "structure:title-of-entity", 0.6))
            out.extend(RelFound(p, "supports", c, "title", -1, p.start, "structure:title-supports-list", 0.6)
                       for c in self._title_place_list(text, title, cands) if c.start != p.start)
        return out

    def _title_opens_with(self, title: str, name: str) -> bool:
        """Does the title start with ``name``, or with a place or 中国 and then ``name``?"""
        if title.startswith(name):
            return True
        head = title[: title.find(name)] if name in title else None
        return bool(head) and (head == "中国" or head == self.res.leading_place(title))

    def _title_issuers(self, text: str, cands: list[Cand]) -> list[RelFound]:
        """《国务院关于同意…的批复》 issuedBy 国务院 when the document names the body: the bodies a
        title opens with, before 关于 (中共中央、国务院关于…: both)."""
        bodies: dict[str, Cand] = {}
        for c in cands:
            if c.type == "GovernmentBody":
                bodies.setdefault(text[c.start:c.end], c)
                if c.canonical:
                    bodies.setdefault(c.canonical, c)
        if not bodies:
            return []
        out = []
        for p in cands:
            if p.type != "Policy":
                continue
            title = WHITESPACE_RE.sub("", text[p.start:p.end]).strip("《》")
            i = title.find("关于")
            if i < 2:
                continue
            for name in re.split("[、和与及]", title[:i]):
                entry = self.res.lexicon_entry(name)
                c = bodies.get(name) or (bodies.get(entry.name) if entry is not None else None)
                if c is not None and c.start != p.start:
                    out.append(RelFound(p, "issuedBy", c, "关于", -1, p.start, "structure:title-issuer", 0.7))
        return out

    def _reply_listed_zones(self, text: str, cands: list[Cand], reply: Cand) -> list[RelFound]:
        """A reply (批复, 复函) that lists zones side by side (A、B、C开发区 / A、B和C) approves
        them: it supports each. Measured on the readable gold sets, the same rule over laws and
        opinions was wrong more often than right, so it is kept to replies."""
        zones = [c for c in cands if c.type == "Zone" and not self.rules.is_admin_area(text[c.start:c.end])
                 and (c.canonical or text[c.start:c.end]) not in self.res.places]
        out = []
        for c in zones:
            if any(d is not c and (text[c.end:d.start] in LIST_JOINERS or text[d.end:c.start] in LIST_JOINERS)
                   for d in zones):
                out.append(RelFound(reply, "supports", c, "批复", -1, c.start, "structure:reply-lists", 0.55))
        return out

    def _title_class_members(self, text: str, cands: list[Cand], policy: Cand) -> list[RelFound]:
        """A notice that recognises or approves a class of things (关于认定2020年国家高新技术产业化
        基地的通知), or a plan for all of a class (德州市开发区总体发展规划), supports every
        member of that class the document names: the names that end in the class noun."""
        title = WHITESPACE_RE.sub("", policy.canonical or text[policy.start:policy.end]).strip("《》")
        title = TRAILING_BRACKET_RE.sub("", title)  # …总体发展规划(2019-2035年)
        m = TITLE_CLASS_RE.search(title)
        if m is None or policy.kind not in TITLE_CLASS_KINDS:
            return []
        cls = m.group("cls") or m.group("cls2")
        if self.res.suffix_type(cls) is None and not cls.endswith(("开发区", "高新区")):
            return []
        # the members' names end in the class phrase without its rank (国家|高新技术产业化基地): 省级
        # 高新技术产业开发区 members are not the 经济技术开发区 the same document names
        noun = CLASS_RANK_RE.sub("", cls)
        if len(noun) < 2:
            return []
        members = {}
        for c in cands:
            name = c.canonical or text[c.start:c.end]
            if (c.type in TITLE_SUPPORTED and name.endswith(noun) and len(name) >= len(noun) + 2
                    and name not in title and not (policy.start <= c.start < policy.end)
                    and not self.rules.is_admin_area(name)):
                members.setdefault(name, c)
        if len(members) < 2:
            return []  # one name is not a list of members: the notice may be about something else
        return [RelFound(policy, "supports", c, "title", -1, c.start, "structure:title-class-members", 0.55)
                for c in members.values()]

    @staticmethod
    def _request_senders(text: str, cands: list[Cand]) -> list[RelFound]:
        """A reply's addressees (科技部、新疆维吾尔自治区人民政府:) sent the request it answers
        (你们关于…的请示 / 你市《关于…的请示》): the request is issuedBy each of them."""
        m = ADDRESSEE_LINE_RE.search(text, 0, min(len(text), 800))
        if m is None:
            return []
        line = m.group(1)
        inside = [c for c in cands if m.start(1) <= c.start and c.end <= m.end(1)]
        if not inside or any(c.type != "GovernmentBody" for c in inside) or any(
                len(x.strip()) > 16 or not x.strip() for x in re.split("[、,，]", line)) or CLAUSE_MARKS_RE.search(line):
            return []  # not a list of bodies (names the finder missed may stand in it)
        out = []
        for p in cands:
            if p.type == "Policy" and p.start > m.end() and REQUEST_BY_ADDRESSEE_RE.search(text, max(0, p.start - 5), p.start):
                out.extend(RelFound(p, "issuedBy", b, "你们", -1, p.start, "structure:request-sender", 0.75)
                           for b in inside)
        return out

    def _title_place_list(self, text: str, title: str, cands: list[Cand]) -> list[Cand]:
        """The zones a title approves through a list of places sharing one zone ending:
        关于同意设立张掖、民乐、金昌、玉门4个省级高新技术产业开发区的批复 names 甘肃省张掖高新技术产业开发区 …
        (each zone of the document whose name holds a listed place before that ending)."""
        places = self.res.places
        found: dict[int, Cand] = {}
        for m in TITLE_PLACE_LIST_RE.finditer(title):
            items = re.split("[、和及与]", m.group(1))[:-1]
            # the first item may carry the verb before it (同意张掖): its tail that is a place
            first = next((items[0][k:] for k in range(len(items[0]) - 1) if items[0][k:] in places
                          and TITLE_SUPPORT_RE.search(title, 0, m.start(1) + k)), None)
            # the last place runs into the ending (石河子高新技术产业开发区): its longest known head
            rest = m.group(2)
            last = next((rest[:n] for n in range(min(len(rest) - 2, 6), 1, -1) if rest[:n] in places), None)
            if first is None or last is None or not all(x in places for x in items[1:]):
                continue
            items = [first, *items[1:], last]
            tail = rest[len(last):]
            for c in cands:
                if c.type != "Zone":
                    continue
                name = text[c.start:c.end]
                # the name goes on after the place with the title's ending (张掖|高新技术产业开发区),
                # not with another one (张掖|经济技术开发区)
                for x in items:
                    j = name.find(x)
                    after = name[j + len(x):] if j >= 0 else ""
                    if len(after) >= 2 and tail.endswith(after):
                        found.setdefault(c.start, c)
                        break
        return list(found.values())

    def _zone_name_parts(self, text: str, cands: list[Cand]) -> list[RelFound]:
        """中关村科技园区海淀园 partOf 中关村科技园区 when the document names both (the part's name is the
        whole's name + an ending of ``relation_zone_parts.txt``); stated where the part is first named."""
        first: dict[str, Cand] = {}
        for c in cands:
            if c.type == "Zone":
                # by its canonical name and as written (兰州高新区|生物医药产业园 is part of the zone
                # written 兰州高新区, whose canonical name is 兰州高新技术产业开发区)
                first.setdefault(zone_name(c, text), c)
                first.setdefault(text[c.start : c.end], c)
        if len({id(c) for c in first.values()}) < 2:
            return []
        out = []
        names = sorted(first, key=len)
        for part in names:
            for whole in names:
                if len(whole) >= len(part):
                    break
                rest = part[len(whole):]
                if part.startswith(whole) and len(whole) >= 3 and (
                        rest in self.rules.zone_part_endings
                        or any(rest.endswith(e) and len(rest) - len(e) <= 4 for e in self.rules.zone_part_endings)):
                    c = first[part]
                    if c is first[whole]:
                        continue
                    out.append(RelFound(c, "partOf", first[whole], "", -1, c.start, "structure:zone-name-part", 0.6))
        return out

    def _settle(self, text: str, found: list[RelFound], sentences) -> list[RelFound]:
        """Drop pairs the predicate's type signature forbids and self-relations; keep one fact per
        (subject, predicate, object) and sentence (the most confident); of two opposite facts of an
        asymmetric predicate in one sentence keep the more confident."""
        starts = [lo for lo, _ in sentences]

        def name(c: Cand) -> str:
            return c.canonical or text[c.start : c.end]

        best: dict[tuple, RelFound] = {}
        for r in found:
            if r.predicate == "locatedIn" and r.subject.type == r.object.type == "Zone" \
                    and not self.rules.is_admin_area(name(r.object)):
                if r.cue not in self.rules.zone_in_zone_cues:
                    continue
                # a zone inside a development zone or park is partOf it (GUIDELINES)
                r = RelFound(r.subject, "partOf", r.object, r.cue, r.cue_start, r.at, r.source,
                             round(r.confidence - 0.1, 2))
            if not self.rules.allows(r.predicate, r.subject, r.object):
                continue
            s_name, o_name = name(r.subject), name(r.object)
            if s_name == o_name:
                continue
            key = (s_name, r.predicate, o_name, bisect_left(starts, r.at + 1))
            old = best.get(key)
            if old is None or r.confidence > old.confidence:
                best[key] = r
        out = []
        for (s_name, pred, o_name, sent), r in best.items():
            if pred not in SYMMETRIC:
                rev = best.get((o_name, pred, s_name, sent))
                if rev is not None and (rev.confidence, rev.at) > (r.confidence, r.at):
                    continue
            out.append(r)
        out.sort(key=lambda r: (r.at, r.predicate))
        return out

    @staticmethod
    def _clause_subject(text, k_lo, k_hi, ents) -> Optional[Cand]:
        """The entity a clause is about: at its start (not after a preposition), or the head of a
        clause that is only a noun phrase (从文三路高教区起步的高新区(滨江))."""
        if not ents:
            return None
        pos, first = ents[0]
        lead = text[k_lo:pos].strip()
        if lead == "" or lead in LEAD_OK:
            return first
        if lead.endswith("的") and len(lead) <= 8 and not lead.startswith(("由", "在", "对", "与", "向", "经")):
            return first  # 本次揭牌的X…, 新成立的X…: a short modifier before the subject
        pos, last = ents[-1]
        if text[last.end:k_hi].strip() == "" and text[k_lo:pos].rstrip().endswith("的") \
                and not lead.startswith(LOCATIVE_VERBS):
            return last  # (落户…的Z is a verb phrase about the subject before, not a noun phrase)
        return None

    def _noun_use(self, text: str, m: re.Match) -> bool:
        pred = self.cue_by_text[m.group()].predicate
        if pred == "ledBy":
            # A为X的牵头单位: a noun naming A's role (the pattern led-lead-unit reads it), not A leading
            return bool(LEAD_NOUN_AFTER.match(text, m.end()))
        if pred == "incubates":
            # 创新孵化平台, 企业孵化与产业加速服务: 孵化 names a kind of service or place, incubating nothing
            return bool(INCUBATE_NOUN_AFTER.match(text, m.end()))
        if pred != "supports":
            return False
        before = text[max(0, m.start() - 2) : m.start()]
        return before.endswith(NOUN_USE_BEFORE) or bool(NOUN_USE_AFTER.match(text, m.end()))

    def _noun_after(self, pos: int, limit: int) -> bool:
        """True when the word starting at ``pos`` (before ``limit``) is a common noun."""
        tv = self._tv
        if tv is None or pos >= limit or not tv.is_token_start(pos):
            return False
        j = tv.token_at(pos)
        if j >= len(tv.texts) or tv.starts[j] != pos:
            return False
        tag = tv.pos[j] or ""
        return tag.startswith("n") and not tag.startswith(("nr", "ns", "nt", "nz"))

    def _noun_before(self, pos: int) -> bool:
        """True when the word ending at ``pos`` is a noun (a name jieba knows: 京津冀, 长三角)."""
        tv = self._tv
        if tv is None or not tv.is_token_end(pos):
            return False
        j = tv.token_at(pos - 1)
        tag = tv.pos[j] or ""
        return tag.startswith(("n", "j")) and tag != "nr"

    def _modifier(self, text: str, c: Cand, predicate: str) -> bool:
        """True when the name ``c`` is followed by a noun (or 内/的 of a location) that it qualifies:
        ``示范区|管理机构``, ``示范区|内的企业`` — the cue's object is that noun, not the name."""
        tv = self._tv
        if tv is None or c.end >= len(text):
            return False
        if text.startswith(("内的", "内企业", "范围内", "区域内"), c.end):
            return True
        if not tv.is_token_start(c.end):
            return False
        j = tv.token_at(c.end)
        if j >= len(tv.texts) or tv.starts[j] != c.end:
            return False
        tag = tv.pos[j] or ""
        word = tv.texts[j]
        if predicate == "focusesOn":
            # 打造电子信息人才汇聚地: the industry qualifies another noun (relation_industry_heads.txt)
            return (tag.startswith("n") or tag == "vn") and word not in self.rules.industry_heads
        if predicate == "foundedBy" and word in ("建设", "发展"):
            return True  # 成立示范区建设领导机构, 设立示范区发展专项资金: what is set up is the body or fund
        if word in MODIFIER_OK_AFTER:
            return False
        if tag == "f":
            return True
        if (tag.startswith("n") and not tag.startswith(("nr", "ns", "nt", "nz"))) or tag in ("l", "j"):
            return True  # (高等院校 is a set phrase, l, to jieba)
        return tag == "vn" and predicate != "supports" and word not in ("建设", "发展")

    # -------------------------------------------------------------- one cue
    def _fallback(self, cue: RelationCue, topic, zone, policy, role_types) -> Optional[Cand]:
        if topic is not None and topic.type in role_types:
            return topic
        if cue.predicate == "supports" and topic is not None and topic is not zone and topic is not policy:
            # the clause has a named subject of another class (研究所将推动…): the document's zone
            # or policy is not the one who supports (the zone default over-fired for supports)
            return None
        if cue.predicate not in DOC_SUBJECT_PREDICATES:
            return None  # who leads, builds, founds or issues must be said, not assumed
        if policy is not None and "Policy" in role_types and cue.predicate in ("supports",):
            return policy
        if zone is not None and "Zone" in role_types and cue.cue not in self.rules.named_doer_cues:
            return zone
        return None

    def _apply(self, text, cue: RelationCue, cs, ce, prev_end, next_start, k_lo, ents, topic, zone, policy):
        left = [(p, c) for p, c in ents if prev_end <= p < cs] or [(p, c) for p, c in ents if p < cs]
        right = [(p, c) for p, c in ents if ce <= p < next_start]
        if cue.direction == "doer" and text.startswith(WITH_PARTNERS, ce):
            right = []  # A牵头会同B…: B works with A, it is not what A leads
        bei = text.rfind("被", k_lo, cs)
        if bei != -1:
            left = [(p, c) for p, c in left if p < bei]  # 被X认定为: X is the agent, not the doer
        you = text.rfind("由", k_lo, cs)
        agents = None
        if you != -1:
            agents = [c for p, c in ents if you < p < cs]
            before_you = [c for p, c in ents if p < you]
            if before_you:
                topic = before_you[-1]
        found: list[RelFound] = []

        def emit(subj, obj, conf):
            if subj is None or obj is None or subj is obj:
                return
            if subj.type not in cue.subject_types or obj.type not in cue.object_types:
                return
            if cue.predicate == "supports" and text[max(0, obj.start - 2) : obj.start].endswith(PLACE_PREPOSITIONS):
                return  # 推动…在Z…, 支持纳入Z核心区: Z is where or whereto, not what is supported
            conf = self.rules.cue_confidence.get(cue.cue, conf)
            found.append(RelFound(subj, cue.predicate, obj, cue.cue, cs, cs, f"cue:{cue.cue}", conf))

        if cue.direction == "mutual":
            if cue.cue in WITH_PARTNERS and JOINT_BUILD_AFTER.match(text, ce, ce + 24):
                return found  # A携手B共建X: the co-building is the fact (coBuiltBy), not a separate agreement
            # the last 与/同/跟 before the cue that is not inside a name (温州生物材料与工程研究所)
            partner_pos = cs
            while True:
                partner_pos = max(text.rfind(w, k_lo, partner_pos) for w in ("与", "同", "跟"))
                if partner_pos == -1 or not any(c.start <= partner_pos < c.end for _, c in ents):
                    break
            pair = _run(left, text, first=False)
            named_by = None
            if partner_pos != -1:
                partners = [c for p, c in ents if partner_pos < p < cs]
                before = [(p, c) for p, c in ents if p < partner_pos]
                # A、B和C与X签署…: each of the run works with X
                doers = _run(before, text, first=False) if before and text[before[-1][1].end:partner_pos].strip() == "" \
                    else [c for p, c in before][-1:]
                # 京津冀与Z合作: the word before 与 is no name, so nobody named works with Z
                if not before or before[-1][0] == before[-1][1].start:  # (a stand-in 我区 is trusted)
                    gap_lo = before[-1][1].end if before else k_lo
                    gap = text[gap_lo:partner_pos].strip()
                    # 京津冀与Z合作: a noun the finder did not take as a name is the doer, so nobody
                    # named works with Z (通过与Z合作, 并与Z签约: the doer is the topic)
                    named_by = not gap or re.fullmatch(MUTUAL_GAP, gap) is not None \
                        or not self._noun_before(partner_pos)
            elif len(pair) >= 2 and PAIR_AFTER.match(text, pair[-1].end):
                # A、B两区签订…协议 / A和B双方签署: the pair cooperate (names after the cue name the deal)
                for i, a in enumerate(pair):
                    for b in pair[i + 1:]:
                        emit(a, b, 0.7)
                return found
            elif cue.cue in MUTUAL_NEED_PARTNER:
                return found  # 合作 / 达成 without 与: a noun (产学研合作, 合作园), no partners named
            elif CEREMONY_AFTER.match(text, ce):
                return found  # …签约仪式在Z举行: the cue names a ceremony; Z is where it is held, no partner
            else:
                # 在Z签约: Z is where the signing is, not a partner
                partners = [c for c in _run(right, text, first=True)
                            if text[max(0, c.start - 1) : c.start] not in ("在", "于")]
                doers = [c for _, c in left][-1:]
            if not doers and named_by is False:
                return found
            if not doers:
                d = self._fallback(cue, topic, zone, policy, cue.subject_types)
                doers = [d] if d else []
            for d in doers:
                for p in partners:
                    emit(d, p, 0.7)
            return found

        if cue.predicate == "foundedBy" and text[max(k_lo, cs - 2):cs].endswith(APPROVAL_BEFORE):
            return found  # 经A批准设立X: A approved, it did not found X
        de = text.find("的", ce, min(next_start, ce + 2))
        after_de = None
        if de != -1:
            after_de = next((c for p, c in ents if p > de), None)
        if cue.direction == "doer":
            doer_types, thing_types = cue.object_types, cue.subject_types
        else:
            doer_types, thing_types = cue.subject_types, cue.object_types
        if agents:
            doers = agents
        else:
            # 在Z设立X: Z is where, not who
            actors = [(p, c) for p, c in left if text[p - 1 : p] not in ("在", "于", "从")]
            doers = [c for c in _run(actors, text, first=False) if c.type in doer_types]
            if doers and cue.predicate == "coBuiltBy" and not cue.cue.startswith(WITH_PARTNERS):
                # A联合/携手B共建X: A builds X too (the partner word stands between the two runs)
                first = min(p for p, c in actors if c is doers[0])
                head = text[max(k_lo, first - 2) : first]
                if head.endswith(WITH_PARTNERS):
                    before = [(p, c) for p, c in ents if p < first - 2 and text[p - 1 : p] not in ("在", "于", "从")]
                    doers = [c for c in _run(before, text, first=False) if c.type in doer_types] + doers
        if cue.cue.startswith(WITH_PARTNERS) and cue.direction == "doer" and doers and after_de is None \
                and JOINT_ACT_AFTER.match(text, ce):
            # A联合B印发/举办…: B is A's partner in issuing or holding something, not a thing A builds
            # (only then: in A牵头,联合B、C建设X the partners do build)
            return found
        if not doers and cue.direction == "doer" and cue.predicate in VERB_BOTH_WAYS and left and right:
            # Z集聚了A、B and A、B集聚Z say the same: with the zone on the right, the left run is what
            # gathers there
            zones = [c for c in _run(right, text, first=True) if c.type in doer_types]
            movers = [c for c in _run(left, text, first=False) if c.type in thing_types]
            if zones and movers:
                return [RelFound(t, cue.predicate, z, cue.cue, cs, cs, f"cue:{cue.cue}",
                                 self.rules.cue_confidence.get(cue.cue, 0.6))
                        for z in zones for t in movers if t is not z]
        if not doers and cue.direction == "doer" and cue.predicate in VERB_BOTH_WAYS and left and not right:
            # A、B等平台加速集聚 (the place elided): every member of the run gathers in the topic zone
            movers = [c for c in _run(left, text, first=False) if c.type in thing_types and c.type not in doer_types]
            z = self._fallback(cue, topic if topic is not None and topic.type in doer_types else None,
                               zone, policy, doer_types)
            if movers and z is not None:
                return [RelFound(t, cue.predicate, z, cue.cue, cs, cs, f"cue:{cue.cue}",
                                 self.rules.cue_confidence.get(cue.cue, 0.6)) for t in movers]
        things: list[Cand] = []
        qualified = False  # the name after the cue only qualifies the unnamed object
        if cue.predicate == "locatedIn" and cue.direction == "thing" and right:
            # 位于 Z 的 X / 坐落于 Z 的 X: X is in Z
            zone_run = _run(right, text, first=True)
            end = zone_run[-1].end if zone_run else ce
            if text.startswith("的", end) or text.find("的", end, end + 2) != -1:
                x = next((c for p, c in ents if p > end), None)
                if x is not None:
                    for z in zone_run:
                        emit(x, z, 0.75)
                    return found
        if after_de is not None and cue.direction == "doer" and doers:
            things = [after_de]
        elif right:
            run = [c for c in _run(right, text, first=True)]
            if cue.predicate in MODIFIER_CHECKED and run and any(p == run[-1].start for p, c in right
                                                                 if c is run[-1]) \
                    and self._modifier(text, run[-1], cue.predicate):
                # 设立示范区管理机构, 支持示范区内的企业: the name qualifies the real (unnamed) object
                run, qualified = [], True
            if not doers and cue.direction == "doer" and cue.predicate in PARTNER_FIRST and run \
                    and cue.cue.startswith(WITH_PARTNERS + ("由",)) and all(c.type in doer_types for c in run):
                doers = run  # 联合B、C共建: the partners follow a partner word (共建X: X is what is built)
            else:
                things = [c for c in run if c.type in thing_types]
        if agents and cue.direction == "thing" and text.startswith("的", ce) \
                and not any(p == ce + 1 for p, _ in right):
            return found  # 由B、C组成的体系: what they make up is not named
        if agents and cue.direction == "thing" and topic is not None and not right:
            things = [topic]  # 由B、C组成的A / A由B、C组成: the parts make up the topic
        if not things and cue.direction == "thing" and not right:
            things = [c for c in _run(left, text, first=False) if c.type in thing_types
                      and c.type not in doer_types]
            doers = [d for d in doers if all(d is not t for t in things)]
        if not doers and cue.direction == "doer" and self._pair is not None \
                and _shuangfang_before(text, cs):
            doers = [c for c in self._pair if c.type in doer_types]  # 双方将共建X: the two partners
        if not doers:
            d = self._fallback(cue, topic, zone, policy, doer_types)
            doers = [d] if d else []
        if not things and cue.direction == "doer" and not right and self._noun_after(ce, next_start):
            qualified = True  # 在Z设立校区: the thing set up is an unnamed noun, not the topic
        if not things and cue.direction == "doer" and not qualified:
            t = self._fallback(cue, topic, zone, policy, thing_types)
            if t is not None and all(t is not d for d in doers):
                things = [t]
        for d in doers:
            for t in things:
                if cue.direction == "doer":
                    emit(t, d, 0.8 if agents else 0.7)
                else:
                    emit(d, t, 0.75)
        return found

    # -------------------------------------------------------------- structure without verbs
    def _structure(self, text: str, sent: list[Cand]) -> list[RelFound]:
        out = []
        for a, b in zip(sent, sent[1:]):
            # 在Z设立/建设/落地X → X locatedIn Z
            if a.type == "Zone" and b.type in ORG_TYPES and b.type != "Zone" \
                    and text[max(0, a.start - 1) : a.start] == "在" and SETUP_GAP_RE.fullmatch(text[a.end : b.start]):
                out.append(RelFound(b, "locatedIn", a, "在", a.start - 1, b.start, "structure:in-zone", 0.65))
        for a, b, c in zip(sent, sent[1:], sent[2:]):
            # 张三担任X院长 → X ledBy 张三
            if a.type == "Person" and b.type in ORG_TYPES and text[a.end : b.start] in ("担任", "出任", "任") \
                    and LEADER_TITLES.match(text, b.end):
                out.append(RelFound(b, "ledBy", a, "担任", a.end, a.start, "structure:leader", 0.65))
        if len(sent) >= 2:
            a, b = sent[-2], sent[-1]
            if a.type == "Person" and b.type in ORG_TYPES and text[a.end : b.start] in ("担任", "出任", "任") \
                    and LEADER_TITLES.match(text, b.end):
                out.append(RelFound(b, "ledBy", a, "担任", a.end, a.start, "structure:leader", 0.65))
        # B是A的组成部分 → B partOf A; B是A的管理机构 → A ledBy B
        for a, b in zip(sent, sent[1:]):
            gap = text[a.end : b.start]
            m = IS_PART_RE.match(text, b.end)
            if gap in ("是", "为", "作为", "属于") and m:
                if m.group(1):
                    out.append(RelFound(a, "partOf", b, m.group(), b.end, a.start, "structure:part", 0.7))
                elif a.type == "GovernmentBody":
                    out.append(RelFound(b, "ledBy", a, m.group(), b.end, a.start, "structure:manager", 0.7))
        for a, b in zip(sent, sent[1:]):
            gap = text[a.end : b.start]
            if a.type == "GovernmentBody" and b.type == "Policy" and gap == "":
                out.append(RelFound(b, "issuedBy", a, "", -1, b.start, "structure:issuer-title", 0.7))
            if a.type in ORG_TYPES and b.type == "Person" and LEADER_TITLES.fullmatch(gap or "-"):
                out.append(RelFound(a, "ledBy", b, gap, a.end, b.start, "structure:leader", 0.7))
            if a.type == "Zone" and b.type == "Zone" and gap == "" and (
                    a.end - a.start >= 4 or text[a.end - 1] in "区县" and a.end - a.start == 3) and \
                    zone_name(b, text).endswith(tuple(self.rules.zone_part_endings)):
                # (a bare place word before it, 滨江物联网小镇, only says where: not a named whole; a
                # district is one: 新津区天府智能制造产业园)
                # 中关村科技园区海淀园 written as two names: the park is part of the zone before it
                out.append(RelFound(b, "partOf", a, "", -1, a.start, "structure:zone+part", 0.6))
            if a.type == "Zone" and b.type == "Zone" and re.fullmatch(r"[^,。;()]{1,12}\(", gap) and \
                    text.startswith(")", b.end):
                out.append(RelFound(b, "partOf", a, "", -1, b.start, "structure:zone(part)", 0.6))
        return out


def _shuangfang_before(text: str, cs: int) -> bool:
    """双方 opens the sentence part before ``cs`` (双方将在…开展合作,共同建设X): the pair is the doer."""
    i = text.rfind("双方", max(0, cs - 40), cs)
    return i != -1 and not any(ch in text[i:cs] for ch in "。;!?\n")


def _run(items: list[tuple[int, Cand]], text: str, first: bool) -> list[Cand]:
    """The coordinated run at the start (``first``) or end of ``items`` (A、B和C → all three)."""
    if not items:
        return []
    seq = items if first else list(reversed(items))
    run = [seq[0]]
    for p, c in seq[1:]:
        a, b = (run[-1], (p, c)) if first else ((p, c), run[-1])
        gap = text[a[1].end : b[0]] if a[1].end <= b[0] else ""
        if re.fullmatch(r"(?:、|和|与|及|以及|或|暨)?", gap.strip()):
            run.append((p, c))
        else:
            break
    out = [c for _, c in run]
    return out if first else list(reversed(out))


# ====================================================================== data-driven relation rules
PLACEHOLDER_BASE = 0xF0000  # Supplementary Private Use Area-A: never in real text
TYPE_BLOCK = 0x1000  # placeholders per type and sentence
ORGANIZATION_TYPES = ("University", "ResearchInstitute", "Laboratory", "Enterprise", "GovernmentBody",
                      "InnovationPlatform")
RUN_SEP = r"(?:、|和|与|及|以及|或|/|及其|暨)?"
SLOT_RE = re.compile(r"\{([A-Za-z]+)([+*])?(?::([^{}]*))?\}")


def expand_types(spec: str) -> frozenset[str]:
    """``ORG``, ``ORGANIZATION``, ``*`` or class names joined by commas; ``-X`` removes X.

    >>> sorted(expand_types("ORG-Zone,Event"))[:3]
    ['Enterprise', 'Event', 'Facility']
    """
    spec = spec.strip()
    if spec in ("", "*"):
        return frozenset(ENTITY_TYPES)
    keep: set[str] = set()
    drop: set[str] = set()
    for part in re.split(r",", spec):
        for n, piece in enumerate(re.split(r"(?=-)", part.strip())):
            piece = piece.strip()
            if not piece:
                continue
            target = drop if piece.startswith("-") else keep
            name = piece.lstrip("-")
            if name == "*":
                target.update(ENTITY_TYPES)
            elif name == "ORG":
                target.update(ORG_TYPES)
            elif name == "ORGANIZATION":
                target.update(ORGANIZATION_TYPES)
            elif name in ENTITY_TYPES:
                target.add(name)
            else:
                raise ValueError(f"unknown entity class {name!r} in type list {spec!r}")
    return frozenset(keep - drop)


def _type_class(types: frozenset[str]) -> str:
    ranges = []
    for t in sorted(types, key=ENTITY_TYPES.index):
        lo = PLACEHOLDER_BASE + ENTITY_TYPES.index(t) * TYPE_BLOCK
        ranges.append(f"{chr(lo)}-{chr(lo + TYPE_BLOCK - 1)}")
    return "[" + "".join(ranges) + "]"


IMPLICIT_ENDS = ("^zone", "^policy", "^doc", "^subj", "^topic")
ANY_ENTITY = _type_class(frozenset(ENTITY_TYPES))
GAP_STOP = _type_class(frozenset(ENTITY_TYPES) - {"Industry"})


@dataclass(frozen=True)
class Signature:
    subject_types: frozenset[str]
    object_types: frozenset[str]

    def allows(self, subj: Cand, obj: Cand) -> bool:
        return subj.type in self.subject_types and obj.type in self.object_types


@dataclass(frozen=True)
class RelationPattern:
    """One line of ``relation_patterns.tsv`` compiled to a regex over placeholder sentences."""

    name: str
    subject: str
    predicate: str
    object: str
    confidence: float
    regex: re.Pattern
    #: groups written {B*:types}: a stretch of text whose entities of these classes all count
    stretch_types: tuple = ()

    def group_types(self, group: str) -> Optional[frozenset]:
        for g, types in self.stretch_types:
            if g == group:
                return types
        return None

    @classmethod
    def compile(cls, name, subject, predicate, obj, confidence, pattern, titles) -> "RelationPattern":
        stretches = []

        def slot(m: re.Match) -> str:
            group, run, spec = m.group(1), m.group(2), m.group(3)
            if group == "TITLE":
                return "(?:" + "|".join(re.escape(t) for t in titles) + ")"
            if group == "ETC":
                return r"(?:等[^,;。]{0,12}?)?"
            if group == "ANY":  # a gap that may hold other names, within the sentence
                return "(?:(?![;。])(?s:.)){0,%d}?" % int(spec or 20)
            if group == "GAP":  # a gap that may hold other names, within the clause
                return "(?:(?![,;。])(?s:.)){0,%d}?" % int(spec or 20)
            one = _type_class(expand_types(spec or "*"))
            if run == "*":  # a list with gaps (names the finder missed, 以及…): its typed entities count
                stretches.append((group, expand_types(spec or "*")))
                return f"(?P<{group}>{one}(?:(?![;。])(?s:.)){{0,80}}?)"
            body = f"{one}(?:{RUN_SEP}{one})*" if run else one
            return f"(?P<{group}>{body})"

        src = SLOT_RE.sub(slot, pattern)
        # a gap ([^…]) never jumps over an entity — except an industry, which descriptive phrases
        # hold (A等…140余家集成电路企业落户Z)
        src = src.replace("[^", "[^" + GAP_STOP[1:-1])
        try:
            rx = re.compile(src)
        except re.error as err:
            raise ValueError(f"relation pattern {name!r}: not a valid regular expression ({err})") from None
        for g in (subject, obj):
            if g not in rx.groupindex and g.partition(":")[0] not in IMPLICIT_ENDS:
                raise ValueError(f"relation pattern {name!r}: no group {{{g}}}")
        return cls(name, subject, predicate, obj, confidence, rx, tuple(stretches))


@dataclass(frozen=True)
class RelationRules:
    """Everything the relation finder knows besides the verb cues: type signatures per predicate,
    structural patterns, leaders' titles, and per-cue window/confidence."""

    signatures: dict
    patterns: tuple
    leader_titles: tuple
    cue_window: dict
    cue_confidence: dict
    zone_refs: tuple = ()  # (word, always?, zone endings it stands for)
    #: locatedIn cues/patterns that, between two zones, say one is part of the other (位于)
    zone_in_zone_cues: frozenset = frozenset()
    #: name endings of administrative areas vs development zones (relation_admin_areas.tsv)
    area_endings: tuple = ()
    #: endings that make a zone named after a larger zone a part of it (relation_zone_parts.txt)
    zone_part_endings: frozenset = frozenset()
    #: words after an industry that keep it the object of a focus cue (relation_industry_heads.txt)
    industry_heads: frozenset = frozenset()
    #: cues whose doer is never the document's zone by default (relation_named_doer_cues.txt)
    named_doer_cues: frozenset = frozenset()

    def is_admin_area(self, name: str) -> bool:
        """青浦区 is an administrative area (things are located in it); 江北新区, 嘉禾高新区 are not.

        >>> RelationRules.load().is_admin_area("青浦区"), RelationRules.load().is_admin_area("江北新区")
        (True, False)
        """
        for ending, kind in self.area_endings:
            if name.endswith(ending):
                return kind == "admin" and len(name) - len(ending) <= 4
        return False

    def zone_reference_re(self, zone: str) -> Optional[re.Pattern]:
        """Words that stand for the zone named ``zone`` in its own document (longest first)."""
        bare = re.sub(r"\([^()]*\)$", "", zone)  # 杭州高新区(滨江) ends like 高新区
        words = sorted((w for w, always, endings in self.zone_refs if always or bare.endswith(endings)),
                       key=len, reverse=True)
        if not words:
            return None
        return _zone_ref_cache(tuple(words))

    @classmethod
    @lru_cache(maxsize=4)
    def load(cls, data_dir: Path = DATA_DIR) -> "RelationRules":
        d = Path(data_dir)
        sigs = {}
        for r in _tsv_rows(d / "relation_signatures.tsv"):
            sigs[r[0]] = Signature(expand_types(r[1]), expand_types(r[2]))
        titles = tuple(sorted(_words_of(d / "relation_leader_titles.txt"), key=len, reverse=True))
        pats = []
        for r in _tsv_rows(d / "relation_patterns.tsv"):
            if len(r) < 6:
                raise ValueError(f"relation_patterns.tsv: pattern {r[0]!r} needs 6 columns")
            pats.append(RelationPattern.compile(r[0], r[1], r[2], r[3], float(r[4]), r[5], titles))
        window, conf = {}, {}
        for r in _tsv_rows(d / "relation_cues.tsv"):
            r = r + [""] * (8 - len(r))
            # columns 6-8 are optional: a file in the older five-column form (note in column 6) loads
            if re.fullmatch(r"\d+", r[5]):
                window[r[0]] = int(r[5])
            if re.fullmatch(r"(?:0|1)(?:\.\d+)?", r[6]):
                conf[r[0]] = float(r[6])
        # (word, always?, the zone endings it stands for: the word itself, or those in column 3)
        refs = tuple((r[0], (r[1] if len(r) > 1 else "always") == "always",
                      tuple(r[2].split()) if len(r) > 2 and r[2].strip() else (r[0],))
                     for r in _tsv_rows(d / "relation_zone_references.tsv"))
        zz = frozenset(r[0] for r in _tsv_rows(d / "relation_cues.tsv") if len(r) > 7 and r[7] == "partOf")
        zz |= frozenset(p.name for p in pats if p.predicate == "locatedIn" and p.name.startswith("located-verb"))
        areas = tuple(sorted(((r[0], r[1]) for r in _tsv_rows(d / "relation_admin_areas.tsv")),
                             key=lambda x: -len(x[0])))
        parts = frozenset(_words_of(d / "relation_zone_parts.txt"))
        heads_file = d / "relation_industry_heads.txt"
        heads = frozenset(_words_of(heads_file)) if heads_file.is_file() else frozenset()
        named_file = d / "relation_named_doer_cues.txt"
        named = frozenset(_words_of(named_file)) if named_file.is_file() else frozenset()
        return cls(sigs, tuple(pats), titles, window, conf, refs, zz, areas, parts, heads, named)

    def allows(self, predicate: str, subj: Cand, obj: Cand) -> bool:
        sig = self.signatures.get(predicate)
        return sig is None or sig.allows(subj, obj)


UNNAMED = object()  # a clause subject that is a deictic phrase with no antecedent


def _opens_unnamed(unresolved: list[int], lo: int, hi: int, ents) -> bool:
    """Whether an unresolved deictic phrase stands in [lo, hi) before every named entity there."""
    first = min((p for p, _ in ents if lo <= p < hi), default=hi)
    return any(lo <= d < first for d in unresolved)


class _SubjectAt:
    """The elided subject at a position of a sentence: the subject of the latest clause starting
    before it, else the subject carried from the sentence before, else ``fallback`` (the document's
    zone); a list of candidates, most preferred first."""

    __slots__ = ("clauses", "prior", "fallback")

    def __init__(self, clauses, prior, fallback):
        self.clauses, self.prior, self.fallback = clauses, prior, fallback

    def at(self, pos: int) -> list:
        subj = next((c for lo, c in reversed(self.clauses) if lo < pos), None)
        if subj is UNNAMED:
            return []
        subj = subj if subj is not None else self.prior
        return [c for c in (subj, self.fallback) if c is not None]


@lru_cache(maxsize=64)
def _implicit_types(spec: str) -> frozenset:
    return expand_types(spec)


@lru_cache(maxsize=256)
def _zone_ref_cache(words: tuple) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in words))


def _tsv_rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def _words_of(path: Path) -> list[str]:
    return [w for row in _tsv_rows(path) for w in row[0].split()]


def placeholder_sentence(text: str, lo: int, hi: int, ents: list[tuple[int, int, Cand]]):
    """The sentence ``text[lo:hi]`` with each entity span replaced by one placeholder character
    that encodes its class; returns the string and the placeholder → Cand map."""
    parts, where, offsets = [], {}, []
    pos = lo
    counters = Counter()
    for s, e, c in sorted(ents, key=lambda x: (x[0], -x[1])):
        if s < pos or e > hi:
            continue  # overlapping / outside: keep the first
        k = counters[c.type]
        if k >= TYPE_BLOCK:
            continue
        counters[c.type] += 1
        ch = chr(PLACEHOLDER_BASE + ENTITY_TYPES.index(c.type) * TYPE_BLOCK + k)
        parts.append(text[pos:s])
        offsets.extend(range(pos, s + 1))
        parts.append(ch)
        where[ch] = (c, s)
        pos = e
    parts.append(text[pos:hi])
    offsets.extend(range(pos, hi + 1))
    return "".join(parts), where, offsets


def match_patterns(patterns, sent: str, where: dict, rules: RelationRules, implicit: dict,
                   offsets: list[int]) -> list[tuple]:
    """(subject, predicate, object, pattern, offset) for every pattern match in a placeholder sentence.
    ``implicit`` gives the entities a pattern may name without a slot: ``^zone`` (the document's
    zone), ``^policy`` (the policy the document is) and ``^doc`` (that policy, else the zone)."""
    out = []
    for p in patterns:
        pos = 0
        ends_seen = set()
        while True:
            m = p.regex.search(sent, pos)
            if m is None:
                break
            pos = m.start() + 1
            if m.end() in ends_seen:
                continue  # a later start reaching the same end is a sub-run or a longer reach: the first wins
            ends_seen.add(m.end())

            def ends(group):
                if group.startswith("^"):
                    group, _, spec = group.partition(":")  # ^subj:Laboratory,University — typed
                    c = implicit.get(group)
                    if isinstance(c, _SubjectAt):
                        c = c.at(offsets[m.start()])
                    if spec and isinstance(c, list):
                        c = [x for x in c if x.type in _implicit_types(spec)]
                    if isinstance(c, list):  # candidates in order of preference (the first that fits)
                        return [(x, offsets[m.start()]) for x in c]
                    return [(c, offsets[m.start()])] if c is not None else []
                found = [where[ch] for ch in m.group(group) if ch in where]
                types = p.group_types(group)
                return [x for x in found if x[0].type in types] if types is not None else found

            subs, objs = ends(p.subject), ends(p.object)
            for group, side in ((p.subject, 0), (p.object, 1)):
                if isinstance(implicit.get(group.partition(":")[0]), (list, _SubjectAt)):
                    # an elided end stands for one entity: the first candidate the signature allows
                    pick = subs if side == 0 else objs
                    other = objs if side == 0 else subs
                    for x, at in pick:
                        if any(x is not y and (rules.allows(p.predicate, x, y) if side == 0
                                               else rules.allows(p.predicate, y, x)) for y, _ in other):
                            pick[:] = [(x, at)]
                            break
                    else:
                        pick[:] = []
            for s, s_at in subs:
                for o, _ in objs:
                    if s is not o and rules.allows(p.predicate, s, o):
                        out.append((s, p.predicate, o, p, s_at))
    return out
