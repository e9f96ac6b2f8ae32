"""The library's bench rows: 1,000 reports (the seed and the corpus, repeated with other years and
places) indexed, searched and put in a matrix. Run alone (`python bench/library_bench.py [N]`) or
from bench.py."""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "resources" / "report.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
_STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"


def sources() -> list[tuple[str, str, str, int | None]]:
    """(text, place, short place, year) of each real report at hand."""
    from shigu_gui.model import parse_report
    from shigu_gui.model.meta import identity_of

    paths = [SEED, *sorted(CORPUS.glob("*.txt"))] if CORPUS.is_dir() else [SEED]
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        who = identity_of(parse_report(text, path.stem))
        place = who.place
        short = place[:-1] if place.endswith(("省", "市", "区", "县")) else place
        out.append((text, place, short, who.year))
    return out


def make_reports(folder: Path, count: int) -> int:
    """count reports in folder, each with its own year and place (each copy of a source its own year:
    the library takes copies of one report, same place and year, for one report); returns their text
    size in bytes."""
    names = itertools.cycle(["".join(p) for p in itertools.product(_STEMS, repeat=2)])  # 484 names
    base = sources()
    total = 0
    for i in range(count):
        text, place, short, was = base[i % len(base)]
        year = 1950 + (i // len(base)) % 76
        if place and place != "全国":
            name = next(names)
            text = text.replace(place, f"{name}市").replace(short, name)
        dated = text.replace(f"{was or 2025}年", f"{year}年", 3)
        text = dated if dated != text and was is not None else f"{year}年政府工作报告\n{text}"
        text = f"{text}\n（第{i}份）\n"  # every copy its own bytes
        data = text.encode("utf-8")
        total += len(data)
        (folder / f"{i:04d}.txt").write_bytes(data)
    return total


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(fn, repeat: int = 7) -> tuple[float, float]:
    """Median wall and CPU seconds: on a shared machine the CPU time says what the code costs."""
    walls, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def ms(pair: tuple[float, float]) -> str:
    return f"{pair[0] * 1000:.0f} ms (CPU {pair[1] * 1000:.0f})"


def library_rows(count: int = 1000) -> list[tuple[str, str, str]]:
    from shigu_gui.library import Library, add_paths

    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        text_bytes = make_reports(folder, count)
        db = Path(tmp) / "library.sqlite3"
        library = Library(db)
        t0, cpu0, kids0 = time.perf_counter(), time.process_time(), _children_cpu()
        result = add_paths(library, [folder])
        seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        kids = _children_cpu() - kids0  # the parsing workers
        load = os.getloadavg()[0]
        rows.append((f"library: index {len(result.added)} reports ({len(result.failed)} failed)",
                     f"{seconds:.0f} s (CPU {cpu:.0f} s + workers {kids:.0f} s, load {load:.1f})", "< 120 s"))
        library.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = db.stat().st_size
        rows.append(("library: database size / report text size",
                     f"{size / 1e6:.0f} / {text_bytes / 1e6:.0f} MB ({size / text_bytes:.1f}×)", "measured"))
        t0 = time.perf_counter()
        again = add_paths(library, [folder])
        rows.append((f"library: re-add, {len(again.skipped)} unchanged skipped", f"{time.perf_counter() - t0:.2f} s",
                     "measured"))
        for term in ("发展", "改革", "高质量发展", "生态环境", "新质生产力"):
            found = library.search(term)
            hits = sum(r.count for r in found)
            view = timed(lambda term=term: library.search(term, hits_per_report=0), 5)
            cli = timed(lambda term=term: library.search(term), 5)
            rows.append((f"library: search {len(term)}-char “{term}” ({hits} hits in {len(found)} reports)",
                         f"{ms(view)}; with 3 snippets each {ms(cli)}", "< 100 ms"))
        rows.append((f"library: matrix query ({len(library.matrix())} cells)", ms(timed(library.matrix, 5)),
                     "measured"))
        rows.append(("library: trend query “高质量发展”", ms(timed(lambda: library.trend("高质量发展"), 5)),
                     "< 100 ms"))
        rows.append(("library: list reports (with missing check)", ms(timed(library.reports, 5)), "measured"))
        library.close()
        view = view_open_seconds(db)
        if view is not None:
            rows.append((f"library: view open ({count} reports)", ms(view), "< 300 ms"))
    return rows


def view_open_seconds(db: Path) -> tuple[float, float] | None:
    """From nothing to the library view shown with its table filled (None before the view exists)."""
    try:
        from shigu_gui.ui.library.pane import LibraryPane  # noqa: F401 (the view exists)
    except ImportError:
        return None
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = sorted(open_time(db) for _ in range(3))
    return runs[1]


def open_time(db: Path) -> tuple[float, float]:
    """Wall and CPU seconds from nothing to the view shown with its table filled (the bench's row)."""
    from PySide6.QtWidgets import QApplication

    from shigu_gui.library import Library
    from shigu_gui.ui.library.pane import LibraryPane

    app = QApplication.instance() or QApplication([])
    t0, c0 = time.perf_counter(), time.process_time()
    library = Library(db)
    pane = LibraryPane(library, lambda *_args: None)
    pane.resize(1280, 800)
    pane.show()
    app.processEvents()
    seconds = (time.perf_counter() - t0, time.process_time() - c0)
    pane.close()
    pane.deleteLater()
    library.close()
    return seconds


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rows = library_rows(count)
    width = max(len(r[0]) for r in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<24}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
