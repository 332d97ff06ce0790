"""Remove teaser cards: another article's summary, cut short, with its read-more link at the end.

Rules: ``cleantext/data/teaser_cards.toml``: a line of prose that ends in the link to the article
it summarises ("... in unangenehmen, verwirrenden oder beängstigenden... Mehr lesen", "Le fongicide
controversé ne sera plus distribué par la coopérative. Plus...", "Der Rüstungskonzern Rheinmetall
gerät in Italien unter Druck. | mehr", "Feasting may look a little different this year. Read
More"). A news site prints rows of them under and beside its articles; the summary is prose, so
it reads as a stray paragraph of the story.

It runs after ``boilerplate``: on a whole page the line classifier judges a row of cards with the
headlines and dates between them and removes most; this step takes the cards it left. A page
whose text is mostly teasers (a listing page, where the teasers are what the page is for) keeps
them all, as does a text they would leave almost empty (see ``related_lists``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks
from .boilerplate import leaves_too_little, words_of

#: A teaser is a summary of a sentence or three and its link.
MAX_TEASER_CHARS = 420
#: A text whose teasers hold this share of its words or more is a listing of articles, and its
#: teasers are its content: a press service's page of releases on the development pages (0.52 of
#: its words, and its "with" snippets are teasers; 0.69 of trafilatura's extraction of it). The
#: other pages with teasers left had 0.04 to 0.20.
MAX_TEASER_SHARE = 1 / 3


@register_cleaner("teaser_cards", takes_rules=True)
def drop_teaser_cards(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove teaser cards: a summary of another article that ends in its read-more link.

    Why: a teaser points to another page; its summary, cut short ("... verwirrenden oder
    beängstigenden..."), reads as a stray paragraph of the story.

    >>> from cleantext import Pipeline
    >>> Pipeline(["teaser_cards"]).clean(
    ...     "The council approved the new bridge on Tuesday after two years of debate.\\n"
    ...     "Feasting may look a little different this year. Read More\\n"
    ...     "Work is due to start in the spring, a spokesman for the council said.")
    'The council approved the new bridge on Tuesday after two years of debate.\\nWork is due to start in the spring, a spokesman for the council said.'
    """
    marks = list(table_marks(doc, "teaser_cards", config, MAX_TEASER_CHARS))
    if not marks or leaves_too_little(doc.kept(), marks) or _a_listing(doc, marks):
        return
    yield from marks


def _a_listing(doc: Document, marks: list[Mark]) -> bool:
    """Whether the teasers *marks* hold MAX_TEASER_SHARE of the words of the kept lines or more."""
    teasers = {mark[0] for mark in marks}
    counts = [(index in teasers, len(words_of(line))) for index, line in doc.kept()]
    total = sum(n for _, n in counts)
    return total > 0 and sum(n for is_teaser, n in counts if is_teaser) >= MAX_TEASER_SHARE * total
