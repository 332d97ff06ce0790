"""Remove the tag and category lines under an article.

Rules: ``cleantext/data/tag_lists.toml``: a label alone ("Tags", "Schlagwörter", "Catégories")
and a label with its list ("Tags: migration, Kosovo, asylum", "Filed under Politics",
"Etiquetas: política, economía"). A line with a full stop, question or exclamation mark in it is
prose, never a tag list.

It runs after ``aggregator_tail``, which takes a tag line as one sign of an aggregator's tail and
needs to see it first.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[tag_lists]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A label and a list of tags; a longer line is a paragraph.
MAX_TAG_LINE_CHARS = 300


@register_cleaner("tag_lists", takes_rules=True)
def drop_tag_lists(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove tag and category lines ("Tags: migration, Kosovo", "Filed under Politics").

    Why: they are links to the site's index pages, not part of the story.

    >>> from cleantext import Pipeline
    >>> Pipeline(["tag_lists"]).clean(
    ...     "Work will start in the spring.\\n"
    ...     "Tags: migration, Kosovo, asylum\\n"
    ...     "Tags were attached to every boat.")
    'Work will start in the spring.\\nTags were attached to every boat.'
    """
    return table_marks(doc, "tag_lists", config, MAX_TAG_LINE_CHARS)
