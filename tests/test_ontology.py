"""The OWL ontology (ontology/kg.ttl): it parses, defines every term the pipeline and docs/model.md
use, labels and defines every term in Chinese and English, and aligns with W3C vocabularies."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.namespaces import FOAF, KG, ORG, PROV, SCHEMA
from kg.records import ENTITY_TYPES, PREDICATES, SYSTEM_TYPES

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/innokg/ontology")
DCT = URIRef("http://purl.org/dc/terms/")

PROVENANCE_CLASSES = ("Document", "Sentence", "Mention", "Evidence")
STRUCTURAL_OBJECT_PROPERTIES = ("tierOf", "mentionedIn", "entity", "sentence")
DATATYPE_PROPERTIES = (
    "formula", "position", "symbol", "declaredCount", "tierLabel", "text", "start", "end",
    "index", "surface", "cue", "extractor", "confidence", "dateIsEstimate", "sourcePath",
    "charCount",
)
# subclass -> its top-level class
SUBCLASSES = {
    "StateKeyLaboratory": "Laboratory",
    "ProvincialLaboratory": "Laboratory",
    "IndustrialInnovationInstitute": "ResearchInstitute",
    "Incubator": "InnovationPlatform",
    "IndustrialPark": "Zone",
    "ListedCompany": "Enterprise",
}
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def kg_terms(g: Graph) -> set[URIRef]:
    """Every kg: IRI declared as a class or property."""
    return {s for t in TERM_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(str(KG))}


def langs(g: Graph, s, p) -> set[str]:
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal) and o.language}


def test_parses_with_rdflib_and_oxigraph(onto):
    assert len(onto) > 500
    pyoxigraph = pytest.importorskip("pyoxigraph")
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(onto)


def test_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for local in ("title", "description", "license", "created"):
        assert onto.value(ONTOLOGY_IRI, URIRef(str(DCT) + local)) is not None, local
    assert langs(onto, ONTOLOGY_IRI, URIRef(str(DCT) + "title")) >= {"zh", "en"}
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None


@pytest.mark.parametrize("name", ENTITY_TYPES + SYSTEM_TYPES + PROVENANCE_CLASSES + tuple(SUBCLASSES))
def test_required_classes(onto, name):
    assert (KG[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("sub,top", SUBCLASSES.items())
def test_subclasses_hang_under_their_top_class(onto, sub, top):
    assert (KG[sub], RDFS.subClassOf, KG[top]) in onto


def test_every_class_reaches_a_top_level_class_or_is_one(onto):
    tops = {KG[n] for n in ENTITY_TYPES + SYSTEM_TYPES + PROVENANCE_CLASSES + ("Organization",)}
    for c in onto.subjects(RDF.type, OWL.Class):
        if not str(c).startswith(str(KG)):
            continue
        ancestors = set(onto.transitive_objects(c, RDFS.subClassOf))
        assert ancestors & tops, f"{c} is not under any top-level class"


@pytest.mark.parametrize("name", PREDICATES + STRUCTURAL_OBJECT_PROPERTIES)
def test_required_object_properties(onto, name):
    assert (KG[name], RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize("name", DATATYPE_PROPERTIES)
def test_required_datatype_properties(onto, name):
    assert (KG[name], RDF.type, OWL.DatatypeProperty) in onto


def test_property_axioms(onto):
    assert (KG.cooperatesWith, RDF.type, OWL.SymmetricProperty) in onto
    assert (KG.tierOf, RDFS.subPropertyOf, KG.partOf) in onto
    assert (KG.tierOf, RDFS.domain, KG.PlatformTier) in onto
    assert (KG.tierOf, RDFS.range, KG.PlatformSystem) in onto
    assert (KG.declaredCount, RDFS.range, ns.XSD.integer) in onto
    assert (KG.issued, OWL.inverseOf, KG.issuedBy) in onto


def test_every_term_has_zh_and_en_label_and_definition(onto):
    terms = kg_terms(onto) | {KG.IndustryScheme}
    assert len(terms) > 60
    missing = []
    for t in sorted(terms):
        if not langs(onto, t, RDFS.label) >= {"zh", "en"}:
            missing.append(f"{t}: rdfs:label @zh/@en")
        if "en" not in langs(onto, t, SKOS.definition):
            missing.append(f"{t}: skos:definition @en")
    assert not missing, "\n".join(missing)


def test_no_undefined_kg_terms(onto):
    """Every kg: IRI used anywhere in the file is declared (catches typos such as kg:ledby)."""
    declared = kg_terms(onto) | set(onto.subjects(RDF.type, SKOS.ConceptScheme))
    used = {n for triple in onto for n in triple if isinstance(n, URIRef) and str(n).startswith(str(KG))}
    assert used - declared == set()


def test_one_label_per_language(onto):
    for t in kg_terms(onto):
        labels = [o.language for o in onto.objects(t, RDFS.label)]
        assert len(labels) == len(set(labels)), t


def test_alignments_to_w3c_vocabularies(onto):
    assert (KG.Organization, RDFS.subClassOf, ORG.Organization) in onto
    assert (KG.Organization, RDFS.subClassOf, FOAF.Organization) in onto
    assert (KG.University, RDFS.subClassOf, SCHEMA.CollegeOrUniversity) in onto
    assert (KG.GovernmentBody, RDFS.subClassOf, SCHEMA.GovernmentOrganization) in onto
    assert (KG.Person, RDFS.subClassOf, FOAF.Person) in onto
    assert (KG.Person, RDFS.subClassOf, SCHEMA.Person) in onto
    assert (KG.Event, RDFS.subClassOf, SCHEMA.Event) in onto
    assert (KG.Evidence, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.Document, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.PlatformSystem, RDFS.subClassOf, SKOS.ConceptScheme) in onto
    assert (KG.PlatformTier, RDFS.subClassOf, SKOS.Concept) in onto
    assert (KG.memberOf, SKOS.closeMatch, ORG.memberOf) in onto
    assert (KG.foundedBy, RDFS.subPropertyOf, SCHEMA.founder) in onto
    # every one of the 14 entity classes is organised under, or mapped to, an outside vocabulary
    outside = (str(ORG), str(SCHEMA), str(FOAF), str(PROV), str(SKOS))
    mapping = (RDFS.subClassOf, SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch)
    for name in ENTITY_TYPES:
        linked = {o for p in mapping for o in onto.transitive_objects(KG[name], p)}
        linked |= {o for a in onto.transitive_objects(KG[name], RDFS.subClassOf) for p in mapping
                   for o in onto.objects(a, p)}
        assert any(str(o).startswith(outside) for o in linked), name


def test_top_level_entity_classes_are_disjoint(onto):
    tops = {KG[n] for n in ENTITY_TYPES + SYSTEM_TYPES}
    for axiom in onto.subjects(RDF.type, OWL.AllDisjointClasses):
        members = set(onto.items(onto.value(axiom, OWL.members)))
        if members & tops:
            assert members == tops
            return
    pytest.fail("no owl:AllDisjointClasses over the top-level entity classes")


def test_industry_scheme(onto):
    concepts = set(onto.subjects(SKOS.inScheme, KG.IndustryScheme))
    names = {str(onto.value(c, SKOS.prefLabel)) for c in concepts}  # any label; checked below
    assert len(concepts) >= 17, names
    zh = {str(o) for c in concepts for o in onto.objects(c, SKOS.prefLabel) if o.language == "zh"}
    for must in ("数字经济", "智能物联", "集成电路", "生物医药", "高端装备", "新材料", "绿色低碳",
                 "人工智能", "网络通信", "视觉智能", "数字安防", "高端软件", "零磁医疗装备",
                 "量子传感", "新能源", "区块链", "数据要素"):
        assert must in zh
    for c in concepts:
        assert (c, RDF.type, SKOS.Concept) in onto
        assert langs(onto, c, SKOS.prefLabel) >= {"zh", "en"}, c
        assert langs(onto, c, SKOS.definition), c
        assert str(c).startswith("https://w3id.org/innokg/id/industry/"), c
        for b in onto.objects(c, SKOS.broader):
            assert b in concepts, f"{c} broader {b} is outside the scheme"
    tops = set(onto.objects(KG.IndustryScheme, SKOS.hasTopConcept))
    assert tops and tops <= concepts
    assert all((t, SKOS.topConceptOf, KG.IndustryScheme) in onto for t in tops)
    # every concept reaches a top concept
    for c in concepts:
        assert ({c} | set(onto.transitive_objects(c, SKOS.broader))) & tops, c


def test_industry_concepts_use_pipeline_iris(onto):
    """The scheme's concepts sit at the IRIs kg.iri mints for kg:Industry entities."""
    iri = pytest.importorskip("kg.iri")
    for c in onto.subjects(SKOS.inScheme, KG.IndustryScheme):
        zh = next(str(o) for o in onto.objects(c, SKOS.prefLabel) if o.language == "zh")
        assert str(iri.entity_iri("Industry", zh)) == str(c), zh


