"""Remove link cards: a Markdown link whose text runs over several lines, a teaser of another page.

A news site's teaser is one ``<a>`` around a picture, a kicker and a headline. Markdown
converters (markdownify, Firecrawl, Jina Reader ...) print the block inside the link as it is, so
the link opens on one line and closes lines later::

    [![teaser-img](files/dublin21.jpg)

    Zum Geburtstag

    Nicklaus – Mann der großen Worte
    --------------------------------](/news/i7239_1.html)

Every line of it is the other page's; the headline, underlined, reads like a heading of the story.
A link inside a sentence that a line break happens to split ("Nun können wir die [XUM-1541" /
"Firmware](https://...) herunterladen") is prose: a card's link opens its line (after a list or
quote mark at most) and nothing follows where it closes.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..config import Config
from ..document import Document
from ..markdown_syntax import TARGET, without_links
from ..registry import Mark, register_cleaner

RULE_ID = "multi-line-link"
#: The longest card taken, in lines. On the development pages as markdownify prints them, the
#: 4,160 links that span lines span 24 at most; a longer "link" is an unclosed bracket.
MAX_CARD_LINES = 30

# A card's first line: a link opened and not closed, with at most a list, quote or emphasis mark
# before it ("* **[![Tesla ...](img.jpg)" once its picture is taken out). Complete links and
# pictures are taken out first, so what follows the "[" holds no bracket.
CARD_OPENS = regex.compile(r"[ \t]{0,8}(?:(?:[*+-]|\d{1,3}[.)])[ \t]{1,4})?(?:>[ \t]?){0,3}(?:\*\*|__)?\[[^\[\]]*")
# Its last line: the link's text ends and its target follows, and nothing after it but emphasis.
CARD_CLOSES = regex.compile(rf"[^\[\]]*\]{TARGET}(?:\*\*|__)?[ \t]*")
# A line of a row of cards: one card's link ends and the next one's opens ("Image](/recipe-1)[Next
# recipe", "Cene Prevc](/a.jpg) [Image"), once the complete links in it are taken out.
CARD_CHAINS = regex.compile(rf"[^\[\]]*\]{TARGET}[ \t]{{0,10}}(?:\*\*|__)?\[[^\[\]]*")


def _opens_card(line: str, rest: str | None = None) -> bool:
    """Whether *line* opens a card (*rest*: the line without its complete links, if known)."""
    if "[" not in line:
        return False
    return CARD_OPENS.fullmatch(without_links(line) if rest is None else rest) is not None


def card_spans(lines: list[str]) -> list[tuple[int, int]]:
    """The (first, last) line of each link card in *lines*, both inclusive.

    >>> card_spans(["[![](a.jpg)", "", "Headline", "-------](/news/1)", "Text."])
    [(0, 3)]
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for index, line in enumerate(lines):
        if opened is not None and index - opened >= MAX_CARD_LINES:
            opened = None
        rest = None
        if opened is not None and "](" in line:
            if CARD_CLOSES.fullmatch(line) is not None:
                spans.append((opened, index))
                opened = None
                continue
            rest = without_links(line)
            if CARD_CHAINS.fullmatch(rest) is not None:
                spans.append((opened, index))
                opened = index
                continue
            if "](" in rest:
                # The opened link closes inside this line, with words after it: a link that a
                # line break split inside a paragraph, not a card (closed by a later line, the
                # "card" took the prose between: 52 lines once, on a wrapped Markdown page).
                opened = None
                continue
        if _opens_card(line, rest):
            # Links do not nest (an <a> inside an <a> is not HTML): a new opening starts over.
            opened = index
    return spans


@register_cleaner("link_cards")
def drop_link_cards(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove the lines of a link that spans lines: a teaser card of another page.

    Why: a teaser's picture, kicker and headline are one link to another article; its headline,
    underlined as a Markdown heading, reads as one of the story's own. On the 884 development
    pages as markdownify prints them, the lines of such links hold 87 snippets that must go and
    none that must stay.

    >>> from cleantext import Pipeline
    >>> Pipeline(["link_cards"]).clean(
    ...     "The council approved the bridge.\\n\\n[![](/img/floods.jpg)\\n\\nFloods close the old crossing\\n"
    ...     "-----------------------------](/news/floods)\\n\\nWork starts in spring.")
    'The council approved the bridge.\\n\\n\\nWork starts in spring.'
    """
    lines = doc.lines
    marked: set[int] = set()  # a row of cards shares a line between two of them
    for first, last in card_spans(lines):
        reason = f"link card (lines {doc.input_line(first) + 1}-{doc.input_line(last) + 1} are one link to another page)"
        for index in range(first, last + 1):
            if index not in marked and not doc.is_removed(index):
                marked.add(index)
                yield index, RULE_ID, reason
