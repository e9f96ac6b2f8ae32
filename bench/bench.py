"""The performance table: `make bench`. Measures, never asserts (the targets are in the last column)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT / "resources" / "report.txt"

CHILD_APP = r"""
import os, sys, time
mode, path = sys.argv[1], sys.argv[2]


def done():
    # VmHWM: this process's own peak (ru_maxrss can carry the parent's peak across exec)
    rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
    heavy = [m for m in ("pyqtgraph", "numpy") if m in sys.modules]
    print(f"PAINTED {rss} {','.join(heavy) or '-'}", flush=True)
    os._exit(0)


# The first paint is seen from the widget's own paintEvent: asking for viewport() to watch it
# would make PySide search every QWidget subclass for the viewport's type (~8 ms of CPU, 76 enums),
# work that neither start-up itself does.
if mode == "bare":
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    class Text(QPlainTextEdit):
        painted = False

        def paintEvent(self, event):
            super().paintEvent(event)
            if not Text.painted:
                Text.painted = True
                QTimer.singleShot(0, done)

    app = QApplication([])
    w = Text()
    w.setFont(QFont(sys.argv[3], int(sys.argv[4])))  # the reader's text font: family and size
    w.setPlainText(open(path, encoding="utf-8").read())
    w.resize(1280, 800)
    w.show()
    app.exec()
else:
    # The real start-up path (shigu_gui.cli.main); the window's __init__ is wrapped once its
    # module is imported, so nothing is imported earlier than the app itself does it. The view
    # says when it is first painted (first_painted); done() runs before run_app's handler (the icon).
    import importlib.machinery

    class Hook:  # a plain finder: importlib.abc would load importlib.resources, zipfile… for the harness
        def find_spec(self, name, target_path=None, target=None):
            if name != "shigu_gui.ui.main_window":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, target_path)
            original = spec.loader.exec_module

            def exec_module(module):
                original(module)
                init = module.MainWindow.__init__

                def init_and_watch(window, *args, **kwargs):
                    init(window, *args, **kwargs)
                    if mode == "whole":  # the tree, the sidebar and the keys too: done once both are painted
                        # (painted here at once, as the next turn would: watching their viewports'
                        # paint events would cost the harness PySide's first viewport(), ~10 ms)
                        window.completed.connect(
                            lambda: (window.outline_pane.repaint(), window.sidebar.repaint(), done()))
                    else:
                        window.view.first_painted.connect(done)

                module.MainWindow.__init__ = init_and_watch

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Hook())
    from shigu_gui.cli import main
    # As a double-click on the report runs it: `shigu-gui FILE` (the window is 1280x800 by default);
    # "last": `shigu-gui` alone, which reopens the report read last (the store lists path's copy).
    main([] if mode == "last" else [path])
