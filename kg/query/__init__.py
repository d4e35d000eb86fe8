"""Named queries, running SPARQL on the graph, and writing results.

>>> from kg.query import load_catalogue, run_query, to_text
>>> "co-builders" in load_catalogue()
True
"""
from kg.query.catalogue import NamedQuery, Param, load_catalogue, query_form
from kg.query.formats import GRAPH_FORMATS, SOLUTION_FORMATS, serialize, to_text
from kg.query.params import fill, parse_param_args, to_term
from kg.query.run import PreparedQuery, QueryResult, execute, prepare, run_query

__all__ = [
    "NamedQuery", "Param", "load_catalogue", "query_form", "GRAPH_FORMATS", "SOLUTION_FORMATS",
    "serialize", "to_text", "fill", "parse_param_args", "to_term", "PreparedQuery", "QueryResult",
    "execute", "prepare", "run_query",
]
