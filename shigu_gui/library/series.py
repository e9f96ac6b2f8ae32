"""Chart series over the library, computed without Qt: the chart view only draws what this returns."""

from __future__ import annotations

from dataclasses import dataclass

from .records import Cell, TrendPoint


@dataclass(frozen=True)
class Point:
    label: str
    value: float
    text: str  # as shown on the bar: the figure with its unit and qualifier
    cell: Cell | None = None  # the source (None for term counts)
    path: str = ""
    x: float | None = None  # on a time axis: the year (None: a category, as places are)
    series: str = ""  # the line it belongs to (a place)


def cell_value(cell: Cell) -> float | None:
    """A cell's number for a chart: the growth rate where the report gives one, else its value."""
    return cell.growth if cell.growth is not None else cell.value


def cell_text(cell: Cell, both: bool = False, sep: str = "，") -> str:
    """The figure as shown: the growth rate where the report gives one, else the amount; with
    both=True (tables) the amount and the rate together, sep between (', ' in English)."""
    amount = f"{cell.value:g}{cell.unit or ''}" if cell.value is not None else ""
    if cell.growth is not None:
        if cell.qualifier and cell.qualifier[0].isdigit():
            rate = cell.qualifier  # a range, 6%－6.5%
        else:
            rate = f"{cell.growth:g}%{cell.qualifier or ''}"
        return f"{amount}{sep}{rate}" if both and amount else rate
    if cell.value is None:
        return ""
    return f"{amount}{cell.qualifier or ''}"


def figure_year_label(year: int | None, kind: str, english: bool = False) -> str:
    """What a reader calls a figure's year: '2024年实际', '2025年目标' (English: '2024 actual')."""
    if year is None:
        return "?"
    if english:
        return f"{year} {'actual' if kind == 'actual' else 'target'}"
    return f"{year}年{'实际' if kind == 'actual' else '目标'}"


def _measure(cell: Cell) -> str:
    return "growth" if cell.growth is not None else f"value:{cell.unit}"


def across_places(cells: list[Cell], indicator: str, kind: str, year: int | None) -> list[Point]:
    """One indicator in every place for the year the figures describe, largest first (e.g. the
    2025 GDP targets, or 2024's actual growth as the 2025 reports state it). Growth rates and
    amounts are not mixed: the kind of number most places give is shown."""
    chosen = [c for c in cells if c.indicator == indicator and c.kind == kind and c.describes == year
              and cell_value(c) is not None]
    if not chosen:
        return []
    measures = [_measure(c) for c in chosen]
    common = max(set(measures), key=measures.count)
    points = [Point(c.place or "?", float(cell_value(c) or 0.0), cell_text(c), c, c.path)
              for c in chosen if _measure(c) == common]
    points.sort(key=lambda p: -p.value)
    return points


def across_years(cells: list[Cell], indicator: str, kind: str, place: str, english: bool = False) -> list[Point]:
    """One indicator of one place at the years its figures describe, in order (e.g. national GDP
    targets); an actual stands at the year under review, not at the year of the report stating it."""
    chosen = [c for c in cells if c.indicator == indicator and c.kind == kind and c.place == place
              and c.describes is not None and cell_value(c) is not None]
    if not chosen:
        return []
    measures = [_measure(c) for c in chosen]
    common = max(set(measures), key=measures.count)
    chosen = [c for c in chosen if _measure(c) == common]
    chosen.sort(key=lambda c: (c.describes or 0, c.path))
    return [Point(figure_year_label(c.describes, kind, english), float(cell_value(c) or 0.0), cell_text(c), c,
                  c.path, float(c.describes or 0), c.place) for c in chosen]


def term_by_year(points: list[TrendPoint], place: str = "", per: int | None = None) -> list[Point]:
    """A term's count per report in year order (one place, or every report when place is ''), one
    point per report at its year; with per, its rate per `per` characters of the report."""
    chosen = [p for p in points if p.year is not None and (not place or p.place == place)]
    many_places = len({p.place for p in chosen}) > 1
    out = []
    for p in chosen:
        value = p.rate(per) if per else float(p.count)
        text = f"{value:.1f}" if per else str(p.count)
        out.append(Point(f"{p.year}{' ' + p.place if many_places else ''}", value, text, None, p.path,
                         float(p.year or 0), p.place))
    return out


def years_of(cells: list[Cell]) -> list[int]:
    """The years the figures describe, latest first."""
    return sorted({c.describes for c in cells if c.describes is not None}, reverse=True)


def places_of(cells: list[Cell]) -> list[str]:
    counts: dict[str, int] = {}
    for c in cells:
        counts[c.place] = counts.get(c.place, 0) + 1
    return sorted(counts, key=lambda p: (-counts[p], p))
