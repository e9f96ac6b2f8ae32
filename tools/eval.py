"""How many fields of each report in the corpus the parser gets right, against a truth table
written by reading the reports (tests/corpus_truth.json).

    .venv/bin/python tools/eval.py [--corpus DIR] [--truth FILE] [--verbose]

Prints one row per report and the totals (title, year and place as Document.meta holds them,
which the library stores too), the main targets (主要预期目标, model/targets.py) found of those the
truth lists (recall) and right of those found (precision), then the share of indicator names that
are names (model/names.py: a noun phrase, not a verb, a fragment or a clause) among the figures
read and among those the charts show; exits 1 when a field is wrong, 2 when a file is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from shigu_gui.model import ReportError, load_report  # noqa: E402
from shigu_gui.model.charts import charted  # noqa: E402
from shigu_gui.model.names import is_name  # noqa: E402
from shigu_gui.model.targets import main_targets  # noqa: E402
from shigu_gui.model.vocabulary import canonical_id, headline_growth  # noqa: E402

FIELDS = ("title", "year", "place", "parts", "glossary", "gdp_actual", "gdp_target")
DEFAULT_TRUTH = ROOT / "tests" / "corpus_truth.json"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


@dataclass
class Result:
    name: str
    right: dict[str, bool] = field(default_factory=dict)
    got: dict[str, Any] = field(default_factory=dict)
    error: str = ""
    names: tuple[int, int, int, int] = (0, 0, 0, 0)  # named / figures read, named / figures charted
    targets: tuple[int, int, int] | None = None  # main targets right, in the truth, found; None: not scored


def _growth(doc: Any, kind: str) -> float | None:
    ind = headline_growth(doc, kind)
    return None if ind is None else ind.growth


def name_counts(doc: Any) -> tuple[int, int, int, int]:
    """Figures whose name is a name, of all read and of those the charts show."""
    shown = charted(doc)
    return (sum(is_name(i.name) for i in doc.indicators), len(doc.indicators),
            sum(is_name(i.name) for i in shown), len(shown))


def observe(path: Path) -> dict[str, Any]:
    doc = load_report(path)
    return {
        "names": name_counts(doc),
        "title": doc.title,
        "year": int(doc.meta["year"]) if doc.meta.get("year", "").isdigit() else None,  # model.meta's
        "place": doc.meta.get("place"),
        "parts": [s.title for s in doc.sections],
        "glossary": len(doc.glossary),
        "gdp_actual": _growth(doc, "actual"),
        "gdp_target": _growth(doc, "target"),
        "targets": [_target_json(i) for i in main_targets(doc)],
    }


def _target_json(ind: Any) -> dict[str, Any]:
    if ind.growth is not None:
        return {"name": ind.name, "growth": ind.growth, "high": ind.growth_high, "qualifier": ind.growth_qualifier}
    return {"name": ind.name, "value": ind.value, "unit": ind.unit, "high": ind.value_high,
            "qualifier": ind.qualifier}


def _same_name(want: str, got: str) -> bool:
    """One indicator: the same name, the name found inside the truth's wording, or one canonical
    indicator (经济增长速度 and 国内生产总值)."""
    known = canonical_id(want)
    return got in want or (known is not None and known == canonical_id(got))


def _same_target(want: dict[str, Any], got: dict[str, Any]) -> bool:
    numbers = ("growth",) if "growth" in want else ("value", "unit")
    return (_same_name(want["name"], got["name"]) and all(want[k] == got.get(k) for k in numbers)
            and want.get("high") == got.get("high") and want.get("qualifier") == got.get("qualifier"))


def target_counts(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(right, listed in the truth, found): each target found matches at most one of the truth's."""
    free = list(got)
    right = 0
    for target in want:
        match = next((g for g in free if _same_target(target, g)), None)
        if match is not None:
            free.remove(match)
            right += 1
    return right, len(want), len(got)


def _same(key: str, want: Any, got: Any) -> bool:
    if key.startswith("gdp_") and want is not None and got is not None:
        return abs(float(want) - float(got)) < 1e-6
    return bool(want == got)


