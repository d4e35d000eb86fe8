"""Relations from verb cues (``kg/data/relation_cues.tsv``) and the structure around them.

Per clause (a stretch between , ; :), for each cue:
  * the doer is the entities after ``由`` and before the cue, else the entities left of the cue,
    else (``联合B、C共建``) the entities right of it when they fit the doer's types;
  * the thing is the entity after ``的`` that follows the cue (``由A发起组建的X``), else the
    entities right of the cue, else the clause's topic;
  * the topic of a clause whose subject is elided is the last subject named in a short window
    (this sentence or the one before), a deictic phrase (``这家省实验室``) resolved to the nearest
    earlier entity of its class, or ``我区``/``本区`` → the document's main zone.
Direction comes from the cue file: ``doer`` → thing PRED doer; ``thing`` → doer PRED thing;
``mutual`` → doer cooperatesWith partner (after 与/同/和/跟).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from .finders import Cand
from .resources import RelationCue, Resources
from .tokens import TokenView

CLAUSE_SPLIT = re.compile(r"[,;:!?。;!?\n]")
DEICTIC_RE = re.compile(
    r"(这家|这所|这座|这个|该|此|本)(?:省|市|国家|新型|重点)?(实验室|研究院|研究所|中心|大学|学院|公司|企业|集团|平台|装置|设施|园区|园|机构)"
)
OUR_ZONE_RE = re.compile(r"(?:我|本)(?:区|市|省)")
CLASS_NOUN_TYPE = {
    "实验室": "Laboratory", "研究院": "ResearchInstitute", "研究所": "ResearchInstitute",
    "中心": "InnovationPlatform", "大学": "University", "学院": "University",
    "公司": "Enterprise", "企业": "Enterprise", "集团": "Enterprise", "平台": "InnovationPlatform",
    "装置": "Facility", "设施": "Facility", "园区": "Zone", "园": "Zone", "机构": "ResearchInstitute",
}


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


class RelationFinder:
    def __init__(self, res: Resources, window: int = 1):
        self.res = res
        self.window = window
        cues = sorted(res.relation_cues, key=lambda c: -len(c.cue))
        self.cue_re = re.compile("|".join(re.escape(c.cue) for c in cues))
        self.cue_by_text: dict[str, RelationCue] = {}
        for c in cues:
            self.cue_by_text.setdefault(c.cue, c)

    # -------------------------------------------------------------- helpers
    def main_zone(self, cands: list[Cand]) -> Optional[Cand]:
        zones = Counter(c.canonical or c.start for c in cands if c.type == "Zone")
        if not zones:
            return None
        key, _ = zones.most_common(1)[0]
        return next(c for c in cands if c.type == "Zone" and (c.canonical or c.start) == key)

    def find(
        self,
        text: str,
        tv: TokenView,
        cands: list[Cand],
        sentences: list[tuple[int, int]],
    ) -> list[RelFound]:
        out: list[RelFound] = []
        cands = sorted(cands, key=lambda c: c.start)
        main_zone = self.main_zone(cands)
        ci = 0
        prev_topics: list[Cand] = []
        for s_lo, s_hi in sentences:
            while ci < len(cands) and cands[ci].start < s_lo:
                ci += 1
            cj = ci
            while cj < len(cands) and cands[cj].start < s_hi:
                cj += 1
            sent_cands = cands[ci:cj]
            sentence_topic: Optional[Cand] = None
            # deictic phrases and 我区 stand for an earlier entity
            deictic: list[tuple[int, int, Cand]] = []
            for m in DEICTIC_RE.finditer(text, s_lo, s_hi):
                typ = CLASS_NOUN_TYPE.get(m.group(2))
                ante = next((c for c in reversed(prev_topics + [c for c in sent_cands if c.end <= m.start()])
                             if c.type == typ), None)
                if ante is not None:
                    deictic.append((m.start(), m.end(), ante))
            if main_zone is not None:
                for m in OUR_ZONE_RE.finditer(text, s_lo, s_hi):
                    deictic.append((m.start(), m.end(), main_zone))
            # clauses
            c_lo = s_lo
            clauses = []
            for m in CLAUSE_SPLIT.finditer(text, s_lo, s_hi):
                clauses.append((c_lo, m.start()))
                c_lo = m.end()
            if c_lo < s_hi:
                clauses.append((c_lo, s_hi))
            topic: Optional[Cand] = prev_topics[-1] if prev_topics else None
            for k_lo, k_hi in clauses:
                if k_hi <= k_lo:
                    continue
                ents = [c for c in sent_cands if k_lo <= c.start and c.end <= k_hi]
                ents += [ante for (d_s, d_e, ante) in deictic if k_lo <= d_s < k_hi
                         and not any(c is ante for c in ents)]
                # positions: deictics take the place where they are written
                pos_of = {id(c): c.start for c in ents}
                for d_s, d_e, ante in deictic:
                    if k_lo <= d_s < k_hi:
                        pos_of[id(ante)] = d_s
                ents.sort(key=lambda c: pos_of[id(c)])
                # the clause subject: an entity at the clause start
                if ents and pos_of[id(ents[0])] - k_lo <= 2:
                    clause_subject = ents[0]
                else:
                    clause_subject = None
                cur_topic = clause_subject or topic
                for m in self.cue_re.finditer(text, k_lo, k_hi):
                    cs, ce = m.start(), m.end()
                    if not (tv.is_token_start(cs) and tv.is_token_end(ce)):
                        # cues split from their word by the segmenter: accept when the cue is
                        # the end of a longer verb token (新落地) but not inside nouns (联合体)
                        if not tv.is_token_end(ce):
                            continue
                    cue = self.cue_by_text[m.group()]
                    out.extend(self._apply(text, cue, cs, ce, k_lo, k_hi, ents, pos_of, cur_topic))
                if clause_subject is not None:
                    topic = clause_subject
                    sentence_topic = sentence_topic or clause_subject
            if sentence_topic is not None:
                prev_topics.append(sentence_topic)
                prev_topics = prev_topics[-(self.window + 2):]
            for c in sent_cands:
                if c.type in ("Laboratory", "ResearchInstitute", "University", "Enterprise",
                              "InnovationPlatform", "Facility") and c not in prev_topics:
                    prev_topics.append(c)
            prev_topics = prev_topics[-8:]
            ci = cj
        # one fact per (subject, predicate, object, sentence)
        seen = set()
        uniq = []
        for r in out:
            key = (r.subject.start, r.subject.end, r.predicate, r.object.start, r.object.end,
                   r.subject.canonical, r.object.canonical)
            if key in seen or (r.subject.start, r.subject.end) == (r.object.start, r.object.end):
                continue
            seen.add(key)
            uniq.append(r)
        return uniq

    # -------------------------------------------------------------- one cue
    def _apply(self, text, cue: RelationCue, cs, ce, k_lo, k_hi, ents, pos_of, topic):
        left = [c for c in ents if pos_of[id(c)] < cs]
        right = [c for c in ents if pos_of[id(c)] >= ce]
        # 由 A、B 牵头: the doer list is between 由 and the cue
        you = text.rfind("由", k_lo, cs)
        agents = None
        if you != -1:
            agents = [c for c in left if pos_of[id(c)] > you]
            before_you = [c for c in left if pos_of[id(c)] < you]
            if before_you:
                topic = before_you[-1]
        # 与 B 合作 / 与 B 签订: the partner list is between 与 and the cue
        partner_pos = max(text.rfind(w, k_lo, cs) for w in ("与", "同", "跟", "和"))
        after_de = None
        if text.startswith("的", ce) or text.find("的", ce, min(k_hi, ce + 3)) != -1:
            de = text.find("的", ce, min(k_hi, ce + 3))
            after_de = next((c for c in right if pos_of[id(c)] > de), None)
        found = []

        def emit(subj, obj, conf):
            if subj is None or obj is None or subj is obj:
                return
            if subj.type not in cue.subject_types or obj.type not in cue.object_types:
                return
            found.append(RelFound(subj, cue.predicate, obj, cue.cue, cs, cs, f"cue:{cue.cue}", conf))

        if cue.direction == "mutual":
            if partner_pos != -1:
                partners = [c for c in left if pos_of[id(c)] > partner_pos]
                doers = [c for c in left if pos_of[id(c)] < partner_pos] or ([topic] if topic else [])
            else:
                partners = right[:1] if left else []
                doers = left[-1:] if left else []
            for d in doers[-1:]:
                for p in partners:
                    emit(d, p, 0.7)
            return found

        if agents is not None and agents:
            doers = agents
        elif left:
            doers = _last_run(left, pos_of, text)
        else:
            doers = []
        if cue.direction == "doer":
            if after_de is not None:
                things = [after_de]
            elif right and doers:
                things = _first_run(right, pos_of, text)
            else:
                things = []
            if not doers and right:
                run = _first_run(right, pos_of, text)
                if all(c.type in cue.object_types for c in run):
                    doers, things = run, ([topic] if topic else [])
                else:
                    things = run
                    doers = [topic] if topic else []
            if not things and topic is not None and not any(topic is d for d in doers):
                things = [topic]
            for t in things:
                for d in doers:
                    emit(t, d, 0.8 if agents else 0.7)
        else:  # thing
            if after_de is not None and not doers:
                # 极弱磁大科学装置孵化的首个产业——零磁医疗装备产业: doer is left of the cue
                doers = [topic] if topic else []
            things = [after_de] if after_de is not None else _first_run(right, pos_of, text)
            if not doers and topic is not None:
                doers = [topic]
            for d in doers[-1:] if cue.predicate != "awarded" else doers:
                for t in things:
                    emit(d, t, 0.75)
        return found


def _last_run(cands: list[Cand], pos_of, text: str) -> list[Cand]:
    """The coordinated run of entities that ends last (A、B和C → all three)."""
    run = [cands[-1]]
    for c in reversed(cands[:-1]):
        gap = text[c.end : pos_of[id(run[0])]]
        if gap.strip() in ("", "、", "和", "与", "及", "以及", "、以及"):
            run.insert(0, c)
        else:
            break
    return run


def _first_run(cands: list[Cand], pos_of, text: str) -> list[Cand]:
    if not cands:
        return []
    run = [cands[0]]
    for c in cands[1:]:
        gap = text[run[-1].end : pos_of[id(c)]]
        if gap.strip() in ("", "、", "和", "与", "及", "以及") or re.fullmatch(r"等?[、和与及]?", gap):
            run.append(c)
        else:
            break
    return run
