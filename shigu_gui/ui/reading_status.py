"""The status bar's reading place: the section path on the left, how far in (a percentage) on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from .plain import plain
from .position import ReadingPosition


class ReadingStatus:
    def __init__(self, position: ReadingPosition, bar: QStatusBar) -> None:
        self.position = position
        self.section_label = QLabel(bar)
        plain(self.section_label)  # section titles are the report's text
        self.section_label.setAccessibleName(QCoreApplication.translate("MainWindow", "当前章节"))
        self.percent_label = QLabel(bar)
        self.percent_label.setAccessibleName(QCoreApplication.translate("MainWindow", "阅读进度"))
        bar.addWidget(self.section_label, 1)
        bar.addPermanentWidget(self.percent_label)
        position.moved.connect(self.show_place)
        # A message shown for a while (a notice, a search's count) is drawn where the section path
        # is: the path steps aside until the message is gone, or the two are drawn over each other.
        bar.messageChanged.connect(lambda message: self.section_label.setHidden(bool(message)))

    def show_place(self, flat: int, offset: int) -> None:
        doc = self.position.session.doc
        if flat >= 0:
            path = " › ".join(s.label for s in doc.section_path(flat))
        elif not doc.sections:
            path = doc.title + QCoreApplication.translate("MainWindow", "（未识别出章节目录）")
        else:
            path = doc.title
        self.section_label.setText(path)
        total = max(1, len(doc.text))
        self.percent_label.setText(f"{min(100, round(offset * 100 / total))}%")
