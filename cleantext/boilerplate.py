"""Telling a page's article lines from its furniture, from the text alone: a small, explainable
line classifier in two stages (the idea of jusText's context pass, with weights learned instead of
hand-set thresholds).

Stage 1 judges each line on its own: how long it is (characters, so scripts without spaces count
too), how much of it is function words (from stop lists where the language has one, and, for any
language, from the words that are most frequent in this very document), sentence punctuation
(including 。！？), commas, capitalised words, digits, URLs and handles, separators (| » ›),
whether the line repeats in the document, where it stands, and how long the block of lines
around it is. Stage 2 revises each line from its neighbours' stage-1 scores, so a short heading
inside the article survives and a long line inside a menu does not.

Both stages are logistic regressions whose weights live in ``data/boilerplate_model.json``, trained
by ``benchmarks/train_boilerplate.py`` on the development pages only; :func:`explain_line` shows
what each feature contributed to a line's score.

>>> page = "\\n".join(["Home", "News", "Sport", "Weather", "",
...     "Floods hit the north of the country after three days of heavy rain, officials said on Monday.",
...     "Hundreds of people were moved from their homes as the river rose, and roads were closed.",
...     "", "Cookie settings", "Privacy policy", "Contact us"])
>>> [line for line, keep in zip(page.splitlines(), keep_lines(page.splitlines())) if keep and line]
['Floods hit the north of the country after three days of heavy rain, officials said on Monday.', 'Hundreds of people were moved from their homes as the river rose, and roads were closed.']
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, chain
from operator import mul
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import regex

from .function_words import lacks_stop_list, own_function_words
from .punctuation import AFTER_SENTENCE
from .segmenter import CJK_RUN, _stopwords

__all__ = ["STAGE1_FEATURES", "STAGE2_FEATURES", "words_of", "line_features", "features_and_words", "context_features", "line_scores", "scored_lines", "keep_lines", "explain_line", "Model"]

# Words (see words_of): a run of letters/digits; one character of Chinese or Japanese; a run of
# letters of an alphabet written without spaces between its words (Thai, Lao, Khmer, Burmese).
TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]+|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*")
UNSPACED_ALPHABET = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# The first code point of those alphabets (Thai's): a token that starts below it is a word.
FIRST_UNSPACED_CHAR = "\u0e00"
#: A run of an unspaced alphabet is read as its pieces of this many characters (overlapping), about
#: a syllable: a letter (with its marks) a word, as before, made every line of a Thai page share
#: most of its "words" with the title and the page's frequent words, and its menus scored as its
#: article. On newspaper4k's test pages (HTML with the article newspaper extracts; evaluation only):
#: the line precision of prachatai.com's Thai article 0.30 -> 0.63 (pairs 0.50, four letters 0.82),
#: of BBC Burmese 0.36 -> 0.86 (pairs 0.40, four 0.73), recall 1.00 / 0.90. A Chinese or Japanese
#: character is a morpheme, and stays a word: read in pairs, the development pages in those
#: languages lost a snippet.
UNSPACED_PIECE_CHARS = 3
# Matched against the last few characters of a line only (TAIL_CHARS): a line's end is all it needs.
# Besides the Latin, CJK, Arabic and Devanagari marks: Urdu's full stop (۔), Devanagari's double
# danda (॥), Ethiopic (።), Burmese (။), Khmer (។), Armenian (։), Tibetan (།) and the full-width
# and half-width full stops of Japanese typesetting (．｡).
SENTENCE_END = regex.compile(rf"[.!?。！？…؟।۔॥።။។։།．｡]{AFTER_SENTENCE}\s*$")
#: Thai and Lao mark no sentence's end: a space separates sentences and clauses, and a paragraph
#: ends in a letter. A line of theirs this long, with a space inside, ends as a paragraph does
#: (``ends_sentence``); menu entries and headlines are shorter or unbroken. Without it the
#: classifier read every Thai paragraph as a line without a sentence end, and a page's last
#: paragraphs went with its footer. With the sentence ends above and the word counts of
#: :func:`_words_and_count`, on newspaper4k's test pages (benchmarks/newspaper_pages.py) Prachatai's Thai
#: page's line precision went from 0.64 to 0.86 and BBC Burmese's from 0.77 to 0.78, recall 1.00
#: as before. Burmese's full stop alone, with pieces counted as words, kept that page's share lines
#: (0.69); the word counts alone lost its last paragraph. The development pages hold none of these
#: scripts and give the same output.
UNPUNCTUATED_PARAGRAPH_CHARS = 100
#: About how many letters a word of Thai, Lao, Khmer or Burmese takes (see :func:`_words_and_count`).
UNSPACED_CHARS_PER_WORD = 5.0
#: Thai's and Lao's Unicode blocks, letters and marks: the last character of such a line is in them.
UNPUNCTUATED_SCRIPT_RANGE = ("\u0e00", "\u0eff")
# Invisible format characters (zero-width space and joiners, BOM, soft hyphen, the invisible
# separator, direction marks) that an editor leaves at the end of a line hide its sentence end:
# "Remove and drain on paper towels.\u2063" ends a sentence. Stripped at the ends only (a zero-width
# non-joiner inside a Persian word is part of its spelling).
INVISIBLE_EDGE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
EDGE_CHARS = INVISIBLE_EDGE + "".join(char for char in map(chr, range(0x3001)) if char.isspace())  # and what strip() strips
TAIL_CHARS = 8
# Handles, e-mail addresses and hashtags; only tried on lines that hold "@" or "#". Bounded runs:
# an unbounded \S+ before "@" would rescan a long token from every start (quadratic).
HANDLE = regex.compile(r"(?<![\w@])[@#]\w{2,30}|[\w.+-]{1,64}@[\w-]{1,63}\.\w")
SEPARATOR = regex.compile(r"\s[|•·»›/]\s|^[|•·»›>*-]\s|[|»›]\s*$")
#: Every match of SEPARATOR holds one of these, or opens with one of SEPARATOR_OPENERS: a line
#: without any is not searched. The search tries its first branch at every space of a paragraph;
#: the test is a few scans in C (the pages' 71,000 lines: 0.07 s -> 0.02 s).
SEPARATOR_CHARS = ("|", "•", "·", "»", "›", "/")
SEPARATOR_OPENERS = (">", "*", "-")
DIGIT = regex.compile(r"\d")
#: The length features (log_chars, log_words) stop growing at this many characters: 171 of the
#: 198,876 lines the model was fitted on are longer, too few to say what more length means, and
#: log_chars' weight (negative: the short-line indicators carry the rest), carried on, took a
#: letter of 3,500 characters in html2text's output for furniture. A longer line counts as this
#: long, with its words scaled alike. On the development pages as text and the articles: the same
#: output; without blank lines 0.8983 -> 0.8986; as markdownify's Markdown 0.8787 -> 0.8795, as
#: inscriptis's text 0.8983 -> 0.8989, as html2text's 0.8419 -> 0.8424 (unwrapped 0.8483 ->
#: 0.8488). At 1000 characters an article made of a list of 100 names lost it (articles kept
#: 97.15% -> 97.05%); at 2000 the letter still went.
LENGTH_CAP_CHARS = 1500
#: How many of the document's most frequent words stand in for its function words.
FREQUENT_WORDS = 30
#: Lines of at most this many characters are "short" (they need their neighbours to be kept).
SHORT_CHARS = 40
#: Lines this many lines or more outside the span of sure prose count as fully outside it.
SPAN_STEPS = 8
#: The span features need this many sure lines, the word overlap this many distinct words in them:
#: on fewer, both say nothing (a short article's last paragraph is not "after the article").
MIN_SURE_LINES = 3
MIN_CORE_WORDS = 40
#: Lines longer than this (log1p of 120 characters) that the first stage is sure of make the span
#: of sure prose.
LOG_SURE_CHARS = math.log1p(120)
#: Lines at least this likely after the stage before make the page's core vocabulary.
CORE_P = 0.7
#: The word overlap of a line without content words, or of any line on a narrow page (whose
#: weights ignore it): the middle of the range, so it pushes neither way.
NO_OVERLAP = 0.5

STAGE1_FEATURES: tuple[str, ...] = (
    "bias",
    "log_chars",
    "log_words",
    "stopword_share",
    "frequent_word_share",
    "ends_sentence",
    "ends_colon",
    "commas_per_word",
    "capitalised_share",
    "digit_share",
    "url_or_handle",
    "separator",
    "repeated",
    "position",
    "position_sq",
    "log_block_lines",
    "block_mean_log_chars",
    "short",
    "up_to_15_chars",
    "up_to_80_chars",
    "up_to_160_chars",
    "over_400_chars",
    "title_word_share",
    "sentence_like",
)
STAGE2_FEATURES: tuple[str, ...] = (
    "bias",
    "own",
    "previous",
    "next",
    "block_mean",
    "window_mean",
    "inside_prose_span",
    "short",
    "log_chars",
    "doc_short_share",
    "doc_mean",
    "own_x_doc_short_share",
    "core_overlap",
    "after_span",
    "before_span",
)
#: The stage-2 features that need a wide page (see :func:`has_core_and_span`).
WIDE_FEATURES: tuple[str, ...] = ("core_overlap", "after_span", "before_span")


def _blocks(rows: Sequence[object | None]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines, given one entry per line that is None for a
    blank line (the stage-1 rows or the line facts): the blank lines are known by then, and
    telling them apart again with ``str.strip`` cost a scan of every line three times a pass."""
    spans, start = [], None
    for i, row in enumerate(rows):
        if row is not None:
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(rows)))
    return spans


