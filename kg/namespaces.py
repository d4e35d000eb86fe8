"""RDF namespaces, declared once for the whole package.

Every module that writes or reads IRIs imports them from here, so that the
ontology, the graph, the named queries and the maps agree on one vocabulary.
"""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/innokg/"

#: ontology terms (classes and properties): kg:Laboratory, kg:coBuiltBy, ...
KG = Namespace(BASE + "ontology#")
#: entities: kgr:laboratory/bai-ma-hu-shi-yan-shi
KGR = Namespace(BASE + "id/")
#: documents (each is also the name of its named graph): kgd:3f2a...
KGD = Namespace(BASE + "doc/")
#: named graphs that are not documents
KGG = Namespace(BASE + "graph/")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
QB = Namespace("http://purl.org/linked-data/cube#")
WD = Namespace("http://www.wikidata.org/entity/")

#: graph holding one node per resolved entity: type, labels, aliases
ENTITIES_GRAPH = KGG["entities"]
#: graph holding the OWL ontology itself (so queries can read class labels)
ONTOLOGY_GRAPH = KGG["ontology"]

PREFIXES = {
    "kg": KG,
    "kgr": KGR,
    "kgd": KGD,
    "kgg": KGG,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "org": ORG,
    "foaf": FOAF,
    "schema": SCHEMA,
    "sh": SH,
    "qb": QB,
    "wd": WD,
}


def sparql_prefixes() -> str:
    """The PREFIX block every named query and the query page may rely on.

    >>> "PREFIX kg: <https://w3id.org/innokg/ontology#>" in sparql_prefixes()
    True
    """
    return "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


def bind_prefixes(graph) -> None:
    """Bind our prefixes on an rdflib Graph or Dataset (for readable exports)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
