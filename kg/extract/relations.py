"""Relations from verb cues (``kg/data/relation_cues.tsv``) and the structure around them.

Per clause (a stretch between , ; :), for each cue:
  * the **doer** is the entities after ``由`` and before the cue, else the coordinated run of
    entities just left of the cue, else (``联合B、C共建``) the run right of it when it fits the
    doer's types, else the clause's **topic**;
  * the **thing** is the entity after ``的`` that follows the cue (``由A发起组建的X``), else the run
    right of the cue (up to the next cue), else the topic;
  * the **topic** is the subject of the clause or of an earlier clause of the sentence, a deictic
    phrase resolved to the nearest earlier entity of its class (``这家省实验室`` → the lab), or — the
    subject being elided, as reports and plans do — the document's own subject: the policy the
    document is (``支持…`` in an opinions draft) or its main zone (``我区``, ``我局`` or nothing).
Direction comes from the cue file: ``doer`` → thing PRED doer; ``thing`` → doer PRED thing;
``mutual`` → doer cooperatesWith partner (after 与/同/和/跟, or the run right of the cue).
Entities between ``被`` and the cue are the agent of a passive (被教育部认定为…), never the doer.

Structure rules without a verb: a government body right before a policy title issued it
(``中央编办《关于…通知》``); an organisation, a leader's title and a person (``X公司董事长Y``) →
X ledBy Y; ``位于/坐落于 Z 的 X`` → X locatedIn Z; a zone followed by ``(zone)`` → partOf.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from .finders import Cand
from .resources import ORG_TYPES, RelationCue, Resources
from .tokens import TokenView

CLAUSE_SPLIT = re.compile(r"[,;:!?。;!?\n]")
DEICTIC_RE = re.compile(
    r"(这家|这所|这座|这个|该|此)(?:省|市|国家|新型|重点)?(实验室|研究院|研究所|中心|大学|学院|公司|企业|集团|平台|装置|设施|园区|机构)"
)
OUR_RE = re.compile(r"(?:我|本)(?:区|市|省|局|委|办)")
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
IS_PART_RE = re.compile(r"的(?:(组成部分|一部分|核心区|重要组成部分|分园|园区之一)|(?:管理机构|管理机关|派出机构|管理部门))")
PREPOSITIONS = set("从在由对为向随据经以与和同跟及被把将")
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


def policy_title_key(s: str) -> str:
    return re.sub(r"[\s《》“”\"()()]|征求意见稿|试行", "", s)


class RelationFinder:
    def __init__(self, res: Resources, window: int = 1):
        self.res = res
        self.window = max(1, window)  # sentences back a deictic phrase (这家实验室) may reach
        cues = sorted(res.relation_cues, key=lambda c: -len(c.cue))
        self.cue_re = re.compile("|".join(re.escape(c.cue) for c in cues))
        self.cue_by_text: dict[str, RelationCue] = {}
        for c in cues:
            self.cue_by_text.setdefault(c.cue, c)

    # -------------------------------------------------------------- document subject
    @staticmethod
    def main_zone(cands: list[Cand], text: str) -> Optional[Cand]:
        """The zone the document is about: the one it names most often."""
        def key(c):
            return c.canonical or text[c.start : c.end]

        zones = Counter(key(c) for c in cands if c.type == "Zone")
        if not zones:
            return None
        best, n = sorted(zones.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if n < 2:
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
                if k and (k == key or key.startswith(k) or k.startswith(key)):
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
        cands = sorted(cands, key=lambda c: c.start)
        zone = self.main_zone(cands, text)
        policy = self.doc_policy(cands, title, kind)
        if policy is not None:
            # "…人民代表大会常务委员会第十九次会议通过": the document (a law) was passed by that body
            for c in cands:
                if c.type == "GovernmentBody" and SESSION_PASSED_RE.match(text, c.end):
                    out.append(RelFound(policy, "issuedBy", c, "通过", c.end, c.start,
                                        "structure:passed-by", 0.8))
        ci = 0
        recent_by_sentence: list[list[Cand]] = []  # entities of the previous sentences (deictics)
        recent: list[Cand] = []
        # cue positions once for the whole text; a sentence with no entity, or with one entity and
        # no cue, states no relation (and is skipped cheaply)
        cue_starts = [m.start() for m in self.cue_re.finditer(text)]
        for s_lo, s_hi in sentences:
            while ci < len(cands) and cands[ci].start < s_lo:
                ci += 1
            cj = ci
            while cj < len(cands) and cands[cj].start < s_hi:
                cj += 1
            sent_cands = cands[ci:cj]
            ci = cj
            k = bisect_left(cue_starts, s_lo)
            has_cue = k < len(cue_starts) and cue_starts[k] < s_hi
            if not sent_cands or (len(sent_cands) < 2 and not has_cue):
                recent_by_sentence = (recent_by_sentence + [[c for c in sent_cands if c.type in ORG_TYPES]])[-self.window:]
                recent = [c for cs in recent_by_sentence for c in cs]
                continue
            # deictic phrases stand for an earlier entity of their class
            stand_in: list[tuple[int, Cand]] = []
            for m in DEICTIC_RE.finditer(text, s_lo, s_hi):
                typ = CLASS_NOUN_TYPE.get(m.group(2))
                before = recent + [c for c in sent_cands if c.end <= m.start()]
                ante = next((c for c in reversed(before) if c.type == typ), None)
                if ante is not None:
                    stand_in.append((m.start(), ante))
            if zone is not None:
                for m in OUR_RE.finditer(text, s_lo, s_hi):
                    if m.group().endswith(("区", "市", "省")):
                        stand_in.append((m.start(), zone))
            out.extend(self._structure(text, sent_cands))
            # clauses
            clauses = []
            c_lo = s_lo
            for m in CLAUSE_SPLIT.finditer(text, s_lo, s_hi):
                clauses.append((c_lo, m.start()))
                c_lo = m.end()
            if c_lo < s_hi:
                clauses.append((c_lo, s_hi))
            topic: Optional[Cand] = None
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
                        and not any(a <= m.start() < b for a, b in inside)]
                for n, m in enumerate(cues):
                    nxt = cues[n + 1].start() if n + 1 < len(cues) else k_hi
                    prev = cues[n - 1].end() if n > 0 else k_lo
                    cue = self.cue_by_text[m.group()]
                    ctx_topic = subj or topic
                    out.extend(self._apply(text, cue, m.start(), m.end(), prev, nxt, k_lo, ents,
                                           ctx_topic, zone, policy))
                if subj is not None:
                    topic = subj
            recent_by_sentence = (recent_by_sentence + [[c for c in sent_cands if c.type in ORG_TYPES]])[-self.window:]
            recent = [c for cs in recent_by_sentence for c in cs]
        # one fact per (subject, predicate, object) and sentence
        seen = set()
        uniq = []
        for r in out:
            key = (r.subject.start, r.subject.end, r.subject.canonical, r.predicate,
                   r.object.start, r.object.end, r.object.canonical, r.at)
            same = (r.subject.canonical or text[r.subject.start : r.subject.end]) == (
                r.object.canonical or text[r.object.start : r.object.end])
            if key in seen or same:
                continue
            seen.add(key)
            uniq.append(r)
        return uniq

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
        pos, last = ents[-1]
        if text[last.end:k_hi].strip() == "" and "的" in text[k_lo:pos]:
            return last
        return None

    # -------------------------------------------------------------- one cue
    def _fallback(self, cue: RelationCue, topic, zone, policy, role_types) -> Optional[Cand]:
        if topic is not None and topic.type in role_types:
            return topic
        if cue.predicate not in DOC_SUBJECT_PREDICATES:
            return None  # who leads, builds, founds or issues must be said, not assumed
        if policy is not None and "Policy" in role_types and cue.predicate in ("supports",):
            return policy
        if zone is not None and "Zone" in role_types:
            return zone
        return None

    def _apply(self, text, cue: RelationCue, cs, ce, prev_end, next_start, k_lo, ents, topic, zone, policy):
        left = [(p, c) for p, c in ents if prev_end <= p < cs] or [(p, c) for p, c in ents if p < cs]
        right = [(p, c) for p, c in ents if ce <= p < next_start]
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
            found.append(RelFound(subj, cue.predicate, obj, cue.cue, cs, cs, f"cue:{cue.cue}", conf))

        if cue.direction == "mutual":
            partner_pos = max(text.rfind(w, k_lo, cs) for w in ("与", "同", "跟"))
            if partner_pos != -1:
                partners = [c for p, c in ents if partner_pos < p < cs]
                doers = [c for p, c in ents if p < partner_pos][-1:]
            else:
                partners = _run(right, text, first=True)
                doers = [c for _, c in left][-1:]
            if not doers:
                d = self._fallback(cue, topic, zone, policy, cue.subject_types)
                doers = [d] if d else []
            for d in doers:
                for p in partners:
                    emit(d, p, 0.7)
            return found

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
        things: list[Cand] = []
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
            if not doers and cue.direction == "doer" and cue.predicate in PARTNER_FIRST and run \
                    and all(c.type in doer_types for c in run):
                doers = run  # 联合B、C共建: the partners follow the cue
            else:
                things = [c for c in run if c.type in thing_types]
        if agents and cue.direction == "thing" and topic is not None and not right:
            things = [topic]  # 由B、C组成的A / A由B、C组成: the parts make up the topic
        if not things and cue.direction == "thing" and not right:
            things = [c for c in _run(left, text, first=False) if c.type in thing_types
                      and c.type not in doer_types]
            doers = [d for d in doers if all(d is not t for t in things)]
        if not doers:
            d = self._fallback(cue, topic, zone, policy, doer_types)
            doers = [d] if d else []
        if not things and cue.direction == "doer":
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
            if a.type == "Zone" and b.type == "Zone" and re.fullmatch(r"[^,。;()]{0,12}\(", gap) and \
                    text.startswith(")", b.end):
                out.append(RelFound(b, "partOf", a, "", -1, b.start, "structure:zone(part)", 0.6))
        return out


def _run(items: list[tuple[int, Cand]], text: str, first: bool) -> list[Cand]:
    """The coordinated run at the start (``first``) or end of ``items`` (A、B和C → all three)."""
    if not items:
        return []
    seq = items if first else list(reversed(items))
    run = [seq[0]]
    for p, c in seq[1:]:
        a, b = (run[-1], (p, c)) if first else ((p, c), run[-1])
        gap = text[a[1].end : b[0]] if a[1].end <= b[0] else ""
        if re.fullmatch(r"(?:、|和|与|及|以及|或)?", gap.strip()):
            run.append((p, c))
        else:
            break
    out = [c for _, c in run]
    return out if first else list(reversed(out))
