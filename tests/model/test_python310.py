"""The code runs on Python 3.10 (README): regular-expression syntax that only 3.11 reads stays out."""

from __future__ import annotations

import re
from pathlib import Path

import shigu_gui

# Atomic groups and possessive quantifiers came with Python 3.11's re: on 3.10 the module that
# compiles one does not import (the parser did, once; a run of the tests on 3.10 found it).
_NEWER = re.compile(r"\(\?>|[)\]][*+?]\+")


def test_no_regular_expression_needs_python_3_11() -> None:
    root = Path(shigu_gui.__file__).parent
    found = [f"{path.relative_to(root)}:{n}" for path in sorted(root.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if _NEWER.search(line)]
    assert not found, found
