"""Train the learned models of the pipeline on hand-annotated gold files.

* The entity model (``kg/extract/entity_model.py``): the pipeline runs without both models over the
  documents each gold file names; each entity group it proposes is labelled "keep" when its node
  (after resolution across the gold file's documents) matches a gold entity, as ``kg eval``
  matches nodes, and "drop" otherwise.
* The relation model (``kg/extract/relation_model.py``): the pipeline runs with the entity model
  and without the relation model; its candidate entity pairs are labelled with the gold relation
  between the gold entities they stand for. Train the entity model first.

The gold files used for the shipped models are listed in ``eval/TRAINING_SETS.txt``; the blind
test sets are never among them.

    kg train-entities eval/TRAINING_SETS.txt
    kg train-relations eval/TRAINING_SETS.txt
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy import util

from .errors import E, KGError
from .eval import GoldNames, canonical_triple, gold_documents, load_gold
from .extract import entity_model
from .extract.pipeline import doc_text, entity_groups, relation_pairs
from .extract.relation_model import NONE, RelationModel, group_of, train
from .extract.relations import RelationRules
from .extract.resources import DATA_DIR

MODEL_COMPONENT = "kg_relation_model"
ENTITY_COMPONENT = "kg_entity_model"


def gold_files(paths: Iterable[Path | str]) -> list[Path]:
    """Gold files named directly, or listed one per line in a ``.txt`` file (``#`` starts a comment;
    paths relative to the current folder, like the document paths inside gold files)."""
    out = []
    for p in map(Path, paths):
        if p.suffix != ".txt":
            out.append(p)
            continue
        if not p.is_file():
            raise KGError(E.E001.format(path=p))
        for line in p.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(Path(line))
    return out


def _gold_runs(gold_path: Path, extractor, root: Path):
    """Run the pipeline over the documents of one gold file and resolve them: yields, per document,
    the spaCy Doc and each entity group's gold names (empty when its node matches no gold entity)."""
    from .resolve import resolve

    gold = load_gold(gold_path)
    names = GoldNames(gold)
    runs = []
    for gd, doc in gold_documents(gold, root):
        sdoc = extractor.run(doc)
        runs.append((gd, doc, sdoc, extractor.records(doc, sdoc)))
    res = resolve([r[3] for r in runs])
    node_names = {k: names.match({ent.canonical, *ent.aliases}) for k, ent in res.entities.items()}
    for gd, doc, sdoc, _ in runs:
        text = doc_text(sdoc)
        group_names: dict = {}
        for c in sdoc.user_data.get("kg_cands", []):
            s, e = doc.to_original(c.start, c.end)
            k = res.mention_entity.get((doc.doc_id, s, e, c.type))
            group_names.setdefault(group_of(c, text), set()).update(node_names.get(k, ()) if k else ())
        yield gd, sdoc, group_names


def labelled_groups(gold_path: Path, extractor, root: Path = Path(".")) -> tuple[list, list]:
    """The entity model's instances (the entity groups the finders propose) in the documents of one
    gold file, labelled "keep" or "drop"."""
    feats, labels = [], []
    for _, sdoc, group_names in _gold_runs(gold_path, extractor, root):
        for g, f in entity_groups(sdoc).items():
            feats.append(f)
            labels.append(entity_model.KEEP if group_names.get(g) else entity_model.DROP)
    return feats, labels


def labelled_instances(gold_path: Path, extractor, signatures: dict, window: int,
                       root: Path = Path(".")) -> tuple[list, list]:
    """The relation model's candidate pairs in the documents of one gold file, with their gold labels."""
    feats, labels = [], []
    for gd, sdoc, group_names in _gold_runs(gold_path, extractor, root):
        gold_rel = {canonical_triple(*r) for r in gd.relations}
        for inst in relation_pairs(sdoc, signatures, window):
            na, nb = group_names.get(inst.subject_group, set()), group_names.get(inst.object_group, set())
            # the model scores no inverse predicate (NOT_SCORED), so a gold triple in canonical form is
            # this direction, or either for a symmetric predicate
            label = next((p for p in inst.predicates
                          if any(canonical_triple(u, p, v) in gold_rel for u in na for v in nb)), NONE)
            feats.append(inst.features)
            labels.append(label)
    return feats, labels


def train_entity_model(paths: Iterable[Path | str], out: Path, c: float = 0.3,
                       progress: Optional[Callable[[str], None]] = None) -> entity_model.EntityModel:
    """Train the entity model on the gold files ``paths`` and write it to ``out`` (atomically)."""
    from .extract import Extractor

    files = gold_files(paths)
    if not files:
        raise KGError(E.E007.format(paths=", ".join(map(str, paths))))
    extractor = Extractor.load(exclude=(ENTITY_COMPONENT, MODEL_COMPONENT))
    feats, labels = [], []
    for f in files:
        x, y = labelled_groups(f, extractor)
        feats += x
        labels += y
        if progress:
            progress(f"{f}: {len(x)} names proposed, {sum(1 for v in y if v == entity_model.KEEP)} of them gold")
    if len(set(labels)) < 2:
        raise KGError(E.E503.format(n=len(labels)))
    model = entity_model.train(feats, labels, c=c)
    model.meta.update(gold_files=[str(f) for f in files], labels=dict(Counter(labels).most_common()))
    model.save(out)
    return model


def train_relation_model(paths: Iterable[Path | str], out: Path, c: float = 0.3,
                         progress: Optional[Callable[[str], None]] = None) -> RelationModel:
    """Train on the gold files ``paths`` and write the model to ``out`` (atomically)."""
    from .extract import CONFIG_PATH, Extractor

    files = gold_files(paths)
    if not files:
        raise KGError(E.E007.format(paths=", ".join(map(str, paths))))
    extractor = Extractor.load(exclude=(MODEL_COMPONENT,))
    # the pairs are made as the component makes them: same data folder, same window (read from the
    # config file: spaCy drops an excluded component's settings from nlp.config)
    cfg = util.load_config(CONFIG_PATH)["components"].get(MODEL_COMPONENT, {})
    signatures = RelationRules.load(Path(cfg.get("data_dir") or DATA_DIR)).signatures
    window = int(cfg.get("window_sentences", 1))
    feats, labels = [], []
    for f in files:
        x, y = labelled_instances(f, extractor, signatures, window)
        feats += x
        labels += y
        if progress:
            progress(f"{f}: {len(x)} pairs, {sum(1 for v in y if v != NONE)} with a gold relation")
    if not any(v != NONE for v in labels):
        raise KGError(E.E502.format(n=len(labels)))
    model = train(feats, labels, c=c)
    model.meta.update(gold_files=[str(f) for f in files],
                      labels=dict(Counter(labels).most_common()))
    model.save(out)
    return model
