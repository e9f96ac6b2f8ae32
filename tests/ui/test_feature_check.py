"""ui/app.py replaces PySide's private `__feature__._mod_uses_pyside` with a cheaper check at start-up:
it must give PySide's own answer (inspect.getsource, then 'PySide6' in it) for real modules."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import shigu_gui
from shigu_gui.ui.app import _uses_pyside


def _pyside_answer(module: object) -> bool:
    try:
        return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
    except (OSError, TypeError):
        return False


def test_the_cheaper_check_agrees_with_pyside_on_every_module_of_ours_and_some_of_the_stdlib() -> None:
    names = [m.name for m in pkgutil.walk_packages(shigu_gui.__path__, "shigu_gui.")]
    wanted = [name for name in names if ".charts" not in name and not name.endswith("__main__")]
    modules = [importlib.import_module(name) for name in wanted]
    modules += [importlib.import_module(name) for name in ("json", "sqlite3", "sys", "inspect")]
    answers = {m.__name__: (_uses_pyside(m), _pyside_answer(m)) for m in modules}
    assert {name for name, (ours, theirs) in answers.items() if ours != theirs} == set()
    assert answers["shigu_gui.ui.app"] == (True, True) and answers["shigu_gui.model.parser"] == (False, False)
