"""`make eval` is all right on ../shared/corpus: every field of tests/corpus_truth.json, which was
written by reading the reports."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from ..conftest import CORPUS, ROOT

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not present")


def test_every_field_of_every_report_is_right() -> None:
    spec = importlib.util.spec_from_file_location("shigu_eval", ROOT / "tools" / "eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["shigu_eval"] = module
    spec.loader.exec_module(module)
    truth = ROOT / "tests" / "corpus_truth.json"
    results = module.evaluate(CORPUS, truth)
    assert len(results) >= 13
    wrong = [(r.name, k) for r in results for k, ok in r.right.items() if not ok]
    assert not wrong, module.table(results, truth, verbose=True)


def test_main_targets_are_found_and_right() -> None:
    """The main targets (主要预期目标) of every report the truth lists them for: measured 70 of 71
    found (2019's '农村贫困人口减少1000万以上' has no unit to read), none wrong."""
    module = sys.modules.get("shigu_eval")
    if module is None:
        spec = importlib.util.spec_from_file_location("shigu_eval", ROOT / "tools" / "eval.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["shigu_eval"] = module
        spec.loader.exec_module(module)
    results = module.evaluate(CORPUS, ROOT / "tests" / "corpus_truth.json")
    right, listed, found = module.target_totals(results)
    assert listed >= 71 and right >= listed - 1 and right == found, module.targets_line(results)
