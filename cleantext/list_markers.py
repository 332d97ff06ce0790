"""Text-mode list markers: the indented "* ", "+ ", "• " or "- " a converter prints before each
list item, read as the item's words.

inscriptis (and lynx, w3m, html2text with its links left out) print a list item indented, after a
marker: ``"          * Presse"``, ``"              + Twitter"``. A page scraped as text has no
markers, and the line classifier learned from such text: to it a line that opens with a bullet
has a separator, a feature it learned to count for content (stage-1 weight +0.57), and in this
layout every entry of a menu, a table of contents or a share bar opens with one. So in a text with
MIN_MARKED_LINES or more such lines, the steps read each marked line without its indentation and
marker (as :func:`cleantext.markdown_syntax.plain_line` reads a Markdown list item), and the
removals fall on the input's lines, which keep their layout.

An ordered item keeps its number ("  1. Den Teig kneten."): a page scraped as text has no
numbers either, but read without them inscriptis's pages scored 0.9031, not 0.9035.

A marker must be indented: an extractor's article writes its list items at the start of the line
("- Zwei Eier"), and read without their markers, such items lost words to the classifier as menu
entries (the development articles kept 96.90% of their words instead of 97.15%).

On the 884 development pages as inscriptis prints them: snippet F1 0.8989 -> 0.9035 (the same
at 3 lines; 10: 0.9033, 20: 0.9027, 40: 0.9011); as html2text prints them with links left out
(not Markdown when they hold no image) 0.8559 -> 0.8554; the pages as text, without blank lines,
the articles and the other layouts keep their output.

>>> is_marked_list_layout(["Menu", "    * Home", "    * News", "      + World", "    * Sport", "    * Weather"])
True
>>> [unmarked_line(line) for line in ["    * Home", "      + World", "- Zwei Eier", "    *"]]
['Home', 'World', '- Zwei Eier', '    *']
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["is_marked_list_layout", "unmarked_line", "MIN_MARKED_LINES"]

#: Indentation, a marker and the item's first character (a line is never left blank).
INDENTED_MARKER = regex.compile(r"[ \t]{1,40}[*+•-][ \t]+(?=\S)")
#: A text with this many marked lines or more is in this layout.
MIN_MARKED_LINES = 5


def is_marked_list_layout(lines: Sequence[str]) -> bool:
    """Whether MIN_MARKED_LINES or more of *lines* are indented list items with a marker."""
    found = 0
    for line in lines:
        if line[:1] in " \t" and INDENTED_MARKER.match(line) is not None:
            found += 1
            if found >= MIN_MARKED_LINES:
                return True
    return False


def unmarked_line(line: str) -> str:
    """*line* without its indentation and list marker, when it has both; else *line*."""
    found = INDENTED_MARKER.match(line)
    return line[found.end() :] if found is not None else line
