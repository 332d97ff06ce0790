"""Remove related-link headers and inline promos.

Rules: ``cleantext/data/related_links.toml``: headers ("Related Topics:", "More on Kosovo",
"You may also like", "Lesen Sie auch", "Meist gelesen"), navigation links ("Back to overview",
"‹ Zurück"), breadcrumb trails ("Startseite » Rezepte » Kuchen » Saftiger Zitronenkuchen"), and
promo lines made of a label and a headline
("Read more: ...", "Politics latest: More welfare headaches for Starmer"). A promo is a headline,
so a line that ends like a sentence (with a full stop) is never taken for one.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A promo line is a label and one headline.
MAX_PROMO_CHARS = 240


@register_cleaner("related_links", takes_rules=True)
def drop_related_links(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove related-link headers ("More on Kosovo", "Related Topics:") and promo lines.

    Why: they point away from the story; left in, they read as stray sentences.

    >>> from cleantext import Pipeline
    >>> Pipeline(["related_links"]).clean(
    ...     "The Tories say return hubs will not work.\\n"
    ...     "Politics latest: More welfare headaches for Starmer\\n"
    ...     "More on Kosovo\\n"
    ...     "Related Topics:\\n"
    ...     "Sir Keir Starmer revealed the plan.")
    'The Tories say return hubs will not work.\\nSir Keir Starmer revealed the plan.'
    """
    return table_marks(doc, "related_links", config, MAX_PROMO_CHARS)