def line_features(lines: Sequence[str]) -> list[list[float] | None]:
    """Stage-1 features of every line (None for blank lines), in :data:`STAGE1_FEATURES` order."""
    return features_and_words(lines)[0]


#: Where the features that depend on the rest of the page go in a stage-1 row (the others depend
#: on the line alone, and :func:`features_and_words` reuses them across passes).
_FREQUENT, _REPEATED, _POSITION, _POSITION_SQ, _BLOCK_LINES, _BLOCK_MEAN, _TITLE = (
    STAGE1_FEATURES.index(name)
    for name in ("frequent_word_share", "repeated", "position", "position_sq", "log_block_lines", "block_mean_log_chars", "title_word_share")
)

class LineFacts(NamedTuple):
    """What :func:`features_and_words` knows of a line from the line alone, kept for every line of
    a text while it is cleaned (the ``boilerplate`` step judges it again in later passes). Only
    what those passes read is kept: the words as written are read once, for
    ``capitalised_share``, and dropped. Kept, they were 7 of the 80 MB that cleaning 100
    development pages run together (0.9 MB) held at its peak."""

    text: str
    """The line without its edge characters."""
    words: list[str]
    """Its words in lower case (see :func:`words_of`)."""
    content: tuple[str, ...]
    """Its distinct words that are not function words, in order: a tuple, which takes a fifth to a
    sixth of a frozenset's memory for a paragraph's forty words; only ever looked up in a set."""
    row: list[float]
    """Its stage-1 features, with the page-wide ones still unset."""


