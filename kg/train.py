"""Train the learned relation model (``kg/extract/relation_model.py``) on hand-annotated gold files.

The pipeline runs without the model over the documents each gold file names; its candidate entity
pairs are labelled with the gold relation between the gold entities they stand for (matched as
``kg eval`` matches nodes, after resolution across the gold file's documents), and a logistic
regression is fitted on them. The gold files used for the shipped model are listed in
``eval/TRAINING_SETS.txt``; the blind test sets are never among them.

    kg train-relations eval/TRAINING_SETS.txt --out kg/data/relation_model.json
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy import util

from .errors import E, KGError
from .eval import GoldNames, canonical_triple, gold_documents, load_gold
from .extract.pipeline import doc_text, relation_pairs
from .extract.relation_model import NONE, RelationModel, group_of, train
from .extract.relations import RelationRules
from .extract.resources import DATA_DIR

MODEL_COMPONENT = "kg_relation_model"


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


def labelled_instances(gold_path: Path, extractor, signatures: dict, window: int,
                       root: Path = Path(".")) -> tuple[list, list]:
    """The model's candidate pairs in the documents of one gold file, with their gold labels."""
    from .resolve import resolve

    gold = load_gold(gold_path)
    names = GoldNames(gold)
    runs = []
    for gd, doc in gold_documents(gold, root):
        sdoc = extractor.run(doc)
        runs.append((gd, doc, sdoc, extractor.records(doc, sdoc)))
    res = resolve([r[3] for r in runs])
    node_names = {k: names.match({ent.canonical, *ent.aliases}) for k, ent in res.entities.items()}
    feats, labels = [], []
    for gd, doc, sdoc, _ in runs:
        gold_rel = {canonical_triple(*r) for r in gd.relations}
        text = doc_text(sdoc)
        group_names: dict = {}
        for c in sdoc.user_data.get("kg_cands", []):
            s, e = doc.to_original(c.start, c.end)
            k = res.mention_entity.get((doc.doc_id, s, e, c.type))
            group_names.setdefault(group_of(c, text), set()).update(node_names.get(k, ()) if k else ())
        for inst in relation_pairs(sdoc, signatures, window):
            na, nb = group_names.get(inst.subject_group, set()), group_names.get(inst.object_group, set())
            # the model scores no inverse predicate (NOT_SCORED), so a gold triple in canonical form is
            # this direction, or either for a symmetric predicate
            label = next((p for p in inst.predicates
                          if any(canonical_triple(u, p, v) in gold_rel for u in na for v in nb)), NONE)
            feats.append(inst.features)
            labels.append(label)
    return feats, labels


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
