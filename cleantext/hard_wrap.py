"""Hard-wrapped text: paragraphs broken into lines of a fixed width, and how to read them whole.

Text-mode browsers and converters (``lynx -dump``, ``w3m -dump``, html2text, ``fmt``, mail
archives) break every paragraph into lines of at most 72-80 characters. Line by line such a
paragraph looks like a menu: each line is short, most end without a full stop, and the next one
starts in mid-sentence. The line classifier of the ``boilerplate`` step then takes a whole article
for furniture (on the development articles wrapped at 78 columns it kept 25% of their words). So
before judging, the lines a wrap broke are read as the paragraph they were; the removals then fall
on every line of it.

A wrap is recognised the way a greedy wrapper works: a line was broken because the next word would
not fit. At a width ``W``, a line ends a wrap when it is no longer than ``W`` and its length plus a
space plus the next line's first word passes ``W``; the text's width is the one most lines agree
on (see :func:`wrap_width`), a plausible terminal width (MIN_WIDTH to MAX_WIDTH). A text is taken
for hard-wrapped when such lines are common (WRAP_SHARE), few of them end a sentence
(MAX_SENTENCE_END_SHARE) and some are followed by the rest of a sentence (MIN_CONTINUED_SHARE). A
menu's short lines are never joined: the next label would have fitted beside them.

Example (wrapped at 50)::

    The minister said on Tuesday that the plan would
    go ahead next year, and that the money for it was
    there, in the budget.

reads as one line, "The minister said on Tuesday that the plan would go ahead next year, and that
the money for it was there, in the budget.", while
"Home / News / Sport" on three lines stays three lines.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import regex

from .punctuation import AFTER_SENTENCE

__all__ = ["Unwrapped", "unwrap", "unwrapped", "wrap_width"]

#: The narrowest and widest widths taken for a wrap. Terminal and mail widths are 60-80; html2text
#: and some archives use up to 100-120. A width outside this range is a text's own long lines.
MIN_WIDTH = 40
MAX_WIDTH = 160
#: Lines that may pass the width (words a wrapper does not break, list items some converters
#: leave longer), as a share of the lines with a space: the width is no narrower than the length
#: all but this share keep to. Lines with a URL are not counted at all.
OVERFLOW_SHARE = 0.05
#: The share of the lines of MIN_FILL of the width or more, followed by a non-blank line, that must
#: end a wrap; and how many at least.
WRAP_SHARE = 0.3
MIN_WRAPS = 3
#: At most this share of the lines that end a wrap may end a sentence. A wrap breaks lines at any
#: word, so few of its lines end a sentence (on the development articles wrapped at 78, 4%); a text
#: of one paragraph a line whose paragraphs are about as long as each other ends every one so.
MAX_SENTENCE_END_SHARE = 0.5
SENTENCE_END = regex.compile(rf"[.!?。！？…]{AFTER_SENTENCE}$")
#: At least this share of the lines that end a wrap must be followed by a line that goes on
#: mid-sentence: its first letter is not a capital (scripts without capitals always go on so). A
#: list of teaser headlines of about the same length looks like a wrap by length alone, but every
#: headline starts with a capital: on two development pages (express.de, mopo.de) none of them
#: went on so, while on the development articles wrapped at 78 half do, 4 in 869 fewer than 15%
#: and 2 fewer than 10% (German lists of capitalised nouns).
MIN_CONTINUED_SHARE = 0.05
#: On a balanced wrap, the share of the lines that agree on the width that must agree on a wider
#: one for it to be taken: the 300 articles through ``fmt -w 75`` keep 93.4% of their words at
#: 0.8, 93.1% at 0.9, 91.9% without widening.
WIDER_AGREEMENT = 0.8
#: Fewer non-blank lines than this are too few to tell a width from.
MIN_LINES = 6
#: A wrapped line is at least this share of the width: shorter, the next word would have fitted
#: unless it is longer than the rest of the line (a URL), and such a line is not joined.
MIN_FILL = 0.5
#: ...except before a link or URL too long for any line (longer than MAX_WORD), which html2text
#: moves whole to the next line: the line before it may end anywhere ("(ρ) multiplizierst. Siehe
#: Kapitel" before "[Masse](https://example.com/masse/)!"), and is joined when it is at least this
#: share of the width. Shorter, it is a label or a heading before a link. On html2text's pages at
#: its defaults, snippet F1 0.8434 -> 0.8460 (at 0.0: 0.8446, 0.1: 0.8444, 0.3: 0.8448); the
#: development pages and articles wrapped at 78 without Markdown: 0.9114 -> 0.9116 and 97.178% ->
#: 97.180% of the words kept; the texts with no width found are unchanged.
LINK_FILL = 0.2
#: A first "word" longer than this is no word a wrapper moves to the next line (a run of CJK
#: characters, which are written without spaces): the line before it is not taken for wrapped.
#: A URL or a Markdown link's end and target ("Nicaragua](https://example.com/nacionales/115002)")
#: is: html2text moves it whole. Counted so, html2text's pages wrapped at 78 have 91,188 of their
#: 116,757 breaks inside a paragraph joined instead of 78,375, and 2,767 breaks between
#: paragraphs instead of 2,286.
MAX_WORD = 40
#: How far short of its width a line of a balanced wrap may end and still be joined to the next,
#: as a share of the width: ``fmt`` and mail programs fill lines to a goal below the width
#: (``fmt -w 75`` aims at 69) and balance them, so a line can end before a word that would have
#: fitted. The test that a text is wrapped allows none (it found 289 of 300 development articles
#: put through ``fmt -w 75``). Joined so, those articles kept 95.6% of their words (61.7% with no
#: slack, 93.7% at 0.1, 95.8% at 0.2; 97.3% double-spaced, not wrapped), with slack on every text
#: and the width read as a percentile of the lengths; 93.4% as the width is read now.
JOIN_SLACK = 0.15
#: A wrap is balanced when, for every line that ends as a greedy wrap would break it, this many
#: or more end within JOIN_SLACK short of that (not counting lines that end a sentence). Greedy
#: wrappers (html2text, lynx, textwrap) give almost none: on 200 development pages wrapped at 78,
#: 0.13 at the 90th percentile, and on their articles 0.00, while ``fmt -w 75`` gives 0.17 at the
#: 10th. Slack on a greedy wrap only joins the last line of a block to the next block: on the
#: development pages wrapped at 78 (the width read as a percentile then), snippet F1 0.9052 with
#: slack always, 0.9077 never, 0.9069 on balanced wraps only (0.9071 at a share of 0.15); the 300
#: articles through ``fmt -w 75`` kept 95.2% of their words (95.6% with slack always).
BALANCED_SHARE = 0.2


#: A line that opens with a bullet ("* ", "+ ", "• ") starts an item of its own: a wrapper does not
#: move a bullet to the start of a line. (A dash or a number may be the rest of a sentence, "- "
#: after a break before a dash; a quotation's "> " is on every line of it.) On html2text's pages
#: wrapped at 78, measured against its unwrapped output: 92,655 right joins instead of 91,453 and
#: 1,582 across paragraphs instead of 2,787 (fewer bullet lines also count as a balanced wrap's).
ITEM_START = regex.compile(r"[ \t]*[*+•][ \t]")


#: Lines a converter leaves whole whatever its width: list items ("  1. ", "  * ", "-item") and
#: table rows (" | "). html2text wraps paragraphs at 78 and not these, so a page with a few long
#: list items or a table passed OVERFLOW_SHARE and was read line by line, its wrapped paragraphs
#: as menus: no width was found on 66 of its 884 development pages (24 now, most of them lines
#: of links, which wrappers do not break either). They still count among the lines with a space
#: (``spaced``), not among the long ones. On html2text's pages (its defaults: wrapped at 78),
#: snippet F1 0.8231 -> 0.8349; the pages as text are unchanged.
LEFT_WHOLE = regex.compile(r"[ \t]*(?:(?:[*+•-]|\d{1,3}[.)])[ \t]|-(?!-)\S)")
TABLE_CELL_BREAK = " | "
#: Markdown's hard line break: a line that ends in two spaces was broken there by its author
#: (html2text writes a <br> so), not by the wrap, and is not joined to a next line that starts
#: anew. On html2text's pages: snippet F1 0.8349 -> 0.8360 (a letter's last paragraph ran on into
#: its 150 signatures, "**Elliot Ackerman**  "). Some authors break every line of their prose
#: with <br>: a next line that goes on mid-sentence is still joined (not joining it lost a blog
#: post's paragraphs, line by line, to the classifier).
HARD_BREAK = "  "


def _left_whole(line: str) -> bool:
    """Whether *line* is a list item or a table row, which converters do not wrap."""
    return TABLE_CELL_BREAK in line or LEFT_WHOLE.match(line) is not None


def _holds_url(line: str) -> bool:
    """Whether *line* holds a URL or a Markdown link's target, which wrappers do not break."""
    return "://" in line or "](" in line


