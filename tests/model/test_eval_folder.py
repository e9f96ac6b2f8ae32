"""tools/eval.py scores any folder against a truth file that gives only some fields per report
(local excerpts show a part or two, not every field): the fields left out are not scored."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from ..conftest import ROOT

# 汉滨区 2025 as the district's portal publishes it (the lines that matter).
_EXCERPT = (
    "文件名称 | 汉滨区2025年政府工作报告 | ||\n"
    "2025年3月21日在汉滨区第十九届\n"
    "人民代表大会第四次会议上\n"
    "汉滨区人民政府代区长 向诗兵\n"
    "各位代表:\n"
    "现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。\n"
    "一、过去一年工作回顾\n"
    "2024年,我们紧扣高质量发展主题,创新聚力、实干奋进,实现地区生产总值440.5亿元、增长5.4%,"
    "固定资产投资增长6.5%。\n"
)


def _eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shigu_eval_folder", ROOT / "tools" / "eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["shigu_eval_folder"] = module
    spec.loader.exec_module(module)
    return module


def test_a_folder_with_a_partial_truth_is_scored_on_the_fields_given(tmp_path: Path) -> None:
    module = _eval()
    (tmp_path / "hanbin.txt").write_text(_EXCERPT, encoding="utf-8")
    truth = tmp_path / "truth.json"
    reports = {"hanbin.txt": {"place": "汉滨区", "parts": ["过去一年工作回顾"], "gdp_actual": 5.4}}
    truth.write_text(json.dumps({"reports": reports}, ensure_ascii=False), encoding="utf-8")
    results = module.evaluate(tmp_path, truth)
    assert results[0].right == {"place": True, "parts": True, "gdp_actual": True}
    assert module.main(["--corpus", str(tmp_path), "--truth", str(truth)]) == 0
    # a wrong field is reported and fails the run
    reports["hanbin.txt"]["gdp_actual"] = 5.0
    truth.write_text(json.dumps({"reports": reports}, ensure_ascii=False), encoding="utf-8")
    assert module.main(["--corpus", str(tmp_path), "--truth", str(truth)]) == 1
