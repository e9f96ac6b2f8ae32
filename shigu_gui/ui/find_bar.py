"""The find bar: incremental, a hit counter, regular expressions on request, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from .dialogs import in_ui_language
from .plain import plain, tip
from .search import Search


class _QueryEdit(QLineEdit):
    step = Signal(bool)  # True: next, False: previous
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step.emit(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    query_changed = Signal(str, bool)  # text, regex mode
    step = Signal(bool)
    closed = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("查找栏"))
        self.edit = _QueryEdit(self)
        self.edit.setPlaceholderText(self.tr("查找（Enter 下一个，Shift+Enter 上一个）"))
        self.edit.setAccessibleName(self.tr("查找内容"))
        self.edit.setClearButtonEnabled(True)
        self.counter = QLabel("", self)
        plain(self.counter)
        self.counter.setAccessibleName(self.tr("查找结果计数"))
        self.counter.setMinimumWidth(90)
        self.regex = QCheckBox(self.tr("正则"), self)
        self.regex.setAccessibleName(self.tr("正则表达式模式"))
        self.prev_button = QToolButton(self)
        self.prev_button.setText("↑")
        self.prev_button.setAccessibleName(self.tr("上一个"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setAccessibleName(self.tr("下一个"))
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("关闭查找"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel(self.tr("查找："), self))
        layout.addWidget(self.edit, 1)
        for widget in (self.counter, self.regex, self.prev_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._emit_query)
        self.debounce_ms = 0
        self.edit.textChanged.connect(lambda _t: self._schedule())
        self.regex.toggled.connect(lambda _on: self._emit_query())
        self.edit.step.connect(self._step_from_query)
        self.edit.escape.connect(self.close_bar)
        self.prev_button.clicked.connect(lambda: self.step.emit(False))
        self.next_button.clicked.connect(lambda: self.step.emit(True))
        self.close_button.clicked.connect(self.close_bar)
        self.query_changed.connect(search.run)
        self.step.connect(lambda forward: search.step(1 if forward else -1))
        self.closed.connect(search.clear)
        search.hits_changed.connect(self._show_count)
        search.current_changed.connect(self._show_count)
        search.failed.connect(lambda message: self.set_count(0, 0, message))
        search.session.document_changed.connect(self._adapt_to_length)
        self._adapt_to_length()
        self.hide()

    def _adapt_to_length(self) -> None:
        self.debounce_ms = self.search.debounce_ms()

    def _show_count(self) -> None:
        self.set_count(self.search.current, len(self.search.hits))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc from anywhere in the bar (the 正则 box, the buttons), not only from the query field.
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def show_query(self, text: str) -> None:
        """The bar shown holding a literal query that is run elsewhere (a library hit's term), the
        keyboard left where it is: the field and the 正则 box changed without running a query."""
        self._timer.stop()
        edit_was, regex_was = self.edit.blockSignals(True), self.regex.blockSignals(True)
        self.edit.setText(text)
        self.regex.setChecked(False)
        self.edit.blockSignals(edit_was)
        self.regex.blockSignals(regex_was)
        self.show()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_count(self, current: int, total: int, error: str = "") -> None:
        if error:
            self.counter.setText(self.tr("表达式有误"))
            self.counter.setToolTip(tip(in_ui_language(error)))  # quotes the reader's expression
        elif not self.edit.text():
            self.counter.setText("")
        else:
            self.counter.setText(f"{current + 1 if total else 0}/{total}")
            self.counter.setToolTip("")

    def _schedule(self) -> None:
        if self.debounce_ms:
            self._timer.start(self.debounce_ms)
        else:
            self._emit_query()

    def _step_from_query(self, forward: bool) -> None:
        """Enter or Shift+Enter: from the hits of the query typed, even if its wait is not over (a
        long report's): else the step went through the query before, and the typed one then
        put the current hit back on its first."""
        if self._timer.isActive():
            self._emit_query()
        self.step.emit(forward)

    def _emit_query(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.edit.text(), self.regex.isChecked())
