"""A measure's figures as a pandas DataFrame, and a matplotlib plot of it (for notebooks).

>>> import pyoxigraph as ox
>>> time_series(ox.Store(), "上市企业数").empty
True
"""
from __future__ import annotations

from decimal import Decimal

#: columns of :func:`time_series`
COLUMNS = ["period", "end", "value", "unit", "qualifier", "status", "aspect", "figure", "inferred",
           "docDate", "docTitle"]


def time_series(store, measure: str):
    """Every figure of one measure (any of its labels) in the store, oldest period first.

    ``store`` is a ``pyoxigraph.Store`` or a build directory; ``value`` is a float column,
    ``end`` the period's last day (a pandas Timestamp, NaT when unknown).
    """
    import pandas as pd

    from ..query.run import run_query

    rows = run_query(store, "figures-time-series", {"measure": measure}).records()
    frame = pd.DataFrame(rows, columns=COLUMNS)
    if frame.empty:
        return frame
    frame["value"] = [float(Decimal(v)) if v is not None else None for v in frame["value"]]
    # the period's last day (kg:periodEnd); a period without one sits at the document's date
    frame["end"] = pd.to_datetime([e or d for e, d in zip(frame["end"], frame["docDate"])], errors="coerce")
    return frame.sort_values("end", kind="stable").reset_index(drop=True)


def plot_time_series(frame, title: str = "", ax=None):
    """Plot achieved values as a line and targets as hollow markers; returns the matplotlib Axes."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(7, 3.5))
    level = frame[frame["aspect"] == "level"] if not frame.empty else frame
    for status, style in (("achieved", dict(marker="o", linestyle="-")),
                          ("target", dict(marker="o", linestyle="none", markerfacecolor="none"))):
        part = level[level["status"] == status] if not level.empty else level
        if not part.empty:
            ax.plot(part["end"], part["value"], label=status, **style)
    ax.set_title(title)
    if not level.empty:
        ax.set_ylabel(str(level["unit"].iloc[0]))
        ax.legend()
    return ax
