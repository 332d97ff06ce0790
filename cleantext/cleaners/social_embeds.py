"""Remove what embedded social-media posts leave in scraped text.

Rules: ``cleantext/data/social_embeds.toml``: "View this post on Instagram", "A post shared
by Name (@handle)", tweet signatures ("— Name (@handle) June 3, 2025"), a Facebook post's
signature ("Posted by Name on Monday, February 7, 2022"), tweet text carrying a
"pic.twitter.com/…" or "t.co" link, "Watch on YouTube", and the skip links and consent prompts
around an embed ("Skip Twitter post, 1", "Allow X content?"). The markers are machine-made
(a handle in brackets after a dash, a short link), which prose does not contain.

To add phrases for another language, or your own, see ``docs/adding-a-language.md``: a
``[[social_embeds]]`` table in a rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: An embedded tweet's text and signature can fill a long line; a paragraph is longer still.
MAX_EMBED_LINE_CHARS = 600


@register_cleaner("social_embeds", takes_rules=True)
def drop_social_embeds(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove social-embed residue ("View this post on Instagram", "— Name (@handle) June 3, 2025").

    Why: the embed is gone; what is left is its frame and a quotation without its context.

    >>> from cleantext import Pipeline
    >>> Pipeline(["social_embeds"]).clean(
    ...     "The council approved the plan on Tuesday.\\n"
    ...     "View this post on Instagram\\n"
    ...     "Work will start in the spring.")
    'The council approved the plan on Tuesday.\\nWork will start in the spring.'
    """
    return table_marks(doc, "social_embeds", config, MAX_EMBED_LINE_CHARS)
