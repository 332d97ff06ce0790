"""Remove what a page's scripts leave in scraped text: their notices and their code.

Rules: ``cleantext/data/script_residue.toml``: the notice a page shows where its scripts do not run
("Please enable JavaScript to view the comments powered by Disqus.", "Bitte aktivieren Sie
JavaScript in Ihrem Browser.", "Ihr Browser ist veraltet!", in English, German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Russian and Ukrainian), what a page says when the browser refuses
its cookies or while its print preview loads ("Cookies must be enabled to use this site.", "Der
Druckdialog öffnet sich, sobald die Seite vollständig geladen wurde."), and the code a scraper that keeps a
page's ``<script>`` and ``<style>`` elements writes out as text: the elements' tags, the snippets of
common trackers and ad servers, a minified script, the page's structured data (JSON-LD) and its
style rules. Code that an article shows stays: a tutorial prints its examples a statement a line,
and only a whole program on one line is taken (see the rules file). A sentence about JavaScript or
an old browser stays too: a notice asks the reader to turn scripts on, or speaks to the reader.

To add phrases of your own, see ``docs/adding-a-language.md``: a ``[[script_residue]]`` table in a
rules file given with ``--rules`` (or ``rules=``) extends this family.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner
from ._table import table_marks

#: A page's inline script or structured data can be one line of tens of kilobytes; the rules' own
#: ``max_chars`` keep the notices' patterns to short lines, and their ``needs`` keep prose out of
#: the regex engine.
MAX_SCRIPT_RESIDUE_CHARS = 100_000


@register_cleaner("script_residue", takes_rules=True)
def drop_script_residue(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove "enable JavaScript" and old-browser notices, and script, style and JSON-LD code.

    Why: a scraper that reads a page's text without running it gets the ``<noscript>`` notice
    instead of what the script would show, and one that does not drop ``<script>`` and ``<style>``
    elements gets their code as lines of text. Neither is anything a reader of the page sees. A
    comment section's "Please enable JavaScript to view the comments powered by Disqus." is the
    commonest: it stands under the article on thousands of blogs.

    >>> from cleantext import Pipeline
    >>> Pipeline(["script_residue"]).clean(
    ...     "Malaga is one of the largest cities in Spain.\\n"
    ...     "Please enable JavaScript to view the comments powered by Disqus.\\n"
    ...     'window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}\\n'
    ...     "Visitors reach the old town on foot from the port.")
    'Malaga is one of the largest cities in Spain.\\nVisitors reach the old town on foot from the port.'
    """
    return table_marks(doc, "script_residue", config, MAX_SCRIPT_RESIDUE_CHARS)
