"""Small hand-made extraction records (no extractor involved) for assemble/store tests."""
from kg.ingest import document_from_text
from kg.records import (DocExtraction, DocumentMeta, Entity, Mention, PlatformSystemMention,
                        RelationMention, Resolution, TierMention)

TEXT = "白马湖实验室由浙江省能源集团牵头，联合浙江大学、西湖大学共建。浙大滨江研究院位于滨江区。"


def mention(doc, surface, type_, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = doc.norm.index(surface, i + 1)
    start, end = doc.to_original(i, i + len(surface))
    s = doc.sentence_at(start)
    return Mention(doc.doc_id, start, end, surface, type_, s.index, source="test")


def small_extraction(text=TEXT, path="news.txt"):
    doc = document_from_text(text, path=path, meta=DocumentMeta(title="测试新闻", date="2023-06-29", kind="news"))
    lab = mention(doc, "白马湖实验室", "Laboratory")
    energy = mention(doc, "浙江省能源集团", "Enterprise")
    zju = mention(doc, "浙江大学", "University")
    westlake = mention(doc, "西湖大学", "University")
    inst = mention(doc, "浙大滨江研究院", "ResearchInstitute")
    zone = mention(doc, "滨江区", "Zone")
    rels = [
        RelationMention(lab, "ledBy", energy, lab.sentence, cue="牵头", source="test"),
        RelationMention(lab, "coBuiltBy", zju, lab.sentence, cue="共建", source="test"),
        RelationMention(lab, "coBuiltBy", westlake, lab.sentence, cue="共建", source="test"),
        RelationMention(inst, "locatedIn", zone, inst.sentence, cue="位于", source="test"),
    ]
    system = PlatformSystemMention(
        "1+2+6+N", lab, "创新平台体系",
        (TierMention(1, "2", 2, "省级重点平台", (lab,), lab.sentence),
         TierMention(2, "6", 6, "产业创新研究院", (inst,), inst.sentence),
         TierMention(3, "N", None, "")))
    mentions = [lab, energy, zju, westlake, inst, zone]
    ex = DocExtraction(doc, mentions, rels, [system])
    entities = {}
    res = Resolution()
    for m in mentions:
        canonical = "浙江大学滨江研究院" if m.surface == "浙大滨江研究院" else m.surface
        key = f"{m.type}:{canonical}"
        e = entities.setdefault(key, Entity(key, m.type, canonical))
        e.aliases.add(m.surface)
        res.mention_entity[(m.doc_id, m.start, m.end, m.type)] = key
    res.entities = entities
    return ex, res
