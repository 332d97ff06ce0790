"""Remove a blog's "Recent Comments" widget: a run of lines "<commenter> on <post>".

Rules: ``cleantext/data/recent_comments.toml``: the joining word per language (``on``, ``bei``,
``zu``, ``dans``, ``sur``, ``en``, ``su``, ``em``, ``op``) and the widget's headings ("Recent
Comments", "Neueste Kommentare", "Zuletzt kommentiert", "Commentaires récents", …).

A line of the widget is short (MAX_LINE_CHARS), opens with a name of at most three words and joins
it to a post's title with the word, and does not end like a sentence or a clause (a story's "Smith
on Monday said the vote was lost." ends with a full stop). A run is MIN_RUN_LINES or more such
lines in a row with the same word (blank lines between them allowed, lines other steps removed
counted when they belong to the run, as the widget is judged whole). It is a widget when a
heading stands just before it, or when two different names stand before the same post (readers
comment on the same post; a menu such as "Link zu Facebook", "Link zu Twitter" names each target
once, and a line that repeats whole is a page's headline in its teasers). The step then looks
again without what it took and without the lines other steps removed, as a second cleaning would,
until it finds nothing more (MAX_LOOKS). A run whose names are all the same ("Publikationen zu
…", "Click to share on …") needs the heading, and the posts must be titles, not single words
(MIN_MEAN_POST_CHARS: "Jane on vocals", "Tom on guitar" is a line-up).

Other themes print each comment's first words instead of the post: "<commenter>: <excerpt>",
the excerpt cut short ("Neil: There are new aggregators that one can use in place of
GameRankings.com. There’s ..."), sometimes with the post's title above each group of comments.
The widget runs from the first excerpt cut short ("...", "…", "[…]") to the last, when
MIN_CUT_EXCERPTS or more of its excerpts, and at least MIN_CUT_SHARE of them, end cut short at
about one length (CUT_LENGTH_SPREAD), and it names more than one commenter: an interview's "Q:"
and "A:" lines and a chat end their lines whole, and a play's lines that trail off do so at any
length. Lists of teasers in the same shape ("BANGKOK: Einer der 12 Jungen, die 2018 aus …") go
too, as furniture.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import regex

from ..config import Config
from ..document import Document
from ..punctuation import AFTER_SENTENCE
from ..registry import Mark, register_cleaner
from ..rules import Rule, RuleTable, builtin_data, word_alternation
from ._table import family_table
from .boilerplate import leaves_too_little

#: A widget's line is short: a name, a word and a post's title.
MAX_LINE_CHARS = 160
#: Two lines of this shape are a coincidence; three in a row with the same word are a list.
MIN_RUN_LINES = 3
#: The posts' mean length: a post's title, not one word ("guitar").
MIN_MEAN_POST_CHARS = 12
#: A line that ends like a sentence or a clause is prose, not a widget's link.
PROSE_END = regex.compile(rf"[.:;,]{AFTER_SENTENCE}$")

RULE_ID = "recent-comment"
EXCERPT_RULE_ID = "recent-comment-excerpt"

#: The excerpt shape's line opens with a name of one to three words (none holding a colon), a
#: colon and a space. Matched at the line's start only, every repeat bounded.
EXCERPT_LINE = regex.compile(r"(?P<name>[\p{L}\p{N}@][^\s:]{0,40}(?: [^\s:]{1,40}){0,2}): \S")
#: The longest name EXCERPT_LINE reads, with its colon and space.
NAME_CHARS = 3 * 41 + 2
#: A widget prints a comment's first words, not the comment: a line longer than this is a comment
#: in full, or prose.
MAX_EXCERPT_LINE_CHARS = 320
#: How a widget marks an excerpt it cut short. Read on the line's last characters only.
CUT_SHORT = regex.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])$")
#: A run of excerpt lines is a widget when this many of its excerpts, and this share of them, end
#: cut short. On the 884 development pages as text, 9 runs on 8 pages pass: six comment widgets and
#: three lists of teasers in the same shape ("BANGKOK: Einer der 12 Jungen, die 2018 aus …"),
#: which are furniture too; none in the 884 articles.
MIN_CUT_EXCERPTS = 3
MIN_CUT_SHARE = 0.5
#: ...counting only the excerpts whose length (the name left out) is within this share of the
#: median length of the ones cut short: a widget cuts at one length (on the development pages the
#: runs' longest excerpt is at most 1.38 times their shortest).
CUT_LENGTH_SPREAD = 0.25
#: One line between two excerpt lines, at most this long, is the title of the post the comments
#: below it are on (some themes group the comments by post).
MAX_POST_TITLE_CHARS = 150


class CommentLine(NamedTuple):
    """One line of the widget: who commented, the joining word and the post."""

    index: int
    name: str
    word: str
    post: str


@lru_cache(maxsize=1)
def connectors() -> dict[str, tuple[str, ...]]:
    """The joining word(s) per language, from ``data/recent_comments.toml``."""
    return {lang: tuple(words) for lang, words in builtin_data("recent_comments")["connectors"].items()}


@lru_cache(maxsize=1)
def _line_pattern() -> regex.Pattern[str]:
    joining_words = word_alternation({word for group in connectors().values() for word in group})
    # A name of one to three words (each bounded), opening with a letter, a digit or "@"; the
    # shortest name that is followed by a joining word wins, so "Steffi Gruber bei ZEN Damenmode"
    # is Steffi Gruber's. Every repeat is bounded and the line is at most MAX_LINE_CHARS long.
    return regex.compile(
        r"(?P<name>[\p{L}\p{N}@]\S{0,40}(?: \S{1,40}){0,2}?) (?P<word>" + joining_words + r") (?P<post>\S.{1,150})"
    )


def comment_line(index: int, text: str) -> CommentLine | None:
    """*text* (stripped) read as a line of the widget, or None."""
    if len(text) > MAX_LINE_CHARS or PROSE_END.search(text[-6:]) is not None:
        return None
    m = _line_pattern().fullmatch(text)
    return None if m is None else CommentLine(index, m["name"], m["word"], m["post"])


def _runs(doc: Document, parsed: dict[int, CommentLine], absent: set[int]) -> Iterator[list[CommentLine]]:
    """The runs of MIN_RUN_LINES or more widget lines (*parsed*, by line) with the same joining
    word, blank lines and the lines in *absent* passed over. Lines other steps removed count, so
    that the widget is judged whole; one that is no widget line ends the run (passed over, it
    joined a page's headline to the widget lines after its teasers)."""
    run: list[CommentLine] = []
    for index, text in enumerate(doc.stripped):
        if not text or index in absent:
            continue
        line = parsed.get(index)
        if line is not None and run and line.word == run[0].word:
            run.append(line)
            continue
        if len(run) >= MIN_RUN_LINES:
            yield run
        run = [line] if line is not None else []
    if len(run) >= MIN_RUN_LINES:
        yield run


def _is_widget(run: list[CommentLine], under_heading: bool) -> bool:
    posts = [line.post for line in run]
    if sum(map(len, posts)) < MIN_MEAN_POST_CHARS * len(posts):
        return False
    if under_heading:
        return True
    # Readers comment on the same post: a post that two different names stand before. A line that
    # repeats whole is not that (a page's headline stands in its teasers and over its article).
    names = [line.name for line in run]
    return len(set(posts)) < len(set(zip(posts, names))) and len(set(names)) > 1


def excerpt_name(text: str) -> str | None:
    """The commenter's name when *text* (stripped) reads as "<name>: <excerpt>", else None."""
    # The colon stands within the first NAME_CHARS characters: most lines are passed at this test.
    if len(text) > MAX_EXCERPT_LINE_CHARS or text.find(": ", 1, NAME_CHARS) < 0:
        return None
    m = EXCERPT_LINE.match(text)
    return None if m is None else m["name"]


def _excerpt_runs(doc: Document, names: dict[int, str], absent: set[int]) -> Iterator[list[int]]:
    """The runs of excerpt lines (*names*: the commenter of each, by line), one line that is not
    one (a post's title, MAX_POST_TITLE_CHARS at most) allowed between two of them; blank lines and
    the lines in *absent* passed over. Each run lists its lines, the titles between them included."""
    order = [index for index, text in enumerate(doc.stripped) if text and index not in absent]
    k = 0
    while k < len(order):
        if order[k] not in names:
            k += 1
            continue
        end = k
        while True:
            if end + 1 < len(order) and order[end + 1] in names:
                end += 1
            elif end + 2 < len(order) and order[end + 2] in names and len(doc.stripped[order[end + 1]]) <= MAX_POST_TITLE_CHARS:
                end += 2
            else:
                break
        yield order[k : end + 1]
        k = end + 1


def _excerpt_widget(doc: Document, run: list[int], names: dict[int, str]) -> tuple[list[int], int] | None:
    """The lines of *run* that are a widget, and how many of its excerpts it cut short; None when
    it holds none (see :data:`MIN_CUT_EXCERPTS`).

    The widget runs from its first excerpt cut short to its last: an article's own lines of the
    same shape ("Strict Standards: Non-static method …", "PGA Tour: AT&T Pebble Beach …") can stand
    beside it and are not part of it. A widget cuts its excerpts at one length, so only the
    excerpts within CUT_LENGTH_SPREAD of the cut ones' median length count: lines of dialogue that
    trail off ("Anna: Well, I thought...") do so at any length. A comment short enough to be
    printed whole goes with the widget between two cut short ("Borno: interessant! danke"), not
    at its ends: there it reads as the article's own "Central: David Gómez (6)" or "Bild: …"."""
    stripped = doc.stripped
    ends_cut = [k for k, index in enumerate(run) if index in names and CUT_SHORT.search(stripped[index][-5:]) is not None]
    if len(ends_cut) < MIN_CUT_EXCERPTS:
        return None
    first, last = ends_cut[0], ends_cut[-1]
    excerpts = [index for index in run[first : last + 1] if index in names]
    if len({names[index] for index in excerpts}) < 2:
        return None
    lengths = sorted(len(stripped[run[k]]) - len(names[run[k]]) for k in ends_cut)
    median = lengths[len(lengths) // 2]
    cut = sum(1 for length in lengths if abs(length - median) <= CUT_LENGTH_SPREAD * median)
    if cut < MIN_CUT_EXCERPTS or cut < MIN_CUT_SHARE * len(excerpts):
        return None
    return run[first : last + 1], cut


def _line_before(doc: Document, first: int, absent: set[int]) -> int | None:
    """The line just before line *first*, blank lines and those in *absent* passed over."""
    for index in range(first - 1, -1, -1):
        if doc.stripped[index] and index not in absent:
            return index
    return None


#: The step takes a widget, then looks again without what it took (and without the lines other
#: steps removed), as a second cleaning would: two lines above a widget and one below it are a run
#: once it is gone. A text that has not settled after this many looks stays as it is.
MAX_LOOKS = 6


def _heading(doc: Document, index: int | None, table: RuleTable) -> tuple[int, Rule] | None:
    """Line *index* (the line before a widget, see :func:`_line_before`) with its rule when it is
    one of *table*'s headings."""
    rule = table.match(doc.stripped[index]) if index is not None else None
    return None if index is None or rule is None else (index, rule)


def _post_widgets(doc: Document, parsed: dict[int, CommentLine], absent: set[int], table: RuleTable) -> dict[int, tuple[str, str]]:
    """The lines of the "<name> on <post>" widgets, headings included, with rule and reason."""
    found: dict[int, tuple[str, str]] = {}
    for run in _runs(doc, parsed, absent) if len(parsed) >= MIN_RUN_LINES else ():
        heading = _heading(doc, _line_before(doc, run[0].index, absent), table)
        if not _is_widget(run, heading is not None):
            continue
        if heading is not None:
            found[heading[0]] = (heading[1].id, heading[1].reason)
        reason = f"recent comments widget (a run of {len(run)} '<name> {run[0].word} <post>' lines)"
        found.update((line.index, (RULE_ID, reason)) for line in run)
    return found


def _excerpt_widgets(doc: Document, names: dict[int, str], absent: set[int], table: RuleTable) -> dict[int, tuple[str, str]]:
    """The lines of the "<name>: <excerpt>" widgets, headings and posts' titles included, with rule
    and reason."""
    found: dict[int, tuple[str, str]] = {}
    for run in _excerpt_runs(doc, names, absent) if len(names) >= MIN_CUT_EXCERPTS else ():
        widget = _excerpt_widget(doc, run, names)
        if widget is None:
            continue
        lines, cut = widget
        before = _line_before(doc, lines[0], absent)
        heading = _heading(doc, before, table)
        if heading is None and before is not None and any(index not in names for index in lines):
            # A widget that groups its comments under their posts' titles: the first title stands
            # between the heading and the first comment. Without a heading above it, the line may
            # be the story's own last line, and stays.
            heading = _heading(doc, _line_before(doc, before, absent), table)
            if heading is not None and len(doc.stripped[before]) <= MAX_POST_TITLE_CHARS:
                lines = [before, *lines]
        if heading is not None:
            found[heading[0]] = (heading[1].id, heading[1].reason)
        reason = f"recent comments or teasers widget (a run of {len(lines)} '<name>: <excerpt>' lines, {cut} of them cut short)"
        found.update((index, (EXCERPT_RULE_ID, reason)) for index in lines)
    return found


def _widget_marks(doc: Document, config: Config) -> dict[int, tuple[str, str]] | None:
    """The lines of the widgets in *doc* with their rule and reason, found to a fixed point; None
    when the looks do not settle."""
    table = family_table("recent_comments", config)
    removed = doc.removals
    parsed = {index: line for index, text in enumerate(doc.stripped) if text and (line := comment_line(index, text)) is not None}
    names = {index: name for index, text in enumerate(doc.stripped) if text and (name := excerpt_name(text)) is not None}
    marks: dict[int, tuple[str, str]] = {}
    if len(parsed) < MIN_RUN_LINES and len(names) < MIN_CUT_EXCERPTS:
        return marks
    absent: set[int] = set()
    for look in range(MAX_LOOKS):
        found = _post_widgets(doc, parsed, absent, table)
        found.update(_excerpt_widgets(doc, names, absent, table))
        new = {index: mark for index, mark in found.items() if index not in marks and index not in removed}
        if look and not new:
            return marks
        marks.update(new)
        absent = set(removed).union(marks)
    return None


@register_cleaner("recent_comments", takes_rules=True)
def drop_recent_comments(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove a "Recent Comments" widget: "Heiko bei Ihr spinnt doch!", "vinz bei Ihr spinnt doch!".

    Why: blogs show their latest comments in a sidebar, each as the commenter's name and the post's
    title. On a whole page the ``boilerplate`` classifier keeps some of them when a post's title
    shares words with the article (the article is often the post commented on), and the segmenter
    then reads them as the opening of a story. Their shape says what they are. Other themes print
    each comment's first words, cut short: "Neil: There are new aggregators that one can use in
    place of GameRankings.com. There’s ..." (see the module's docstring).

    >>> from cleantext import Pipeline
    >>> Pipeline(["recent_comments"]).clean(
    ...     "Laufen im Winter ist kein Spaß, aber nach ein paar Wochen gewöhnt man sich an die Kälte.\\n"
    ...     "Neueste Kommentare\\n"
    ...     "Heiko bei Ihr spinnt doch!\\n"
    ...     "vinz bei Ihr spinnt doch!\\n"
    ...     "Jana bei Laufen im Winter: von bäh zu yeah\\n"
    ...     "Impressum")
    'Laufen im Winter ist kein Spaß, aber nach ein paar Wochen gewöhnt man sich an die Kälte.\\nImpressum'
    """
    marks = _widget_marks(doc, config)
    if not marks:
        return
    listed = [(index, rule, reason) for index, (rule, reason) in sorted(marks.items())]
    if not leaves_too_little(doc.kept(), listed):
        yield from listed
