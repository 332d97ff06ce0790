"""A text's function words: the stop lists' where they cover its language, its own where none does.

Two steps read function words. The ``boilerplate`` classifier weighs the share of a line's words
that are function words and compares lines by their other words (their content words); the story
segmenter compares paragraphs by their content words alone. The stop lists
(``cleantext/data/stopwords/``) cover eleven languages. In any other language (Finnish, Czech,
Hungarian, Indonesian, Swahili ...) nothing was left out: "että", "oli", "jotka" counted as content
words and tied every paragraph of a text to every other one, so the segmenter found almost no
boundary, and no line of a page had function words.

A language's function words are its most frequent words, and short ones. So when fewer than
MIN_STOP_SHARE of a text's words are on any stop list, its function words are its own
OWN_FUNCTION_WORDS most frequent words of at most FUNCTION_WORD_CHARS letters (numbers are none).
The rest of the text's words are its content words, as in a language with a list.

Chinese, Japanese and Korean keep the stop lists' reading: the classifier reads them character by
character and the segmenter by pairs of characters, and their most frequent characters and pairs
are the text's subject (a person's name in an encyclopedia entry) as often as its function words;
read so, the development pages' Chinese encyclopedia entry was cut where it was not before.

Measured on a stand-in for a language without a stop list (``benchmarks/layouts.enciphered``): the
development texts with every letter replaced by another, so that words keep their shapes, lengths
and frequencies and no list knows them. On the 1000 built multi-story documents: random
neighbours' Pk 0.2465 -> 0.0957 and main-story F1 0.7090 -> 0.9372 (keeping every text whole
scores about 0.33 and 0.73), same-site neighbours' 0.2470 -> 0.1077 and 0.7213 -> 0.9275, single
stories cut 0.67% -> 2.25% (with the segmenter's OWN_FUNCTION_WORDS_MARGIN); with the stop lists
enciphered too, as if the language had one, 0.0749 / 0.9501, 0.0703 / 0.9579 and 1.80%. The
development pages as text, enciphered: snippet F1 0.8560 -> 0.8734 (unchanged 0.6929); in lower
case as well (a script without case and without a list: Arabic, Persian, Hindi) 0.8307 -> 0.8547.
In the tuning runs (another letter permutation), the 80 most frequent
words of any length did worse (random Pk 0.138 against 0.095), so did 50 of at most four letters
(0.097, more single stories cut), words ranked by the paragraphs they are in rather than by count
(0.090, but 3.4% of single stories cut), and a line counted as a paragraph by its words before its
function words were left out (0.089, 3.4% cut). The texts in a language with a stop list read as
before: of the 884 development pages only those in Finnish (6% of their words on a stop list),
Hungarian (9%), Arabic, Bengali, Chinese and Japanese (2% or less) and one German page of results
tables (5%) have fewer than 13%. Only words of letters are counted: a match report's line-ups
(numbers, "3-1", "72'") made a Spanish article look like a text without a list, and it lost two
thirds of its words when wrapped. Five pages as text change: the Finnish, Hungarian and Arabic ones
lose menu lines ("Lisää", "Friss", "1"), and a German drug database's page of product lists, whose
lines the classifier sees with few function words once other steps have removed theirs, loses its
search boxes (a "without" snippet). Snippet F1 0.9177 -> 0.9180 (other Latin-script languages
0.9401 -> 0.9418, German 0.9149 -> 0.9152); the articles, as they are and in the other layouts,
keep the same words; the pages as the four other converters print them score within 0.0001 of
before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

__all__ = ["lacks_stop_list", "own_function_words"]

#: A text whose words are on a stop list less often than this has no stop list for its language.
MIN_STOP_SHARE = 0.1
#: ...when it has this many words or more; a shorter text keeps the stop lists (too few words to
#: tell its function words from the rest).
MIN_WORDS = 100
#: A text's own function words: its most frequent words of at most FUNCTION_WORD_CHARS characters,
#: this many of them.
OWN_FUNCTION_WORDS = 80
FUNCTION_WORD_CHARS = 5


def lacks_stop_list(words: int, stop_words: int) -> bool:
    """Whether a text of *words* words of which *stop_words* are on a stop list is in a language
    without one.

    >>> lacks_stop_list(400, 120), lacks_stop_list(400, 12), lacks_stop_list(40, 0)
    (False, True, False)
    """
    return words >= MIN_WORDS and stop_words < MIN_STOP_SHARE * words


def own_function_words(counts: Counter[str] | Iterable[str]) -> frozenset[str]:
    """A text's own function words, from its words' counts (or its words): the OWN_FUNCTION_WORDS
    most frequent of at most FUNCTION_WORD_CHARS letters and nothing else.

    >>> sorted(own_function_words("ja se oli ja että ja tuomioistuin se".split()))
    ['että', 'ja', 'oli', 'se']
    """
    if not isinstance(counts, Counter):
        counts = Counter(counts)
    short = Counter({word: n for word, n in counts.items() if len(word) <= FUNCTION_WORD_CHARS and word.isalpha()})
    return frozenset(word for word, _ in short.most_common(OWN_FUNCTION_WORDS))
