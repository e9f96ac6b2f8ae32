"""The project's own item data roles, in one list so that no two collide and each has a name.

Qt's own roles are Qt.ItemDataRole's; these follow its UserRole. (UserRole by number, from
qt_names: the tree and the glossary, which use these, are part of the start-up path.)
"""

from __future__ import annotations

from enum import IntEnum, unique

from .qt_names import USER_ROLE


@unique
class Role(IntEnum):
    SECTION = USER_ROLE + 1  # the tree: the section's flat index
    GLOSSARY_ENTRY = USER_ROLE + 2  # the glossary: the entry's row in Document.glossary
    OCCURRENCE = USER_ROLE + 3  # the glossary's occurrences: (start, end) in the text
    HIT = USER_ROLE + 4  # the search results: the Hit of a row
    SNIPPET_HTML = USER_ROLE + 5  # the search results: the snippet as rich text, the term in <b>
    MARK_ROW = USER_ROLE + 6  # the marks list: the mark's row
    SORT_KEY = USER_ROLE + 7  # tables sorted in Python: the value a column sorts by
    RECORD = USER_ROLE + 8  # the library's tables: the record (ReportEntry, Cell) of a row
    LIBRARY_HIT = USER_ROLE + 9  # the library's search: (path, offset, length) of a hit
    SEARCH_RESULT = USER_ROLE + 10  # the library's search: the SearchResult of a report row
    EMPHASIS = USER_ROLE + 11  # the library's search: (start, length) of the hit in a snippet row
    SECTION_PAIR = USER_ROLE + 12  # 对照: the SectionPair of a row
    SPAN = USER_ROLE + 13  # 对照: (side, start, end), side 0 the older report, 1 the newer
    SPANS = USER_ROLE + 14  # 对照: a phrase's every occurrence, [(side, start, end), …]
