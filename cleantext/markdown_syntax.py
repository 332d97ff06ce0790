"""Markdown as scrapers write it, read as the text a reader sees.

Many scrapers hand back pages as Markdown (Firecrawl, Jina Reader, crawl4ai, markdownify,
html2text): every menu entry a link, ``* [Home](https://example.com/)``, and every paragraph with
its inline links, ``The [ministry](https://...) said on Monday ...``. To the steps that weigh a
line's words, the URLs say "link list" of a paragraph that cites a source, and a heading made of a
link, ``### [Headline](https://...)``, a teaser, reads as a heading of the story. So before the
steps judge a Markdown text, each line is read as its text: links and images by their words,
emphasis and heading marks dropped, escapes undone. The decisions then fall on the lines as they
came; the output keeps the Markdown.

Example::

    * [Home](https://www.example.com/)
    The [ministry](https://gov.example/press) said on **Monday** that talks would go on.

reads as ``Home`` and ``The ministry said on Monday that talks would go on.``
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import regex

from .hard_wrap import Unwrapped

__all__ = ["is_markdown", "plain_line", "without_links", "paragraphs", "paragraph_view", "heading_underlines", "table_syntax_rows", "quote_syntax_lines", "first_h1"]

#: A text is Markdown when at least this many of its lines hold a link or an image in Markdown's
#: syntax: plain scraped text has none (none of the 884 development pages as text holds one, nor
#: any of their 884 articles). One is enough: a cleaned Markdown page may keep only one or two of
#: its links, and read then as plain text its inline links looked like a link list, so cleaning
#: it again removed more (with 3, 24 of the 884 pages as markdownify prints them changed when
#: their cleaned text was cleaned again; with 1, 18; the scores are the same).
#: Headings marked with "#" are no sign: a tag row prints "# Bitcoin", "# Wirtschaft" (four
#: development pages do).
MIN_MARKDOWN_LINES = 1
#: Quick test before the patterns: a Markdown link or image closes its text and opens its target.
LINK_MARK = "]("

# Bounded character classes: each match is linear in what it reads. A target holds no bracket, so
# a failed attempt stops at the next link's start. It may have a title ("Press office") and a space
# before its closing parenthesis: html2text writes "[TV](https://example.com/tv )". A title may
# hold escaped quotes (markdownify writes a gallery's HTML caption into it, '"<a href=\\"...\\">©
# P. Mahimbi (Lion, 2010)</a>"'); each piece of it starts with its own character (a plain one or a
# backslash), so it is read one way only. Before, such a title ended the target, the line was read
# as its raw syntax, and a gallery of them passed for paragraphs of a first story: markdownify's
# pages 0.8782 -> 0.8788, html2text's 0.8410 -> 0.8415. A target may hold escaped parentheses
# (html2text's "javascript:void\\(0\\)") and pairs of them (markdownify's "javascript:void(0)", a
# Wikipedia page's "Foo_(bar)"), as CommonMark allows: html2text's pages 0.8415 -> 0.8419 (not
# wrapped: 0.8474 -> 0.8483), markdownify's 0.8788 -> 0.8787.
TARGET = r"\((?:[^()\[\]\s\\]|\\.|\([^()\[\]\s\\]{0,100}\)){0,2000}+(?:[ \t]{1,10}\"(?:[^\"\\\n]|\\.){0,2000}+\")?[ \t]{0,10}\)"
IMAGE = regex.compile(rf"!\[([^\[\]\n]{{0,500}})\]{TARGET}")
# A link's text may hold escaped brackets ("[\[PDF\] Annual report](...)", as turndown and
# html2text write them: Jina Reader, Firecrawl) or one level of bare ones ("[[sic] -- Blog](...)",
# markdownify's); either used to end the text there, so the link was read as its raw syntax, and a
# line of such links ending in ")" as a line of prose. Each piece of the text starts with its own
# character (a plain one, a backslash, an opening bracket), so a piece can be read only one way;
# the repeat is possessive, as giving a piece back can only leave a position that is not "]".
LINK_TEXT = r"(?:[^\[\]\\\n]|\\.|\[[^\[\]\n]{0,200}\](?!\())"
LINK = regex.compile(rf"\[({LINK_TEXT}{{0,500}}+)\]{TARGET}")
# Strong emphasis markers.
STRONG = regex.compile(r"\*\*|__")
# Emphasis: a single * or _ that opens a word (nothing of a word or an escape before it, no space
# after it) or closes one. A list bullet ("* ") has a space after it, snake_case and 2*3 a word
# on both sides. html2text writes <em> as "_..._": a paragraph in italics ended in "_" and did
# not end like a sentence to the steps.
EMPHASIS = regex.compile(r"(?<![\w*\\])[*_](?=[^\s*_])|(?<=[^\s*_\\])[*_](?![\w*])")
# An ATX heading's marks, a blockquote's, and a definition's (":   ", as markdownify writes a
# <dd>), at the start of a line.
LINE_MARKS = regex.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|:[ \t]{2,4}(?=\S))")
# A list item's marker ("* ", "- ", "+ ", "1. ", "2) "), indented for a nested list.
LIST_MARK = regex.compile(r"[ \t]{0,12}(?:[*+-]|\d{1,9}[.)])[ \t]+")
CLOSING_HASHES = regex.compile(r"[ \t]+#{1,6}[ \t]*$")
# A setext heading's underline ("=====" under an h1, "-----" under an h2: markdownify's default).
UNDERLINE = regex.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*")
# A first-level heading in ATX style ("# Title"); the setext one is a line over a row of "=".
ATX_H1 = regex.compile(r"[ \t]{0,3}#[ \t]+\S")
# A table's cell borders: a pipe that no backslash escapes ("\\|" is a pipe inside a cell).
CELL_BORDER = regex.compile(r"(?<!\\)\|")
# A table row that holds no words: the delimiter row under the header ("| --- | :---: |") and the
# empty header row markdownify writes for a table without one ("|  |  |").
TABLE_SYNTAX = regex.compile(r"[ \t]{0,3}\|[ \t|:-]*")
#: How many lines after a link that opens and does not close no lines join as a paragraph's (see
#: paragraphs): as many as a link card may span (cleantext.cleaners.link_cards.MAX_CARD_LINES).
OPEN_LINK_LINES = 30
# A thematic break of stars or underscores ("* * *", "___"); one of dashes is an UNDERLINE's shape.
THEMATIC_BREAK = regex.compile(r"[ \t]{0,3}[*_][*_ \t]*")
# A blockquote's line that holds no words: its marks alone, nested or not ("> >").
EMPTY_QUOTE = regex.compile(r"[ \t]{0,3}>[> \t]*")
# Backslash escapes of Markdown's punctuation (markdownify and html2text escape _ * . - and more).
ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")


def is_markdown(lines: Sequence[str]) -> bool:
    """Whether *lines* are Markdown: MIN_MARKDOWN_LINES or more hold a link or an image.

    >>> is_markdown(["* [Home](https://example.com/)", "* [News](/news)", "Text with a [link](https://a.b/c)."])
    True
    >>> is_markdown(["Home", "News [2]", "A footnote (see [1])."])
    False
    """
    found = 0
    for line in lines:
        if LINK_MARK in line and LINK.search(line) is not None:
            found += 1
            if found >= MIN_MARKDOWN_LINES:
                return True
    return False


#: What a link's or an image's text may hold and still have no words: html2text writes an icon
#: link as "[__](https://facebook.com/... \"Facebook\")" (the icon's empty <i> as emphasis). Read
#: as "__", its emphasis then dropped, a line of such links was blank and came back as its raw
#: syntax, URLs and all, and as a page's first line it gave the classifier its title words. Read
#: as "Link": html2text's pages 0.8460 -> 0.8465 (three "without" snippets fewer); markdownify's,
#: inscriptis's and the wrapped pages: the same scores.
EMPTY_TEXT = " \t*_"


def _image_words(found: regex.Match[str]) -> str:
    return found.group(1).strip(EMPTY_TEXT) or "Image"


def _link_words(found: regex.Match[str]) -> str:
    return found.group(1).strip(EMPTY_TEXT) or "Link"


def plain_line(line: str) -> str:
    """*line* of a Markdown text as a reader sees it: images and links by their words ("Image",
    "Link" when they have none), strong emphasis, list markers, heading and blockquote marks
    dropped, escapes undone. One line in, one line out, never blank unless *line* is.

    A list marker ("* ", "- ", "1. ") goes because text scraped from the same page has none, and
    the classifier learned from such text: to it a line that opens with "* " or "- " has a
    separator, a feature it learned to count for content, and in Markdown every menu entry has
    one.

    >>> plain_line("* [Home](https://example.com/)")
    'Home'
    >>> plain_line("### [Ministers meet in Brussels](https://news.example/eu) #")
    'Ministers meet in Brussels'
    >>> plain_line("The [ministry](https://gov.example/press \\"Press\\") said on **Monday** it would act\\\\.")
    'The ministry said on Monday it would act.'
    >>> plain_line("[![](https://img.example/logo.png)](https://example.com/)")
    'Image'
    >>> plain_line('[__](https://facebook.com/example "Facebook")[__](https://t.me/example "Telegram")')
    'LinkLink'

    A table row reads as its cells, each read so, one space between them: a text scraper prints a
    row so ("| 1 Pck. | [Vanillin-Zucker](/vanillin) |" is "1 Pck. Vanillin-Zucker"), and to the
    classifier a line of pipes is a menu's separators. A row of no words stays as it is (see
    :func:`table_syntax_rows`). On the development pages as markdownify prints them (6,193 table
    rows on 143 pages) snippet F1 0.8839 -> 0.8846, recall 0.8630 -> 0.8645; cells read with " | "
    between them score 0.8853, but two more pages change when cleaned again.

    >>> plain_line("| 250 g | [Weizenmehl](/mehl) | Type 405 |")
    '250 g Weizenmehl Type 405'
    """
    if _is_table_row(line):
        cells = [plain_line(cell) for cell in CELL_BORDER.split(line.strip()[1:-1])]
        words = " ".join(cell.strip() for cell in cells if cell.strip())
        return words or line
    text = line
    if LINK_MARK in text:
        text = IMAGE.sub(_image_words, text)
        text = LINK.sub(_link_words, text)
    if "**" in text or "__" in text:
        text = STRONG.sub("", text)
    if "*" in text or "_" in text:
        text = EMPHASIS.sub("", text)
    # Before the escapes are undone: "1\." is a number, not a list item.
    item = LIST_MARK.match(text)
    if item is not None:
        text = text[item.end() :]
    if "\\" in text:
        text = ESCAPE.sub(r"\1", text)
    marks = LINE_MARKS.match(text)
    if marks is not None:
        text = CLOSING_HASHES.sub("", text[marks.end() :])
    return text if text.strip() or not line.strip() else line


def paragraphs(lines: Sequence[str]) -> list[list[int]]:
    """*lines* grouped as a Markdown reader joins them: the lines of a paragraph that a soft line
    break separates (a newline with no hard break, two spaces or a backslash, before it) are one
    group, every other line a group of its own.

    Markdown renders a soft break as a space, and markdownify keeps the newlines of a page's
    source inside a paragraph, so a paragraph may come as lines cut anywhere ("Gegen den Strom
    zu schwimmen, sei eigentlich nie ihr Ziel" / "gewesen, sagt Birgit Kelle ..."): line by line,
    each is a line that does not end a sentence, as a menu's are. Only lines of prose join: not a
    heading, a list item, a quote, a table row, code, a rule or an underline, nor a line of links
    and pictures alone (a menu printed a link a line, which a text scraper prints so too). A
    widget line that a soft break joins to a paragraph is that paragraph's, as a reader sees it.
    (Judged alone, as :mod:`cleantext.inline_breaks` judges a text taken node by node, such lines,
    most of them a footer's copyright or a share bar's buttons, left markdownify's pages at 0.8882,
    with two more of them changing when cleaned again; joining only after lines of 40 characters
    or more, 0.8893 with three more.)

    >>> paragraphs(["Gegen den Strom zu schwimmen, sei nie ihr Ziel", "gewesen, sagt sie.", "", "* [Home](/)", "* [News](/news)"])
    [[0, 1], [2], [3], [4]]
    """
    groups: list[list[int]] = []
    accepts: str | None = None  # what may join the line before: "paragraph", "item" or nothing
    item = False  # whether the group the line before is in opens with a list item
    inside_link = 0  # lines left in which a link opened on an earlier line may still close
    for index, line in enumerate(lines):
        if "]" in line:
            inside_link = 0
        elif inside_link:
            inside_link -= 1
        # The line without its complete links and pictures, found once for every test below.
        rest = without_links(line)
        prose = not inside_link and _is_prose_line(line, rest)
        if (accepts == "paragraph" and prose) or (accepts == "item" and _continues_item(line, rest)):
            groups[-1].append(index)
        else:
            groups.append([index])
            item = LIST_MARK.match(line) is not None
        if _opens_a_link(rest):
            # A link card's lines stay lines: whether its link closes near enough to be one is
            # the link_cards step's to tell, by the lines as they came.
            inside_link = OPEN_LINK_LINES
        if inside_link or line.endswith(("  ", "\\")):
            accepts = None  # inside a link card, or after a hard break
        elif item:
            accepts = "item"
        else:
            accepts = "paragraph" if prose else None
    return groups


def paragraph_view(lines: Sequence[str]) -> Unwrapped:
    """*lines* as the steps judge a Markdown text: each of its :func:`paragraphs` one line, its
    lines after the first stripped and joined with a space.

    >>> paragraph_view(["The river rose", "  on Sunday.", "", "* [Home](/)"]).lines
    [(0, 'The river rose on Sunday.'), (2, ''), (3, '* [Home](/)')]
    """
    groups = paragraphs(lines)
    joined = [(group[0], " ".join([lines[group[0]], *(lines[i].strip() for i in group[1:])])) for group in groups]
    return Unwrapped(joined, {group[0]: tuple(group[1:]) for group in groups if len(group) > 1})


def without_links(line: str) -> str:
    """*line* with its complete links and pictures taken out."""
    return LINK.sub("", IMAGE.sub("", line)) if LINK_MARK in line else line


def _opens_a_link(rest: str) -> bool:
    """Whether a line that is *rest* once its complete links are taken out (see
    :func:`without_links`) opens a link it does not close: a link card's first line."""
    return rest.rfind("[") > rest.rfind("]")


def _continues_item(line: str, rest: str) -> bool:
    """Whether *line* (*rest* without its complete links) goes on with the list item above it:
    indented, not an item of its own, and a line of prose once its indent is gone ("* 1" /
    "  Pck." / "  Vanillepuddingpulver", as markdownify prints a recipe's ingredient whose amount,
    unit and name are three elements)."""
    return line.startswith(("  ", "\t")) and LIST_MARK.match(line) is None and _is_prose_line(line.strip(), rest)


def _is_prose_line(line: str, rest: str) -> bool:
    """Whether *line* (*rest* without its complete links) can be a line of a Markdown paragraph
    (see :func:`paragraphs`)."""
    if not line.strip() or line.startswith(("    ", "\t")):
        return False
    head = line.lstrip(" ")[:1]
    if head in "#>|`~<" or LIST_MARK.match(line) is not None or UNDERLINE.fullmatch(line) is not None or TABLE_SYNTAX.fullmatch(line) is not None:
        return False
    if head in "*_" and THEMATIC_BREAK.fullmatch(line) is not None:
        return False
    if "[" in line or "]" in line:
        if "[" in rest or "]" in rest:
            return False  # a link that opens or closes on another line: a link card's (see link_cards)
        if not rest.strip(EMPTY_TEXT + "()|·•-–—,;"):
            return False  # links and pictures alone: a menu's entry, a logo
    return True


def heading_underlines(lines: Sequence[str]) -> list[int]:
    """The lines of *lines* that underline the line above them as a heading (a setext heading:
    "Headline" then "--------"). The pipeline keeps or removes such a line with its heading: an
    underline left alone under a removed heading turns the paragraph above it into a heading, and
    a heading that lost its underline is a paragraph.

    >>> heading_underlines(["Headline", "========", "", "Text.", "", "---"])
    [1]
    """
    return [index for index in range(1, len(lines)) if _underlines(lines[index - 1], lines[index])]


def _is_table_row(line: str) -> bool:
    """Whether *line* is a row of a Markdown (GFM) table: it opens and closes with a pipe."""
    row = line.strip()
    return len(row) > 1 and row[0] == "|" and row[-1] == "|" and not line.startswith("    ")


def table_syntax_rows(lines: Sequence[str]) -> dict[int, int]:
    """The rows of *lines*' tables that hold no words (the delimiter row, an empty header row),
    each with the row of words whose fate it shares: the table's next row of words, or its last
    one before when none follows. The pipeline keeps or removes such a row with that one (as a
    heading's underline with its heading, see :func:`heading_underlines`): a delimiter row left
    under a removed header is a table of no rows, and one that went from a kept table leaves its
    rows no table. A table of no words at all is left to the steps.

    >>> table_syntax_rows(["Zutaten", "", "|  |  |", "| --- | --- |", "| 250 g | Mehl |", "| 2 | Eier |"])
    {2: 4, 3: 4}
    """
    return _wordless_lines_of_runs(lines, _is_table_row, TABLE_SYNTAX)


def quote_syntax_lines(lines: Sequence[str]) -> dict[int, int]:
    """The lines of *lines*' blockquotes that hold no words (">", "> >"), each with the quote's
    line of words whose fate it shares, as :func:`table_syntax_rows` pairs a table's. markdownify
    quotes an embedded tweet or a pull quote paragraph by paragraph, with a ">" line between:
    read as text, a line of ">" and spaces is a line of punctuation, which to the classifier is
    furniture, and it held the quote's paragraphs in one block with it.

    >>> quote_syntax_lines(["Text.", "", "> The drone came close.  ", ">   ", "> Who would stop it?", ">"])
    {3: 4, 5: 4}
    """
    return _wordless_lines_of_runs(lines, _is_quote_line, EMPTY_QUOTE)


def _wordless_lines_of_runs(lines: Sequence[str], in_run: Callable[[str], bool], wordless: regex.Pattern[str]) -> dict[int, int]:
    """The lines of each run of lines that pass *in_run* (a table, a blockquote) that *wordless*
    matches whole, each with the run's next other line, or its last one when none follows; runs
    with no other line are left out."""
    out: dict[int, int] = {}
    index = 0
    while index < len(lines):
        if not in_run(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and in_run(lines[end]):
            end += 1
        syntax: list[int] = []
        worded: list[int] = []
        for i in range(index, end):
            (syntax if wordless.fullmatch(lines[i]) is not None else worded).append(i)
        if worded:
            for i in syntax:
                after = bisect_left(worded, i)
                out[i] = worded[after] if after < len(worded) else worded[-1]
        index = end
    return out


def _is_quote_line(line: str) -> bool:
    """Whether *line* is a line of a Markdown blockquote: ">" after at most three spaces."""
    return line[:4].lstrip(" \t")[:1] == ">"


def _underlines(above: str, line: str) -> bool:
    """Whether *line* is a setext underline ("=====" or "-----") of the heading *above*."""
    return line[:4].lstrip(" \t")[:1] in ("=", "-") and UNDERLINE.fullmatch(line) is not None and bool(above.strip()) and UNDERLINE.fullmatch(above) is None


def first_h1(lines: Sequence[str]) -> int | None:
    """The index of the first first-level heading of Markdown *lines* ("# Title", or "Title" over
    "====="), None when there is none: the page's title as its author marked it, where a scraper's
    first line is whatever the page opens with (a "Skip to content" link, a row of icons).

    >>> first_h1(["[Skip to content](#main)", "", "# Floods hit the north", "", "Hundreds were moved."])
    2
    >>> first_h1(["Menu", "Floods hit the north", "====================", "Text."])
    1
    >>> first_h1(["## Section", "#hashtag", "Text."]) is None
    True
    """
    for index, line in enumerate(lines):
        if ATX_H1.match(line) is not None:
            return index
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if below[:4].lstrip(" \t")[:1] == "=" and _underlines(line, below):
            return index
    return None
