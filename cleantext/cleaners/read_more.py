"""Remove read-more links: a label alone, or a label and the linked headline on one line.

Rules: ``cleantext/data/read_more.toml``: "Read more", "Read more: <headline>", "See also:",
"Lesen Sie auch:", "Lire aussi :", "Lee también:", "Leggi anche:", "Leia também:", "Lees ook:",
"Read more →". Pointer labels ("Read more", "Lire aussi") go whatever follows them; topic labels that
may open a sentence ("Related", "Mehr dazu", "Saiba mais") only when a headline follows (no final
full stop). In the default pipeline ``related_links`` runs first and takes some of these lines;
this step has the complete list so that it works on its own.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[read_more]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A read-more line is a label and one headline.
MAX_READ_MORE_CHARS = 260


@register_cleaner("read_more", takes_rules=True)
def drop_read_more_links(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove read-more links ("Read more: <headline>", "Lesen Sie auch: ...", "Lire aussi : ...").

    Why: they point away from the story; left in, the headline reads as a stray sentence.

    >>> from cleantext import Pipeline
    >>> Pipeline(["read_more"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "Lire aussi : Le budget de la ville en hausse\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "read_more", config, MAX_READ_MORE_CHARS)
