"""A multinomial logistic regression stored as readable JSON weights, scored in pure Python.

The learned components of the pipeline (``entity_model.py``: which candidate names to keep;
``relation_model.py``: which relation links two entities) describe each instance by a dict of
named features and keep one weight per feature and class. Training (``fit``) needs scikit-learn;
the build only sums weights, so it does not.

>>> m = LinearModel(("none", "locatedIn"), {"ty=Enterprise>Zone": (0.0, 2.0)}, (0.0, -1.0))
>>> round(m.probabilities({"ty=Enterprise>Zone": 1})["locatedIn"], 3)
0.731
"""
from __future__ import annotations

import json
import math
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Optional, Sequence


class LinearModel:
    """Weights per feature and class, a bias per class.

    ``weights`` maps a feature to its weight for each class (a tuple in class order, or a dict by
    class name; classes it does not name weigh 0)."""

    def __init__(self, classes: Sequence[str], weights: dict, bias: Sequence[float], meta: Optional[dict] = None):
        self.classes = tuple(classes)
        index = {c: k for k, c in enumerate(self.classes)}
        # feature -> ((class index, weight), ...) with the zero weights left out
        self.weights = {f: tuple((index[c], x) for c, x in w.items()) if isinstance(w, dict)
                        else tuple((k, x) for k, x in enumerate(w) if x)
                        for f, w in weights.items()}
        self.bias = tuple(bias)
        self.meta = meta or {}

    def probabilities(self, features: dict) -> dict[str, float]:
        z = list(self.bias)
        for name, v in features.items():
            w = self.weights.get(name)
            if w is not None:
                for k, wk in w:
                    z[k] += wk * v
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return {c: v / s for c, v in zip(self.classes, e)}

    def to_json(self) -> dict:
        """Readable JSON: the classes, their biases, and each feature's weights by class name."""
        return {"classes": list(self.classes), "bias": [round(b, 4) for b in self.bias], "meta": self.meta,
                "weights": {f: {self.classes[k]: round(x, 3) for k, x in w} for f, w in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, d: dict):
        return cls(d["classes"], d["weights"], d["bias"], d.get("meta"))

    def save(self, path: Path) -> None:
        """Write atomically: a model being replaced is never left half written."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self.to_json(), fh, ensure_ascii=False, separators=(",", ":"))
            fh.write("\n")
        os.chmod(tmp, 0o644)  # mkstemp makes the file private; a model is data anyone may read
        os.replace(tmp, path)

    #: the classes a model of this kind must have (a subclass says which); checked on loading
    REQUIRED_CLASSES: frozenset = frozenset()

    @classmethod
    def load(cls, path: Path):
        """Read a model file; ValueError when it is no model of this kind (other classes)."""
        with open(path, encoding="utf-8") as fh:
            model = cls.from_json(json.load(fh))
        missing = cls.REQUIRED_CLASSES - set(model.classes)
        if missing:
            raise ValueError(f"not a {cls.__name__}: no class {', '.join(sorted(missing))}")
        return model

    @classmethod
    def fit(cls, instances: Sequence[dict], labels: Sequence[str], c: float = 0.3, min_count: int = 2,
            balanced: bool = True, prune: float = 0.02):
        """Fit with scikit-learn (needed only here): features seen fewer than ``min_count`` times
        are dropped, classes are weighted by their inverse frequency when ``balanced`` (rare classes
        would otherwise never win), and weights below ``prune`` are left out of the file."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        counts = Counter(k for f in instances for k in f)
        kept = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in instances]
        dv = DictVectorizer()
        x = dv.fit_transform(kept)
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None)
        clf.fit(x, list(labels))
        classes = [str(k) for k in clf.classes_]
        coef = clf.coef_
        if len(classes) == 2:  # scikit-learn keeps one row for two classes: p(second) = sigmoid(w·x)
            coef = [[-0.5 * w for w in coef[0]], [0.5 * w for w in coef[0]]]
            bias = [-0.5 * clf.intercept_[0], 0.5 * clf.intercept_[0]]
        else:
            coef = coef.tolist()
            bias = clf.intercept_.tolist()
        weights = {}
        for k, name in enumerate(dv.feature_names_):
            w = {classes[ci]: float(coef[ci][k]) for ci in range(len(classes)) if abs(coef[ci][k]) >= prune}
            if w:
                weights[name] = w
        return cls(classes, weights, bias, {"C": c, "min_count": min_count, "balanced": balanced,
                                            "instances": len(instances)})