def words_of(line: str) -> list[str]:
    """The words of *line*, as written: runs of letters and digits, each character of Chinese or
    Japanese, and the overlapping pieces of UNSPACED_PIECE_CHARS letters of each run of Thai, Lao,
    Khmer or Burmese, alphabets written without spaces between words.

    >>> words_of("Prachatai: ข่าวการเมือง 2019")
    ['Prachatai', 'ข่า', '่าว', 'าวก', 'วกา', 'การ', 'ารเ', 'รเม', 'เมื', 'มือ', 'ือง', '2019']
    >>> words_of("東京の天気")
    ['東', '京', 'の', '天', '気']
    """
    return _words_and_count(line)[0]


def _words_and_count(line: str) -> tuple[list[str], float]:
    """:func:`words_of` *line*, and how many words it holds for ``log_words``: as many as those,
    except that a run of an unspaced alphabet counts a word for every UNSPACED_CHARS_PER_WORD
    letters rather than one for each of its overlapping pieces. Read as pieces, a seven-letter Thai
    menu entry ("หน้าแรก") was a line of five words. One tokenisation gives both."""
    found = TOKEN.findall(line)
    if line.isascii():
        return found, len(found)
    out: list[str] = []
    count = 0.0
    for token in found:
        if len(token) > UNSPACED_PIECE_CHARS and token[0] >= FIRST_UNSPACED_CHAR and UNSPACED_ALPHABET.match(token) is not None:
            out.extend([token[i : i + UNSPACED_PIECE_CHARS] for i in range(len(token) - UNSPACED_PIECE_CHARS + 1)])
            count += len(token) / UNSPACED_CHARS_PER_WORD
        else:
            out.append(token)
            count += 1
    return out, count