def _first_word_length(line: str) -> int:
    stripped = line.lstrip()
    cut = stripped.find(" ")
    return len(stripped) if cut < 0 else cut


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width *lines* were hard-wrapped at, or None when they were not. Linear in the text.

    >>> import textwrap
    >>> text = textwrap.fill("The minister said on Tuesday that the plan would go ahead next year, and that the money "
    ...     "for it was there, in the budget, though the opposition doubted it and asked for the figures to be published "
    ...     "before the vote in the spring.", 49) + "\\n\\n" + textwrap.fill("Councils will be told how much they get by "
    ...     "March, and the first schools are to open their doors to pupils in the autumn term of next year.", 49)
    >>> print(text.splitlines()[1])
    go ahead next year, and that the money for it was
    >>> wrap_width(text.splitlines())
    49
    >>> wrap_width(["Home", "News", "Sport", "Weather", "Contact", "About us"]) is None
    True
    """
    # Most texts have too many lines longer than any wrap to have been wrapped: said at once, from
    # the long lines alone (the count below can only allow fewer).
    long_lines = 0
    for line in lines:
        if len(line) > MAX_WIDTH:
            body = line.rstrip()
            long_lines += len(body) > MAX_WIDTH and " " in body.lstrip() and not _holds_url(body) and not _left_whole(body)
    if long_lines > OVERFLOW_SHARE * len(lines):
        return None
    # Each line that may end a wrap ends one for a range of widths: from its own length up to
    # its length plus the next word (that word would not have fitted), and no more than twice its
    # length (MIN_FILL). Counting the ranges over all widths at once (a difference array over
    # MIN_WIDTH..MAX_WIDTH) gives, for every width, how many lines end a wrap at it; the text's
    # width is the one most lines agree on. A percentile of the lengths did worse: html2text
    # leaves a few list items a little longer than its width.
    top = MAX_WIDTH + 2
    wraps_from = [0] * top  # +1 where a line's range starts, -1 after it ends
    sentences_from = [0] * top
    continued_from = [0] * top  # the same for lines whose next line goes on mid-sentence
    followed_at = [0] * top  # lines with a non-blank line after them, by length (capped)
    spaced_at = [0] * top  # lines with a space, by length (capped)
    spaced = 0
    before = ""
    said: set[str] = set()
    for pos, line in enumerate(lines):
        body = line.rstrip()
        length = len(body)
        # A line with a URL may pass the width, as wrappers do not break URLs, and Markdown's
        # links ("* [Politics](/news/politics)", a menu in html2text's output) make long lines
        # that no wrap broke: the width is read from the other lines.
        if _holds_url(body):
            continue
        after = lines[pos + 1] if pos + 1 < len(lines) else ""
        # A line said again word for word beside itself is a template's (a player notice on
        # every video), not a piece of a paragraph a wrap broke: four notices in a row, of one
        # length, agreed on a width. Nor is a line said again further on: it agrees once (three
        # notices between video titles agreed on a width; the notices, read joined to the titles,
        # stayed, and went only when the text was cleaned again, found by the idempotence
        # property). A paragraph said twice on a page, a teaser repeating the lead, is still
        # wrapped text, and its first saying counts; leaving out every repeated line lost
        # html2text's pages their width. Counting each line once: html2text's pages with links
        # left out 0.8589 -> 0.8600, the articles wrapped at 78 kept 96.37% -> 96.40% of their
        # words, every other layout unchanged.
        repeated = body in (before, after.rstrip()) or body in said
        before = body
        if repeated and length >= MIN_WIDTH:
            continue
        if length >= MIN_WIDTH:
            said.add(body)
        if " " in body.lstrip():
            spaced += 1
            # Only lengths past MIN_WIDTH are read below (no width is narrower), so a shorter line
            # is not asked whether a converter left it whole.
            if length > MIN_WIDTH and not _left_whole(body):
                spaced_at[min(length, top - 1)] += 1
        if not body or not after.strip():
            continue
        followed_at[min(length, top - 1)] += 1
        word = _first_word_length(after)
        low, high = max(length, MIN_WIDTH), min(length + word, int(length / MIN_FILL), MAX_WIDTH)
        if word <= MAX_WORD and low <= high:
            wraps_from[low] += 1
            wraps_from[high + 1] -= 1
            if _ends_sentence(body):
                sentences_from[low] += 1
                sentences_from[high + 1] -= 1
            if _goes_on(after):
                continued_from[low] += 1
                continued_from[high + 1] -= 1
    if spaced < MIN_LINES:
        return None
    # The narrowest width that all but OVERFLOW_SHARE of the lines keep to: the width is no
    # narrower (a balanced wrap such as fmt's agrees on a narrower one, its goal).
    allowed = OVERFLOW_SHARE * spaced
    over = spaced_at[top - 1]  # lines longer than MAX_WIDTH
    if over > allowed:
        return None
    narrowest = MAX_WIDTH  # over: the lines longer than narrowest
    while narrowest > MIN_WIDTH and over + spaced_at[narrowest] <= allowed:
        over += spaced_at[narrowest]
        narrowest -= 1
    best = best_wraps = best_sentences = best_continued = 0
    wraps = sentences = continued = 0
    counted = [0] * top
    for width in range(MIN_WIDTH, MAX_WIDTH + 1):
        wraps += wraps_from[width]
        sentences += sentences_from[width]
        continued += continued_from[width]
        counted[width] = wraps
        if width >= narrowest and wraps > best_wraps:
            best, best_wraps, best_sentences, best_continued = width, wraps, sentences, continued
    if best_wraps < MIN_WRAPS or best_sentences > MAX_SENTENCE_END_SHARE * best_wraps or best_continued < MIN_CONTINUED_SHARE * best_wraps:
        return None
    # Wraps are common among the lines long enough to end one.
    followed = sum(followed_at[math.ceil(MIN_FILL * best) :])
    if best_wraps < WRAP_SHARE * followed:
        return None
    # A balanced wrap's lines agree best on its goal, a little short of its width: for such a
    # wrap, a wider width that nearly as many lines agree on is the wrap's. (On a greedy wrap
    # this joined the last lines of blocks to the next: a greedy wrap agrees best on its width.)
    if _balanced(lines, best):
        while best < MAX_WIDTH and counted[best + 1] >= WIDER_AGREEMENT * best_wraps:
            best += 1
    return best


def _ends_wrap(line: str, after: str, width: int, slack: float = 0.0) -> bool:
    """Whether *line* was broken before *after* by a wrap at *width*: the next word would not
    have fitted (in a line *slack* times the width shorter), and the line is long enough that it
    is not a label before a long word (MIN_FILL, or LINK_FILL before a long link).

    >>> _ends_wrap("(ρ) multiplizierst. Siehe Kapitel", "[Masse](https://lernpfadprismen.example.com/masse/)!", 78)
    True
    >>> _ends_wrap("Weitere Artikel", "[Masse](https://lernpfadprismen.example.com/masse/)!", 78)
    False
    """
    length = len(line.rstrip())
    word = _first_word_length(after)
    link = _holds_url(after.lstrip().split(" ", 1)[0])
    fits = word <= MAX_WORD or link
    return (
        (LINK_FILL if link and word > MAX_WORD else MIN_FILL) * width <= length <= width
        and length + 1 + word > width * (1 - slack)
        and fits
        and ITEM_START.match(after) is None
        and not (line.endswith(HARD_BREAK) and not _goes_on(after))
    )


def _link_goes_on(line: str, after: str, in_target: bool = False) -> bool:
    """Whether *line* breaks a Markdown link or image that *after* closes: its text is still
    open ("[![Menschen trinken" before "Rotwein](https://...") or its target is ("Rotwein](
    https://www.example.com/lazyload-" before "transparent.gif) stern Reisewelten"). html2text
    moves a link's target whole to the next line and breaks it after a hyphen, so such a line can
    be short or longer than the width, and no test of lengths joins it; read alone, its pieces
    were kept as text or taken for furniture one by one. On html2text's pages at its defaults,
    snippet F1 0.8360 -> 0.8410 (links left out, where only images remain: 0.8571 -> 0.8557).

    A long target is broken over several lines, the middle ones a piece of it without a space
    (*in_target*: the target was open at the end of the line before *line*). Joined only where a
    line closed it, an image's address spread over three lines was read as three lines of
    furniture, and a gallery's captions between them went with it: html2text's pages 0.8465 ->
    0.8468, 45 pages changed in all (couchstyle.de's and gelbe-liste.de's articles kept whole,
    biobiochile.cl's lost two snippets); links left out 0.8555 -> 0.8556.

    >>> _link_goes_on("[![Menschen trinken", "Rotwein](https://example.com/a.gif) Genussreisen ](https://example.com/)")
    True
    >>> _link_goes_on("See [the report](https://example.com/report) for more", "details on the plan.")
    False
    >>> _link_goes_on("[![](//cdn.example.com/bilder/der-herbst-ist-in-die-kueche-", "eingezogen--herbst-kueche-")
    True
    >>> _link_goes_on("eingezogen--herbst-kueche-", "vintage.jpeg)](/fotos/der-herbst-", in_target=True)
    True
    """
    if _target_open(line, in_target):
        # A target's piece has no space in it: html2text breaks a long one over several lines.
        return ")" in after or " " not in after.strip()
    return line.rfind("[") > line.rfind("]") and "](" in after


def _target_open(line: str, in_target: bool) -> bool:
    """Whether a Markdown link's target is still open at the end of *line* (*in_target*: it was
    open at the end of the line before)."""
    target = line.rfind("](")
    if target >= 0:
        return ")" not in line[target:]
    return in_target and ")" not in line


def _goes_on(line: str) -> bool:
    """Whether *line* reads as the rest of a sentence: its first letter (among its first few
    characters) is not a capital."""
    for char in line.lstrip()[:6]:
        if char.isalpha():
            return not char.isupper()
    return False


def _ends_sentence(line: str) -> bool:
    return SENTENCE_END.search(line.rstrip()[-4:]) is not None


def _balanced(lines: Sequence[str], width: int) -> bool:
    """Whether *lines*, wrapped at *width*, were wrapped by a balancing wrapper such as ``fmt``:
    BALANCED_SHARE or more lines end within JOIN_SLACK short of a greedy break for every one that
    ends at a greedy break (lines that end a sentence left out)."""
    greedy = short = 0
    for line, after in zip(lines, lines[1:]):
        if after.strip() and not _ends_sentence(line):
            if _ends_wrap(line, after, width):
                greedy += 1
            elif _ends_wrap(line, after, width, JOIN_SLACK):
                short += 1
    return short >= BALANCED_SHARE * max(greedy, 1)


def unwrap(kept: Sequence[tuple[int, str]], width: int) -> list[tuple[int, str, tuple[int, ...]]]:
    """Lines *kept* (``(index, text)`` pairs) with the lines a wrap at *width* broke joined again:
    ``(index of the first line, joined text, indices of the lines after it)``. Blank lines stay as
    they are. Linear in the text.

    >>> unwrap([(0, "The minister said on Tuesday that the plan would"), (1, "go ahead."), (2, ""), (3, "Home")], 49)
    [(0, 'The minister said on Tuesday that the plan would go ahead.', (1,)), (2, '', ()), (3, 'Home', ())]
    """
    slack = JOIN_SLACK if _balanced([line for _, line in kept], width) else 0.0
    out: list[tuple[int, str, tuple[int, ...]]] = []
    parts: list[str] = []
    first = -1
    tail: list[int] = []
    in_target = False  # a link's target open at the end of the line before, joined to this one
    for pos, (index, line) in enumerate(kept):
        if parts:
            parts.append(line.strip())
            tail.append(index)
        else:
            first, parts, tail = index, [line], []
        after = kept[pos + 1][1] if pos + 1 < len(kept) else ""
        # A line that ends a sentence is joined only as a greedy wrap would have broken it: with
        # slack, the last line of a paragraph would be joined to a label after it.
        room = 0.0 if _ends_sentence(line) else slack
        # A link or image a wrap broke is one piece of text, whatever the lengths say.
        if line.strip() and after.strip() and (_ends_wrap(line, after, width, room) or _link_goes_on(line, after, in_target)):
            in_target = _target_open(line, in_target)
            continue
        in_target = False
        out.append((first, _joined(parts) if tail else parts[0], tuple(tail)))
        parts = []
    return out


def _joined(parts: list[str]) -> str:
    """The lines *parts* of one wrapped paragraph as one line: a space between two, none after a
    word's hyphen. A wrap that breaks on hyphens (Python's textwrap, html2text) splits
    "wp-includes/formatting.php" and "well-known" after the hyphen; joined with a space, a PHP
    warning's path had a space in it, and no longer read as a path.

    >>> _joined(["in /www/htdocs/wp-", "includes/formatting.php on line 82", "- and more"])
    'in /www/htdocs/wp-includes/formatting.php on line 82 - and more'
    >>> _joined(["> Der Druck auf mütterliches", "> Wohlverhalten wächst."])
    '> Der Druck auf mütterliches Wohlverhalten wächst.'
    """
    previous = parts[0].rstrip()
    pieces = [previous]
    # A wrapped quotation repeats its mark on every line ("> "): one is enough.
    quoted = previous.lstrip().startswith(">")
    for part in parts[1:]:
        if not (previous.endswith("-") and previous[-2:-1].isalnum()):
            pieces.append(" ")
        pieces.append(part[1:].lstrip() if quoted and part.startswith(">") else part)
        previous = part
    return "".join(pieces)


class Unwrapped:
    """Lines ``(index, text)`` as a step reads them, with the paragraphs a hard wrap broke joined
    again (see :func:`unwrapped`), and the way back to the input's lines."""

    __slots__ = ("lines", "continued", "hides_blank_lines")

    def __init__(self, lines: list[tuple[int, str]], continued: dict[int, tuple[int, ...]], hides_blank_lines: bool = False) -> None:
        #: The lines to judge: ``(index of the first input line, text)``.
        self.lines = lines
        #: For a joined line, the indices of the input lines after its first.
        self.continued = continued
        #: Whether blank input lines are among the input lines of the lines before them, where no
        #: step sees them (a loosely spaced text, see :mod:`cleantext.loose_spacing`).
        self.hides_blank_lines = hides_blank_lines

    def input_lines(self, position: int) -> tuple[int, ...]:
        """The input lines that judged line *position* was made of."""
        first = self.lines[position][0]
        return (first, *self.continued.get(first, ()))

    def span(self, start: int, end: int, total: int) -> tuple[int, int]:
        """Judged lines ``start:end`` as input lines ``start:end`` (*total*: how many input lines
        the judged ones cover, for an *end* past the last)."""
        first = self.lines[start][0] if start < len(self.lines) else total
        return first, self.lines[end][0] if end < len(self.lines) else total


def unwrapped(kept: Sequence[tuple[int, str]], width: int | None = None) -> Unwrapped:
    """Lines *kept* as :class:`Unwrapped`: with the lines a hard wrap broke joined when the text
    was hard-wrapped (at *width*, by default :func:`wrap_width` of the lines), else as they are.

    >>> view = unwrapped(list(enumerate(["Home", "", "The minister said on Tuesday that the plan would", "go ahead.", ""])), 49)
    >>> view.lines[2]
    (2, 'The minister said on Tuesday that the plan would go ahead.')
    >>> view.input_lines(2)
    (2, 3)
    """
    if width is None:
        width = wrap_width([line for _, line in kept])
    if width is None:
        return Unwrapped(list(kept), {})
    joined = unwrap(kept, width)
    return Unwrapped([(index, line) for index, line, _ in joined], {index: tail for index, _, tail in joined if tail})
