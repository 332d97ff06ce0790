"""Hard-wrapped text: paragraphs broken into lines of a fixed width, and how to read them whole.

Text-mode browsers and converters (``lynx -dump``, ``w3m -dump``, html2text, ``fmt``, mail
archives) break every paragraph into lines of at most 72-80 characters. Line by line such a
paragraph looks like a menu: each line is short, most end without a full stop, and the next one
starts in mid-sentence. The line classifier of the ``boilerplate`` step then takes a whole article
for furniture (on the development articles wrapped at 78 columns it kept 25% of their words). So
before judging, the lines a wrap broke are read as the paragraph they were; the removals then fall
on every line of it.

A wrap is recognised the way a greedy wrapper works: a line was broken because the next word would
not fit. With the text's width ``W`` (the length almost no line with a space in it passes), a line
ends a wrap when its length plus a space plus the next line's first word passes ``W``. A text is
taken for hard-wrapped when such lines are common (WRAP_SHARE of the lines that have a next line),
and ``W`` is a plausible terminal width (MIN_WIDTH to MAX_WIDTH). A menu's short lines are never
joined: the next label would have fitted beside them.

Example (wrapped at 50)::

    The minister said on Tuesday that the plan would
    go ahead next year, and that the money for it was
    there, in the budget.

reads as one line, "The minister said on Tuesday that the plan would go ahead next year, and that
the money for it was there, in the budget.", while
"Home / News / Sport" on three lines stays three lines.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["Unwrapped", "unwrap", "unwrapped", "wrap_width"]

#: The narrowest and widest widths taken for a wrap. Terminal and mail widths are 60-80; html2text
#: and some archives use up to 100-120. A width outside this range is a text's own long lines.
MIN_WIDTH = 40
MAX_WIDTH = 160
#: Lines that may pass the width (URLs and words a wrapper does not break), as a share of the
#: lines with a space: the width is the length that all but this share keep to.
OVERFLOW_SHARE = 0.02
#: The share of the lines of MIN_FILL of the width or more, followed by a non-blank line, that must
#: end a wrap; and how many at least.
WRAP_SHARE = 0.3
MIN_WRAPS = 3
#: At most this share of the lines that end a wrap may end a sentence. A wrap breaks lines at any
#: word, so few of its lines end a sentence (on the development articles wrapped at 78, 4%); a text
#: of one paragraph a line whose paragraphs are about as long as each other ends every one so.
MAX_SENTENCE_END_SHARE = 0.5
SENTENCE_END = regex.compile(r"[.!?。！？…][\"'“”‘’«»)\]]{0,3}$")
#: Fewer non-blank lines than this are too few to tell a width from.
MIN_LINES = 6
#: A wrapped line is at least this share of the width: shorter, the next word would have fitted
#: unless it is longer than the rest of the line (a URL), and such a line is not joined.
MIN_FILL = 0.5
#: A first "word" longer than this is no word a wrapper moves to the next line (a URL, a run of
#: CJK characters, which are written without spaces): the line before it is not taken for wrapped.
MAX_WORD = 40
#: How far short of its width a line of a balanced wrap may end and still be joined to the next,
#: as a share of the width: ``fmt`` and mail programs fill lines to a goal below the width
#: (``fmt -w 75`` aims at 69) and balance them, so a line can end before a word that would have
#: fitted. The test that a text is wrapped allows none (it found 289 of 300 development articles
#: put through ``fmt -w 75``). Joined so, those articles keep 95.6% of their words (61.7% with no
#: slack, 93.7% at 0.1, 95.8% at 0.2; 97.3% double-spaced, not wrapped), with slack on every text.
JOIN_SLACK = 0.15
#: A wrap is balanced when, for every line that ends as a greedy wrap would break it, this many
#: or more end within JOIN_SLACK short of that (not counting lines that end a sentence). Greedy
#: wrappers (html2text, lynx, textwrap) give almost none: on 200 development pages wrapped at 78,
#: 0.13 at the 90th percentile, and on their articles 0.00, while ``fmt -w 75`` gives 0.17 at the
#: 10th. Slack on a greedy wrap only joins the last line of a block to the next block: on the
#: development pages wrapped at 78, snippet F1 0.9052 with slack always, 0.9077 never, 0.9069 on
#: balanced wraps only (0.9071 at a share of 0.15); the 300 articles through ``fmt -w 75`` keep
#: 95.2% of their words (95.6% with slack always).
BALANCED_SHARE = 0.2


def _first_word_length(line: str) -> int:
    stripped = line.lstrip()
    cut = stripped.find(" ")
    return len(stripped) if cut < 0 else cut


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width *lines* were hard-wrapped at, or None when they were not. Linear in the text.

    >>> text = "The minister said on Tuesday that the plan would\\ngo ahead next year, and that the money for it was\\nthere, in the budget.\\n"
    >>> wrap_width((text * 3).splitlines())
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
            long_lines += len(body) > MAX_WIDTH and " " in body.lstrip()
    if long_lines > OVERFLOW_SHARE * len(lines):
        return None
    # Only lines with a space can have been wrapped; the width is the length that all but
    # OVERFLOW_SHARE of them keep to, counted by length up to MAX_WIDTH (no sort).
    spaced = 0
    over = 0
    counts = [0] * (MAX_WIDTH + 1)
    for line in lines:
        body = line.rstrip()
        if " " in body.lstrip():
            spaced += 1
            if len(body) > MAX_WIDTH:
                over += 1
            else:
                counts[len(body)] += 1
    allowed = int(spaced * OVERFLOW_SHARE)
    if spaced < MIN_LINES or over > allowed:
        return None
    width = MAX_WIDTH
    while width > 0 and over + counts[width] <= allowed:
        over += counts[width]
        width -= 1
    if width < MIN_WIDTH:
        return None
    followed = wraps = sentences = 0
    for line, after in zip(lines, lines[1:]):
        if after.strip() and len(line.rstrip()) >= MIN_FILL * width:
            followed += 1
            if _ends_wrap(line, after, width):
                wraps += 1
                sentences += _ends_sentence(line)
    if wraps >= MIN_WRAPS and wraps >= WRAP_SHARE * followed and sentences <= MAX_SENTENCE_END_SHARE * wraps:
        return width
    return None


def _ends_wrap(line: str, after: str, width: int, slack: float = 0.0) -> bool:
    """Whether *line* was broken before *after* by a wrap at *width*: the next word would not
    have fitted (in a line *slack* times the width shorter), and the line is long enough that it
    is not a label before a long word."""
    length = len(line.rstrip())
    word = _first_word_length(after)
    return MIN_FILL * width <= length <= width and length + 1 + word > width * (1 - slack) and word <= MAX_WORD


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
        if line.strip() and after.strip() and _ends_wrap(line, after, width, room):
            continue
        out.append((first, " ".join([parts[0].rstrip(), *parts[1:]]) if tail else parts[0], tuple(tail)))
        parts = []
    return out


class Unwrapped:
    """Lines ``(index, text)`` as a step reads them, with the paragraphs a hard wrap broke joined
    again (see :func:`unwrapped`), and the way back to the input's lines."""

    __slots__ = ("lines", "continued")

    def __init__(self, lines: list[tuple[int, str]], continued: dict[int, tuple[int, ...]]) -> None:
        #: The lines to judge: ``(index of the first input line, text)``.
        self.lines = lines
        #: For a joined line, the indices of the input lines after its first.
        self.continued = continued

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

    >>> view = unwrapped(list(enumerate(["Home", "", *("The minister said on Tuesday that the plan would", "go ahead.", "") * 6])))
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