def test_every_kg_term_the_package_uses_is_defined():
    """Code (KG.x, KG["x"]) and named queries (kg:x) use only terms some ontology file defines
    (kg.ttl and the extension files the build loads with it, e.g. figures.ttl)."""
    import re

    root = ONTOLOGY.parents[1]
    g = Graph()
    for path in sorted(ONTOLOGY.parent.glob("*.ttl")):
        if "shapes" not in path.name:
            g.parse(path, format="turtle")
    defined = {str(s)[len(str(KG)):] for s in g.subjects() if str(s).startswith(str(KG))}
    used: dict[str, set[str]] = {}
    for path in (root / "kg").rglob("*.py"):
        for m in re.finditer(r'\bKG\.([A-Za-z_]\w*)|\bKG\[\s*"(\w+)"\s*\]', path.read_text(encoding="utf-8")):
            used.setdefault(m.group(1) or m.group(2), set()).add(path.name)
    for path in (root / "kg").rglob("*.rq"):
        text = re.sub(r"#[^\n]*", "", path.read_text(encoding="utf-8"))  # not in comments
        for m in re.finditer(r"(?<![\w/#<])kg:([A-Za-z_]\w*)", text):
            used.setdefault(m.group(1), set()).add(path.name)
    undefined = {name: sorted(files) for name, files in used.items() if name not in defined}
    assert not undefined, undefined
