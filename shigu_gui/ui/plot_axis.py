"""Axes with numbers as a reader writes them: 300000 or 1.5, never 1.5e+06 nor an SI prefix
(pyqtgraph writes a tick of 10,000 or more with %g, and may scale an axis by 10^n on its own)."""

from __future__ import annotations

from math import ceil, log10

import pyqtgraph as pg


class PlainAxis(pg.AxisItem):
    """An axis whose ticks are plain decimals, with as many places as their spacing needs."""

    def __init__(self, orientation: str, **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        if self.logMode:
            return list(super().tickStrings(values, scale, spacing))
        return plain_ticks(values, scale, spacing)


def plain_ticks(values: list[float], scale: float, spacing: float) -> list[str]:
    step = abs(spacing * scale)
    places = max(0, ceil(-log10(step))) if step > 0 else 0
    out = []
    for value in values:
        text = f"{value * scale:.{places}f}"
        out.append(text[1:] if text.startswith("-") and float(text) == 0 else text)  # never '-0'
    return out


def plain_axes() -> dict[str, pg.AxisItem]:
    """The axes of a plot: PlotWidget(axisItems=plain_axes())."""
    return {"left": PlainAxis("left"), "bottom": PlainAxis("bottom")}