"""


def time_it(fn, repeat: int = 7) -> float:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_report(count: int = 83) -> str | None:
    """count real reports of the shared corpus, concatenated (83: about 4.8 MB), or None without it."""
    files = sorted(f for f in CORPUS.glob("*.txt") if ".bold-marked" not in f.name) if CORPUS.is_dir() else []
    if not files:
        return None
    return "".join(files[i % len(files)].read_text(encoding="utf-8") + "\n" for i in range(count))


def dispose(window) -> None:
    """Close and delete a measured window: a closed one stays alive, and Qt goes on laying out its
    text in idle time (a 4 MB report's steps took 0.2–0.3 s in the middle of later measures)."""
    from shiboken6 import delete

    window.close()
    delete(window)


def until_painted(app, widget, action) -> float:
    """Seconds from action() to the end of widget's next paint."""
    from PySide6.QtCore import QEvent, QObject

    painted = [False]

    class Spy(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                painted[0] = True
            return False

    spy = Spy()
    widget.installEventFilter(spy)
    t0 = time.perf_counter()
    action()
    while not painted[0] and time.perf_counter() - t0 < 10:
        app.processEvents()
    widget.removeEventFilter(spy)
    return time.perf_counter() - t0


class GapWatch:
    """The longest gap between turns of the event loop while it runs: a 5 ms timer that notes how
    long each of its ticks waited (a gap is how long an input event could have waited)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def stop(self) -> float:
        """The longest gap, in seconds."""
        self.tick()
        self.timer.stop()
        return max(self.gaps, default=0.0)


def idle_work(app, window, at_least: float) -> float:
    """Let the window do its after-first-paint work (at least at_least seconds, as a reader would
    read); the longest wait an input event could have had meanwhile, in seconds."""
    watch = GapWatch()
    t0 = time.perf_counter()
    while window.idle.busy() or time.perf_counter() - t0 < at_least:
        app.processEvents()
    return watch.stop()


STARTS = ("bare", "app", "app-uncached", "app-last", "whole")


def start_to_paint(path: Path, runs: int = 15) -> dict[str, tuple[float, int, str]]:
    """For each of STARTS: median seconds from process start to the first painted frame, peak
    memory (kB) and the heavy modules loaded. The kinds take turns, run after run, so that a machine
    busier for a moment slows all of them alike. 'app-uncached' empties the parsed-report cache
    before each run: a report opened for the first time. 'whole' waits for the rest of the window
    (tree, sidebar, actions), built in the turn after the first picture, and paints it all.
    'app-last' starts without a file: the store is asked for the report read last (a copy of the
    same report, outside the package), which is then the first picture.
    """
    # The floor shows the text in the reader's own font (family and size), as the issue defines it.
    from shigu_gui.ui.fonts import choose_ui_font
    from shigu_gui.ui.preferences import PREFS

    size = next(pref.default for pref in PREFS if pref.key == "view/font_size")
    font = [choose_ui_font()[0].families()[0], str(size)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # As on a user's machine, the second start onwards reads cached bytecode (some CI images
    # set PYTHONDONTWRITEBYTECODE, which would make every start compile the sources again).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {kind: [] for kind in STARTS}
    rss = dict.fromkeys(STARTS, 0)
    heavy = dict.fromkeys(STARTS, "-")
    with tempfile.TemporaryDirectory() as tmp:
        env["SHIGU_GUI_SETTINGS"] = str(Path(tmp) / "s.ini")
        env["SHIGU_GUI_DATA"] = str(Path(tmp) / "data")
        from shigu_gui.store import MarkStore

        copy = Path(tmp) / "last" / path.name
        copy.parent.mkdir()
        shutil.copyfile(path, copy)
        store = MarkStore(Path(tmp) / "data" / "marks.sqlite3")
        store.add_recent(copy, "", None, "")
        store.close()

        def run(kind: str) -> tuple[float, str]:
            if kind == "app-uncached":
                shutil.rmtree(Path(tmp) / "data" / "cache", ignore_errors=True)
            mode = "last" if kind == "app-last" else kind.partition("-")[0]
            t0 = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", CHILD_APP, mode, str(path), *font], env=env,
                                 capture_output=True, text=True, check=False, timeout=120).stdout
            return time.perf_counter() - t0, out

        for kind in STARTS:
            run(kind)  # warm-up: writes the bytecode cache (and, for the app, the report cache)
        for _ in range(runs):
            for kind in STARTS:
                seconds, out = run(kind)
                times[kind].append(seconds)
                line = next((x for x in out.splitlines() if x.startswith("PAINTED")), "PAINTED 0 ?")
                _, kb, heavy[kind] = line.split()
                rss[kind] = max(rss[kind], int(kb))
    return {kind: (statistics.median(times[kind]), rss[kind], heavy[kind]) for kind in STARTS}


def longest_stall(app, window, path: Path) -> float:
    """The longest gap between event-loop turns from Ctrl+O's choice to the new report on screen."""
    done = [False]
    window.session.document_changed.connect(lambda: done.__setitem__(0, True))
    watch = GapWatch()
    window.open_path(path)
    watch.tick()
    while not done[0]:
        app.processEvents()
    app.processEvents()
    return watch.stop()


def forty_page_pdf(text: str) -> tuple[bytes, int]:
    """The seed set as an official document (tests/formats/pdfs.py), cut to 40 pages."""
    import pypdfium2

    from tests.formats.pdfs import build_pdf

    lines = [line for line in (text + "\n" + text).split("\n") if line.strip()]
    data, _ = build_pdf(lines)
    pages = len(pypdfium2.PdfDocument(data))
    cut = len(lines) * 41 // pages
    while pages > 40:
        lines = lines[:cut]
        data, _ = build_pdf(lines)
        pages = len(pypdfium2.PdfDocument(data))
        cut -= 2
    return data, pages


def open_pdf_rows(app, text: str, tmp: Path) -> list[tuple[str, str, str]]:
    """Ctrl+O on a 40-page PDF until the report is on screen, the parsed-report cache empty each time,
    through the large-file path (worker thread, progress dialog)."""
    import gc

    from PySide6.QtCore import QEvent

    from shigu_gui.model import load_report
    from shigu_gui.model.formats.pdf import pdf_text
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    # The windows of earlier rows are deleted first, and their garbage collected: their teardown
    # (a 4 MB document) would otherwise land in the first PDF opening and be counted as its stall.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    data, pages = forty_page_pdf(text)
    path = tmp / "report.pdf"
    path.write_bytes(data)
    import_s = time_it(lambda: pdf_text(data), 5)
    os.environ["SHIGU_GUI_DATA"] = str(tmp / "pdf-data")
    window = MainWindow(Settings(str(tmp / "s.ini")), load_report(SEED))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    samples, stalls, started = [], [], []
    window.session.loading_started.connect(started.append)  # the progress dialog's signal
    for _ in range(5):
        shutil.rmtree(tmp / "pdf-data" / "cache", ignore_errors=True)
        window.session.set_document(load_report(SEED), None)  # the PDF is a new report each time
        app.processEvents()
        t0 = time.perf_counter()
        stalls.append(longest_stall(app, window, path))
        samples.append(time.perf_counter() - t0)
    dialog = bool(started)
    dispose(window)
    os.environ.pop("SHIGU_GUI_DATA")
    return [
        (f"PDF import only ({pages} pages, {len(data) / 1e6:.1f} MB)", f"{import_s * 1000:.0f} ms", "-"),
        (f"open a {pages}-page PDF → on screen (not cached)", f"{statistics.median(samples):.2f} s", "< 1 s"),
        ("longest UI stall while opening it, median (worst) of 5 (progress dialog: "
         f"{'yes' if dialog else 'no'})", f"{statistics.median(stalls) * 1000:.0f} ({max(stalls) * 1000:.0f}) ms",
         "< 100 ms"),
    ]


def compare_rows() -> list[tuple[str, str, str]]:
    """新旧对照 of two consecutive national reports: the whole command (Python, jieba's dictionary,
    parsing both), its CPU time beside (a busy machine stretches the wall time, not the CPU time),
    and the comparison alone once jieba is loaded."""
    import subprocess
    import sys

    pair = [CORPUS / f"{year}_national_国务院.txt" for year in (2018, 2019)]
    if not all(p.is_file() for p in pair):
        return []
    import resource

    from shigu_gui.model import load_report
    from shigu_gui.model.compare import compare

    command = [sys.executable, "-m", "shigu_gui", "compare", *map(str, pair), "--json"]
    walls, cpus = [], []
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    old, new = (load_report(p) for p in pair)
    compare(old, new)  # jieba loaded
    warm = time_it(lambda: compare(old, new), 5)
    return [("compare 2018 vs 2019 national: shigu-gui compare --json, whole command",
             f"{statistics.median(walls):.2f} s (CPU {statistics.median(cpus):.2f} s)", "< 2 s (#26)"),
            ("compare 2018 vs 2019 national: the comparison alone, jieba loaded", f"{warm * 1000:.0f} ms", "-")]


def main() -> int:
    from shigu_gui.model import parse_report

    text = SEED.read_text(encoding="utf-8")
    rows: list[tuple[str, str, str]] = []
    seed_s = time_it(lambda: parse_report(text), 21)
    rows.append(("parse the seed", f"{seed_s * 1000:.1f} ms", "< 20 ms"))
    for n in (25, 50, 100):
        big = text * n
        s = time_it(lambda b=big: parse_report(b), 3)
        rows.append((f"parse {n}-fold copy ({len(big.encode()) / 1e6:.1f} MB)", f"{s:.2f} s",
                     "< 2 s, linear" if n == 100 else "linear"))

    corpus = corpus_report()
    if corpus is not None:
        import re

        sentences = re.compile(r"[^。；！？\n]+[。；！？]?")
        floor = time_it(lambda: sentences.findall(corpus), 5)
        s = time_it(lambda: parse_report(corpus), 3)
        rows.append((f"parse 83 corpus reports ({len(corpus.encode()) / 2**20:.1f} MiB) / floor: one regex "
                     f"sentence pass", f"{s * 1000:.0f} ms ({s / floor:.0f}× {floor * 1000:.0f} ms)", "≤ 250 ms (#12)"))
    rows += compare_rows()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from shigu_gui.model import load_report
    from shigu_gui.ui.main_window import MainWindow
    from shigu_gui.ui.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        for label, doc_text in (("seed", text), ("100-fold", text * 100)):
            path = Path(tmp) / f"{label}.txt"
            path.write_text(doc_text, encoding="utf-8")
            window = MainWindow(Settings(str(Path(tmp) / "s.ini")), load_report(path))
            window.resize(1280, 800)
            window.show()
            app.processEvents()

            def search(window: MainWindow = window) -> None:
                window.search.run("华侨城", False)
                app.processEvents()

            window.search.run("华", False)  # builds the folded index once, as the first keystroke does
            s = time_it(search, 5)
            rows.append((f"search keystroke → hits highlighted ({label})", f"{s * 1000:.0f} ms",
                         "< 30 ms" if label == "seed" else "< 300 ms"))
            if label == "seed":
                t0 = time.perf_counter()
                window.show_tab(1)
                app.processEvents()
                first = time.perf_counter() - t0
                rows.append(("charts tab, first show (pyqtgraph import included)", f"{first * 1000:.0f} ms",
                             "< 500 ms"))

                def switch(window: MainWindow = window) -> None:
                    window.show_tab(0)
                    app.processEvents()
                    window.show_tab(1)
                    app.processEvents()

                rows.append(("charts tab, later switch", f"{time_it(switch, 5) * 500:.0f} ms", "< 50 ms"))
            dispose(window)

        # Charts: Ctrl+2 after 2 s of reading (the idle work done), against a later switch.
        window = MainWindow(Settings(str(Path(tmp) / "s2.ini")), load_report(SEED))
        window.resize(1280, 800)
        until_painted(app, window.view.viewport(), window.show)
        stall = idle_work(app, window, 2.0)
        first = until_painted(app, window.tabs, lambda: window.show_tab(1))
        window.show_tab(0)
        app.processEvents()
        later = until_painted(app, window.tabs, lambda: window.show_tab(1))
        rows.append(("charts tab after 2 s of reading / floor: a later switch",
                     f"{first * 1000:.0f} ms ({first / later:.1f}× {later * 1000:.0f} ms)", "≤ 150 ms"))
        rows.append(("longest input wait while the charts load (slowest slice: CPU)",
                     f"{stall * 1000:.0f} ms ({window.idle.longest_slice * 1000:.0f} ms)", "< 50 ms"))
        dispose(window)
        if corpus is not None:
            import re

            path = Path(tmp) / "corpus.txt"
            path.write_text(corpus, encoding="utf-8")
            window = MainWindow(Settings(str(Path(tmp) / "s3.ini")), load_report(path))
            window.resize(1280, 800)
            until_painted(app, window.view.viewport(), window.show)
            idle_work(app, window, 2.0)
            needle = re.compile("发展")
            floor = time_it(lambda: [m.start() for m in needle.finditer(corpus)], 5)
            viewport = window.view.viewport()
            typed = statistics.median(until_painted(app, viewport, lambda: window.search.run("发展", False))
                                      for _ in range(5))
            rows.append(("4.8 MiB: typed 发展 → first hit painted / floor: listing the hits by regex",
                         f"{typed * 1000:.0f} ms ({typed / floor:.1f}× {floor * 1000:.0f} ms)", "≤ 100 ms"))
            enter = statistics.median(until_painted(app, viewport, lambda: window.search.step(1)) for _ in range(9))
            repaint = statistics.median(until_painted(app, viewport, viewport.update) for _ in range(9))
            rows.append(("4.8 MiB: Enter → next hit painted / floor: a repaint", f"{enter * 1000:.1f} ms "
                         f"({enter / repaint:.1f}× {repaint * 1000:.1f} ms)", "≤ 16 ms"))
            dispose(window)

        big = Path(tmp) / "big.txt"
        big.write_text(text * 100, encoding="utf-8")
        # The window as the app starts it: the text first, the rest the turn after, then settle().
        window = MainWindow(Settings(str(Path(tmp) / "s.ini")), load_report(SEED), staged=True)
        window.resize(1280, 800)
        window.show()
        while not window.is_complete:
            app.processEvents()
        app.processEvents()
        from shigu_gui.ui.app import settle

        settle()  # as the app does once the window is complete
        rows.append(("longest UI stall while opening the 4 MB copy", f"{longest_stall(app, window, big) * 1000:.0f} ms",
                     "< 100 ms"))
        dispose(window)
        rows += open_pdf_rows(app, text, Path(tmp))
        starts = start_to_paint(SEED)
        bare_t, bare_rss, _ = starts["bare"]
        app_t, app_rss, heavy = starts["app"]
        first_t = starts["app-uncached"][0]
        last_t = starts["app-last"][0]
        whole_t, whole_rss, _ = starts["whole"]
    rows.append(("start → painted: bare PySide6 QPlainTextEdit, same text and font", f"{bare_t:.2f} s", "baseline"))
    rows.append(("start → painted: shigu_gui", f"{app_t:.2f} s ({app_t / bare_t:.2f}×)", "≤ 1.2× baseline"))
    rows.append(("start → painted: shigu_gui, report not yet cached", f"{first_t:.2f} s ({first_t / bare_t:.2f}×)",
                 "first opening only"))
    rows.append(("start → painted: shigu_gui without a file (reopens the report read last)",
                 f"{last_t:.2f} s ({last_t / bare_t:.2f}×)", "≤ 1.3× baseline"))
    rows.append(("start → whole window painted (tree, sidebar, keys)", f"{whole_t:.2f} s ({whole_t / bare_t:.2f}×)",
                 "just after the text"))
    rows.append(("peak memory at start: bare / shigu_gui", f"{bare_rss / 1024:.0f} / {app_rss / 1024:.0f} MB "
                 f"({app_rss / max(1, bare_rss):.2f}×)", "≤ 1.3×"))
    rows.append(("peak memory, whole window: shigu_gui",
                 f"{whole_rss / 1024:.0f} MB ({whole_rss / max(1, bare_rss):.2f}×)", "≤ 1.3×"))
    rows.append(("heavy modules imported at start", heavy, "- (none)"))
    from library_bench import library_rows  # the library: 1,000 reports indexed and searched

    rows += library_rows()

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<24}  target")
    print(f"{'-' * width}  {'-' * 24}  ------")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<24}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
