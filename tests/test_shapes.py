"""The SHACL shapes (ontology/shapes.ttl) and the hand-written fixture (tests/fixtures/mini.trig).

The fixture must conform; small broken variants of it must be reported with the right focus node,
path and severity. Validation runs on the union of the named graphs with the ontology, as
kg/validate.py does.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pyshacl
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.namespaces import KG, KGD, KGR, PROV, SH
from kg.records import ENTITY_TYPES, PREDICATES, SYSTEM_TYPES

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "mini.trig"
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SEEDS = Path("/work/shared/seeds")
DCT = "http://purl.org/dc/terms/"

LAB = KGR["laboratory/bai-ma-hu-shi-yan-shi"]
ZJU = KGR["university/zhe-jiang-da-xue"]
ZONE = KGR["zone/hang-zhou-gao-xin-qu-bin-jiang"]
PERSON = KGR["person/xiao-zuo-xiang"]
INDUSTRY = KGR["industry/sheng-wu-yi-yao"]
SYSTEM = KGR["platformsystem/1-2-6-n"]
TIER2 = KGR["platformtier/1-2-6-n/2"]
POLICY = KGR["policy/guan-yu-zhi-chi-hang-zhou-guo-jia-gao-xin-qu-jian-she-shi-jie-ling-xian-ke-ji-yuan-qu-de-shi-shi-yi-jian"]
DOC4 = KGD["496028444a4f1fa6"]
DOC3 = KGD["14e41b5ea05adff6"]
KGS = Namespace("https://w3id.org/innokg/shapes#")


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(FIXTURE, format="trig")
    return ds


@pytest.fixture(scope="module")
def union(dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def results(data: Graph, shapes: Graph, ontology: Graph, inference: str = "none") -> list[dict]:
    """Validation results as dicts: severity (local name), shape, focus, path, message."""
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology,
                                    inference=inference, advanced=True, allow_warnings=True)
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.append({
            "severity": str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
            "shape": report.value(r, SH.sourceShape),
            "focus": report.value(r, SH.focusNode),
            "path": report.value(r, SH.resultPath),
            "value": report.value(r, SH.value),
            "message": str(report.value(r, SH.resultMessage) or ""),
        })
    return out


def broken(union: Graph, change: Callable[[Graph], None]) -> Graph:
    g = Graph()
    for t in union:
        g.add(t)
    change(g)
    return g


def evidence_for(g: Graph, s, p, o) -> URIRef:
    for e in g.subjects(RDF.subject, s):
        if (e, RDF.predicate, p) in g and (e, RDF.object, o) in g:
            return e
    raise AssertionError(f"fixture has no evidence for {s} {p} {o}")


def violations(res: list[dict]) -> list[dict]:
    return [r for r in res if r["severity"] == "Violation"]


def has(res: list[dict], node, path=None, severity="Violation", shape=None) -> bool:
    """Is there a result about ``node``? Whole-graph (SPARQL) shapes name it in sh:value."""
    return any(node in (r["focus"], r["value"]) and (path is None or r["path"] == path)
               and r["severity"] == severity and (shape is None or r["shape"] == shape) for r in res)


# ---------------------------------------------------------------- the fixture itself

@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_fixture_conforms(union, shapes, ontology, inference):
    res = results(union, shapes, ontology, inference)
    assert res == [], "\n".join(f"{r['severity']} {r['focus']} {r['path']}: {r['message']}" for r in res)


def test_fixture_size_and_graphs(dataset, union):
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/innokg/graph/entities" in graphs
    docs = set(union.subjects(RDF.type, KG.Document))
    assert len(docs) >= 3
    assert {str(d) for d in docs} <= graphs, "every document has its own named graph"
    entities = {s for t in ENTITY_TYPES for s in union.subjects(RDF.type, KG[t])}
    assert 15 <= len(entities) <= 25
    assert {t for t in ENTITY_TYPES if (None, RDF.type, KG[t]) in union} == set(ENTITY_TYPES)
    assert len(set(union.subjects(RDF.type, KG.PlatformTier))) == 4
    used = {p for p in PREDICATES if (None, KG[p], None) in union}
    assert len(used) >= 8


def test_fixture_facts_live_in_their_document_graph(dataset):
    """A fact and its evidence are in the same document graph; kgg:entities holds no facts."""
    entities = dataset.graph(URIRef("https://w3id.org/innokg/graph/entities"))
    assert not any((None, KG[p], None) in entities for p in PREDICATES)
    for g in dataset.graphs():
        for e in g.subjects(RDF.type, KG.Evidence):
            s, p, o = g.value(e, RDF.subject), g.value(e, RDF.predicate), g.value(e, RDF.object)
            assert (s, p, o) in g
            assert g.value(e, PROV.wasDerivedFrom) == g.identifier


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed texts not on this machine")
def test_fixture_offsets_are_real(union):
    """kg:text / kg:surface equal the seed text at [start, end)."""
    for doc in union.subjects(RDF.type, KG.Document):
        path = SEEDS / Path(str(union.value(doc, KG.sourcePath))).name
        text = path.read_text(encoding="utf-8")
        assert union.value(doc, KG.charCount).toPython() == len(text)
        for s in union.subjects(URIRef(DCT + "isPartOf"), doc):
            a, b = union.value(s, KG.start).toPython(), union.value(s, KG.end).toPython()
            assert text[a:b] == str(union.value(s, KG.text))
            for m in union.subjects(KG.sentence, s):
                if (m, RDF.type, KG.Mention) in union:
                    ma, mb = union.value(m, KG.start).toPython(), union.value(m, KG.end).toPython()
                    assert a <= ma < mb <= b
                    assert text[ma:mb] == str(union.value(m, KG.surface))


def test_fixture_iris_follow_kg_iri(union):
    iri = pytest.importorskip("kg.iri")
    for t in ENTITY_TYPES + ("PlatformSystem",):
        for s in union.subjects(RDF.type, KG[t]):
            zh = next(str(o) for o in union.objects(s, SKOS.prefLabel) if o.language == "zh")
            name = str(union.value(s, KG.formula)) if t == "PlatformSystem" else zh
            assert iri.entity_iri(t, name) == s, (t, name)


def test_shapes_use_only_defined_kg_terms(shapes, ontology):
    defined = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
               for s in ontology.subjects(RDF.type, t)}
    used = {n for triple in shapes for n in triple
            if isinstance(n, URIRef) and str(n).startswith(str(KG))}
    assert used - defined == set()


# ---------------------------------------------------------------- broken variants

def test_entity_without_zh_label(union, shapes, ontology):
    g = broken(union, lambda g: g.remove((LAB, SKOS.prefLabel, Literal("白马湖实验室", lang="zh"))))
    assert has(results(g, shapes, ontology), LAB, shape=KGS.EntityTypeAndLabelShape)


def test_entity_with_two_zh_labels(union, shapes, ontology):
    g = broken(union, lambda g: g.add((LAB, SKOS.prefLabel, Literal("白马湖省实验室", lang="zh"))))
    assert has(results(g, shapes, ontology), LAB, SKOS.prefLabel)  # sh:uniqueLang


def test_entity_with_two_top_level_classes(union, shapes, ontology):
    g = broken(union, lambda g: g.add((LAB, RDF.type, KG.University)))
    res = results(g, shapes, ontology)
    assert has(res, LAB, shape=KGS.EntityTypeAndLabelShape)
    assert has(res, LAB, shape=KGS.UniversityShape)  # IRI is not under kgr:university/


def test_subclass_without_top_level_class(union, shapes, ontology):
    lab = KGR["laboratory/qu-kuai-lian-yu-shu-ju-an-quan-quan-guo-zhong-dian-shi-yan-shi"]

    def change(g):
        g.add((lab, RDF.type, KG.StateKeyLaboratory))
        g.add((lab, SKOS.prefLabel, Literal("区块链与数据安全全国重点实验室", lang="zh")))
        g.add((lab, KG.mentionedIn, DOC3))
    res = results(broken(union, change), shapes, ontology)
    assert has(res, lab, RDF.type)


def test_entity_iri_under_wrong_type_slug(union, shapes, ontology):
    wrong = KGR["enterprise/bai-ma-hu-shi-yan-shi"]

    def change(g):
        g.add((wrong, RDF.type, KG.Laboratory))
        g.add((wrong, SKOS.prefLabel, Literal("白马湖实验室", lang="zh")))
        g.add((wrong, KG.mentionedIn, DOC4))
    res = results(broken(union, change), shapes, ontology)
    assert has(res, wrong, None, shape=KGS.LaboratoryShape)


def test_evidence_without_sentence(union, shapes, ontology):
    e = evidence_for(union, LAB, KG.coBuiltBy, ZJU)
    g = broken(union, lambda g: g.remove((e, KG.sentence, None)))
    assert has(results(g, shapes, ontology), e, KG.sentence)


def test_evidence_with_sentence_of_another_document(union, shapes, ontology):
    e = evidence_for(union, LAB, KG.coBuiltBy, ZJU)
    other = URIRef(str(DOC3) + "/s/20")
    g = broken(union, lambda g: g.set((e, KG.sentence, other)))
    res = results(g, shapes, ontology)
    assert any(r["focus"] == e and r["severity"] == "Violation" for r in res)


def test_evidence_predicate_outside_the_14(union, shapes, ontology):
    e = evidence_for(union, LAB, KG.coBuiltBy, ZJU)
    g = broken(union, lambda g: g.set((e, RDF.predicate, KG.tierOf)))
    assert has(results(g, shapes, ontology), e, RDF.predicate)


def test_fact_without_evidence(union, shapes, ontology):
    g = broken(union, lambda g: g.add((ZONE, KG.hosts, LAB)))
    res = results(g, shapes, ontology)
    [v] = violations(res)  # whole-graph constraint: sh:value names the fact's subject
    assert v["shape"] == KGS.FactHasEvidenceShape
    assert (v["value"], v["path"]) == (ZONE, KG.hosts)
    assert str(LAB) in v["message"]


def test_evidence_for_a_triple_not_asserted(union, shapes, ontology):
    e = evidence_for(union, LAB, KG.coBuiltBy, ZJU)
    g = broken(union, lambda g: g.remove((LAB, KG.coBuiltBy, ZJU)))
    [v] = violations(results(g, shapes, ontology))
    assert v["shape"] == KGS.EvidenceIsAssertedShape
    assert v["value"] == e


def test_tier_without_system(union, shapes, ontology):
    g = broken(union, lambda g: g.remove((TIER2, KG.tierOf, None)))
    assert has(results(g, shapes, ontology), TIER2, KG.tierOf)


def test_tier_with_negative_declared_count(union, shapes, ontology):
    g = broken(union, lambda g: g.set((TIER2, KG.declaredCount, Literal(-6))))
    assert has(results(g, shapes, ontology), TIER2, KG.declaredCount)


def test_sentence_start_after_end(union, shapes, ontology):
    s = URIRef(str(DOC4) + "/s/19")
    g = broken(union, lambda g: g.set((s, KG.start, Literal(2000))))
    assert has(results(g, shapes, ontology), s, KG.start)


def test_sentence_outside_any_document(union, shapes, ontology):
    s = URIRef(str(DOC4) + "/s/19")
    g = broken(union, lambda g: g.remove((s, URIRef(DCT + "isPartOf"), None)))
    assert has(results(g, shapes, ontology), s, URIRef(DCT + "isPartOf"))


def test_document_without_title_or_with_bad_identifier(union, shapes, ontology):
    def change(g):
        g.remove((DOC4, URIRef(DCT + "title"), None))
        g.set((DOC3, URIRef(DCT + "identifier"), Literal("not-a-hash")))
    res = results(broken(union, change), shapes, ontology)
    assert has(res, DOC4, URIRef(DCT + "title"))
    assert has(res, DOC3, URIRef(DCT + "identifier"))


def _with_evidence(g: Graph, s, p, o):
    """Add a fact with well-formed evidence so that only the domain shapes can object."""
    g.add((s, p, o))
    e = URIRef(str(DOC4) + "/e/test" + p.rsplit("#", 1)[-1])
    for t in ((e, RDF.type, KG.Evidence), (e, RDF.subject, s), (e, RDF.predicate, p),
              (e, RDF.object, o), (e, KG.sentence, URIRef(str(DOC4) + "/s/19")),
              (e, PROV.wasDerivedFrom, DOC4), (e, KG.extractor, Literal("test"))):
        g.add(t)


def test_issued_by_a_person(union, shapes, ontology):
    g = broken(union, lambda g: _with_evidence(g, POLICY, KG.issuedBy, PERSON))
    res = results(g, shapes, ontology)
    assert has(res, POLICY, KG.issuedBy)
    assert len(violations(res)) == 1


def test_member_of_an_industry(union, shapes, ontology):
    g = broken(union, lambda g: _with_evidence(g, LAB, KG.memberOf, INDUSTRY))
    assert has(results(g, shapes, ontology), LAB, KG.memberOf)


def test_relation_to_an_untyped_node(union, shapes, ontology):
    ghost = KGR["university/zhe-jiang-da-xue-typo"]
    g = broken(union, lambda g: _with_evidence(g, LAB, KG.coBuiltBy, ghost))
    assert has(results(g, shapes, ontology), ghost, shape=KGS.EntityTypeAndLabelShape)


def test_focuses_on_a_non_industry_is_only_a_warning(union, shapes, ontology):
    g = broken(union, lambda g: _with_evidence(g, LAB, KG.focusesOn, ZJU))
    res = results(g, shapes, ontology)
    assert has(res, LAB, KG.focusesOn, severity="Warning")
    assert violations(res) == []


def test_self_relation(union, shapes, ontology):
    g = broken(union, lambda g: _with_evidence(g, LAB, KG.cooperatesWith, LAB))
    res = results(g, shapes, ontology)
    assert any(r["value"] == LAB and r["path"] == KG.cooperatesWith and r["severity"] == "Violation"
               and r["shape"] == KGS.NoSelfRelationShape for r in res)
