"""Remove menus whose entries a scraper ran together into one line of glued words.

A converter that puts nothing between the elements of a menu (BeautifulSoup's ``get_text()``
without a separator, html2text and markdownify on a ``<select>`` of blogs or a row of links with
no spaces between them) prints the menu as one line in which each entry's last word is glued to
the next entry's first: ``Alles was lebtAlpha CepheiAnd the water seems invitingAstrodicticum
Simplex...``. Such a line can run to thousands of characters of words, which the line classifier
can take for a paragraph and the story segmenter for a story of its own.

The sign is a lower-case letter followed by a capital inside a word of letters: rare in prose
(a brand, "iPhone", "YouTube"; German's "LehrerInnen"), everywhere in such a line. Words with
digits, slashes, dots or other signs are not counted (file names, URLs, code, a recipe's glued
nutrition table "291kcalCarbohydrates: 31gProtein").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..config import Config
from ..document import Document
from ..registry import Mark, register_cleaner

RULE_ID = "run-on-menu"
# A lower-case letter and a capital together: where two entries were glued.
JOIN = regex.compile(r"\p{Ll}\p{Lu}")
# A word of letters only, once the punctuation around it is taken off.
LETTER_WORD = regex.compile(r"\p{L}+(?:['’-]\p{L}+)*")
WORD_EDGES = "\"'“”„«»()[]{},;:!?.…"
#: A run-on menu glues at least this many pairs of entries...
MIN_JOINS = 6
#: ...in at least this share of its words (prose that names "YouTube", "iPhone" and "PayPal"
#: has a handful among many words).
MIN_JOIN_SHARE = 0.3
#: A line that ends like a sentence is prose, whatever its words.
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")


def glued_joins(line: str) -> int:
    """How many entry joins (a lower-case letter, then a capital) the words of letters of *line*
    hold.

    >>> glued_joins("Alles was lebtAlpha CepheiAnd the water seems invitingAstrodicticum Simplex")
    3
    >>> glued_joins("Der Film lief auf YouTube und auf www.ExampleSite.com.")
    1
    """
    return _joins_in(line.split())


def _joins_in(words: list[str]) -> int:
    joins = 0
    for word in words:
        word = word.strip(WORD_EDGES)
        if LETTER_WORD.fullmatch(word) is not None:
            joins += len(JOIN.findall(word))
    return joins


def menu_joins(line: str) -> int:
    """The entry joins of *line* when it is a menu whose entries were glued together (see the
    module's docstring), else 0."""
    text = line.strip()
    # The cheap test first: most lines hold fewer joins than a menu needs, glued or not.
    if text.endswith(SENTENCE_ENDS) or len(JOIN.findall(text)) < MIN_JOINS:
        return 0
    words = text.split()
    joins = _joins_in(words)
    return joins if joins >= MIN_JOINS and joins >= MIN_JOIN_SHARE * len(words) else 0


def is_run_on_menu(line: str) -> bool:
    """Whether *line* is a menu whose entries were glued together (see the module's docstring)."""
    return menu_joins(line) > 0


@register_cleaner("run_on_menus")
def drop_run_on_menus(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove a line of menu entries glued together without spaces.

    Why: it is a menu, not text, and a long one reads as a paragraph (on a scienceblogs.de page as
    html2text prints it, the classifier kept a 1,600-character list of the site's blogs, and the
    story segmenter took it for the first story and cut the article off as the second). It runs
    after ``boilerplate``, which judges a menu by its run of short lines with this line in it.

    >>> from cleantext import Pipeline
    >>> Pipeline(["run_on_menus"]).clean(
    ...     "HomePolitikWirtschaftKulturSportWissenReiseKontakt\\n"
    ...     "Die Stadt legt einen Hitzeaktionsplan vor, der Trinkbrunnen und kühle Räume vorsieht.")
    'Die Stadt legt einen Hitzeaktionsplan vor, der Trinkbrunnen und kühle Räume vorsieht.'
    """
    for index, line in doc.kept():
        joins = menu_joins(line)
        if joins:
            yield index, RULE_ID, f"run-on menu ({joins} entries glued to the next without a space)"