def evaluate(corpus: Path, truth_file: Path) -> list[Result]:
    truth = json.loads(truth_file.read_text(encoding="utf-8"))["reports"]
    results = []
    for name, want in truth.items():
        path = ROOT / name.split(":", 1)[1] if name.startswith("seed:") else corpus / name
        result = Result(name)
        try:
            got = observe(path)
        except (ReportError, OSError) as exc:
            result.error = str(exc)
            result.right = {k: False for k in FIELDS if k in want}
        else:
            result.got = got
            result.names = got["names"]
            result.right = {k: _same(k, want[k], got[k]) for k in FIELDS if k in want}
            if "targets" in want:
                result.targets = target_counts(want["targets"], got["targets"])
        results.append(result)
    return results


def _pad(text: str, width: int) -> str:
    """Left-justify in a terminal's columns (a Chinese character takes two)."""
    out, used = "", 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width:
            break
        out, used = out + ch, used + w
    return out + " " * (width - used)


def table(results: list[Result], truth_file: Path, verbose: bool = False) -> str:
    truth = json.loads(truth_file.read_text(encoding="utf-8"))["reports"]
    head = f"{'report':<40}" + "".join(f"{k:>11}" for k in FIELDS) + f"{'right':>8}{'targets':>9}"
    lines = [head, "-" * len(head)]
    totals = dict.fromkeys(FIELDS, 0)
    counts = dict.fromkeys(FIELDS, 0)
    for r in results:
        cells = []
        for k in FIELDS:
            if k not in r.right:
                cells.append(f"{'':>11}")
                continue
            counts[k] += 1
            totals[k] += r.right[k]
            cells.append(f"{'ok' if r.right[k] else 'WRONG':>11}")
        score = f"{sum(r.right.values())}/{len(r.right)}" if r.right else ""
        found = f"{r.targets[0]}/{r.targets[1]}" if r.targets else ""
        lines.append(_pad(r.name, 40) + "".join(cells) + f"{score:>8}{found:>9}"
                     + (f"  error: {r.error}" if r.error else ""))
        if verbose:
            for k in FIELDS:
                if k in r.right and not r.right[k]:
                    lines.append(f"    {k}: want {truth[r.name][k]!r}, got {r.got.get(k)!r}")
            if r.targets and r.targets[0] < max(r.targets[1:]):
                lines += _target_misses(truth[r.name]["targets"], r.got.get("targets", []))
    lines.append("-" * len(head))
    lines.append(
        f"{'total':<40}" + "".join(f"{f'{totals[k]}/{counts[k]}':>11}" for k in FIELDS)
        + f"{f'{sum(totals.values())}/{sum(counts.values())}':>8}"
    )
    lines.append(targets_line(results))
    lines.append(names_line(results))
    return "\n".join(lines)


def _target_misses(want: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    missed = [w for w in want if not any(_same_target(w, g) for g in got)]
    extra = [g for g in got if not any(_same_target(w, g) for w in want)]
    return ([f"    target missed: {json.dumps(w, ensure_ascii=False)}" for w in missed]
            + [f"    target wrong or extra: {json.dumps(g, ensure_ascii=False)}" for g in extra])


def target_totals(results: list[Result]) -> tuple[int, int, int]:
    scored = [r.targets for r in results if r.targets]
    return (sum(t[0] for t in scored), sum(t[1] for t in scored), sum(t[2] for t in scored))


def targets_line(results: list[Result]) -> str:
    right, listed, found = target_totals(results)
    return (f"main targets: recall {right}/{listed} ({_share(right, listed)}), "
            f"precision {right}/{found} ({_share(right, found)})")


def names_line(results: list[Result]) -> str:
    named, read, named_shown, shown = (sum(r.names[i] for r in results) for i in range(4))
    return (f"indicator names that are names: {_share(named, read)} of {read} figures read, "
            f"{_share(named_shown, shown)} of {shown} charted")


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--truth", type=Path, default=DEFAULT_TRUTH)
    ap.add_argument("--verbose", "-v", action="store_true", help="show what was wrong")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    results = evaluate(args.corpus, args.truth)
    print(table(results, args.truth, args.verbose))
    return 0 if all(all(r.right.values()) for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