def _has_separator(text: str) -> bool:
    """Whether *text* holds a menu's or a breadcrumb's separator (SEPARATOR): "Home » News"."""
    if not (text.startswith(SEPARATOR_OPENERS) or any([char in text for char in SEPARATOR_CHARS])):
        return False
    return SEPARATOR.search(text) is not None


def _line_facts(line: str, stop: frozenset[str], spelled: dict[str, str]) -> LineFacts | None:
    """The facts of *line* that do not depend on the page around it (None for a line of spaces and
    invisible marks alone). Its words are the copies in *spelled*, one copy of each word of the
    text: a long text says "the" thousands of times, and the facts are kept for every line (a copy
    a word was another 5 of those 80 MB)."""
    text = line.strip(EDGE_CHARS)
    if not text:
        return None
    cased, word_count = _words_and_count(line)
    words = [spelled.setdefault(word, word) for word in map(str.lower, cased)]
    nw = len(words) or 1
    ends_sentence = SENTENCE_END.search(text[-TAIL_CHARS:]) is not None or (
        UNPUNCTUATED_SCRIPT_RANGE[0] <= text[-1] <= UNPUNCTUATED_SCRIPT_RANGE[1] and len(text) >= UNPUNCTUATED_PARAGRAPH_CHARS and " " in text
    )
    chars = len(text)
    scale = 1.0 if chars <= LENGTH_CAP_CHARS else LENGTH_CAP_CHARS / chars  # see LENGTH_CAP_CHARS
    row = [
        1.0,
        math.log1p(chars * scale),
        math.log1p(word_count * scale),
        len([w for w in words if w in stop]) / nw,
        0.0,  # frequent_word_share
        1.0 if ends_sentence else 0.0,
        1.0 if text.endswith((":", "：")) else 0.0,
        (text.count(",") + text.count("，") + text.count("、")) / nw,
        sum([w[0].isupper() for w in cased]) / nw,  # a token is never empty
        len(DIGIT.findall(text)) / len(text),
        1.0 if "://" in text or "www." in text or (("@" in text or "#" in text) and HANDLE.search(text)) else 0.0,
        1.0 if _has_separator(text) else 0.0,
        0.0,  # repeated
        0.0,  # position
        0.0,  # position_sq
        0.0,  # log_block_lines
        0.0,  # block_mean_log_chars
        1.0 if len(text) <= SHORT_CHARS else 0.0,
        1.0 if len(text) <= 15 else 0.0,
        1.0 if len(text) <= 80 else 0.0,
        1.0 if len(text) <= 160 else 0.0,
        1.0 if len(text) > 400 else 0.0,
        0.0,  # title_word_share
        1.0 if text[:1].isupper() and ends_sentence and len(words) >= 6 else 0.0,
    ]
    return LineFacts(text, words, _content_words(words, stop), row)


_STOP_SHARE = STAGE1_FEATURES.index("stopword_share")


def _with_function_words(fact: LineFacts, function_words: frozenset[str]) -> LineFacts:
    """*fact* with its stop-word share and content words read with *function_words* instead of
    the stop lists (a text's own, in a language without a list)."""
    words = fact.words
    row = fact.row.copy()
    row[_STOP_SHARE] = len([w for w in words if w in function_words]) / (len(words) or 1)
    return LineFacts(fact.text, words, _content_words(words, function_words), row)


def _content_words(words: list[str], function_words: frozenset[str]) -> tuple[str, ...]:
    """The distinct words of *words* that are not *function_words*, in the order they come."""
    return tuple(dict.fromkeys([word for word in words if word not in function_words]))


