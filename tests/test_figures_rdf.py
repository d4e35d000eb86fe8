"""Figures as RDF (issue 7): Data Cube observations, SHACL shapes, named queries (conflicts, time
series, targets vs achieved, timeline), and the score on the hand-made gold of the seeds."""
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.assemble import assemble
from kg.figures import extract_dated_events, extract_figures, figures_to_rdf, vocabulary_graph
from kg.figures.evaluate import DEFAULT_GOLD, evaluate, read_gold
from kg.figures.rdf import figures_enricher
from kg.ingest import document_from_text
from kg.namespaces import KG, KGD, ONTOLOGY_GRAPH
from kg.query.catalogue import load_catalogue
from kg.query.run import run_query
from kg.records import DocExtraction, DocumentMeta, Resolution

# rdflib's N-Quads serialiser warns about its own deprecated Dataset API
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "ontology" / "figures-shapes.ttl"


def doc(text, date, estimate=False, path="t.txt", title=""):
    return document_from_text(text, path=path, meta=DocumentMeta(date=date, date_is_estimate=estimate, title=title))


def store_of(*docs):
    """An Oxigraph store holding the documents' graphs (figures included) and the vocabulary."""
    ds = assemble([DocExtraction(d) for d in docs], Resolution(), enrichers=[figures_enricher])
    store = ox.Store()
    store.load(ds.serialize(format="nquads").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    vocab = vocabulary_graph()
    store.load(vocab.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES,
               to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
    return store, ds


def union(ds) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


REPORT = doc("2022年,高新区(滨江)R&D经费投入207.96亿元,占GDP比重为9.52%。"
             "截至目前,高新区(滨江)拥有孵化器85家。2024年力争新认定孵化载体15家。"
             "2020年12月,研究院成立。",
             "2023-11", estimate=True, path="a.txt", title="工作总结")
NEWS = doc("2022年,杭州高新区(滨江)R&D经费支出达到210亿元。2024年,孵化器数量达到15家。",
           "2024-03", path="b.txt", title="新闻")


def test_observation_triples():
    g = Graph()
    d = KGD[REPORT.doc_id]
    obs, evs = extract_figures(REPORT), extract_dated_events(REPORT)
    assert figures_to_rdf(d, obs, evs, g, subject_iri=lambda name: URIRef("urn:zone")) == len(obs) + len(evs)
    node = next(s for s, _, o in g.triples((None, KG.figureText, Literal("207.96亿元"))))
    assert (node, RDF.type, KG.FigureObservation) in g
    assert str(g.value(node, KG.value)) == "20796000000"
    assert str(g.value(node, KG.unit)).endswith("/unit/CNY")
    assert str(g.value(node, KG.refPeriod)) == "2022"
    assert g.value(node, KG.refArea) == URIRef("urn:zone")
    assert g.value(node, KG.sentence) == URIRef(f"{d}/s/0")
    assert str(g.value(node, KG.measure)).endswith("/measure/rd-expenditure")
    event = next(g.subjects(RDF.type, KG.DatedEvent))
    assert str(g.value(event, KG.eventDate)) == "2020-12" and g.value(event, KG.eventType) == KG.Founding


def test_graph_conforms_to_the_shapes():
    _, ds = store_of(REPORT, NEWS)
    g = union(ds) + vocabulary_graph()
    conforms, _, text = pyshacl.validate(g, shacl_graph=str(SHAPES), inference="none")
    assert conforms, text


def test_shapes_catch_a_bad_observation():
    _, ds = store_of(REPORT)
    g = union(ds) + vocabulary_graph()
    node = next(g.subjects(RDF.type, KG.FigureObservation))
    g.set((node, KG.status, Literal("planned")))
    g.remove((node, KG.value, None))
    conforms, _, text = pyshacl.validate(g, shacl_graph=str(SHAPES), inference="none")
    assert not conforms and "kg:status is achieved or target" in text and "kg:value" in text


def test_named_queries_have_headers():
    cat = load_catalogue()
    for name in ("figures-time-series", "figures-about-entity", "figures-targets-vs-achieved",
                 "figures-conflicts", "figures-timeline"):
        assert cat[name].title and cat[name].description


def test_conflict_between_two_documents_lists_both_with_source_and_date():
    store, ds = store_of(REPORT, NEWS)
    rows = run_query(store, "figures-conflicts").records()
    assert len(rows) == 1, rows
    row = rows[0]
    assert row["period"] == "2022" and row["measure"] == "R&D经费支出"
    assert {row["value1"], row["value2"]} == {"20796000000", "21000000000"}
    assert {row["doc1Date"], row["doc2Date"]} == {"2023-11", "2024-03"}
    # both statements are kept, each in its own document's graph
    values = {str(o) for _, _, o, _ in ds.quads((None, KG.value, None, None))}
    assert {"20796000000", "21000000000"} <= values


def test_no_conflict_between_a_target_and_an_achieved_value():
    store, _ = store_of(REPORT, NEWS)  # 2024 target 15 vs 2024 achieved 15: targets vs achieved, not a conflict
    rows = run_query(store, "figures-targets-vs-achieved").records()
    row = next(r for r in rows if r["measure"] == "孵化器数")
    assert row["period"] == "2024" and row["target"] == "15" and row["achieved"] == "15"


def test_time_series_of_one_measure_by_any_wording():
    store, _ = store_of(REPORT, NEWS)
    rows = run_query(store, "figures-time-series", {"measure": "R&D经费投入"}).records()
    assert sorted(r["figure"] for r in rows) == ["207.96亿元", "210亿元"]
    assert all(r["period"] == "2022" for r in rows)


def test_timeline_and_inferred_flag():
    store, _ = store_of(REPORT)
    rows = run_query(store, "figures-timeline").records()
    assert [(r["date"], r["type"], r["inferred"]) for r in rows] == [("2020-12", "成立", "false")]
    series = run_query(store, "figures-time-series", {"measure": "孵化器数"}).records()
    asof = next(r for r in series if r["period"] == "asof:2023-11")
    assert asof["inferred"] == "true"  # 截至目前 in a document whose date is an estimate


# ---- the hand-made gold of the seeds -------------------------------------------------------

def test_gold_file_is_well_formed():
    docs = read_gold(DEFAULT_GOLD)
    assert len(docs) == 5 and sum(len(d["figures"]) for d in docs) >= 100
    for d in docs:
        text = (ROOT / d["doc"]).read_text(encoding="utf-8")
        for f in d["figures"]:
            assert f["status"] in ("achieved", "target") and f["aspect"] in ("level", "growth", "difference")
            assert f["text"] in text.replace("，", ","), f["text"]


@pytest.mark.skipif(not (ROOT / "seeds").is_dir(), reason="seeds/ not present")
def test_score_on_the_seeds_gold():
    score = evaluate()
    assert score.recall_vup >= 0.80, score.summary()
    assert score.precision >= 0.95, score.summary()


def test_time_series_frame_and_plot():
    import matplotlib

    matplotlib.use("Agg")
    from kg.figures.series import plot_time_series, time_series

    store, _ = store_of(REPORT, NEWS, doc("截至2023年底,高新区(滨江)拥有孵化器90家。", "2024-01", path="c.txt"))
    frame = time_series(store, "孵化器数")
    assert list(frame["value"]) == [85.0, 90.0, 15.0, 15.0]
    assert list(frame["status"])[-2:] in (["achieved", "target"], ["target", "achieved"])
    ax = plot_time_series(frame, "孵化器数")
    assert ax.get_legend() is not None
