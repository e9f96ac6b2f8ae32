"""Numbers with names: the indicators a report states, as structured records.

A range of the text is read sentence by sentence, each sentence clause by clause, each clause
number by number:

- sentences: which sentences have a number, of which kind (target or result) and year
  (extract_indicators, the one entry point);
- clauses: one clause's numbers, each with its unit, qualifier and the words before it;
- rules: where each number goes (a growth, a value, a change in points …), tried in the order
  ClauseRules names, on the clause's shared state (state: Item, Clause, Number);
- names: the name of what a number measures, out of the words before it;
- figures: a sentence's items → Indicator records;
- lexicon: the words and patterns all of them read.
"""

from .sentences import extract_indicators

__all__ = ["extract_indicators"]
