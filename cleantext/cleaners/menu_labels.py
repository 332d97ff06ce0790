"""Remove the labels of a site's menu and footer that name its own pages.

Rules: ``cleantext/data/menu_labels.toml``: "Impressum", "Datenschutzerklärung", "AGB",
"Mediadaten", "Privacy Policy", "Terms of Use", "About us", "Mentions légales", "Aviso legal",
"Chi siamo", "Política de privacidade", "Privacybeleid", "Regulamin", alone on a line; and the other
labels of a page's header and footer that name no page of the site: log-in and social log-in buttons,
a search box's labels, a breadcrumb's label, skip links, pagination ("Previous page", "Weiter »",
"Page 1 of 5"), a calendar's weekday row. Words that
may head a section of an article or be a line of dialogue ("Home", "Kontakt", "Menu") are left out.

To add phrases of your own, see ``docs/adding-a-language.md``: a ``[[menu_labels]]`` table in a
rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: The longest label is a few words; a longer line is never one. The longest built-in phrases
#: (71 characters) are Medium's footer, its page names on one line.
MAX_MENU_LABEL_CHARS = 80
#: The longest line the step tries: a breadcrumb trail after its label runs to a few hundred
#: characters. The rules with patterns say their own limits (``max_chars``), the labels' at
#: MAX_MENU_LABEL_CHARS; no phrase is longer than that.
MAX_MENU_LINE_CHARS = 300
#: The rules whose lines name a site's own pages, which an article does not print: the evidence that
#: a text is a page (see ``_names_site_pages`` in the boilerplate step). Not account-link or
#: media-link: "Sign in" or "Video" stands in an article extraction as well, and counted as
#: evidence, it made a serial's chapter with two such lines a page, which lost its author's note.
PAGE_EVIDENCE_RULE_PREFIXES = ("site-page-link", "wiki-tools")


@register_cleaner("menu_labels", takes_rules=True)
def drop_menu_labels(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove "Impressum", "Privacy Policy", "Über uns" and the other names of a site's own pages.

    Why: a site's menu and footer list the same pages on every page, and what the ``boilerplate``
    step leaves of them (on a text without blank lines it leaves most), or what an article
    extraction kept of the footer, is links, not text. The step runs after ``boilerplate`` so that
    its judgement of a menu, by the menu's run of short lines, is made with these lines in it.

    >>> from cleantext import Pipeline
    >>> Pipeline(["menu_labels"]).clean(
    ...     "Malaga is one of the largest cities in Spain.\\n"
    ...     "Impressum\\n"
    ...     "Datenschutzerklärung\\n"
    ...     "Visitors reach the old town on foot from the port.")
    'Malaga is one of the largest cities in Spain.\\nVisitors reach the old town on foot from the port.'
    """
    return table_marks(doc, "menu_labels", config, MAX_MENU_LINE_CHARS)
