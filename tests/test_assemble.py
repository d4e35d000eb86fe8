"""Assemble + store: the RDF model of docs/model.md, queried with SPARQL on Oxigraph."""
import pyoxigraph as ox

from kg.assemble import assemble, iter_quads
from kg.namespaces import sparql_prefixes
from kg.store import query, to_ox_quads
from records_fixtures import TEXT, small_extraction


def store_of(ex, res):
    store = ox.Store()
    store.bulk_extend(to_ox_quads(iter_quads([ex], res)))
    return store


def rows(store, q):
    return [tuple(t.value if t is not None else None for t in row) for row in query(store, sparql_prefixes() + q)]


def test_which_sentence_says_x_cobuilt_by_y():
    ex, res = small_extraction()
    store = store_of(ex, res)
    found = rows(store, """
        SELECT ?text ?start ?end ?org WHERE {
          ?x skos:prefLabel "白马湖实验室"@zh .
          ?e rdf:subject ?x ; rdf:predicate kg:coBuiltBy ; rdf:object ?y ; kg:sentence ?s ;
             prov:wasDerivedFrom ?doc .
          ?y skos:prefLabel ?org .
          ?s kg:text ?text ; kg:start ?start ; kg:end ?end ; dcterms:isPartOf ?doc .
        } ORDER BY ?org""")
    assert [r[3] for r in found] == ["浙江大学", "西湖大学"]
    text, start, end, _ = found[0]
    assert TEXT[int(start):int(end)] == text  # offsets point into the original text
    assert "共建" in text


def test_facts_live_in_the_document_graph_and_entities_in_their_own():
    ex, res = small_extraction()
    store = store_of(ex, res)
    doc_graphs = rows(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s kg:ledBy ?o } }")
    assert doc_graphs == [(f"https://w3id.org/innokg/doc/{ex.document.doc_id}",)]
    labels = rows(store, """SELECT ?alt WHERE { GRAPH kgg:entities {
        ?i a kg:ResearchInstitute ; skos:prefLabel "浙江大学滨江研究院"@zh ; skos:altLabel ?alt } }""")
    assert labels == [("浙大滨江研究院",)]
    meta = rows(store, "SELECT ?t ?d ?k WHERE { ?doc a kg:Document ; dcterms:title ?t ; dcterms:date ?d ; dcterms:type ?k }")
    assert meta == [("测试新闻", "2023-06-29", "news")]


def test_platform_system_tiers_declared_and_named_counts():
    ex, res = small_extraction()
    store = store_of(ex, res)
    found = rows(store, """
        SELECT ?symbol ?declared (COUNT(?m) AS ?named) WHERE {
          ?sys kg:formula "1+2+6+N" . ?tier kg:tierOf ?sys ; kg:symbol ?symbol ; kg:position ?pos .
          OPTIONAL { ?tier kg:declaredCount ?declared }
          OPTIONAL { ?m kg:memberOf ?tier }
        } GROUP BY ?symbol ?declared ?pos ORDER BY ?pos""")
    assert found == [("2", "2", "1"), ("6", "6", "1"), ("N", None, "0")]


def test_every_fact_has_evidence_and_every_mention_a_sentence():
    ex, res = small_extraction()
    store = store_of(ex, res)
    unbacked = rows(store, """
        SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
          FILTER(?p IN (kg:ledBy, kg:coBuiltBy, kg:locatedIn, kg:memberOf))
          FILTER NOT EXISTS { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?x } }""")
    assert unbacked == []
    n = rows(store, "SELECT (COUNT(*) AS ?n) WHERE { ?m a kg:Mention ; kg:sentence ?s . ?s kg:text ?t }")
    assert n == [("6",)]


def test_assemble_returns_an_rdflib_dataset_with_union_default():
    ex, res = small_extraction()
    ds = assemble([ex], res)
    result = list(ds.query(sparql_prefixes() + 'ASK { ?x kg:ledBy ?y }'))
    assert result == [True]


def test_hostile_text_stays_a_literal():
    ex, res = small_extraction(text="白马湖实验室由浙江省能源集团牵头，联合浙江大学、西湖大学共建\"> <script>alert(1)</script>。"
                                    "浙大滨江研究院位于滨江区。")
    store = store_of(ex, res)
    texts = [r[0] for r in rows(store, "SELECT ?t WHERE { ?s a kg:Sentence ; kg:text ?t }")]
    assert any("<script>alert(1)</script>" in t for t in texts)
