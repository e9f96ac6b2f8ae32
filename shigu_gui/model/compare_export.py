"""A comparison (the model.compare package) as Markdown and CSV: the targets table and the phrases, each row
with the sentence it comes from."""

from __future__ import annotations

import csv
import io
import re

from .compare import Comparison, Figure, Phrase, is_range, report_year

CHANGE = {"raised": "上调", "lowered": "下调", "same": "持平", "new": "新设", "dropped": "不再提"}
STATUS = {"same": "相同", "changed": "有改动", "new": "新增", "dropped": "删去"}
CSV_COLUMNS = ("table", "indicator", "label", "old_target", "old_actual", "new_target", "met", "change",
               "phrase", "old_count", "new_count", "old_per_10k", "new_per_10k", "old_sentence", "new_sentence")
_BEFORE = ("超过", "突破", "约", "近", "接近", "达到")  # qualifiers said before the number
_SENTENCE_END = re.compile(r"[。！？；\n]")


def figure_text(f: Figure | None) -> str:
    """'增长6.5%左右', '增长6%－6.5%', '1100万人以上', '3%左右'."""
    if f is None:
        return ""
    q = f.qualifier or ""
    parts = []
    if f.value is not None:
        shown = q if f.growth is None else ""
        before = shown if shown in _BEFORE else ""
        parts.append(f"{before}{f.value:g}{f.unit or ''}{'' if before else shown}")
    if f.growth is not None:
        parts.append(f"增长{q}" if is_range(q) else f"增长{f.growth:g}%{q}")
    return "，".join(parts)


def met_text(met: bool | None) -> str:
    return "" if met is None else ("是" if met else "否")


def sentence_of(text: str, phrase: str) -> str:
    """The first sentence of text that holds phrase ('' when none does)."""
    at = text.find(phrase)
    if at < 0:
        return ""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = starts[-1] if starts else 0
    end = _SENTENCE_END.search(text, at + len(phrase))
    return text[start:end.end() if end else len(text)].strip()


def _name(c: Comparison, old: bool) -> str:
    doc = c.old if old else c.new
    return doc.title or str(report_year(doc) or "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(c: Comparison) -> str:
    old, new = _name(c, True), _name(c, False)
    out = [f"# 新旧对照：{old} → {new}", ""]
    out += ["## 目标与完成 / Targets", "",
            "| 指标 | 上年目标 | 上年实际 | 今年目标 | 完成 | 目标变化 |", "| --- | --- | --- | --- | --- | --- |"]
    notes: list[str] = []
    for t in c.targets:
        cells = []
        for f, doc in ((t.old_target, old), (t.old_actual, new), (t.new_target, new)):
            if f is None:
                cells.append("")
                continue
            notes.append(f"[^{len(notes) + 1}]: {doc}：{f.sentence}")
            cells.append(f"{figure_text(f)}[^{len(notes)}]")
        out.append(f"| {t.label} | {' | '.join(_cell(x) for x in cells)} | {met_text(t.met)} | "
                   f"{CHANGE.get(t.change or '', '')} |")
    out.append("")
    out += ["## 章节 / Sections", ""]
    a, b = c.old.flat_sections, c.new.flat_sections
    for p in c.sections:
        if p.status == "same":
            continue
        indent = "  " * (p.level - 1)
        left = a[p.old].label if p.old is not None else "—"
        right = b[p.new].label if p.new is not None else "—"
        out.append(f"{indent}- {STATUS[p.status]}：{left} → {right}"
                   + (f"（相似度 {p.similarity:.2f}）" if p.status == "changed" else ""))
    out.append("")

    def phrases(title: str, items: tuple[Phrase, ...], in_new: bool, rates: bool = False) -> None:
        out.extend([f"## {title}", ""])
        for p in items:
            counts = f"{p.old_rate:g} → {p.new_rate:g} 次/万字" if rates else f"{p.count} 次"
            sentence = sentence_of(c.new.text if in_new else c.old.text, p.text)
            out.append(f"- **{p.text}**（{counts}）：{sentence}")
        out.append("")

    phrases("新提法 / New phrases", c.phrases.new, True)
    phrases("不再提 / Dropped phrases", c.phrases.dropped, False)
    phrases("提得更多 / Rising", c.phrases.rising, True, rates=True)
    phrases("提得更少 / Falling", c.phrases.falling, False, rates=True)
    out.extend(notes)
    return "\n".join(out).rstrip() + "\n"


def to_csv(c: Comparison) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for t in c.targets:
        writer.writerow(["target", t.indicator, t.label, figure_text(t.old_target), figure_text(t.old_actual),
                         figure_text(t.new_target), met_text(t.met), t.change or "", "", "", "", "", "",
                         t.old_target.sentence if t.old_target else "",
                         t.new_target.sentence if t.new_target else (t.old_actual.sentence if t.old_actual else "")])
    for table, items in (("new", c.phrases.new), ("dropped", c.phrases.dropped), ("rising", c.phrases.rising),
                         ("falling", c.phrases.falling)):
        for p in items:
            writer.writerow([table, "", "", "", "", "", "", "", p.text, p.old_count, p.new_count, p.old_rate,
                             p.new_rate, sentence_of(c.old.text, p.text), sentence_of(c.new.text, p.text)])
    return buffer.getvalue()
