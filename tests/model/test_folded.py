"""model/folded.py: folding, the offset map back to the text, and the snippet around a hit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shigu_gui.model.folded import FoldedText, fold, fold_stable, snippet

# Characters that fold to themselves, to one other, to several (BMP and astral): ㎡ → m2,
# Ⅻ → xii, ﬃ → ffi, ß → ss, 🄐 (U+1F110) → (a), 𝅗𝅥 (U+1D15E) → two code points, 𝐀 → a, 𝟘 → 0.
ALPHABET = "a1１Ａ发展，\n㎡Ⅻﬃß…\U0001F110\U0001D15E\U0001D400\U0001D7D8"


def test_the_characters_skipped_when_looking_for_foldable_ones_fold_to_themselves() -> None:
    stable = [chr(c) for c in range(0x30000) if fold_stable().fullmatch(chr(c))]
    assert len(stable) > 27000
    assert [ch for ch in stable if fold(ch) != ch] == []


def test_astral_characters_fold_and_may_change_length() -> None:
    assert fold("\U0001D400\U0001D7D8") == "a0"
    assert fold("\U0001F110") == "(a)"
    assert len(fold("\U0001D15E")) == 2


@given(st.text(alphabet=ALPHABET, max_size=40))
def test_every_folded_offset_maps_back_to_the_character_it_came_from(text: str) -> None:
    mapped = FoldedText(text)
    assert mapped.folded == fold(text)
    assert mapped.same_length == all(len(fold(ch)) == 1 for ch in text)
    at = 0
    spans = []
    for i, ch in enumerate(text):
        width = len(fold(ch))
        assert [mapped.original(at + k) for k in range(width)] == [i] * width
        spans.append((at, at + width))
        at += width
    assert mapped.original(len(mapped.folded)) == len(text)
    assert mapped.spans_back(spans) == [(i, i + 1) for i in range(len(text))]


@given(st.text(alphabet=ALPHABET, max_size=40), st.data())
def test_a_folded_span_maps_back_to_the_characters_it_touches(text: str, data: st.DataObject) -> None:
    given_folded = FoldedText(text, fold(text))  # the library passes the folded text it stored
    mapped = FoldedText(text)
    n = len(mapped.folded)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    if end == start:
        return
    back = mapped.spans_back([(start, end)])
    assert back == given_folded.spans_back([(start, end)])
    lo, hi = back[0]
    assert fold(text[lo:hi]).find(mapped.folded[start:end]) >= 0  # the span's characters hold it


def test_a_snippet_is_cut_at_paragraph_ends() -> None:
    text = "第一段。\n前面的话很长很长很长，发展是第一要务，后面的话也很长很长。\n第三段。"
    start = text.index("发展")
    line, at = snippet(text, start, start + 2, width=4)
    assert "\n" not in line
    assert (line, at) == ("…长很长，发展是第一要…", 5)
    assert line.startswith("…") and line.endswith("…")
    assert line[at: at + 2] == "发展"
    whole, at = snippet(text, start, start + 2, width=100)
    assert whole == text.split("\n")[1]
    assert whole[at: at + 2] == "发展"


def test_a_snippet_at_the_start_or_end_of_the_text_has_no_ellipsis_there() -> None:
    text = "发展是第一要务"
    assert snippet(text, 0, 2, width=2) == ("发展是第…", 0)
    assert snippet(text, 5, 7, width=2) == ("…第一要务", 3)
