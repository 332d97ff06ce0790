"""Text whose blank lines are its HTML's source layout, not its paragraphs.

A scraper that takes a page node by node (BeautifulSoup's ``get_text("\\n")``, a crawler that
writes each text node on a line) writes the whitespace between the tags too: each newline between
two tags of the page's source is a text node of its own, so two lines of text stand two blank lines
apart (``<p>A</p>\\n<p>B</p>`` gives "A", "", "", "B"), more where the source is indented. A scraper
that prints a page's blocks, an extractor, and a double-spaced article put one blank line between
two blocks. A text in which most gaps between lines of text are runs of two blank lines or more is
so loosely spaced that its blank lines say nothing of its blocks: a menu's entries stand apart like
paragraphs, and the pieces of a sentence that a link broke stand apart like a menu. The pipeline
judges such a text without its blank lines (see :meth:`cleantext.Pipeline._judged_text`): each blank
line goes with the line of text above it, removed with it or kept with it, so the output keeps the
spacing the input gave the lines it keeps.

On the 884 development pages taken node by node (BeautifulSoup's ``get_text("\\n")``), 781 are
loosely spaced; on the pages as a scraper printed them none is (every gap is one blank line), and on
their text as inscriptis, markdownify, html2text or resiliparse print it four at most, which score
the same. Judged without their blank lines, the pages taken node by node score snippet F1 0.8716
instead of 0.8601 (0.8795 with the joins after a line that ends with a space, which only such a
text gets, see :mod:`cleantext.inline_breaks`); the development articles keep 97.29% of their
words instead of 97.21% (six are loosely spaced). Of the 781 cleaned pages, 608 are loosely
spaced still; the others (a short article left, with few gaps) are judged with their blank lines
when cleaned again, and 12 of the 884 then change, 13 before (15 with those joins).

>>> text = ["Home", "", "", "News", "", "", "", "The council met on Tuesday.", "", "", "It approved", "the bridge.", "", "", "Contact", "", "", "Imprint"]
>>> loosely_spaced(text)
True
>>> view = without_blank_lines(list(enumerate(text)))
>>> view.lines
[(0, 'Home'), (3, 'News'), (7, 'The council met on Tuesday.'), (10, 'It approved'), (11, 'the bridge.'), (14, 'Contact'), (17, 'Imprint')]
>>> view.input_lines(1)
(3, 4, 5, 6)
>>> without_blank_lines([(0, ""), (1, "Home"), (2, ""), (3, ""), (4, "News")]).input_lines(0)
(1, 0, 2, 3)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .hard_wrap import Unwrapped

#: A gap of this many blank lines or more is a node-by-node scraper's: one blank line is a block's end.
WIDE_GAP_BLANK_LINES = 2
#: A text is loosely spaced when more than this share of its gaps are wide...
LOOSE_GAP_SHARE = 0.5
#: ...and it has this many gaps at least (fewer say too little of how it was written). From 2 to 10
#: gaps, the development pages taken node by node score the same within 0.0003.
MIN_GAPS = 5


def blank_gaps(lines: Iterable[str]) -> tuple[int, list[int]]:
    """How many of *lines* are not blank, and how many blank lines stand in each gap between them
    (a run of blank lines with a non-blank line on either side: blank lines at the ends are in
    none). What both this module and the ``boilerplate`` step's layout tests count."""
    non_blank = run = 0
    gaps: list[int] = []
    for line in lines:
        if not line.strip():
            run += 1
            continue
        if run and non_blank:
            gaps.append(run)
        run = 0
        non_blank += 1
    return non_blank, gaps


def loosely_spaced(lines: Sequence[str]) -> bool:
    """Whether more than LOOSE_GAP_SHARE of the gaps between the non-blank lines of *lines* (see
    :func:`blank_gaps`, at least MIN_GAPS of them) are runs of WIDE_GAP_BLANK_LINES or more.

    A text whose gaps are one blank line each keeps them so when cleaned: the text left keeps, in
    each gap, the longest run of blank lines the input had there (see
    :mod:`cleantext.cleaners.blank_runs`), and so is judged the same way again.
    """
    _, gaps = blank_gaps(lines)
    wide = sum(1 for run in gaps if run >= WIDE_GAP_BLANK_LINES)
    return len(gaps) >= MIN_GAPS and wide > LOOSE_GAP_SHARE * len(gaps)


def without_blank_lines(kept: Sequence[tuple[int, str]]) -> Unwrapped:
    """Lines *kept* (``(index, text)``) as :class:`~cleantext.hard_wrap.Unwrapped` without their
    blank lines: each blank line is an input line of the non-blank line above it, and those the
    text opens with are input lines of its first non-blank line (a page's leading gap goes with the
    menu under it, and stays above a first line that stays). A text of blank lines alone stays as
    it is."""
    lines: list[tuple[int, str]] = []
    continued: dict[int, list[int]] = {}
    leading: list[int] = []
    for index, line in kept:
        if line.strip():
            if not lines and leading:
                continued[index] = leading
            lines.append((index, line))
        elif lines:
            continued.setdefault(lines[-1][0], []).append(index)
        else:
            leading.append(index)
    if not lines:
        return Unwrapped(list(kept), {})
    return Unwrapped(lines, {first: tuple(tail) for first, tail in continued.items()}, hides_blank_lines=bool(continued))


def with_blank_lines(view: Unwrapped, spaced: Unwrapped) -> Unwrapped:
    """*view*, made from the lines of *spaced* (see :func:`without_blank_lines`), with the blank
    lines *spaced* gave each of those lines among its input lines.

    >>> spaced = without_blank_lines([(0, "It approved"), (1, ""), (2, ""), (3, "the bridge."), (4, "")])
    >>> view = Unwrapped([(0, "It approved the bridge.")], {0: (3,)})  # joined at an inline break
    >>> with_blank_lines(view, spaced).input_lines(0)
    (0, 1, 2, 3, 4)
    """
    if not spaced.continued:
        return view
    continued: dict[int, tuple[int, ...]] = {}
    for first, _ in view.lines:
        parts = (first, *view.continued.get(first, ()))
        tail = [index for part in parts for index in (part, *spaced.continued.get(part, ()))][1:]
        if tail:
            continued[first] = tuple(tail)
    return Unwrapped(view.lines, continued, hides_blank_lines=True)
