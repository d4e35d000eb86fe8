"""The entity network built from a store (kg/network.py), on the hand-checked mini fixture."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.network import entity_network, split_list, term_labels

FIXTURE = Path(__file__).parent / "fixtures" / "mini.trig"
KGR = "https://w3id.org/innokg/id/"
BAIMA = KGR + "laboratory/bai-ma-hu-shi-yan-shi"
ZJU = KGR + "university/zhe-jiang-da-xue"
ZONE = KGR + "zone/hang-zhou-gao-xin-qu-bin-jiang"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def G(store) -> nx.MultiDiGraph:
    return entity_network(store)


def _count(store, sparql: str) -> int:
    rows = list(store.query(sparql, use_default_graph_as_union=True))
    return int(rows[0][0].value)


def test_one_node_per_entity(store, G):
    n = _count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH <https://w3id.org/innokg/graph/entities> "
                      "{ ?e a ?t FILTER(STRSTARTS(STR(?t), 'https://w3id.org/innokg/ontology#')) } }")
    assert G.number_of_nodes() == n == 27


def test_one_edge_per_distinct_fact(store, G):
    # facts between entities in document graphs, plus kg:tierOf stated in the entities graph
    n = _count(store, """PREFIX kg: <https://w3id.org/innokg/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE {
          GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:mentionedIn && isIRI(?o)
            && ?p NOT IN (kg:entity, kg:sentence)) FILTER(STRSTARTS(STR(?s), 'https://w3id.org/innokg/id/')) } }""")
    assert G.number_of_edges() == n


def test_node_attributes(G):
    d = G.nodes[BAIMA]
    assert d["type"] == "Laboratory"  # the top class, not the subclass kg:ProvincialLaboratory
    assert d["label_zh"] == "白马湖实验室"
    assert d["label_en"] == "Baima Lake Laboratory"
    assert d["document_count"] == 2 == len(split_list(d["documents"]))
    assert "“国际滨”如何二次攀登?提升高质量发展“续航力”" in split_list(d["documents"])
    assert d["degree"] == G.degree(BAIMA) == 5
    zone = G.nodes[ZONE]
    assert set(split_list(zone["aliases"])) == {"高新区(滨江)", "杭州高新区(滨江)", "国际滨", "杭州国家高新区"}


def test_tier_attributes(G):
    tier = G.nodes[KGR + "platformtier/1-2-6-n/2"]
    assert tier["type"] == "PlatformTier"
    assert tier["declared_count"] == 6 and tier["position"] == 2 and tier["symbol"] == "6"
    assert tier["tier_label"] == "产业创新研究院"
    assert "declared_count" not in G.nodes[KGR + "platformtier/1-2-6-n/3"]  # symbolic tier "N"
    assert G.nodes[KGR + "platformsystem/1-2-6-n"]["formula"] == "1+2+6+N"
    assert G.has_edge(KGR + "platformtier/1-2-6-n/2", KGR + "platformsystem/1-2-6-n", key="tierOf")


def test_edge_evidence(G):
    d = G.edges[BAIMA, ZJU, "coBuiltBy"]
    assert d["predicate"] == "coBuiltBy"
    assert d["label_zh"] == "共建" and d["label_en"] == "co-built by"
    assert d["evidence_count"] == 1
    (sentence,) = split_list(d["evidence"])
    assert sentence.startswith("这家省实验室由浙江省能源集团牵头")
    assert split_list(d["documents"]) == ["“国际滨”如何二次攀登?提升高质量发展“续航力”"]


def test_graphml_and_gexf_round_trip(G, tmp_path):
    nx.write_graphml(G, tmp_path / "n.graphml")
    nx.write_gexf(G, tmp_path / "n.gexf")
    back = nx.read_graphml(tmp_path / "n.graphml", force_multigraph=True)
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()
    assert back.nodes[BAIMA]["label_zh"] == "白马湖实验室"


def test_ontology_labels_win_over_fallbacks(store):
    s = ox.Store()
    for q in store:
        s.add(q)
    s.add(ox.Quad(ox.NamedNode("https://w3id.org/innokg/ontology#coBuiltBy"),
                  ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                  ox.Literal("共同建设", language="zh"),
                  ox.NamedNode("https://w3id.org/innokg/graph/ontology")))
    assert term_labels(s)["coBuiltBy"]["zh"] == "共同建设"
    assert entity_network(s).edges[BAIMA, ZJU, "coBuiltBy"]["label_zh"] == "共同建设"


def test_empty_store():
    G = entity_network(ox.Store())
    assert (G.number_of_nodes(), G.number_of_edges()) == (0, 0)
