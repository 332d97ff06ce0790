"""Remove bylines and datelines (an optional step, not in the default pipeline).

Rules: ``cleantext/data/bylines.toml``: "By Jane Smith", "By Jane Smith, Reuters", "Von Max
Mustermann", "Par Jean Dupont", "Por Juan Pérez", "Di Mario Rossi", "Door Jan de Vries",
"Published 3 June 2025", "Updated: 12:30 BST", "Veröffentlicht am 03.06.2025", and a date alone on
its line. A byline is metadata some users want to keep, so the step is opt-in::

    Pipeline().with_step("bylines", before="unrelated_stories")

Names are capitalised words (matched case-sensitively): "By Monday, the protesters had gone home."
is kept. A title-case heading such as "By The Numbers" is taken for a byline; that is the price of
the step, and one reason it is not on by default.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[bylines]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A byline is names, an affiliation and a date.
MAX_BYLINE_CHARS = 200


@register_cleaner("bylines", takes_rules=True)
def drop_bylines(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove bylines and datelines ("By Jane Smith, Reuters", "Published 3 June 2025"); opt-in.

    Why: for text analysis the author and date are metadata, not part of the story's text.

    >>> from cleantext import Pipeline
    >>> Pipeline(["bylines"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "By Jane Smith, Reuters\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "bylines", config, MAX_BYLINE_CHARS)
