"""The report's records (Paragraph, Section, GlossaryEntry, Indicator, Document) write out what
@dataclass(frozen=True) would generate for them (it compiles that source at every start): each is
compared here with the frozen dataclass it stands for, built from its own declared fields."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from typing import Any

import pytest

from shigu_gui.model.document import Document, GlossaryEntry, Indicator, Paragraph, Section

SAMPLE: dict[str, Any] = {
    "start": 3, "end": 9, "source_line": 2, "title": "一、工作回顾", "number": "一、", "level": 1, "heading_end": 8,
    "kind": "numbered", "children": (), "term": "“四个成片区”", "page": None, "definition": "指……",
    "occurrences": ((1, 3),),
    "name": "地区生产总值", "value": 1.5, "unit": "亿元", "growth": 7.5, "year": 2019, "qualifier": "左右",
    "parts": None, "sentence": "地区生产总值增长7.5%左右。", "growth_qualifier": "左右", "value_high": None,
    "growth_high": 8.0, "text": "正文",
    "meta": {"place": "石鼓区"},
    "paragraphs": (), "sections": (), "glossary": (), "indicators": (), "source_name": "a.txt", "source_hash": "ab",
    "notices": (),
}
OTHER: dict[str, Any] = {"start": 4, "title": "二、", "term": "大棚房", "name": "GDP", "text": "另一篇",
                         "source_hash": "cd", "source_name": "b.txt", "notices": ("n",), "level": 2, "growth": 8.0,
                         "end": 10, "growth_qualifier": "以上",
                         "value_high": 2.0, "growth_high": None}


def reference(cls: type) -> type:
    """The frozen dataclass cls stands for: the same fields, defaults and compare/repr flags."""
    specs = []
    for f in dataclasses.fields(cls):
        default = {} if f.default is dataclasses.MISSING else {"default": f.default}
        specs.append((f.name, f.type, dataclasses.field(compare=f.compare, repr=f.repr, **default)))
    namespace = {"__post_init__": cls.__post_init__} if hasattr(cls, "__post_init__") else {}
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True, namespace=namespace)


def args_for(cls: type, values: dict[str, Any]) -> dict[str, Any]:
    return {f.name: values.get(f.name, SAMPLE[f.name]) for f in dataclasses.fields(cls) if not f.name.startswith("_")}


@pytest.mark.parametrize("cls", [Paragraph, Section, GlossaryEntry, Indicator, Document])
def test_each_record_behaves_as_its_frozen_dataclass(cls: type) -> None:
    ref = reference(cls)
    assert [(p.name, p.default, p.kind) for p in inspect.signature(cls).parameters.values()] == [
        (p.name, p.default, p.kind) for p in inspect.signature(ref).parameters.values()]
    ours, theirs = cls(**args_for(cls, {})), ref(**args_for(cls, {}))
    assert repr(ours) == repr(theirs)
    assert ours == cls(**args_for(cls, {})) and ours != ours.__class__(**args_for(cls, OTHER))
    assert (theirs == ref(**args_for(cls, OTHER))) == (ours == cls(**args_for(cls, OTHER)))
    # a field left out of comparisons changes nothing; each compared field changes equality
    for f in dataclasses.fields(cls):
        if f.name.startswith("_") or f.name not in OTHER:
            continue
        changed = {f.name: OTHER[f.name]}
        assert (ours == cls(**args_for(cls, changed))) == (theirs == ref(**args_for(cls, changed))), f.name
    assert ours != theirs  # another class, as two dataclasses of the same fields are unequal
    if cls is not Document:  # a Document holds a dict: neither kind hashes it
        assert hash(ours) == hash(cls(**args_for(cls, {})))
        assert (hash(ours) == hash(theirs)) == (hash(tuple(getattr(ours, f.name) for f in dataclasses.fields(cls)
                                                          if f.compare)) == hash(theirs))
    else:
        with pytest.raises(TypeError):
            hash(ours)
        with pytest.raises(TypeError):
            hash(theirs)
    for target in (ours, theirs):
        with pytest.raises(dataclasses.FrozenInstanceError):
            target.start = 1  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            del target.start  # type: ignore[misc]
    first = next(f.name for f in dataclasses.fields(cls))
    assert getattr(dataclasses.replace(ours, **{first: OTHER.get(first, 99)}), first) == OTHER.get(first, 99)
    assert pickle.loads(pickle.dumps(ours)) == ours
    assert cls.__match_args__ == ref.__match_args__


def test_a_document_indexes_its_sections_as_before() -> None:
    child = Section("（一）", "（一）", 2, 5, 9, 8, "numbered")
    top = Section("一、", "一、", 1, 0, 10, 3, "numbered", (child,))
    doc = Document("x" * 10, "t", {}, (), (top,), (), ())
    assert doc.flat_sections == (top, child)
    assert doc.section_index_at(6) == 1 and doc.parent_index(1) == 0
    assert dataclasses.replace(doc, title="u").flat_sections == (top, child)
