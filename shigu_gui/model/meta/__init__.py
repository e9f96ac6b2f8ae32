"""Title, year, place and level of a report: the one place the reader (Document.meta) and the
library ask.

- title_block: the title block (title line, date line, speaker) is read first (parse_meta), and
  report_title names the report;
- years: when the report was delivered (its date line, its title's year, its parts, its plan);
- places: where it is of (an administrative suffix; 国务院 is the whole country) and its level;
- identity: year, place and level settled once the parts and figures are known (identity), and
  read back from a Document (identity_of).
"""

from .identity import Identity, identity, identity_of
from .places import LEVELS, NATIONAL, bare_province, place_in, place_level, report_place
from .title_block import despace, parse_meta, report_title
from .years import REVIEW_PART, delivery_year, report_year, title_year, year_from_parts

__all__ = [
    "LEVELS", "NATIONAL", "REVIEW_PART", "Identity", "bare_province", "delivery_year", "despace", "identity",
    "identity_of", "parse_meta", "place_in", "place_level", "report_place", "report_title", "report_year",
    "title_year", "year_from_parts",
]
