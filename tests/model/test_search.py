from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shigu_gui.model import Document, ReportError
from shigu_gui.model.search import SearchIndex, snippet


def test_counts_every_occurrence(seed_doc: Document) -> None:
    index = SearchIndex(seed_doc.text)
    hits = index.find("华侨城")
    assert len(hits) == seed_doc.text.count("华侨城")
    assert all(seed_doc.text[h.start: h.end] == "华侨城" for h in hits)


def test_full_width_and_half_width_match(seed_doc: Document) -> None:
    index = SearchIndex(seed_doc.text)
    assert len(index.find("ＡＡ级")) == len(index.find("AA级")) == 1
    assert len(index.find("aa级")) == 1


def test_text_that_folds_to_other_lengths() -> None:
    text = "面积１２㎡，共ⅫＡ项。面积12m2"
    index = SearchIndex(text)
    hits = index.find("12m2")
    assert [text[h.start: h.end] for h in hits] == ["１２㎡", "12m2"]


def test_regex_mode(seed_doc: Document) -> None:
    index = SearchIndex(seed_doc.text)
    hits = index.find(r"\d+亿元", regex=True)
    assert hits
    assert seed_doc.text[hits[0].start: hits[0].end].endswith("亿元")
    with pytest.raises(ReportError):
        index.find("(", regex=True)


def test_snippet_stays_in_its_paragraph(seed_doc: Document) -> None:
    hit = SearchIndex(seed_doc.text).find("华侨城")[0]
    line = snippet(seed_doc, hit)
    assert "华侨城" in line
    assert "\n" not in line


def _hits_by_character(text: str, query: str) -> list[tuple[int, int]]:
    """The plain definition: fold each character, map every folded offset back to its character."""
    from bisect import bisect_right

    from shigu_gui.model.folded import fold

    starts, pieces, pos = [], [], 0
    for ch in text:
        starts.append(pos)
        pieces.append(fold(ch))
        pos += len(pieces[-1])
    folded, needle = "".join(pieces), fold(query)

    def back(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    hits, at = [], folded.find(needle)
    while at >= 0:
        hits.append((back(at), back(at + len(needle) - 1) + 1))
        at = folded.find(needle, at + len(needle))
    return hits


@given(st.text(alphabet="a1１２㎡ⅫＡ项m2ßﬁ发展ﷺ \n", max_size=40), st.text(alphabet="a1１２㎡ⅫＡm2ßﬁ发", min_size=1,
                                                                                   max_size=3))
def test_hits_map_back_to_the_characters_that_fold_to_them(text: str, query: str) -> None:
    assert [(h.start, h.end) for h in SearchIndex(text).find(query)] == _hits_by_character(text, query)
