"""Score the figure extractor against a hand-made gold file (``eval/gold/figures-seeds.jsonl``).

Gold format: one JSON object per document, ``{"doc": "seeds/NAME.txt", "figures": [...]}``; each
figure has ``text`` (as written, to find it), ``value`` (normalised: 417.9亿元 → 41790000000),
``unit`` (a kg:Unit local name, or a list of acceptable ones), ``period`` (a canonical label, see
:class:`kg.figures.records.Period`), ``qualifier``, ``status``, ``aspect``, ``measure`` (local name
of a measure concept, "" when the vocabulary has none), ``subject``.

Matching: within a document, gold figures and extracted figures are paired in text order on equal
value and unit. Scores:

* ``recall_vu`` — gold figures paired (value and unit right);
* ``recall_vup`` — paired and the period right too (the headline figure of issue 7);
* ``precision`` — extracted figures that pair with a gold figure (the rest are invented);
* accuracy of qualifier, status, aspect, measure and subject over the paired figures (measure only
  where the gold names one).

Run: ``python -m kg.figures.evaluate [eval/gold/figures-seeds.jsonl]``.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..errors import E, KGError
from .extract import extract_figures
from .records import Observation

ROOT = Path(__file__).resolve().parent.parent.parent
DEFAULT_GOLD = ROOT / "eval" / "gold" / "figures-seeds.jsonl"
_FIELDS = ("text", "value", "unit", "period", "qualifier", "status", "aspect", "measure", "subject")


@dataclass
class FiguresScore:
    gold: int = 0
    extracted: int = 0
    paired: int = 0
    period_right: int = 0
    right: dict[str, int] = field(default_factory=dict)  # attribute -> paired figures with it right
    judged: dict[str, int] = field(default_factory=dict)  # attribute -> paired figures judged on it
    misses: list[str] = field(default_factory=list)  # gold figures not found or with a wrong period
    invented: list[str] = field(default_factory=list)  # extracted figures with no gold figure

    @property
    def recall_vu(self) -> float:
        return self.paired / self.gold if self.gold else 1.0

    @property
    def recall_vup(self) -> float:
        return self.period_right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.paired / self.extracted if self.extracted else 1.0

    def accuracy(self, attr: str) -> float:
        n = self.judged.get(attr, 0)
        return self.right.get(attr, 0) / n if n else 1.0

    def summary(self) -> str:
        lines = [
            f"gold figures {self.gold}, extracted {self.extracted}, paired on value+unit {self.paired}",
            f"recall (value+unit+period) {self.recall_vup:.1%}   recall (value+unit) {self.recall_vu:.1%}   "
            f"precision {self.precision:.1%}",
            "accuracy over paired: " + ", ".join(
                f"{a} {self.accuracy(a):.1%} (of {self.judged.get(a, 0)})"
                for a in ("qualifier", "status", "aspect", "measure", "subject")),
        ]
        return "\n".join(lines)


def read_gold(path: Path) -> list[dict]:
    """Gold lines, checked; a malformed line raises KGError E501."""
    docs = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise KGError(E.E501.format(path=path, line=i, detail=f"not JSON ({exc})")) from None
        if "doc" not in row or not isinstance(row.get("figures"), list):
            raise KGError(E.E501.format(path=path, line=i, detail="needs 'doc' and a 'figures' list"))
        for fig in row["figures"]:
            missing = [k for k in _FIELDS if k not in fig]
            if missing:
                raise KGError(E.E501.format(path=path, line=i, detail=f"figure {fig.get('text')!r} lacks {missing}"))
        docs.append(row)
    return docs


def _same_entity(a: str, b: str) -> bool:
    """Names of one entity: equal after normalising, or one is an alias of the other in the lexicon."""
    from .lexicon import DATA_DIR

    norm = lambda s: s.replace("(", "(").replace(")", ")").replace(" ", "")  # noqa: E731
    if norm(a) == norm(b):
        return True
    path = DATA_DIR / "lexicon.jsonl"
    if not path.exists():
        return False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        try:
            row = json.loads(line)
        except ValueError:
            continue
        names = {norm(n) for n in [row.get("name", ""), *row.get("aliases", [])]}
        if norm(a) in names and norm(b) in names:
            return True
    return False


def _units(gold_unit) -> set[str]:
    return set(gold_unit) if isinstance(gold_unit, list) else {gold_unit}


def score_document(gold_figures: list[dict], extracted: list[Observation], score: FiguresScore, name: str) -> None:
    used: set[int] = set()
    score.gold += len(gold_figures)
    score.extracted += len(extracted)
    for g in gold_figures:
        hit = None
        for i, o in enumerate(extracted):
            if i not in used and o.value == Decimal(str(g["value"])) and o.unit in _units(g["unit"]):
                hit = i
                break
        if hit is None:
            score.misses.append(f"{name}: missed {g['text']} ({g['period']})")
            continue
        used.add(hit)
        o = extracted[hit]
        score.paired += 1
        if o.period.label == g["period"]:
            score.period_right += 1
        else:
            score.misses.append(f"{name}: {g['text']} period {o.period.label!r}, gold {g['period']!r}")
        checks = {
            "qualifier": o.qualifier == g["qualifier"],
            "status": o.status == g["status"],
            "aspect": o.aspect == g["aspect"],
            "subject": _same_entity(o.subject, g["subject"]),
        }
        if g["measure"]:
            checks["measure"] = o.measure.rsplit("/", 1)[-1] == g["measure"]
        for attr, ok in checks.items():
            score.judged[attr] = score.judged.get(attr, 0) + 1
            score.right[attr] = score.right.get(attr, 0) + int(ok)
    for i, o in enumerate(extracted):
        if i not in used:
            score.invented.append(f"{name}: {o.surface} ({o.measure_text})")


def evaluate(gold_path: Path = DEFAULT_GOLD, root: Path = ROOT) -> FiguresScore:
    """Read every gold document (with its metadata sidecar), extract, and score."""
    from ..ingest import read_document

    score = FiguresScore()
    for row in read_gold(Path(gold_path)):
        doc = read_document(Path(root) / row["doc"])
        score_document(row["figures"], extract_figures(doc), score, Path(row["doc"]).name[:40])
    return score


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    paths = [a for a in argv if not a.startswith("-")]
    gold = Path(paths[0]) if paths else DEFAULT_GOLD
    try:
        score = evaluate(gold)
    except KGError as exc:
        print(exc, file=sys.stderr)
        return exc.exit_code
    print(score.summary())
    if "-v" in argv or "--verbose" in argv:
        print("\n".join(["", "misses and wrong periods:", *score.misses, "", "invented:", *score.invented]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
