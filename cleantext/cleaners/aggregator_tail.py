"""Remove the tail an aggregator or site template appends after the article.

Such a tail is made of hashtags, comment-section headers ("Comments", "No comments yet..."),
AI-feature promos ("Try Our AI Features"), related-article rails and teaser cards:

    The Independent
    20 minutes ago
    - The Independent
    Bruno Fernandes reveals reasons behind decision to remain at Manchester United
    Bruno Fernandes has revealed that he rejected ...

A blog's comment thread is such a tail too: each comment opens with its writer and its time, as
WordPress and most blog themes print them ("Roberta says:" / "October 20, 2019 at 1:31 pm",
"Gabi sagt:" / "17. Februar 2020 um 12:47 Uhr").

One marker line alone proves little (a story may have a subheading "Comments"), so a tail starts
at a marker only when a second marker, a teaser card or a comment follows within a few lines, or
nothing follows it (a section's header the scrape kept without the section), or when a teaser
card or a comment itself starts it; and only after the story: the lines before it
must hold a good part of the text's prose (a byline, a date and a tag row above the story look
like a tail's start), or, where a comment is the evidence, a sentence (readers' comments may be
many times longer than the story).
Once the article has ended in such a tail, everything after goes: the teasers' blurbs are long,
well-formed prose that no line-level rule could tell from the story. But a blurb stands alone
between headlines and sources: where the first run of two or more prose lines after a start is
longer than all the prose before it, the story goes on after a widget (a share bar and a rail of
videos between two paragraphs), and that start is passed over.
Marker rules and the words of a comment's heading: ``cleantext/data/aggregator_tail.toml``; and
the comment-form lines of ``comment_forms.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ..config import Config
from ..document import Document
from ..punctuation import CLOSING_QUOTES
from ..registry import Mark, register_cleaner
from ..rules import Rule, builtin_data, word_alternation
from ._table import family_table

# "20 minutes ago", "2 hrs ago", "yesterday", "vor 5 Minuten", "il y a 2 heures", "hace 3 horas".
RELATIVE_TIME = regex.compile(
    r"""(?:(?:\d{1,3}|an?|one)\s{1,3}(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m|days?|d|weeks?|months?)\s{1,3}ago
    |just\ now|yesterday
    |vor\s{1,3}\d{1,3}\s{1,3}(?:sekunden|minuten|min\.?|stunden|std\.?|tagen)
    |il\ y\ a\s{1,3}\d{1,3}\s{1,3}(?:secondes?|minutes?|min|heures?|h|jours?)
    |hace\s{1,3}\d{1,3}\s{1,3}(?:segundos?|minutos?|min|horas?|h|días?)
    |\d{1,3}\s{1,3}(?:minuti|ore|giorni)\s{1,3}fa
    |há\s{1,3}\d{1,3}\s{1,3}(?:minutos?|horas?|dias?)
    |\d{1,3}\s{1,3}(?:minuten|uur|dagen)\s{1,3}geleden)""",
    regex.IGNORECASE | regex.VERBOSE,
)
#: The rule families whose lines are tail markers: this family's own, and the comment forms of the
#: comment_forms step (which runs later, so the lines are still there to be seen). A comment header
#: ("4 Gedanken zu „…“") and the form ("Schreibe einen Kommentar") a few lines apart are a comment
#: section, and what follows them is readers' comments, not the story. (Bare tag labels are not
#: markers: a sidebar's "Kategorien" above the story started a tail on a development page.)
MARKER_FAMILIES = ("aggregator_tail", "comment_forms")
#: ...but not the lines of a hosted blog's log-in box ("Gib hier deinen Kommentar ein ...", "Du
#: kommentierst mit Deinem Google-Konto. …"): a dozen of them stand together, so the box would
#: confirm itself as a tail's start with nothing else to say so, and as the first start, with too
#: little of the text's prose before it, decide that there is no tail at all. As markers they cost
#: the development pages as text snippet F1 0.9197 -> 0.9195 (murdeltas.wordpress.com lost its
#: last paragraph, judged again without the tail below it), and the pages with a whole page
#: appended kept 9.4% of its article instead of 6.4%. The ``comment_forms`` step removes them.
NOT_MARKER_RULES = frozenset({"hosted-blog-comment-form"})
#: How many non-blank lines after a marker we look in for the second piece of evidence.
CONFIRM_WINDOW = 8
#: Longest line tested as a tail marker (a line of hashtags or tags can be long).
MAX_MARKER_CHARS = 300
#: A source name in a teaser card is short.
MAX_SOURCE_CHARS = 60
#: A teaser headline is short and does not end like a sentence.
MAX_HEADLINE_WORDS = 20
SENTENCE_ENDS = (".", ",", ";", ":")
#: A line of prose: this long at least, ending like a sentence.
PROSE_CHARS = 80
#: A sentence has at least this many words (C4's rule for a line of text).
MIN_SENTENCE_WORDS = 3
PROSE_ENDS = (".", "!", "?", "。", "！", "？", ")", *CLOSING_QUOTES)
#: Scripts written without spaces (Chinese, Japanese) end their sentences in these, often followed
#: by a closing quote ("。」"). One of their characters says about as much as a word, so their
#: sentences have no spaces to count and are shorter: a line so ended is a sentence from
#: NO_SPACE_SENTENCE_CHARS characters and prose from NO_SPACE_PROSE_CHARS.
NO_SPACE_ENDS = frozenset("。！？")
NO_SPACE_SENTENCE_CHARS = 6
NO_SPACE_PROSE_CHARS = 30
#: The text before a tail holds at least this share of its prose (see _article_before). Measured
#: on the development pages as whole-page text: snippet F1 0.850 -> 0.863 (recall 0.863 -> 0.889),
#: flat from 0.1 to 0.5; the seeds' tails start after all of their story's prose.
MIN_ARTICLE_SHARE = 0.3
#: A run of prose that may be the story going on after a widget has this many lines or more (see
#: _next_prose_run): one teaser's blurb is one line.
MIN_RUN_LINES = 2


def _card_start(nonblank: list[tuple[int, str]], k: int) -> bool:
    """Whether non-blank line *k* starts a teaser card: source, relative time, "- source"."""
    if k + 2 >= len(nonblank):
        return False
    source = nonblank[k][1].strip()
    when = nonblank[k + 1][1].strip()
    echo = nonblank[k + 2][1].strip()
    if not source or len(source) > MAX_SOURCE_CHARS or source.endswith(SENTENCE_ENDS) or not RELATIVE_TIME.fullmatch(when):
        return False
    # The source is echoed ("- The Independent"), or a headline follows the time directly.
    if echo.lstrip("-–—•· ").strip() == source:
        return True
    return len(echo.split()) <= MAX_HEADLINE_WORDS and not echo.endswith(SENTENCE_ENDS)


def _words(table: str) -> str:
    """The words of ``[table]`` in ``data/aggregator_tail.toml`` (every language's) as one
    alternation, longest first."""
    return word_alternation({word for group in builtin_data("aggregator_tail")[table].values() for word in group})


@lru_cache(maxsize=1)
def comment_heading() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The two lines that open a reader's comment, as patterns matched against a whole line: the
    writer ("Roberta says:", "Karoline Herr sagt:", "-thh sagt:": a name of one to four words
    without a colon, the verb, the colon) and the time ("October 20, 2019 at 1:31 pm",
    "06.01.2020 um 9:16": a date of letters, digits, dots, commas and slashes with a digit among
    them, the word, a time, and up to two of the words written after a time: "pm", "Uhr"). Every
    run is bounded and only whole lines are matched: constant work a line."""
    writer = regex.compile(r"[^\s:]{1,40}(?: [^\s:]{1,40}){0,3} (?:" + _words("comment_verbs") + r") ?:", regex.IGNORECASE)
    time = regex.compile(
        r"[\p{L}\p{N}.,/ -]{0,30}\d[\p{L}\p{N}.,/ -]{0,30} (?:"
        + _words("comment_time_words")
        + r") \d{1,2} ?[:.h] ?\d{2}(?: ?(?:"
        + _words("comment_time_suffixes")
        + r")){0,2}",
        regex.IGNORECASE,
    )
    return writer, time


def _comment_start(nonblank: list[tuple[int, str]], k: int) -> bool:
    """Whether non-blank line *k* opens a reader's comment: its writer ("Roberta says:") and, on
    the next line, its time ("October 20, 2019 at 1:31 pm"); see :func:`comment_heading`."""
    if k + 1 >= len(nonblank):
        return False
    writer = nonblank[k][1].strip()
    if not writer.endswith(":"):
        return False
    writer_line, time_line = comment_heading()
    return writer_line.fullmatch(writer) is not None and time_line.fullmatch(nonblank[k + 1][1].strip()) is not None


def _ends_no_space_sentence(stripped: str) -> bool:
    """Whether *stripped* ends like a sentence of a script written without spaces ("…了。")."""
    return not NO_SPACE_ENDS.isdisjoint(stripped[-2:])


def _prose_chars(line: str) -> int:
    """The length of *line* if it reads as prose (long, ends like a sentence), else 0."""
    stripped = line.strip()
    if len(stripped) >= PROSE_CHARS and stripped.endswith(PROSE_ENDS):
        return len(stripped)
    return len(stripped) if len(stripped) >= NO_SPACE_PROSE_CHARS and _ends_no_space_sentence(stripped) else 0


def _is_sentence(stripped: str) -> bool:
    """Three words or more and a sentence's end; or, in a script written without spaces, a few
    characters and its full stop."""
    if stripped.endswith(PROSE_ENDS) and len(stripped.split()) >= MIN_SENTENCE_WORDS:
        return True
    return len(stripped) >= NO_SPACE_SENTENCE_CHARS and _ends_no_space_sentence(stripped)


def _sentences_before(nonblank: list[tuple[int, str]]) -> list[int]:
    """How many lines before each line read as a sentence (see _is_sentence): a start with none
    before it is above the story, not after it."""
    counts = [0]
    for _, text in nonblank:
        counts.append(counts[-1] + _is_sentence(text.strip()))
    return counts


def _prose_before(chars: list[int]) -> list[int]:
    """The characters of prose in the lines before each line (*chars*: each line's
    _prose_chars), and in all of them at the end: prefix sums, so any start is judged in constant
    time."""
    sums = [0]
    for count in chars:
        sums.append(sums[-1] + count)
    return sums


def _article_before(prose_before: list[int], start: int) -> bool:
    """Whether the lines before *start* hold the article: at least :data:`MIN_ARTICLE_SHARE` of
    the text's prose (*prose_before*: see _prose_before). A byline and a date above the story ("By
    Editorial Staff / 6 hours ago") or a tag row at its top look like the start of a tail, but the
    story is still to come."""
    return prose_before[start] >= MIN_ARTICLE_SHARE * prose_before[-1]


def _next_prose_run(chars: list[int]) -> list[int]:
    """For each line, the characters of the first run of MIN_RUN_LINES or more consecutive prose
    lines after it (*chars*: each line's _prose_chars), 0 if none: teaser blurbs stand one by one
    between headlines and sources, and readers' comments between their writers' names, so the
    story going on after a widget is the first such run."""
    run_from = [0] * (len(chars) + 1)
    lines_from = [0] * (len(chars) + 1)
    for k in range(len(chars) - 1, -1, -1):
        if chars[k]:
            run_from[k], lines_from[k] = chars[k] + run_from[k + 1], 1 + lines_from[k + 1]
    next_run = [0] * (len(chars) + 1)
    for k in range(len(chars) - 1, -1, -1):
        next_run[k] = run_from[k + 1] if lines_from[k + 1] >= MIN_RUN_LINES else next_run[k + 1]
    return next_run


@register_cleaner("aggregator_tail", takes_rules=True, settles=True)
def drop_aggregator_tail(doc: Document, config: Config) -> Iterator[Mark]:
    """Remove an aggregator's tail (hashtags, comments, AI promos, teaser cards) to the end.

    Why: everything after such a tail belongs to the aggregator, not to the story.

    >>> from cleantext import Pipeline
    >>> Pipeline(["aggregator_tail"]).clean(
    ...     "Over 12,000 people have crossed the Channel this year.\\n"
    ...     "Hashtags\\n\\nTry Our AI Features\\nComments\\nNo comments yet...\\n"
    ...     "Telegraph\\n25 minutes ago\\n- Telegraph\\nMusetti escapes default\\n")
    'Over 12,000 people have crossed the Channel this year.\\n'
    """
    # The marker lines, each with the first marker family's rule: matching_lines tries only the
    # lines a table can match, not every line of a page in turn.
    marker_rules: dict[int, Rule] = {}
    for family in MARKER_FAMILIES:
        for i, rule in family_table(family, config).matching_lines(doc, MAX_MARKER_CHARS):
            if rule.id not in NOT_MARKER_RULES:
                marker_rules.setdefault(i, rule)
    # The lines as the rule tables read them (stripped, with plain spaces: a no-break space
    # between a comment's date and "at" is a space).
    stripped = doc.stripped
    nonblank = [(i, stripped[i]) for i, _ in doc.kept() if stripped[i]]
    is_marker = [i in marker_rules for i, _ in nonblank]
    start = None
    # The first start after a sentence decides: with too little of the text's prose before it (a
    # share bar after the first paragraph), there is no tail. Starts with no sentence before them
    # (a tag row or share bar above the story) are passed over, not decisive: a later step may
    # remove them, and a second run would then decide on the next start instead. So a second run
    # finds what the first found (cutting at a start leaves only starts with no sentence before
    # them), which "the first start decides" and "the first start with the article before it"
    # did not.
    sentences_before = _sentences_before(nonblank)
    # The prose before each line and the run of prose after it, made when a start first needs them
    # (most texts have no marker at all).
    prose: tuple[list[int], list[int]] | None = None
    for k in range(1, len(nonblank)):  # the article has at least one line before its tail
        if not sentences_before[k]:
            continue
        commented = False
        if _card_start(nonblank, k):
            why = "teaser card"
        elif _comment_start(nonblank, k):
            why, commented = "comment", True
        elif is_marker[k]:
            window = range(k + 1, min(len(nonblank), k + 1 + CONFIRM_WINDOW))
            commented = any(_comment_start(nonblank, j) for j in window)
            # A marker is the text's last line: the header of a section the scrape did not keep
            # ("Kommentare", "0 comments", "Tags" with nothing under them), which no story ends
            # with; the end of the text confirms it.
            if not commented and k + 1 < len(nonblank) and not any(is_marker[j] or _card_start(nonblank, j) for j in window):
                continue
            why = "marker"
        else:
            continue
        # A comment's heading is not the top of a story, and readers' comments may run to many times
        # the length of the story they follow (a short paywalled article and seventeen long
        # comments): where one is the evidence, a sentence before it is enough. On the development
        # pages as text, a share of 0.1 instead gave snippet F1 0.9136, none 0.9140, 0.3 0.9138.
        if commented:
            start = k
            break
        if prose is None:
            chars = [_prose_chars(text) for _, text in nonblank]
            prose = _prose_before(chars), _next_prose_run(chars)
        prose_before, run_after = prose
        if _article_before(prose_before, k):
            if run_after[k] > prose_before[k]:
                # A share bar or a video rail inside the story (msn.com prints both between its
                # paragraphs) is followed by more of the story: the first run of prose after it is
                # longer than all the prose before it, which no row of teasers makes. That start
                # is passed over, and a later one may end the story. Where readers' comments are
                # the evidence (above), their paragraphs may run long, and the start stands.
                continue
            start = k
        break
    if start is None:
        return
    first_index, first_text = nonblank[start]
    if why == "marker":
        rule = marker_rules[first_index]
        yield first_index, f"tail-start:{rule.id}", rule.reason
    elif why == "comment":
        yield first_index, "tail-start:comment", "aggregator tail (a reader's comment: writer and time)"
    else:
        yield first_index, "tail-start:teaser-card", "aggregator tail (teaser card)"
    label = first_text.strip()[:40]
    for i, _ in doc.kept():
        if i > first_index:
            yield i, "tail", f"in the aggregator tail that starts at line {doc.input_line(first_index) + 1} ({label!r})"
