"""Remove the tag and category lines under an article.

Rules: ``cleantext/data/tag_lists.toml``: a label alone ("Tags", "Schlagwörter", "Catégories")
and a label with its list ("Tags: migration, Kosovo, asylum", "Filed under Politics",
"Etiquetas: política, economía"). A line with a full stop, question or exclamation mark in it is
prose, never a tag list. The one exception is a blog template's post footer, whose opening words
are the template's own: "This entry was posted in News and tagged Kosovo. Bookmark the
permalink.", "Dieser Eintrag wurde veröffentlicht in ...", "Posted by Anna at 9:15 PM".

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

#: A label and a list of tags is at most 300 characters (the tag-list rule's own limit); a blog
#: template's post footer ("This entry was posted on ... and is filed under ... You can follow any
#: responses to this entry through the RSS 2.0 feed.") can be 500; a sidebar's archive menu,
#: scraped as one line of months, 3000 (every rule keeps its own limit).
MAX_TAG_LINE_CHARS = 3000


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
