"""Regenerate resources/fonts/NotoSansSC-Subset.otf from Debian's fonts-noto-cjk.

The subset holds GB2312 (the 6,763 common simplified characters and its symbols), ASCII,
CJK punctuation and every character of the bundled report, so the reader shows real glyphs
on a machine with no CJK font. Run: `.venv/bin/python tools/make_font_subset.py`
(needs `apt-get install fonts-noto-cjk` and `pip install fonttools`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf"


def gb2312_characters() -> set[str]:
    chars: set[str] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def wanted_characters() -> set[str]:
    chars = gb2312_characters()
    chars |= {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0x3000, 0x3040)}  # CJK symbols and punctuation
    chars |= {chr(c) for c in range(0xFF00, 0xFFF0)}  # full-width forms
    chars |= {chr(c) for c in range(0x2000, 0x2070)}  # general punctuation (— “ ” • …)
    chars |= set("∶·×÷±≤≥→←↑↓①②③④⑤⑥⑦⑧⑨⑩")
    chars |= set((ROOT / "resources" / "report.txt").read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable()}


def main() -> int:
    if not SOURCE.exists():
        print(f"missing {SOURCE}: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 2
    collection = TTCollection(str(SOURCE))
    font = next(f for f in collection.fonts if "SC" in f["name"].getDebugName(1))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in wanted_characters()])
    subsetter.subset(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(OUT))
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