def features_and_words(
    lines: Sequence[str], memo: dict[str, LineFacts | None] | None = None, title: str | None = None
) -> tuple[list[list[float] | None], list[tuple[str, ...] | None]]:
    """:func:`line_features` of *lines*, and the distinct lower-case words of each line that are
    not function words (None for blank lines), which :func:`context_features` compares with the
    page's likely content: both from one tokenisation.

    *memo* keeps what each line says alone (its :data:`LineFacts`) between calls: the
    ``boilerplate`` step judges a page again after each removal, and only the page-wide features
    (frequent words, repeats, blocks, position, title) change between passes.

    *title* is the page's title when its layout marks one (a Markdown page's first heading, see
    :attr:`cleantext.document.Document.headline`); by default the first non-blank line is, where
    scrapers put a page's ``<title>`` and where the model learned to find it. A Markdown converter
    drops the ``<title>``, and its first line is whatever the page opens with (a row of icon
    links, a "Skip to content" link), whose words no article line shares.
    """
    stop = _stopwords()
    if memo is None:
        memo = {}
    facts: list[LineFacts | None] = []
    spelled: dict[str, str] = {}
    for line in lines:
        if line in memo:
            facts.append(memo[line])
        else:
            memo[line] = fact = _line_facts(line, stop, spelled)
            facts.append(fact)
    counts = Counter(chain.from_iterable(fact.words for fact in facts if fact is not None))
    function_words: frozenset[str] | None = None
    # Only words of letters can be function words: a match report's line-ups or a table's figures
    # would make a text in a language with a stop list look like one without.
    if lacks_stop_list(sum([n for word, n in counts.items() if word.isalpha()]), sum([counts[word] for word in counts.keys() & stop])) and not any(map(CJK_RUN.match, counts)):
        # A language without a stop list (and not Chinese, Japanese or Korean, read a character a
        # word): the text's own function words stand in for one, in the stop-word share and the
        # content words (see cleantext.function_words).
        function_words = own_function_words(counts)
        facts = [None if fact is None else _with_function_words(fact, function_words) for fact in facts]
    frequent = {t for t, _ in counts.most_common(FREQUENT_WORDS)}
    repeats = Counter(fact.text for fact in facts if fact is not None)
    block_of: dict[int, tuple[int, float]] = {}
    for start, end in _blocks(facts):
        mean = sum([facts[i].row[1] for i in range(start, end)]) / (end - start)  # type: ignore[union-attr]
        size = (end - start, mean)
        for i in range(start, end):
            block_of[i] = size
    # Positions run from the first non-blank line to the last: blank lines at the ends are layout
    # (a scraper's trailing newlines, or a removed last line's gap), and a text cleaned again
    # without them must give its lines the same positions. A run of blank lines counts as two
    # lines at most (see _places): BeautifulSoup's get_text() leaves dozens of whitespace-only
    # lines where the HTML was indented, which put an article's last sections at its page's end
    # (sheego.de's clean article lost 311 words as "position on the page").
    place = _places(facts)
    present = [i for i, fact in enumerate(facts) if fact is not None]
    start = place[present[0]] if present else 0
    n = max((place[present[-1]] if present else 0) - start, 1)
    # The first line is usually the page's title: article lines share its words, menus do not.
    # A given title is read as any line is (its content words: what _line_facts finds).
    if title is None:
        heading = next((fact for fact in facts if fact is not None and fact.words), None)
    else:
        heading = memo[title] if title in memo else _line_facts(title, stop, spelled)
        if heading is not None and function_words is not None:
            heading = _with_function_words(heading, function_words)
    title_words = frozenset(heading.content if heading is not None else ())
    out: list[list[float] | None] = []
    for i, fact in enumerate(facts):
        if fact is None:
            out.append(None)
            continue
        text, words, _, row = fact
        nw = len(words) or 1
        block_lines, block_mean = block_of[i]
        position = (place[i] - start) / n
        row = row.copy()
        row[_FREQUENT] = len([w for w in words if w in frequent]) / nw
        row[_REPEATED] = 1.0 if repeats[text] > 1 else 0.0
        row[_POSITION] = position
        row[_POSITION_SQ] = position * position
        row[_BLOCK_LINES] = math.log1p(block_lines)
        row[_BLOCK_MEAN] = block_mean
        row[_TITLE] = len([w for w in words if w in title_words]) / nw
        out.append(row)
    return out, [None if fact is None else fact.content for fact in facts]


