"""innokg: Chinese policy and news documents → an RDF knowledge graph of an innovation ecosystem.

>>> from kg import KnowledgeGraph            # doctest: +SKIP
>>> g = KnowledgeGraph.open("build")          # doctest: +SKIP
"""
__version__ = "0.1.0"

__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name):
    # imported lazily so that `import kg` (and the CLI's --help) stays fast
    if name == "KnowledgeGraph":
        from .api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
