"""A site's template, learned from several of its pages: the lines that repeat on many of them.

Menus, footers, cookie banners and "Follow us" rows are the same on every page of a site, while
each article is different. Given a batch of pages from one site, a line that stands on at least
half of them (and on :data:`MIN_PAGES` or more) is template, whatever its language or wording.
This is evidence the single-page classifier (the ``boilerplate`` step) cannot have, so it is
offered as an option; every other step works on one page alone::

    import cleantext
    template = cleantext.SiteTemplate.learn(pages)          # the texts of pages from one site
    config = cleantext.Config(site_template=template)
    articles = [cleantext.clean(page, config=config) for page in pages]

The ``site_template`` step (first in the default pipeline) then removes those lines, each with a
reason such as "site template: on 18 of 20 pages of the site". Without a template it does nothing.

Lines are compared in their phrase-key form (lower case, white space collapsed, trailing ``:``,
``»`` and the like dropped). Only lines of at most :data:`MAX_TEMPLATE_CHARS` characters are
counted: template lines are short, and counting paragraphs would only cost memory. Pages of one
story (a live blog's updates, a syndicated article) share their paragraphs as well: learn from
pages of different stories.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .rules import phrase_key

__all__ = ["SiteTemplate", "MIN_SHARE", "MIN_PAGES", "MAX_TEMPLATE_CHARS"]

#: A line on at least this share of the pages is template...
MIN_SHARE = 0.5
#: ...and on at least this many pages (two pages sharing a line prove little).
MIN_PAGES = 3
#: Longer lines are not counted (see the module docstring).
MAX_TEMPLATE_CHARS = 300


@dataclass(frozen=True)
class SiteTemplate:
    """The template lines of one site: each line's phrase key and the number of pages it is on."""

    lines: Mapping[str, int] = field(default_factory=dict)
    """Phrase key of each template line -> how many of the learned pages have it."""
    pages: int = 0
    """How many pages the template was learned from."""

    @classmethod
    def learn(cls, texts: Iterable[str], *, min_share: float = MIN_SHARE, min_pages: int = MIN_PAGES) -> SiteTemplate:
        """Learn the template from the texts of several pages of one site.

        A line (compared in phrase-key form) is template when it is on at least *min_share* of
        the pages and on at least *min_pages* of them. Fewer than *min_pages* pages give an empty
        template, which removes nothing.

        >>> pages = [f"Home | News | Sport\\nStory number {k} was about something else.\\n© 2025 Example News" for k in range(4)]
        >>> template = SiteTemplate.learn(pages)
        >>> sorted(template.lines), template.pages
        (['home | news | sport', '© 2025 example news'], 4)
        """
        if not 0.0 < min_share <= 1.0:
            raise ValueError(f"min_share must be in (0, 1], not {min_share!r}")
        if min_pages < 1:
            raise ValueError(f"min_pages must be at least 1, not {min_pages!r}")
        counts: Counter[str] = Counter()
        pages = 0
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"SiteTemplate.learn takes texts (str), not {type(text).__name__}")
            pages += 1
            keys = {phrase_key(line) for line in text.splitlines() if line.strip() and len(line.strip()) <= MAX_TEMPLATE_CHARS}
            keys.discard("")  # a line of decoration alone ("»", "...")
            counts.update(keys)
        need = max(min_pages, min_share * pages)
        return cls({key: n for key, n in counts.items() if n >= need}, pages)

    def pages_with(self, line: str) -> int:
        """How many of the learned pages have *line* (0 if it is not template)."""
        stripped = line.strip()
        if not stripped or len(stripped) > MAX_TEMPLATE_CHARS:
            return 0
        return self.lines.get(phrase_key(stripped), 0)

    def __contains__(self, line: object) -> bool:
        return isinstance(line, str) and self.pages_with(line) > 0

    def __len__(self) -> int:
        return len(self.lines)