#: How many lines a run of blank lines counts for at most in a line's position (see _places).
#: The development pages have single blank lines between blocks, and two where an earlier step
#: removed a line between two; the classifier was fitted on such positions. Counting a run as one
#: line moved those: pages as text 0.9158 -> 0.9155, in lower case 0.8987 -> 0.8974, held out
#: 0.9138 -> 0.9122; as two at most (three), 0.9160 (0.9159) and 0.8983 (0.8984), while
#: BeautifulSoup's get_text("\n") scores 0.8601 (0.8619) against 0.8633 at one.
MAX_BLANK_RUN_PLACES = 2


def _places(facts: Sequence[LineFacts | None]) -> list[int]:
    """Each line's place in the text (*facts* is None for a blank line), a run of blank lines
    counting as MAX_BLANK_RUN_PLACES lines at most: the line after a run of 40 whitespace-only
    lines is as far down the page as the line after two blank lines."""
    out: list[int] = []
    place = -1
    run = 0  # blank lines in a row so far
    for fact in facts:
        run = 0 if fact is not None else run + 1
        if run <= MAX_BLANK_RUN_PLACES:
            place += 1
        out.append(place)
    return out


def _dot(weights: Sequence[float], features: Sequence[float]) -> float:
    return sum(map(mul, weights, features))


def _sigmoid(z: float) -> float:
    # Clipped, so that math.exp cannot overflow.
    return 1.0 / (1.0 + math.exp(-(30.0 if z > 30.0 else -30.0 if z < -30.0 else z)))


def has_core_and_span(core_words: int, sure_lines: int) -> tuple[bool, bool]:
    """Whether the page has enough likely content for the word-overlap and span features: pages
    without (a short article in its menus) are scored by the narrow-page weights."""
    return core_words >= MIN_CORE_WORDS, sure_lines >= MIN_SURE_LINES


def context_features(
    lines: Sequence[str],
    stage1: Sequence[list[float] | None],
    z1: Sequence[float | None],
    words: Sequence[tuple[str, ...] | None],
) -> tuple[list[list[float] | None], bool]:
    """Stage-2 features: a line's own stage-1 score and its neighbours', where it stands with
    respect to the sure prose, and how many of its words the likely content uses, in
    :data:`STAGE2_FEATURES` order (None for blank lines); and whether the page is wide enough for
    the last two (see :func:`has_core_and_span`). *words* are the lines' content words, from
    :func:`features_and_words`."""
    return _context(lines, stage1, z1, words, None)


def context_scores(
    lines: Sequence[str],
    stage1: Sequence[list[float] | None],
    z1: Sequence[float | None],
    words: Sequence[tuple[str, ...] | None],
    wide: Sequence[float],
    narrow: Sequence[float],
) -> list[float | None]:
    """The stage-2 score of each line (None for blank lines): its :func:`context_features` weighted
    by *wide*, or by *narrow* on a page too narrow for the wide features. Each line's row is
    weighed as it is made and not kept: kept for every line, the rows were 34 of the 300 MB that
    cleaning 100,000 short lines held at its peak."""
    return _context(lines, stage1, z1, words, (wide, narrow))[0]


