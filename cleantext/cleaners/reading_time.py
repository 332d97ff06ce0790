"""Remove reading-time and listen-to-this-article lines.

Rules: ``cleantext/data/reading_time.toml``: "5 min read", "Reading time: 5 minutes",
"Listen to this article · 5 min", "Lesezeit: 4 Minuten", "Temps de lecture : 3 min", "Tiempo de
lectura: 3 minutos", "4 minuti di lettura", "3 min de leitura", "Leestijd: 3 minuten". The line
must be the widget alone, so a sentence that mentions reading time is kept.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[reading_time]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A reading-time line is a label, a number and maybe a date.
MAX_READING_TIME_CHARS = 120


@register_cleaner("reading_time", takes_rules=True)
def drop_reading_time(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove reading-time and listen widgets ("5 min read", "Lesezeit: 4 Minuten").

    Why: it describes the web page, not the story, and the player it belongs to is gone.

    >>> from cleantext import Pipeline
    >>> Pipeline(["reading_time"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "Listen to this article · 5 min\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "reading_time", config, MAX_READING_TIME_CHARS)
