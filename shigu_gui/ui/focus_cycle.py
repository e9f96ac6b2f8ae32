"""F6 and Shift+F6: the panes of the tab shown, in order, each an area and where the keyboard lands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from .skeleton import CHARTS_TAB, LIBRARY_TAB

if TYPE_CHECKING:
    from .sidebar import Sidebar
    from .tabs import ReportTabs


class Panes(Protocol):
    """What F6 goes through: the tabs, and the reading tab's tree, text and sidebar."""

    @property
    def tabs(self) -> ReportTabs: ...

    @property
    def outline_pane(self) -> QWidget: ...

    @property
    def view(self) -> QWidget: ...

    @property
    def sidebar(self) -> Sidebar: ...


def focus_order(window: Panes) -> list[tuple[QWidget, QWidget]]:
    """The panes F6 goes through in the tab shown: each an area and where the keyboard lands in it."""
    tab = window.tabs.currentIndex()
    if tab == CHARTS_TAB and window.tabs.charts is not None:
        charts = window.tabs.charts
        column = charts.splitter.widget(0) or charts
        return [(column, charts.growth_card), (charts.table, charts.table.view)]
    if tab == LIBRARY_TAB and window.tabs.library is not None:
        pane = window.tabs.library
        tabs = pane.pages.tabBar()
        return [(tabs, tabs), (pane.pages.currentWidget(), pane.focusProxy() or pane)]
    panes: list[tuple[QWidget, QWidget]] = []
    if window.outline_pane.isVisible():
        panes.append((window.outline_pane, window.outline_pane))
    panes.append((window.view, window.view))
    if window.sidebar.isVisible():
        panes.append((window.sidebar, window.sidebar.focus_target()))
    return panes


def cycle_focus(window: Panes, step: int = 1) -> None:
    panes = focus_order(window)
    focused = QApplication.focusWidget()
    index = -1
    for i, (area, target) in enumerate(panes):
        if focused is not None and (focused in (area, target) or area.isAncestorOf(focused)):
            index = i
    target = panes[(index + step) % len(panes)][1]
    target.setFocus(Qt.FocusReason.TabFocusReason)