def _context(
    lines: Sequence[str],
    stage1: Sequence[list[float] | None],
    z1: Sequence[float | None],
    words: Sequence[tuple[str, ...] | None],
    weights: tuple[Sequence[float], Sequence[float]] | None,
) -> tuple[list[Any], bool]:
    """:func:`context_features` (*weights* None), or :func:`context_scores` with the wide and the
    narrow weights *weights*; and whether the page is wide."""
    idx = [i for i, f in enumerate(stage1) if f is not None]
    ps = [_sigmoid(z1[i]) for i in idx]  # type: ignore[arg-type]  # in order of the non-blank lines
    # A block's lines are consecutive non-blank lines, so its scores are a slice of ``ps``.
    block_p: dict[int, float] = {}
    k = 0
    for start, end in _blocks(stage1):
        size = end - start
        mean = sum(ps[k : k + size]) / size
        for i in range(start, end):
            block_p[i] = mean
        k += size
    # The prose span: from the first to the last long line the first stage is sure of.
    sure = [i for i, pi in zip(idx, ps) if pi > 0.8 and stage1[i][1] > LOG_SURE_CHARS]  # type: ignore[index]
    first, last = (sure[0], sure[-1]) if sure else (-1, -1)
    # How page-like the whole text is: a clean article has few short lines and few doubtful ones.
    short_at = STAGE1_FEATURES.index("short")
    doc_short = sum([stage1[i][short_at] for i in idx]) / len(idx) if idx else 0.0  # type: ignore[index]
    doc_mean = sum(ps) / len(idx) if idx else 0.0
    # The words of the likely content: the article's other lines share them; teasers of other
    # stories, menus and footers do not. A core line's own words do not count for it.
    core_lines = [i for i, pi in zip(idx, ps) if pi >= CORE_P]
    core: Counter[str] = Counter(chain.from_iterable(words[i] for i in core_lines))  # type: ignore[arg-type]
    in_core = set(core_lines)
    # A core line's own words count once in ``core``: it overlaps with the rest when they are in
    # two core lines or more.
    core_twice = {t for t, n in core.items() if n >= 2}
    core_all = set(core)
    use_core, use_span = has_core_and_span(len(core), len(sure))
    # The span's ends as positions among the non-blank lines, which is how distance is counted.
    first_k, last_k = (idx.index(first), idx.index(last)) if use_span else (0, 0)
    weighed_by = None if weights is None else weights[0] if use_core and use_span else weights[1]
    out: list[Any] = [None] * len(lines)
    # Running sums of the scores: a neighbourhood's mean is a difference of two, not a slice summed
    # afresh for every line.
    running = [0.0, *accumulate(ps)]
    count = len(ps)
    for k, i in enumerate(idx):
        overlap = NO_OVERLAP
        own_words = words[i]
        if use_core and own_words:
            overlap = len((core_twice if i in in_core else core_all).intersection(own_words)) / len(own_words)
        low = k - 2 if k > 2 else 0
        high = k + 3 if k + 3 < count else count
        wide_low = k - 5 if k > 5 else 0
        wide_high = k + 6 if k + 6 < count else count
        own = z1[i]
        own = 10.0 if own > 10.0 else -10.0 if own < -10.0 else own  # type: ignore[operator]
        row = stage1[i]
        if use_span:
            after = k - last_k
            before = first_k - k
            after_span = (SPAN_STEPS if after > SPAN_STEPS else after if after > 0 else 0) / SPAN_STEPS
            before_span = (SPAN_STEPS if before > SPAN_STEPS else before if before > 0 else 0) / SPAN_STEPS
        else:
            after_span = before_span = 0.0
        features = [
            1.0,
            own,
            (running[k] - running[low]) / (k - low) if k > low else 0.0,
            (running[high] - running[k + 1]) / (high - k - 1) if high > k + 1 else 0.0,
            block_p[i],
            (running[wide_high] - running[wide_low]) / (wide_high - wide_low),
            1.0 if first <= i <= last else 0.0,
            row[short_at],  # type: ignore[index]
            row[1],  # type: ignore[index]
            doc_short,
            doc_mean,
            own * doc_short,
            overlap,
            after_span,
            before_span,
        ]
        out[i] = features if weighed_by is None else _dot(weighed_by, features)
    return out, use_core and use_span


