"""The same text as other scrapers print it: double-spaced, hard-wrapped at a fixed width, or
converted from the page's HTML by other tools (Markdown, a text layout).

Extractors and converters differ in layout more than in content: newspaper-style extractors put
a blank line between paragraphs, text-mode browsers and html2text wrap every paragraph at 72-80
columns, Markdown scrapers make every menu entry a link. A cleaner that reads lines must give the
same article from each (see ``bench_quality.py::test_pages_hard_wrapped``,
``test_articles_in_other_layouts`` and ``test_pages_from_other_converters``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable

#: html2text's default body width; lynx and w3m dump at 79-80 columns.
WRAP_WIDTH = 78


def double_spaced(text: str) -> str:
    """*text*'s non-blank lines with one blank line between every two."""
    return "\n\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def lower_cased(page: dict) -> dict:
    """*page* (a development page) with its text, article and snippets in lower case: a stand-in
    for the scripts without case (Arabic, Hebrew, Devanagari, Thai, CJK) and for text written
    in lower case, in which nothing reads a capital letter (menus in Title Case, names)."""
    return page | {key: page[key].lower() for key in ("text", "article")} | {key: [s.lower() for s in page[key]] for key in ("with", "without")}


#: The letters of a language no stop list knows (see enciphered): a-z in a fixed shuffled order,
#: and the accented letters of the development pages' languages mapped onto it.
_PLAIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CIPHER_LETTERS = "jkfmzsalupotqrvciwdgbnxhye"
_ACCENTED = "äöüßéèêàâçñáíóúãõ"


def _cipher_table() -> dict[int, str]:
    table = dict(zip(_PLAIN_LETTERS, _CIPHER_LETTERS))
    for k, letter in enumerate(_ACCENTED):
        table[letter] = _CIPHER_LETTERS[k % len(_CIPHER_LETTERS)]
    table |= {plain.upper(): cipher.upper() for plain, cipher in table.items() if plain != "ß"}
    return str.maketrans(table)


_CIPHER = _cipher_table()


def enciphered(text: str) -> str:
    """*text* with every letter of a-z (and the accented letters of German, French, Spanish and
    Portuguese) replaced by another, the same one each time, case kept: a stand-in for a language
    that no stop list, phrase table or word list of cleantext knows. Words keep their lengths,
    shapes and frequencies, sentences their punctuation, the page its layout; only the words are
    unknown. The languages the development data lacks (Finnish, Czech, Indonesian, Swahili ...)
    are such languages to cleantext.

    >>> enciphered("The story, and the other one.")
    'Glz dgvwy, jrm glz vglzw vrz.'
    """
    return text.translate(_CIPHER)


def enciphered_page(page: dict) -> dict:
    """*page* (a development page) with its text, article and snippets :func:`enciphered`."""
    return page | {key: enciphered(page[key]) for key in ("text", "article")} | {key: [enciphered(s) for s in page[key]] for key in ("with", "without")}


def hard_wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """*text* with every line wrapped at *width*, blank lines kept, as a text-mode browser prints
    a page: greedy, words (URLs) longer than the width left whole."""
    wrap = textwrap.TextWrapper(width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(wrap.fill(line) if line.strip() else "" for line in text.splitlines()) + "\n"


def _without_scripts(html: str) -> str:
    """*html* without its scripts, styles and templates, as a scraper drops them before
    converting (markdownify keeps their text)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript, template, svg"):
        node.decompose()
    return tree.html or ""


def node_by_node(html: str) -> str:
    """*html*'s text as BeautifulSoup's ``get_text("\\n")`` gives it, scripts and styles left
    out: a line for every text node, so a paragraph breaks wherever a link or an emphasis starts
    or ends, and the HTML's indentation makes runs of whitespace-only lines. The most common
    scraper of all (``requests`` + BeautifulSoup). Raises ImportError without beautifulsoup4."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for node in soup(["script", "style", "noscript", "template"]):
        node.decompose()
    return soup.get_text("\n")


def other_converters() -> dict[str, Callable[[str], str]]:
    """HTML-to-text converters other scrapers use, by name: markdownify's Markdown (the layout of
    Markdown scrapers: every menu entry a link), inscriptis's text layout, resiliparse's text
    of the whole page (``main_content=False``: what Common Crawl pipelines that run their own
    filters start from), which skips the ``<head>`` and so has no title line, and BeautifulSoup's
    text node by node (:func:`node_by_node`). Raises ImportError when the "bench" extra is not
    installed."""
    import bs4  # noqa: F401  (node_by_node imports it; asked here so that a missing one skips)
    import inscriptis
    import markdownify
    from resiliparse.extract.html2text import extract_plain_text

    return {
        "markdownify (Markdown)": lambda html: markdownify.markdownify(_without_scripts(html)),
        "inscriptis (text)": inscriptis.get_text,
        "resiliparse (whole page)": lambda html: extract_plain_text(html, main_content=False),
        "BeautifulSoup (get_text, a line a text node)": node_by_node,
    }