class Model:
    """Weights and feature scaling of both stages (see ``data/boilerplate_model.json``)."""

    def __init__(self, data: dict) -> None:
        if not isinstance(data, dict):
            raise TypeError(f"a boilerplate model is a JSON object of weights, not {type(data).__name__}")
        stages, narrow = data["context_stages"], data.get("context_stages_narrow")
        if (
            tuple(data["stage1"]) != STAGE1_FEATURES
            or not isinstance(narrow, list)
            or len(narrow) != len(stages)
            or any(tuple(stage) != STAGE2_FEATURES for stage in stages + narrow)
        ):
            raise ValueError("the boilerplate model was trained on other features; retrain it (benchmarks/train_boilerplate.py)")
        self.data = data
        self.w1 = [float(data["stage1"][name]) for name in STAGE1_FEATURES]
        self.context = [[float(stage[name]) for name in STAGE2_FEATURES] for stage in stages]
        # Pages too short for the span and word-overlap features have weights of their own.
        self.context_narrow = [[float(stage[name]) for name in STAGE2_FEATURES] for stage in narrow]
        self.threshold = float(data["threshold"])
        if not 0.0 <= self.threshold <= 1.0:
            raise ValueError(f"the boilerplate model's threshold must be between 0 and 1, not {self.threshold!r}")

    def __repr__(self) -> str:
        # The digest tells two models apart (a batch run's checkpoint is matched on the repr of
        # its configuration), whatever their descriptions say.
        digest = hashlib.sha256(json.dumps(self.data, sort_keys=True).encode("utf-8")).hexdigest()[:12]
        return f"Model(threshold={self.threshold}, weights={digest}, trained_on={self.data.get('trained_on', 'unknown')!r})"

    @classmethod
    @lru_cache(maxsize=1)
    def builtin(cls) -> Model:
        """The model shipped in the package, trained on the development pages."""
        text = (resources.files("cleantext") / "data" / "boilerplate_model.json").read_text(encoding="utf-8")
        return cls(json.loads(text))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Model:
        """A model written by ``benchmarks/train_boilerplate.py --out PATH``, for instance one
        trained on labelled pages of the sites you scrape; use it with
        ``Config(boilerplate=BoilerplateOptions(model=Model.load(path)))`` or the command line's
        ``--boilerplate-model PATH``. Raises ``ValueError`` naming the file when it is not such a
        model (not JSON, a weight missing, features of another version)."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}: not a boilerplate model (not JSON: {exc})") from None
        try:
            return cls(data)
        except KeyError as exc:
            raise ValueError(f"{path}: not a boilerplate model of this version of cleantext (no {exc} in it)") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{path}: not a boilerplate model of this version of cleantext ({type(exc).__name__}: {exc})") from None


def line_scores(lines: Sequence[str], model: Model | None = None) -> list[float | None]:
    """The probability that each line is article content (None for blank lines)."""
    return scored_lines(lines, model)[1]


def scored_lines(
    lines: Sequence[str], model: Model | None = None, memo: dict[str, LineFacts | None] | None = None, title: str | None = None
) -> tuple[list[list[float] | None], list[float | None]]:
    """The stage-1 features of each line and its probability of being content (*memo*, *title*:
    see :func:`features_and_words`)."""
    model = model or Model.builtin()
    f1, words = features_and_words(lines, memo, title)
    z = [None if f is None else _dot(model.w1, f) for f in f1]
    for wide, narrow in zip(model.context, model.context_narrow):  # each pass revises the scores from the neighbours'
        z = context_scores(lines, f1, z, words, wide, narrow)
    return f1, [None if v is None else _sigmoid(v) for v in z]


def keep_lines(lines: Sequence[str], model: Model | None = None) -> list[bool]:
    """Whether each line is kept (blank lines: kept when a kept line follows them somewhere)."""
    model = model or Model.builtin()
    scores = line_scores(lines, model)
    keep = [s is None or s >= model.threshold for s in scores]
    return keep


def explain_line(lines: Sequence[str], index: int, model: Model | None = None) -> dict[str, float]:
    """What each stage-1 feature added to line *index*'s score, and the final probability."""
    model = model or Model.builtin()
    f1, scores = scored_lines(lines, model)
    if f1[index] is None:
        return {}
    parts = {name: w * f for name, w, f in zip(STAGE1_FEATURES, model.w1, f1[index])}  # type: ignore[arg-type]
    parts["probability"] = scores[index]  # type: ignore[assignment]
    return parts
