"""Find where one story ends and an unrelated one begins, from the text alone.

Scrapers of infinite-scroll, live and aggregator pages append whole other stories to the article,
with nothing between them but a change of subject. The segmenter looks for that change the way
TextTiling does (Hearst 1997: lexical cohesion between blocks of text either side of a gap), with two
differences that matter for news:

* A continuing story keeps re-using the names and key words of *everything said so far*, not only of
  the last paragraph. So besides the local block similarity we measure how much of the next few
  paragraphs' vocabulary was already in the story so far ("story overlap"). A new story starts with a
  burst of vocabulary the story so far never used.
* A false split (cutting a long article in two) costs far more than a missed one, so a gap becomes a
  boundary only when both measures agree that the text has moved on, and never inside the first
  paragraphs.

Words are compared by a crude, language-independent stem (the first six letters, lower-cased) with
the function words of a dozen languages left out; runs of Chinese, Japanese and Korean characters
are compared by character pairs. Everything is linear in the length of the text.

>>> text = "\\n".join([
...     "Kosovo will be asked to take failed asylum seekers from the UK under a return hubs plan.",
...     "The Balkan country is on a list of nine countries for return hubs, Kosovo officials said.",
...     "Kosovo president Vjosa Osmani said her government was open to discussing return hubs.",
...     "Ministers say return hubs for failed asylum seekers will deter Channel crossings to the UK.",
...     "Albania has ruled out hosting return hubs for failed asylum seekers, unlike Kosovo.",
...     "The Online Safety Act puts free speech at risk, Elon Musk's social network X has warned.",
...     "X said age checks under the Online Safety Act made platforms censor legal content online.",
...     "Regulator Ofcom opened investigations into sites over Online Safety Act age checks.",
...     "Ofcom said platforms must prove users are adults or face fines under the Online Safety Act.",
...     "Critics of the Online Safety Act say age checks push platforms to censor legal content.",
... ])
>>> [(s.start, s.end, s.is_main) for s in segment_stories(text)]
[(0, 5, True), (5, 10, False)]
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from itertools import chain
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import AbstractSet, Callable, Iterable, Literal, Sequence, TypeVar

import regex

from .function_words import lacks_stop_list, own_function_words
from .hard_wrap import unwrapped, wrap_width
from .punctuation import CLOSING_QUOTES, QUOTED_FULL_STOPS
from .word_lists import word_lists

__all__ = ["Segment", "segment_stories", "segment_lines", "content_terms"]

# Shorter words (most function words, abbreviations) tie nothing together.
MIN_WORD_CHARS = 3
# A word of MIN_WORD_CHARS or more: a letter then letters/marks/digits (one quantifier, cannot
# backtrack). Shorter words never match, not even their tails: a match that fails at a word's first
# letter fails at every later one. CJK runs separately.
WORD = regex.compile(rf"([\p{{Han}}\p{{Hiragana}}\p{{Katakana}}\p{{Hangul}}]+)|(\p{{L}}[\p{{L}}\p{{M}}\p{{N}}]{{{MIN_WORD_CHARS - 1},}})")
CJK_RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# WORD's second branch alone: what WORD finds in a text with no CJK character, found 40% faster
# (the regex module tries the CJK branch at every position). The segmenter picks it per document.
LATIN_WORD = regex.compile(rf"\p{{L}}[\p{{L}}\p{{M}}\p{{N}}]{{{MIN_WORD_CHARS - 1},}}")
# LATIN_WORD again, for the standard library's engine, which finds it about a third faster: there
# [^\W\d_] is a letter or a number that is not a digit, and [^\W_] a letter or a number. Within
# PLAIN_CHARS (Latin scripts, general punctuation, currency signs, "™", the replacement character
# "�" of a mis-decoded page; less "İ", whose lower case takes a combining mark, and the numbers
# that are not digits, "²" "½") the two patterns read every character alike, which
# test_segmenter checks character by character.
PLAIN_WORD = re.compile(rf"[^\W\d_][^\W_]{{{MIN_WORD_CHARS - 1},}}")
PLAIN_CHARS = "\x00-\u00b1\u00b4-\u00b8\u00ba\u00bb\u00bf-\u012f\u0131-\u02ff\u2000-\u206f\u20a0-\u20cf\u2122\ufffd"
# One scan of a text with the standard engine (a tenth of what the regex module's CJK_RUN costs).
NOT_PLAIN_CHAR = re.compile(f"[^{PLAIN_CHARS}]")
STEM_CHARS = 6
# A capitalised word after a word and a space (not after sentence punctuation): a name, in the
# languages that capitalise names. German capitalises every noun, which only makes the test stricter.
NAME = regex.compile(r"(?<=\p{Ll}[,;]? )\p{Lu}(?:\p{Ll}{3,}|\p{Lu}{3,})")
#: A part whose names (capitalised words inside sentences) are this share or more names the story
#: before it already used is the same story going on, whatever its other words: a new story names
#: its own people and places. Measured over every name occurrence of the part, not only its first
#: paragraphs, so one shared "Berlin" or "Euro" does not stop a cut. When it replaced "one of the
#: three leading names recurs in the next five paragraphs" (which vetoed as many true boundaries as
#: false ones: German capitalises every noun), on 1000 synthetic documents 3.8% of single stories
#: were cut instead of 4.5%, main-story F1 0.933 / 0.917 instead of 0.919 / 0.902 (random / hard);
#: at 0.3 the false splits rose to 5.6%.
MAX_KNOWN_NAMES = 0.25
#: ...or when one of the story's TOP_NAMES most frequent names is in NAME_RECURRENCES or more of the
#: NAME_WINDOW paragraphs after the cut. In one paragraph it may be a coincidence (a shared "Berlin"
#: or "Euro"; the veto used to fire on one, and blocked as many true boundaries as false ones); in
#: two it is the same subject going on. Without this, long lists (courses, results, a timetable)
#: are cut: the segmenter alone keeps 94.3% of the words of the 884 development articles instead of
#: 97.3%, and cuts 3.6% of the synthetic single stories instead of 2.7% (for main-story F1 0.946 /
#: 0.927 instead of 0.943 / 0.925).
TOP_NAMES = 3
NAME_WINDOW = 5
NAME_RECURRENCES = 2

#: A cut that scores up to this much under what it needs is kept when the names change there
#: (:func:`_names_change`): two stories of one site and subject share their vocabulary (a
#: ministry's two press releases, two match reports) and score low on words alone, but each names
#: its own people and places. Both parts must name NAME_CHANGE_NAMES names or more, and at most
#: NAME_CHANGE_MAX_KNOWN of those after the cut may be known from before it; only in a text with
#: case, where the names are capitalised words (the long words that stand in for them in a text
#: without case are as much its subject's vocabulary as its names). On the 1000 built documents
#: (2026-12-05): same-site neighbours' Pk 0.0932 -> 0.0807 and main-story F1 0.9375 -> 0.9525,
#: random ones' 0.0848 -> 0.0801 and 0.9429 -> 0.9484, single stories cut 1.80% as before; on two
#: sets built with other seeds (7, 21) the same moves (hard Pk 0.1018 -> 0.0956, 0.0984 ->
#: 0.0881; the single stories cut unchanged at 3.5% and 3.0%). A relief of 0.1 or 20 names gave
#: 0.0823-0.0828 on same-site neighbours; 0.2 cut 2.0% of single stories; at most 0.05 known did
#: little (0.0896), 0.15 cut 2.25%. On whole pages the appended story keeps 9.3% of its paragraphs
#: instead of 10.5%; two development pages that are several stories the annotators kept whole
#: (a newsletter's sections, a blog's posts) lose one "with" snippet each.
NAME_CHANGE_RELIEF = 0.15
NAME_CHANGE_NAMES = 40
NAME_CHANGE_MAX_KNOWN = 0.1

#: Another story brings words of its own: a part with fewer new recurring terms than this is the
#: same story going on, however its word weights shift (ten lines that repeat the same words with
#: one new verb were cut at 0.72 before this)...
MIN_NEW_TERMS = 5
#: ...and it brings many (this many), or, when it is short, most of its recurring terms are new
#: (this share). A long article's later sections bring a handful of new words among many old ones;
#: a six-paragraph appended story brings five or so, but they are most of its words. On 1000
#: synthetic documents, "at least 5 new terms" alone cuts 3.8% of single stories (main-story F1
#: 0.946 / 0.928, random / hard); this rule 2.7% (0.943 / 0.925). 15 instead of 20 cuts 2.9%, 25
#: loses 0.003-0.004 of F1 for no fewer false splits. Without the share (20 new terms or nothing)
#: 1.8% are cut, for 0.940 / 0.919, but a six-paragraph appended story is no longer found.
MANY_NEW_TERMS = 20
MIN_NEW_SHARE = 0.6

#: A cut after which this share or more of the story's vocabulary (by term weight) is still in use
#: is not a change of subject: the cut only found where the story's words change their mix (an
#: introduction in general terms, then the details). The weights give little to a word in most
#: paragraphs, so a long article's introduction, which uses its key words in other proportions,
#: can look dissimilar to the rest; but the rest still has those words (a healthline.com guide was
#: cut after its four-line introduction, 0.75 of whose words recur). The rest is measured up to the
#: next cut: that guide is now cut after its 13th line first (0.53 of the words recur after it),
#: and then those 13 lines after their fifth (measuring to the end of the text instead: random /
#: hard F1 +0.002 / -0.002, +0.02 points of article words). On 1000 synthetic documents, with the table
#: rule below: 2.0% of single stories cut instead of 2.7%, main-story F1 0.945 / 0.933 (random /
#: hard) instead of 0.946 / 0.929, Pk 0.091 / 0.099 instead of 0.093 / 0.103; the segmenter alone
#: keeps 98.2% of the words of the 884 development articles instead of 97.3%. From 0.6 to 0.7 the
#: figures hardly move; at 0.5, 98.5% kept but random F1 0.940; at 0.8, 2.2% of single stories cut.
MAX_LEAD_RECURRENCE = 0.65

#: A text's first line is its headline when it has at most HEADLINE_MAX_WORDS words and does not
#: end as a sentence does. A headline names what the story is about, so when the paragraphs before
#: a cut and the first HEADLINE_WINDOW paragraphs after it both use HEADLINE_SHARED_TERMS of its
#: words or more (and HEADLINE_SHARE of those the text uses again), both are that story, however
#: little else they share. (When only the part after the cut uses them, the part before is a
#: page's sidebar above the article its title names, which the step must still cut off.)
#: standard.co.uk's "Turkey, Poland and three Caribbean islands added to UK quarantine list" goes
#: on from the announcement to Poland's and Italy's case rates (the Caribbean islands, quarantine)
#: and was cut there. Another story seldom uses three of the headline's words so soon. On the six
#: built sets (seeds 13, 1, 2, 3, 7, 21): random neighbours' Pk 0.0741 -> 0.0736, F1 0.9602 ->
#: 0.9606; same-site Pk 0.0757 -> 0.0756, F1 0.9582 -> 0.9584; single stories cut 2.54% -> 2.35%,
#: losing a "with" snippet 0.80% -> 0.61%. Reading the whole part after the cut instead of its
#: first paragraphs cut fewer single stories still (2.09%) but kept stories that only share words
#: with the headline three stories down (random F1 0.9593); two words or a window of five
#: paragraphs did worse.
HEADLINE_MAX_WORDS = 18
HEADLINE_SHARED_TERMS = 3
HEADLINE_SHARE = 0.5
HEADLINE_WINDOW = 8

#: Where the language changes for good (the LANGUAGE_WINDOW paragraphs before a cut and those
#: after it each have a language, by their function words, LANGUAGE_MIN_HITS of them at least: see
#: stop_language; the part after the cut, read whole, has the new one; SHORT_STORY_UNITS
#: paragraphs or more before the cut: see _language_changes), a cut may score this much under
#: min_score: a story in another language is another story, though names, numbers and borrowed
#: words ("Corona", "Instagram", "2021") make the two sides share more than two stories in one
#: language do. The vetoes still apply (a quoted tweet in another language that names the story's
#: people again). On the six built sets: same-site Pk 0.0756 -> 0.0749, F1 0.9584 -> 0.9590
#: (same-site neighbours can be in two languages on a bilingual site); random F1 0.9606 -> 0.9610,
#: Pk as before; single stories cut as before; in lower case same-site Pk 0.0944 -> 0.0937. The
#: development articles and pages keep the same snippets and words. Without the last two
#: conditions same-site Pk was 0.0747, but two pages as other converters print them changed when
#: cleaned again, one of them losing its German article to the archive's English header above it.
#: A relief of 0.1 did half as much; 0.45 and more a little more, with less margin against a
#: bilingual article.
LANGUAGE_CHANGE_RELIEF = 0.3
LANGUAGE_WINDOW = 5
LANGUAGE_MIN_HITS = 10

#: Where the typography changes at a cut (see _typography_changes), a cut may score this much under
#: min_score: a writer, a style guide or a publishing system picks the shape of its apostrophes,
#: quote marks, dashes and ellipses once and keeps it, so a story that uses none of the shapes the
#: text before it used comes from another hand, whatever words the two share. Read over the
#: TYPOGRAPHY_WINDOW paragraphs either side of the cut; a family counts when each side has
#: TYPOGRAPHY_MIN_MARKS marks of it and the two sides share no shape of it (German „…“ and English
#: “…” share the closing mark, so they are one style). Only a first part of MIN_STORY_UNITS
#: paragraphs or more gets the relief: a page's header (a sign-in notice that writes "Single
#: Sign-on" in straight quotes above an article with low ones) is short, and the relief must not
#: undo the higher score SHORT_STORY_MIN_SCORE asks of a short first story. Nor does a cut get it
#: when the part after it names the headline (see HEADLINE_SHARED_TERMS): that part is the article
#: below a page's top typed by another hand (schneems.com's author bio, with straight apostrophes,
#: above an article with curly ones; in lower case, where no names veto the cut, the article went:
#: pages in lower case F1 0.8984 without this condition, 0.8990 with it). The vetoes still
#: apply. Measured on the development articles: the last five paragraphs of one site's article
#: and the first five of another's in the same language differ so in 5.7% of pairs, two halves of
#: one article in 0.8% (read whole: 14.6% of pairs). On the six built sets: random Pk 0.0736 ->
#: 0.0713, F1 0.9610 -> 0.9629; same-site Pk 0.0749 -> 0.0715, F1 0.9590 -> 0.9619 (same-site
#: stories come from other writers and years too); single stories cut as before (2.35%). A relief
#: of 0.3 did 0.0715 / 0.0721, 0.5 and more the same as 0.4; windows of 8 and 16 paragraphs a
#: little worse; counting each paragraph once per shape (a quotation is two marks) lost half the
#: gain; the percent sign's spacing, "--" as a dash, single quote marks and the shape of dates
#: (06.12.2022, 12/6/2022, 2022-12-06) as more families changed nothing.
TYPOGRAPHY_CHANGE_RELIEF = 0.4
TYPOGRAPHY_WINDOW = 12
TYPOGRAPHY_MIN_MARKS = 2
#: Each typographic mark and the (family, shape) it is. The apostrophe only between two letters
#: (a quote mark is not one), the en dash and the hyphen only with a space either side (as a dash:
#: 1990–2000 and well-known are not), so that a mark says how the writer types, not what they write.
TYPOGRAPHIC_MARKS: dict[str, tuple[str, str]] = {
    "’": ("apostrophe", "curly"),
    "'": ("apostrophe", "straight"),
    "“": ("quote", "curly"),
    "”": ("quote", "curly"),
    '"': ("quote", "straight"),
    "„": ("quote", "low"),
    "«": ("quote", "guillemet"),
    "»": ("quote", "guillemet"),
    "—": ("dash", "em"),
    "–": ("dash", "en"),
    "-": ("dash", "hyphen"),
    "…": ("ellipsis", "one character"),
    "...": ("ellipsis", "three full stops"),
}
TYPOGRAPHIC_MARK = regex.compile(r"(?<=\p{L})[’'](?=\p{L})|[“”\"„«»—…]|\s[–-]\s|\.\.\.")

# What makes a line a paragraph of prose (a "unit" that can carry a boundary): enough words.
MIN_UNIT_WORDS = 8
MIN_UNIT_CJK_CHARS = 25
# Never split before this many prose paragraphs of a story (but see SHORT_STORY_UNITS), nor leave
# fewer after: appended stories are whole stories, and short tails are more often the article's
# own coda.
MIN_STORY_UNITS = 5
MIN_TAIL_UNITS = 5
#: A story of SHORT_STORY_UNITS paragraphs (fewer than MIN_STORY_UNITS) can be cut off only when
#: the boundary after it is this sure: a short news item followed by an unrelated story is common,
#: a long article whose first four paragraphs share almost nothing with the rest is not. On 1000
#: synthetic documents: main-story F1 0.946 / 0.929 (random / hard) instead of 0.943 / 0.925, the
#: same 2.7% of single stories cut, and the segmenter alone keeps 97.27% of the words of the 884
#: development articles instead of 97.32%. On CI's smaller set (300 documents from the first 150
#: pages) F1 0.917 / 0.922 instead of 0.899 / 0.923, but 5.0% of single stories cut instead of 3.5%
#: (7 of 141). Four paragraphs at any score cut 4.0% of single stories; three paragraphs at 0.8, 3.4%.
SHORT_STORY_UNITS = 4
SHORT_STORY_MIN_SCORE = 0.8
#: The main story (the one the text opens with) may be shorter still: a news item of three
#: paragraphs, then the next story of an infinite scroll. Its boundary must be surer again. Only
#: the first story: a later cut this short only splits the appended stories among themselves, which
#: costs Pk and keeps nothing more of the main story. On 1000 synthetic documents (with the bare
#: step numbers of ``_numbered``): main-story F1 0.944 / 0.937 (random / hard) instead of 0.944 /
#: 0.933, Pk 0.090 / 0.096 instead of 0.091 / 0.099, the same 1.8% of single stories cut. Of the 884
#: development articles two more are cut, after a consent notice's three lines (arteradio.com) and
#: after a page of log-in prompts (dietagespresse.com). At 0.85, 2.0% of single stories are cut; at
#: 0.95 hard F1 falls back to 0.932; two paragraphs at 0.9 cut 2.5%.
MAIN_STORY_MIN_UNITS = 3
SHORT_MAIN_STORY_MIN_SCORE = 0.9
#: A story that ends where another already found begins (an appended news item between the main
#: story and the next one) may be as short as INNER_STORY_MIN_UNITS paragraphs, fewer than
#: MIN_TAIL_UNITS, when the cut before it scores INNER_STORY_MIN_SCORE: the reason for a long tail
#: (a short one is more often the article's own coda) holds at the end of the text, not before a
#: boundary, where a few paragraphs left without a cut were kept with the story above them (a
#: four-paragraph note on Göttingen's film history between an article on a laser start-up and a
#: column). On the 1000 built documents: random neighbours' Pk 0.0724 -> 0.0688 and main-story F1
#: 0.9509 -> 0.9541, same-site ones' 0.0664 -> 0.0658 and 0.9598 -> 0.9628, single stories untouched
#: (the rule needs a boundary first); the averages of six seeds' sets move the same way (random Pk
#: 0.0699 -> 0.0681, same-site 0.0711 -> 0.0699). The development pages keep the same snippets (one
#: page loses the teasers under its article), the articles every word; of the pages with another
#: site's article appended F1 0.9126 -> 0.9132, with a whole page 0.8952 -> 0.8957. Four paragraphs
#: at 0.8 did as well on random neighbours and worse on same-site ones (Pk 0.0668); two at 0.9, or
#: three at 0.85 or 0.95, about as well as three at 0.9.
INNER_STORY_MIN_UNITS = 3
INNER_STORY_MIN_SCORE = 0.9
# Two stories share (almost) no vocabulary: the cosine of their term counts stays below this.
MAX_CROSS_SIMILARITY = 0.3
# ...and at most this share (1 - score) of what each story shares within itself. Tuned on
# synthetic multi-story documents (benchmarks/multistory.py); see the README for what it costs.
DEFAULT_MIN_SCORE = 0.6

#: A part of the text in which no cut is found is read a second time without the common words of
#: its language (``cleantext/data/common_words/``: "immer", "wirklich", "gibt", "bereits" ...), and
#: a cut found then must score SECOND_READING_MARGIN more than min_score (0.85 by default) and leave
#: MIN_STORY_UNITS paragraphs or more before it. Two unrelated stories in one language share such
#: words and little else ("wirklich", "immer", "gibt", "einfach" in two German blog posts): read
#: with them, the weighted sides of the cut between them share too much for a boundary. But the
#: sections of a single story may share as little (a list of five sportswomen, an interview, a
#: blog post's introduction), which is why the bar is higher and the plain reading goes first. On
#: the 1000 built documents and five other seeds' sets (averages of six): random neighbours' Pk
#: 0.0767 -> 0.0741 and main-story F1 0.9581 -> 0.9602, same-site ones' 0.0784 -> 0.0757 and
#: 0.9559 -> 0.9582, every set better on all four; single stories cut 2.54% as before; in lower
#: case Pk 0.0926 -> 0.0903 and 0.0970 -> 0.0943. It costs speed: a part with no cut is searched
#: twice (2,170 -> 1,640 documents of 3-5 KB a second, on one core). The development articles keep
#: the same words, and the pages as text score 0.9158 instead of 0.9156 (reitschuster.de's page
#: loses the donation appeal, book advertisement and author's note after its article). Reading every text without
#: the common words from the start did better on the built documents (random Pk 0.0734, F1
#: 0.9638) and worse on real text: the development articles kept 96.92% of their words instead of
#: 97.33% (cuts in listicles, an interview, a blog post's introduction), the pages scored 0.9138.
#: A lower margin or a shorter first story in the second reading cost articles too (0.1: 96.8%;
#: four paragraphs at 0.2: 97.1%).
SECOND_READING_MARGIN = 0.25
# A short news item opens with at most this many lines besides its paragraphs (a headline, a
# byline, a dateline): see :func:`_mostly_prose`.
MAX_HEADER_LINES = 3
#: The next story begins at the highest of the short lines above its first paragraph, up to this
#: many, that is about it (see :func:`_header_start`)...
HEADER_SEARCH_LINES = 20
# ...that is, shares more words with the next story's first paragraphs than with the last
# paragraphs of the story before (this many of each).
HEADER_CONTEXT_UNITS = 2
#: A story opens with a paragraph that shares a recurring word with one of its next this many
#: paragraphs (see :func:`_opening_unit`).
OPENING_CONTEXT_UNITS = 5
#: A short line with a date in figures ("02.12.2022", "20.04.2018 16:22", "2021-10-16 | Botschaft",
#: "Aktualisiert am 19.02.2020") that shares no word with the story before is the next story's
#: dateline, though it shares no word with that story either: an infinite scroll prints each
#: story's date above its first paragraph. A date opens with its year (four figures) or its day or
#: month (one or two): three figures open a telephone number ("+81 158-23-2012", a hotel's contact
#: line that ended its story and went with the next). Bounded runs either side of the separators,
#: and the standard engine: nothing here can backtrack.
DATELINE = re.compile(r"(?<!\d)(?:\d{4}|\d{1,2})[./-]\d{1,2}[./-]\d{2,4}(?!\d)")
MAX_DATELINE_CHARS = 60
#: A text read with its own function words (a language without a stop list, see
#: cleantext.function_words) needs this much more score for a cut: its terms are a guess, and in a
#: text without case, where no name can veto a cut, it cut more single stories than the stop
#: lists do. On the development texts enciphered (no list knows a word) and in lower case: single
#: built stories cut 3.15% -> 2.25%, random neighbours' main-story F1 0.911 -> 0.904, the articles
#: keep 95.28% of their words instead of 95.02% (with their stop lists, in lower case, 95.70%);
#: with case the same 2.25% cut, F1 0.942 -> 0.937, articles 97.15% -> 97.29%. At 0.1, 2.02% cut
#: either way, but seed 003 enciphered was not cut at all: its first boundary scores 0.671.
OWN_FUNCTION_WORDS_MARGIN = 0.05
# Each accepted cut costs a pass over its part, so the number of stories is capped to keep the
# work linear in the text (a page of 100 stories is cut into the first 32 and the rest).
MAX_STORIES = 32
# How many of a part's least similar cuts (local minima of the similarity between its two sides)
# are tried, least similar first, before the part is left whole. The least similar cut is often
# inside the main story (a donation appeal, a fact box) and fails the tests below while the true
# boundary is the next minimum. On 1000 synthetic documents, with the rules as they are now:
# 1 candidate cuts 2.5% of single stories for main-story F1 0.917 / 0.895 (random / hard), 3 cut
# 2.7% for 0.942 / 0.923, 5 cut 2.7% for 0.943 / 0.925.
CUT_CANDIDATES = 5
# A cut other than the least similar one needs this much more score: without it, F1 is 0.945 /
# 0.929 but the segmenter alone keeps 96.2% of the words of the 884 development articles instead
# of 97.3% (a 341-line teaching blog cut after its first 43 lines).
LATER_CANDIDATE_MARGIN = 0.03


@dataclass(frozen=True)
class Segment:
    """One story: lines ``start`` (inclusive) to ``end`` (exclusive), 0-based, of the input text.

    ``score`` is the strength of the boundary that opens the segment (1.0 for the first segment);
    ``is_main`` marks the story the pipeline keeps; ``similarity`` is how much the segment's
    paragraphs share with the main story's: the cosine of their terms as the boundaries weigh them
    (by inverse paragraph frequency, words used once in the text left out; 1.0 for the main
    story). It is for reading, not deciding: the boundary score compares a cut with how much each
    side shares within itself, which a plain similarity cannot (the two stories appended to seed
    003 score 0.13 and 0.16; a long article's later sections can score as low).
    """

    start: int
    end: int
    score: float
    is_main: bool
    similarity: float = 1.0


@lru_cache(maxsize=1)
def _stop_lists() -> dict[str, frozenset[str]]:
    """Each language's function words (``cleantext/data/stopwords/``)."""
    return word_lists("stopwords")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """The function words of every language with a stop list: left out of the terms of any text."""
    return frozenset().union(*_stop_lists().values())


@lru_cache(maxsize=1)
def _languages_of_stopwords() -> dict[str, tuple[str, ...]]:
    """Each stop word and the languages whose stop lists hold it."""
    languages: defaultdict[str, list[str]] = defaultdict(list)
    for language, words in sorted(_stop_lists().items()):
        for word in words:
            languages[word].append(language)
    return {word: tuple(codes) for word, codes in languages.items()}


#: A text's language, for the segmenter, is the one whose function words (its stop list) make up
#: most of the stop words in the first LANGUAGE_SAMPLE_CHARS characters, at least LANGUAGE_MARGIN
#: times as many as any other language's; otherwise it has none (a text in a language without a
#: list, or mixed). German text hits the Dutch list half as often as the German one (der, die, in,
#: als, wie ...): at a margin of 2 a German paragraph could have no language. The first 3000
#: characters give the same figures as the first 10,000 on the built documents and the development
#: pages; the language is asked only when a part of the text is read a second time.
LANGUAGE_SAMPLE_CHARS = 3000
LANGUAGE_MARGIN = 1.5


def stop_language(text: str) -> str | None:
    """The language code of the stop list that *text*'s function words come from, or None when no
    list clearly leads (see LANGUAGE_MARGIN).

    >>> stop_language("Das Hochwasser hat die Keller der Altstadt geflutet, und die Feuerwehr ist noch im Einsatz.")
    'de'
    >>> stop_language("Die Keller der Altstadt") is None  # "die" and "der" are Dutch too
    True
    """
    return _leading_language(stop_word_hits(text[:LANGUAGE_SAMPLE_CHARS]))


def stop_word_hits(text: str) -> Counter[str]:
    """How many of *text*'s words each language's stop list holds (a word in two lists counts for
    both).

    >>> sorted(stop_word_hits("Die Keller der Altstadt").items())
    [('de', 2), ('nl', 2)]
    """
    languages = _languages_of_stopwords()
    # Words split at white space: a function word is rarely the one a comma or full stop follows,
    # and splitting costs a fraction of a regular expression's scan.
    words = Counter(text.lower().split())
    counts: Counter[str] = Counter()
    for word in words.keys() & languages.keys():
        for language in languages[word]:
            counts[language] += words[word]
    return counts


def _leading_language(counts: Counter[str], min_hits: int = 1) -> str | None:
    """The language with the most stop-word hits in *counts*, when it has *min_hits* or more and
    LANGUAGE_MARGIN times as many as any other; otherwise None."""
    if not counts:
        return None
    (first, hits), *rest = counts.most_common(2)
    if hits < min_hits or (rest and hits < LANGUAGE_MARGIN * rest[0][1]):
        return None
    return first


@lru_cache(maxsize=1)
def _common_words() -> dict[str, frozenset[str]]:
    """Each language's common words beyond its function words (``cleantext/data/common_words/``)."""
    return word_lists("common_words")


@lru_cache(maxsize=32)
def _common_stems(language: str | None) -> frozenset[str]:
    """The stems (see :func:`content_terms`) of *language*'s common words, which the second reading
    of a text leaves out (see SECOND_READING_MARGIN); none for a language without a list."""
    return frozenset(word[:STEM_CHARS] for word in _common_words().get(language or "", ()))


def content_terms(line: str) -> list[str]:
    """The comparable terms of a line: stems of content words, character pairs of CJK runs.

    >>> content_terms("The Online Safety Act is putting free speech at risk")
    ['online', 'safety', 'act', 'puttin', 'free', 'speech', 'risk']
    """
    stop = _stopwords()
    found = WORD.findall(line.lower())
    # One comprehension for the words (a CJK run's word group is empty), then the CJK runs: this is
    # the segmenter's innermost loop.
    terms = [word[:STEM_CHARS] for _, word in found if word and word not in stop]
    for cjk in [run for run, _ in found if run]:
        terms.extend(cjk[i : i + 2] for i in range(len(cjk) - 1))
    return terms


def _latin_terms(line: str) -> list[str]:
    """:func:`content_terms` of a line with no CJK character (the same list, found faster)."""
    stop = _stopwords()
    return [word[:STEM_CHARS] for word in LATIN_WORD.findall(line.lower()) if word not in stop]


def _plain_terms(line: str) -> list[str]:
    """:func:`_latin_terms` of a line with no combining mark and no number that is not a digit
    either (the same list again, found faster still: see PLAIN_WORD)."""
    stop = _stopwords()
    return [word[:STEM_CHARS] for word in PLAIN_WORD.findall(line.lower()) if word not in stop]


def terms_reader(text: str) -> Callable[[str], list[str]]:
    """The fastest of :func:`content_terms`, :func:`_latin_terms` and :func:`_plain_terms` that
    reads *text*'s lines as :func:`content_terms` does. Texts in Latin scripts (most) take
    :func:`_plain_terms` after one fast scan; others are scanned for CJK."""
    if NOT_PLAIN_CHAR.search(text) is None:
        return _plain_terms
    return content_terms if CJK_RUN.search(text) else _latin_terms


#: Whether a text's language has a stop list is judged on its first this many characters, as its
#: language is (LANGUAGE_SAMPLE_CHARS). It costs 7% of the segmenter's time on 3-5 KB documents
#: (36 of 500 microseconds); on the first 1000 or 2000 characters a third or half of that, but the
#: kept lines of some pages open with too few function words to tell, and read with their own
#: the pages as text scored 0.9171 and 0.9174 instead of 0.9180.
STOP_LIST_SAMPLE_CHARS = LANGUAGE_SAMPLE_CHARS


def _own_function_words_of(text: str, terms_of: Callable[[str], list[str]]) -> frozenset[str]:
    """The terms of *text* to leave out besides the stop lists' words: none for a text in a
    language that has a stop list (judged on its first STOP_LIST_SAMPLE_CHARS characters); for one
    in a language without, its own function words as *terms_of* reads them (see
    :mod:`cleantext.function_words`)."""
    # Words of letters alone: figures and words with punctuation attached are no stop words.
    sample = [word for word in text[:STOP_LIST_SAMPLE_CHARS].lower().split() if word.isalpha()]
    if not lacks_stop_list(len(sample), sum(map(_stopwords().__contains__, sample))):
        return frozenset()
    return own_function_words(terms_of(text))


def names_in(line: str) -> list[str]:
    """Capitalised words that do not open a sentence (names, mostly), as stems.

    >>> names_in("Officials in Kosovo said Vjosa Osmani met the UK envoy. The talks went on.")
    ['kosovo', 'vjosa', 'osmani']
    """
    return [name.lower()[:STEM_CHARS] for name in NAME.findall(line)]


#: A text in which fewer than this share of the characters of its paragraphs are capitals has no
#: case to read names by (Arabic, Hindi, Thai, or text in lower case): the name vetoes read its
#: long words instead (see :func:`_unit_names`). Texts with case have 1.5% or more (the
#: development pages: 1.9% of their letters at the least, 8.7% the median; the Arabic one 0.08%).
UNCASED_MAX_CAPITALS = 0.004
#: ...read on the first this many characters of its paragraphs.
UNCASED_SAMPLE_CHARS = 3000
#: In a text without case, the words of this many letters or more stand in for its names.
UNCASED_NAME_CHARS = 6
CAPITAL = regex.compile(r"\p{Lu}")


def _unit_names(unit_lines: Sequence[str], cased: bool | None = None) -> list[list[str]]:
    """The names of each paragraph (:func:`names_in`), or, in a text without case, its long words.

    Without capitals no name is found, the name vetoes never fire, and long single-topic articles
    are cut: on the 1000 built documents in lower case, 4.0% of single stories against 1.8% with
    case. Content words of UNCASED_NAME_CHARS letters or more (the people, places and things a
    story keeps naming, and its longer common words) stand in: 2.0% cut, for main-story F1 0.931
    and 0.923 on random and same-site stories instead of 0.942 and 0.937 (a false split costs
    more than a missed tail); the development articles in lower case keep 96.8% of their words
    to the segmenter instead of 96.0%. CJK runs (terms of two characters) give none, as before.
    *cased* is :func:`_has_case` of the paragraphs when the caller has asked it already.
    """
    if not (_has_case(unit_lines) if cased is None else cased):
        return [[t for t in content_terms(line[:4000]) if len(t) >= UNCASED_NAME_CHARS] for line in unit_lines]
    return [names_in(line[:4000]) for line in unit_lines]


def _has_case(unit_lines: Sequence[str]) -> bool:
    """Whether the paragraphs *unit_lines* are written with capital letters, so that
    :func:`names_in` can find their names (see UNCASED_MAX_CAPITALS); an empty text has none."""
    # A sample is enough to tell (a text with case has a capital every 40 letters or so), and
    # counting every letter of a long text cost the segmenter a tenth of its speed on the corpus.
    sample, size = [], 0
    for line in unit_lines:
        sample.append(line[:UNCASED_SAMPLE_CHARS])
        size += len(sample[-1])
        if size >= UNCASED_SAMPLE_CHARS:
            break
    head = "\n".join(sample)
    # Characters, not letters: counting the letters cost as much again as the rest of the test.
    return bool(head) and len(CAPITAL.findall(head)) >= UNCASED_MAX_CAPITALS * len(head)


def _is_unit(line: str, n_terms: int, may_be_cjk: bool = True) -> bool:
    """Whether *line* is a paragraph the segmenter compares (*may_be_cjk*: False when the text is
    known to hold no CJK, which spares a scan)."""
    # Words, not spaces: a table row padded with runs of spaces is not a paragraph of prose.
    # maxsplit: a long paragraph need not be split past the words the test counts.
    if n_terms >= 4 and len(line.split(None, MIN_UNIT_WORDS - 1)) >= MIN_UNIT_WORDS:
        return True
    return may_be_cjk and len(CJK_RUN.findall(line[:200])) >= MIN_UNIT_CJK_CHARS


Weights = dict[str, float]
#: What a paragraph's counts are counted by: a language's code, a mark's (family, shape).
Key = TypeVar("Key")


def _cosine(a: Weights, b: Weights) -> float:
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def _bag(vectors: Sequence[Weights], start: int, end: int) -> Weights:
    """The sum of the paragraph vectors ``start:end``."""
    bag: dict[str, float] = {}
    get = bag.get
    for vector in vectors[start:end]:
        for term, value in vector.items():
            bag[term] = get(term, 0.0) + value
    return bag


def _dissimilar_cuts(
    vectors: Sequence[Weights], start: int, end: int, main_units: int = MAIN_STORY_MIN_UNITS, tail_units: int = MIN_TAIL_UNITS
) -> list[tuple[int, float]]:
    """The cuts of paragraphs ``start:end`` into two parts that share least vocabulary: every local
    minimum of the similarity between the two sides, least similar first.

    Moves one paragraph at a time from the right bag to the left one, updating the dot product and
    the norms in place, so all cuts together cost one pass over the terms. Of equally good
    neighbouring cuts the last counts: a paragraph that shares nothing with either side (a press
    contact, a cookie notice) is more often the end of the story before than the start of the next.
    The first part of the text (``start`` 0) may end after *main_units* paragraphs, a later one
    after SHORT_STORY_UNITS; the part after the cut holds *tail_units* paragraphs or more.
    """
    left: dict[str, float] = {}
    left_get = left.get
    right = _bag(vectors, start, end)
    dot, left_norm, right_norm = 0.0, 0.0, sum(v * v for v in right.values())
    curve: list[tuple[int, float]] = []
    first_cut = start + (main_units if start == 0 else min(MIN_STORY_UNITS, SHORT_STORY_UNITS))
    for i in range(start, end - tail_units + 1):
        if i >= first_cut:
            curve.append((i, dot / math.sqrt(left_norm * right_norm) if left_norm > 0 and right_norm > 1e-9 else 0.0))
        # Moving a term's weight a from right (R) to left (L): LR becomes (L + a)(R - a).
        for term, a in vectors[i].items():
            in_left, in_right = left_get(term, 0.0), right[term]
            dot += a * (in_right - in_left - a)
            left_norm += a * (2 * in_left + a)
            right_norm += a * (a - 2 * in_right)
            left[term], right[term] = in_left + a, in_right - a
    minima = [
        (i, sim)
        for k, (i, sim) in enumerate(curve)
        if (k == 0 or sim <= curve[k - 1][1]) and (k == len(curve) - 1 or sim < curve[k + 1][1])
    ]
    # Least similar first; of equal ones the last.
    return sorted(minima, key=lambda cut: (cut[1], -cut[0]))


def _cohesion(vectors: Sequence[Weights], start: int, end: int) -> float:
    """How much the two halves of a part share: the yardstick a cut's similarity is judged by."""
    if end - start < 2:
        return 0.0
    middle = (start + end) // 2
    return _cosine(_bag(vectors, start, middle), _bag(vectors, middle, end))


def _terms_of(vectors: Sequence[Weights], start: int, end: int) -> set[str]:
    """The distinct terms of paragraphs ``start:end``."""
    return {term for vector in vectors[start:end] for term in vector}


def _brings_own_words(left: AbstractSet[str], right: set[str]) -> bool:
    """Whether a part with terms *right* brings enough terms that the part before it (*left*)
    never uses to be another story (see MIN_NEW_TERMS, MANY_NEW_TERMS and MIN_NEW_SHARE)."""
    new = len(right - left)
    return new >= MANY_NEW_TERMS or (new >= MIN_NEW_TERMS and new >= MIN_NEW_SHARE * len(right))


def _lead_recurrence(left: Weights, right: set[str]) -> float:
    """How much of a part's vocabulary (its summed term weights *left*) the part after it (whose
    terms are *right*) goes on using: the share of the left part's term weight whose terms the
    right part also has (see MAX_LEAD_RECURRENCE).

    Near 1 when the story before the cut is still being talked about after it (a long article
    whose introduction uses its key words in a different mix), low when the part after the cut is
    another story, which uses a few of the same common words at most.
    """
    total = sum(left.values())
    return sum(w for t, w in left.items() if t in right) / total if total > 0 else 0.0


#: The part before a cut's TOPIC_TERMS most widespread terms (each in TOPIC_MIN_PARAS of its
#: paragraphs or more) are its topic; when TOPIC_COVER or more of the paragraphs after the cut use
#: one of them, the story goes on (see :func:`_topic_coverage`).
TOPIC_TERMS = 3
TOPIC_MIN_PARAS = 2
TOPIC_COVER = 0.6


def _topic_coverage(unit_terms: Sequence[Counter[str]], start: int, index: int, end: int) -> float:
    """The share of the paragraphs ``index:end`` that use one of the topic terms of paragraphs
    ``start:index`` (their TOPIC_TERMS most widespread terms).

    The cut itself and MAX_LEAD_RECURRENCE weigh terms by how rare they are in the document, so a
    word in nearly every paragraph weighs nearly nothing there: the topic of a long single-topic
    article. healthline.com's "ways to measure body fat" opens with five paragraphs on why weight
    alone misleads, then ten methods, each with its own vocabulary and each saying "body fat": the
    weighted sides share little and the list was cut off (2,502 words). Another story uses the
    words of the one before in a paragraph here and there, not in most of them. On 1000 built
    documents TOPIC_COVER at 0.6 leaves random neighbours as they were and moves hard ones' Pk
    from 0.0994 to 0.0985; of the 884 article texts two are no longer cut (healthline.com and a
    blog post), and no cut that removed only other stories goes. At 0.7 neither is kept; 0.5 and
    0.55 keep them as well but cost random neighbours Pk.
    """
    paragraphs: Counter[str] = Counter()
    for terms in unit_terms[start:index]:
        paragraphs.update(terms.keys())
    topic = {t for t, n in paragraphs.most_common(TOPIC_TERMS) if n >= TOPIC_MIN_PARAS}
    right = unit_terms[index:end]
    if not topic or not right:
        return 0.0
    return sum(1 for terms in right if not topic.isdisjoint(terms.keys())) / len(right)


def _same_table(before: str, after: str) -> bool:
    """Whether two paragraphs are rows of one table (both open with "|", as scrapers write rows)."""
    return before.lstrip().startswith("|") and after.lstrip().startswith("|")


#: An item of a numbered list: "1. Legen Sie zu Beginn ...", "12) Stir in the flour."
ITEM_NUMBER = re.compile(r"\s{0,4}(\d{1,3})[.)]\s")


def _item_number(line: str) -> int | None:
    found = ITEM_NUMBER.match(line)
    return int(found.group(1)) if found else None


#: A list item's number alone on its line, before the item: "1", "2.", "Step 3", "Krok 4".
BARE_ITEM_NUMBER = re.compile(r"\s{0,4}(?:\w{1,12}\s)?(\d{1,3})[.)]?\s{0,4}")


#: Blank lines that may stand between a list item's number, alone on its line, and the item:
#: html2text prints an <ol>'s "4." as a paragraph of its own. On the development pages as html2text
#: prints them (wrapped at 78) snippet F1 0.8424 -> 0.8427, a recipe's steps no longer cut as a
#: second story; the articles wrapped at 78 with blank lines keep 97.18% of their words, not
#: 97.14%; the pages as text and the 1000 built documents are unchanged.
NUMBER_BLANK_LINES = 1
#: How a step of instructions ends: it is a sentence (a list of headlines is not).
STEP_ENDS = (".", "!", "?", "…", ":", *QUOTED_FULL_STOPS)
#: How a line ends that ends the story before rather than heading the next (see
#: :func:`_header_start`), read before any closing quotes: a quoted sentence ends in its full stop
#: inside them ('... Delgado said.”', '“It will not happen again.”'), while a headline that
#: quotes a word ends in the word ('Senador republicano califica a Biden de "incapacitado"').
#: Until 2026-12-05 every closing quote ended the story before, and such a headline stayed with
#: it: random neighbours' Pk 0.0850 -> 0.0848 on the 1000 built documents, the rest unchanged.
HEADER_ENDS = ".!…:;"


def _numbered(lines: Sequence[str], index: int) -> str:
    """Line *index*, with its list item's number in front when the number stands alone on the line
    before it and the item is a sentence, so that the numbered-list veto sees it: recipe sites
    write "1", then the step. nestle-family.com's roast chicken lost its steps, cut after the
    consent lines above them. A numbered list of headlines ("1 / Sinus 2021: Kinder und Senioren
    verunfallen oft zu Fuss / 2 / ...", a site's most-read box) is furniture, and a story may end
    there: auto-wirtschaft.ch's box stood just before an appended speech, which then stayed."""
    if index > 0 and lines[index].rstrip().endswith(STEP_ENDS):
        before = index - 1
        # A blank line may stand between: html2text prints an <ol>'s "4." as a paragraph of its own.
        while before > 0 and before > index - 1 - NUMBER_BLANK_LINES and not lines[before].strip():
            before -= 1
        found = BARE_ITEM_NUMBER.fullmatch(lines[before])
        if found:
            return f"{found.group(1)}. {lines[index]}"
    return lines[index]


def _opens_numbered_list(unit_lines: Sequence[str], index: int) -> bool:
    """Whether paragraph *index* is an item of a numbered list that goes on across the cut before
    it: it is numbered N and the paragraph after it N + 1, or the one before it N - 1.

    Steps, tips and rankings change their words from item to item, and a list of them after a
    short introduction looked like another story: selbermachen.de's greenhouse guide lost its
    seventeen assembly steps. An appended story can open with a numbered list too, so on 1000
    built documents this costs one random-neighbour document its cut (F1 0.9449 -> 0.9440, Pk
    0.0902 -> 0.0910, where the true boundary then fell short of the score a second candidate
    needs) and spares a single story (cut 2.0% -> 1.8%).
    """
    here = _item_number(unit_lines[index])
    if here is None:
        return False
    if index + 1 < len(unit_lines) and _item_number(unit_lines[index + 1]) == here + 1:
        return True
    return index > 0 and _item_number(unit_lines[index - 1]) == here - 1


#: A bulleted list item: at most four spaces, a marker and a space ("- Zwei Eier", "• Step two").
BULLET = re.compile(r"[ \t]{0,4}([-*+•–·▪])[ \t]")


def _bulleted_list_goes_on(lines: Sequence[str], units: Sequence[int]) -> set[int]:
    """The paragraphs (indices into *units*, the paragraphs' line numbers) that go on a bulleted
    list from the paragraph before: both are items with the same marker, and nothing but blank
    lines stands between them. A story does not end inside its own list.

    Items of a list change their words from item to item ("- Kein klassisches Call Center …",
    "- Keine Excel-Sheets …"), and rent-a-salesman.eu's list of what its service is not was cut in
    two, its last three items taken for another story. The headline or a short line between two
    items' paragraphs ends the list: an appended story opens with a headline, then perhaps a list
    of its own. On the 1000 built documents: single stories cut 1.80% as before; on sets built with
    five other seeds (1, 2, 3, 7, 21) 2.00/3.58/2.92/3.50/2.96% -> 1.55/3.36/2.71/3.29/2.51%, the
    cuts that lose story text 1.37% -> 1.14% (seed 21) and 0.84% -> 0.63% (seed 3), the single
    stories' main-story F1 up 0.0002-0.0007. Pk of same-site neighbours 0.0745 -> 0.0723 (better on
    four of the other sets, 0.0733 -> 0.0742 on the fifth), of random ones 0.0773 -> 0.0759 (on
    the other sets better on two, the same on one, worse on two). What it costs: main-story F1 of
    random neighbours 0.0013-0.0016 lower on three of the other sets, where a story's tail of
    related links had been cut inside, close to where the next story begins. Of the 884
    development articles two are no longer cut (97.28% -> 97.33% of their words kept); the pages
    give the same output.
    """
    found = set()
    for k in range(1, len(units)):
        before, after = BULLET.match(lines[units[k - 1]]), BULLET.match(lines[units[k]])
        if before and after and before.group(1) == after.group(1) and all(not lines[j].strip() for j in range(units[k - 1] + 1, units[k])):
            found.add(k)
    return found


def _leading_name_recurs(unit_names: Sequence[list[str]], start: int, index: int, end: int) -> bool:
    """Whether a name part ``start:index`` keeps coming back to (one of its TOP_NAMES most frequent,
    used twice or more) is in at least NAME_RECURRENCES of the NAME_WINDOW paragraphs after the
    cut: a list of courses, results or dates that goes on naming the same things."""
    left = Counter(name for names in unit_names[start:index] for name in names)
    leading = {name for name, count in left.most_common(TOP_NAMES) if count >= 2}
    if not leading:
        return False
    window = unit_names[index : min(end, index + NAME_WINDOW)]
    return sum(1 for names in window if not leading.isdisjoint(names)) >= NAME_RECURRENCES


#: A social handle ("@keizi666"), not an e-mail address's second half.
HANDLE = regex.compile(r"(?<![\w.@])@\w{2,30}")


def _handle_recurs(unit_lines: Sequence[str], start: int, index: int, end: int) -> bool:
    """Whether a handle that part ``start:index`` names is named again in part ``index:end``: an
    article about someone's posts quotes them (in their language, in translation) and names them
    again between the quotes, while another story has handles of its own."""
    left = {handle.lower() for line in unit_lines[start:index] for handle in HANDLE.findall(line)}
    if not left:
        return False
    return any(handle.lower() in left for line in unit_lines[index:end] for handle in HANDLE.findall(line))


def _known_name_share(unit_names: Sequence[list[str]], start: int, index: int, end: int) -> float:
    """The share of the name occurrences of part ``index:end`` that part ``start:index`` also uses.

    High when the right part still talks about the same people and places (a continuing story),
    near zero when it introduces its own (a new story), whatever the other words do.
    """
    left = {name for names in unit_names[start:index] for name in names}
    right = [name for names in unit_names[index:end] for name in names]
    if not right:
        return 0.0
    return sum(1 for name in right if name in left) / len(right)


def _names_change(unit_names: Sequence[list[str]], start: int, index: int, end: int) -> bool:
    """Whether the people and places named change at the cut: both parts name NAME_CHANGE_NAMES
    names or more (by occurrence), and at most NAME_CHANGE_MAX_KNOWN of those after the cut are
    names the part before it used."""
    left = [name for names in unit_names[start:index] for name in names]
    right = [name for names in unit_names[index:end] for name in names]
    if len(left) < NAME_CHANGE_NAMES or len(right) < NAME_CHANGE_NAMES:
        return False
    known = set(left)
    return sum(1 for name in right if name in known) <= NAME_CHANGE_MAX_KNOWN * len(right)


def _boundaries(
    unit_terms: Sequence[Counter[str]],
    min_score: float,
    unit_lines: Sequence[str] | None = None,
    main_units: int = MAIN_STORY_MIN_UNITS,
    list_items: AbstractSet[int] = frozenset(),
    common_words: Callable[[], AbstractSet[str]] = frozenset,
    headline: AbstractSet[str] = frozenset(),
    headline_units: int = 0,
) -> tuple[list[tuple[int, float]], list[Weights], float]:
    """Boundaries (index of the paragraph that opens a story, strength 0-1), found by divisive
    splitting: cut where the two sides share least, keep the cut only if they share little both in
    absolute terms and compared with how much the more cohesive side shares within itself, then
    look for more cuts on either side; and the paragraphs' weighted term vectors they were found
    with, and the similarity of the two sides of the first cut (0.0 when there is none).

    ``unit_terms`` holds each paragraph's term counts; ``unit_lines`` the paragraphs themselves,
    whose names are read only when a cut gets as far as the names veto; ``list_items`` the
    paragraphs that go on a bulleted list (:func:`_bulleted_list_goes_on`), before which no story
    ends; ``common_words`` gives the stems of the text's common words, which a second reading of a
    part with no cut leaves out (see SECOND_READING_MARGIN): asked when a part first needs it, as
    telling the text's language costs as much as a short text's whole split; ``headline`` the
    terms of the text's headline: no story ends between paragraphs that both use them (see
    HEADLINE_SHARED_TERMS); ``headline_units`` how many paragraphs the headline and its copies are
    (see :func:`_headline_paragraphs`), which do not count as using its words. Where the language
    changes at a cut, it may score up to LANGUAGE_CHANGE_RELIEF less (the paragraphs' stop-word
    hits are counted when first needed).
    """
    # Terms weighted by inverse paragraph frequency: "said" or a site's name in every paragraph ties
    # nothing together; a name in a third of them does.
    paragraphs: Counter[str] = Counter()
    for terms in unit_terms:
        paragraphs.update(terms.keys())
    n = len(unit_terms)
    weight = {t: math.log((n + 1) / c) for t, c in paragraphs.items()}
    vectors = [{t: weight[t] * c for t, c in terms.items()} for terms in unit_terms]
    unit_names: list[list[str]] = []
    cased: bool | None = None  # whether the text has names to read: asked when first needed
    found: list[tuple[int, float]] = []
    first_similarity = 0.0
    # The second reading's words and paragraphs (without the common words), made when first needed.
    common: AbstractSet[str] | None = None
    second_reading: tuple[list[Counter[str]], list[Weights]] | None = None
    unit_hits: dict[int, Counter[str]] = {}  # each paragraph's stop-word hits, counted when first needed
    unit_marks: dict[int, Counter[tuple[str, str]]] = {}  # each paragraph's typographic marks, likewise
    todo = [(0, n, False)]
    while todo and len(found) < MAX_STORIES - 1:
        start, end, second = todo.pop()
        part_terms, part_vectors = unit_terms, vectors
        if second:
            if second_reading is None:
                left_out = common or frozenset()  # not empty: a part is read again only then
                # The same weights: leaving words out changes no other word's paragraph count.
                second_reading = (
                    [Counter({t: c for t, c in terms.items() if t not in left_out}) for terms in unit_terms],
                    [{t: w for t, w in vector.items() if t not in left_out} for vector in vectors],
                )
            part_terms, part_vectors = second_reading
        accepted = False
        # A part that ends where a story already found begins may leave a shorter story after its cut.
        tail_units = INNER_STORY_MIN_UNITS if end < n else MIN_TAIL_UNITS
        for rank, (index, sim) in enumerate(_dissimilar_cuts(part_vectors, start, end, main_units, tail_units)[:CUT_CANDIDATES]):
            if sim >= MAX_CROSS_SIMILARITY:
                break
            if second and index - start < MIN_STORY_UNITS:
                continue
            yardstick = max(_cohesion(part_vectors, start, index), _cohesion(part_vectors, index, end))
            score = 1.0 - sim / yardstick if yardstick > 0 else 0.0
            needed = min_score + (LATER_CANDIDATE_MARGIN if rank else 0.0) + (SECOND_READING_MARGIN if second else 0.0)
            if end - index < MIN_TAIL_UNITS:
                needed = max(needed, INNER_STORY_MIN_SCORE)
            if index - start < MIN_STORY_UNITS:
                needed = max(needed, SHORT_STORY_MIN_SCORE if index - start >= SHORT_STORY_UNITS else SHORT_MAIN_STORY_MIN_SCORE)
            if score < needed and unit_lines is not None and score >= needed - LANGUAGE_CHANGE_RELIEF:
                # Where the language changes, a cut this far short of the score is sure enough.
                if _language_changes(unit_hits, unit_lines, start, index, end):
                    needed = score
            if score < needed and unit_lines is not None and score >= needed - TYPOGRAPHY_CHANGE_RELIEF:
                # So is a change of the shapes of the apostrophes, quote marks and dashes, unless
                # the part after the cut names the headline: the article below a page's top.
                if _typography_changes(unit_marks, unit_lines, start, index, end) and not (
                    headline and _names_the_headline(headline, part_vectors, index, min(end, index + HEADLINE_WINDOW))
                ):
                    needed = score
            if score < needed:
                # Just short of the score, a change of the people and places named is evidence
                # enough (see NAME_CHANGE_RELIEF).
                if unit_lines is None or score < needed - NAME_CHANGE_RELIEF:
                    continue
                if cased is None:
                    cased = _has_case(unit_lines)
                if not cased:
                    continue
                if not unit_names:
                    unit_names = _unit_names(unit_lines, cased)
                if not _names_change(unit_names, start, index, end):
                    continue
            if unit_lines is not None and _same_table(unit_lines[index - 1], unit_lines[index]):
                continue  # a story does not end between two rows of its own table
            if unit_lines is not None and _opens_numbered_list(unit_lines, index):
                continue  # nor inside its own numbered list
            if index in list_items:
                continue  # nor inside its own bulleted list
            # The left part's bag once: its keys are its terms (every weight is positive).
            left, right = _bag(part_vectors, start, index), _terms_of(part_vectors, index, end)
            if not _brings_own_words(left.keys(), right) or _lead_recurrence(left, right) >= MAX_LEAD_RECURRENCE:
                continue
            if (
                headline
                and _names_the_headline(headline, part_vectors, index, min(end, index + HEADLINE_WINDOW))
                and _names_the_headline(headline, part_vectors, max(start, headline_units), index)
            ):
                continue  # both sides are about what the headline names
            if _topic_coverage(part_terms, start, index, end) >= TOPIC_COVER:
                continue  # the story's own topic words run on through the part after the cut
            if unit_lines is not None:
                if not unit_names:
                    unit_names = _unit_names(unit_lines, cased)
                if _known_name_share(unit_names, start, index, end) >= MAX_KNOWN_NAMES or _leading_name_recurs(unit_names, start, index, end):
                    continue
                if _handle_recurs(unit_lines, start, index, end):
                    continue
            if not found:
                first_similarity = sim
            found.append((index, round(score, 3)))
            todo += [(start, index, False), (index, end, False)]
            accepted = True
            break
        # Read again without the common words; a part too short to hold two stories of
        # MIN_STORY_UNITS and tail_units paragraphs cannot be cut on the second reading.
        if not accepted and not second and end - start >= MIN_STORY_UNITS + tail_units:
            if common is None:
                common = common_words()
            if common:
                todo.append((start, end, True))
    return sorted(found), vectors, first_similarity


def _language_changes(hits: dict[int, Counter[str]], unit_lines: Sequence[str], start: int, index: int, end: int) -> bool:
    """Whether the language changes at paragraph *index* of part ``start:end`` for good (see
    LANGUAGE_CHANGE_RELIEF): the LANGUAGE_WINDOW paragraphs either side have two languages, and
    the part after the cut, read whole, is in the second one. A part of fewer than
    SHORT_STORY_UNITS paragraphs before the cut gets no such relief: a few paragraphs in another
    language at a text's top are more often a header or an abstract than a story, and the article
    after them would go (an archive's English header above a German blog post). A forum thread
    with an English post among German ones is not two stories either: the German comes back."""
    if index - start < SHORT_STORY_UNITS:
        return False
    before = _part_language(hits, unit_lines, max(start, index - LANGUAGE_WINDOW), index)
    after = _part_language(hits, unit_lines, index, min(end, index + LANGUAGE_WINDOW))
    if not before or not after or before == after:
        return False
    return _part_language(hits, unit_lines, index, end) == after


def _typography_changes(marks: dict[int, Counter[tuple[str, str]]], unit_lines: Sequence[str], start: int, index: int, end: int) -> bool:
    """Whether the typography changes at paragraph *index* of part ``start:end`` (see
    TYPOGRAPHY_CHANGE_RELIEF): in the TYPOGRAPHY_WINDOW paragraphs either side, a family of marks
    that both sides use TYPOGRAPHY_MIN_MARKS times or more, in shapes the other side never uses.

    >>> lines = ["It’s the club’s first win, the coach said, and it won’t be the last."] * 5
    >>> lines += ["The mayor's office didn't say when the bridge would reopen to traffic."] * 5
    >>> _typography_changes({}, lines, 0, 5, 10), _typography_changes({}, lines[:5] * 2, 0, 5, 10)
    (True, False)
    """
    if index - start < MIN_STORY_UNITS:
        return False
    before = _part_marks(marks, unit_lines, max(start, index - TYPOGRAPHY_WINDOW), index)
    after = _part_marks(marks, unit_lines, index, min(end, index + TYPOGRAPHY_WINDOW))
    for family in {family for family, _ in before}:
        left = {shape: count for (of, shape), count in before.items() if of == family}
        right = {shape: count for (of, shape), count in after.items() if of == family}
        if sum(left.values()) >= TYPOGRAPHY_MIN_MARKS and sum(right.values()) >= TYPOGRAPHY_MIN_MARKS and left.keys().isdisjoint(right):
            return True
    return False


def _part_marks(marks: dict[int, Counter[tuple[str, str]]], unit_lines: Sequence[str], start: int, end: int) -> Counter[tuple[str, str]]:
    """The typographic marks of paragraphs ``start:end`` by (family, shape), each paragraph's
    counted once into *marks* (see TYPOGRAPHIC_MARKS)."""
    return _summed_per_unit(marks, unit_lines, start, end, _typographic_marks)


def _typographic_marks(line: str) -> Counter[tuple[str, str]]:
    """The (family, shape) of each typographic mark in *line* (see TYPOGRAPHIC_MARKS)."""
    return Counter(TYPOGRAPHIC_MARKS[mark.strip()] for mark in TYPOGRAPHIC_MARK.findall(line))


def _summed_per_unit(memo: dict[int, Counter[Key]], unit_lines: Sequence[str], start: int, end: int, count: Callable[[str], Counter[Key]]) -> Counter[Key]:
    """The sum of *count* over paragraphs ``start:end``, each paragraph counted once into *memo*:
    the reliefs read overlapping windows of the same paragraphs, cut after cut."""
    total: Counter[Key] = Counter()
    for unit in range(start, end):
        if unit not in memo:
            memo[unit] = count(unit_lines[unit])
        total.update(memo[unit])
    return total


def _part_language(hits: dict[int, Counter[str]], unit_lines: Sequence[str], start: int, end: int) -> str | None:
    """The language of paragraphs ``start:end`` (see LANGUAGE_CHANGE_RELIEF), their stop-word hits
    counted once each into *hits*."""
    return _leading_language(_summed_per_unit(hits, unit_lines, start, end, stop_word_hits), LANGUAGE_MIN_HITS)


def _headline(lines: Sequence[str], terms_of: Callable[[str], list[str]]) -> tuple[int, set[str]] | None:
    """The text's headline, as its line's index and its terms: its first line, when that is short
    and does not end as a sentence does (see HEADLINE_MAX_WORDS); None when it is not a headline.
    A first line of fewer than HEADLINE_SHARED_TERMS terms is a kicker, a section's name over the
    headline ("Nacionales"), which could never name a story: the line under it is the headline
    when it reads as one. (ultimahora.com's article opened so, and with its headline unread it was
    cut in two where it went on to the background of the case it reports: the development
    articles kept 97.42% of their words, now 97.48%; the built multi-story sets, whose stories
    open with their headline or their first paragraph, and the development pages come out the
    same.)

    >>> _headline(["", "Flood in Hallow as the river breaks its walls", "The river rose."], content_terms)[0]
    1
    >>> _headline(["The river rose above its walls on Sunday.", "Flood water swept in."], content_terms) is None
    True
    """
    nonblank = (i for i, line in enumerate(lines) if line.strip())
    index = next(nonblank, None)
    if index is None:
        return None
    first = lines[index].strip()
    if not _reads_as_headline(first):
        return None
    terms = set(terms_of(first[:400]))
    if len(terms) < HEADLINE_SHARED_TERMS:
        # Too few words to name a story: a kicker or a section's name over the headline
        # ("Nacionales", "Politik"). The line under it is the headline, if it reads as one.
        below = next(nonblank, None)
        if below is not None and _reads_as_headline(second := lines[below].strip()):
            return below, set(terms_of(second[:400]))
    return index, terms


def _headline_paragraphs(units: Sequence[int], unit_terms: Sequence[Sequence[str]], headline: tuple[int, set[str]]) -> int:
    """How many of the first paragraphs (*units*, the lines' indices, with their *unit_terms*) are
    the *headline* and its copies: the headline itself when it is long enough to be a paragraph,
    then those that say nothing but its words (the image's alt text, its caption, a teaser
    repeating the title).

    Counted as paragraphs of the story, they made a story of the headline alone: on the
    madame.lefigaro.fr page of the development data as markdownify prints it, the heading "Les
    clés pour donner les bonnes bactéries à son intestin et aller bien", its image's alt text and
    its caption were three paragraphs, and the article below them went when the page was cleaned
    again (the first cleaning had judged it a page, whose stories must be longer)."""
    index, terms = headline
    count = 1 if units and units[0] == index else 0
    while count < len(units) and unit_terms[count] and terms.issuperset(unit_terms[count]):
        count += 1
    return count


def _reads_as_headline(line: str) -> bool:
    """Whether *line* (stripped) can be a headline: HEADLINE_MAX_WORDS words at most, and not
    ending as a story's last line does."""
    return len(line.split()) <= HEADLINE_MAX_WORDS and not _closes_a_story(line)


def _names_the_headline(headline: AbstractSet[str], vectors: Sequence[Weights], start: int, end: int) -> bool:
    """Whether paragraphs ``start:end`` use HEADLINE_SHARED_TERMS of the *headline*'s terms or
    more, and HEADLINE_SHARE of them: they are about what the headline names."""
    named = headline & _terms_of(vectors, start, end)
    return len(named) >= HEADLINE_SHARED_TERMS and len(named) >= HEADLINE_SHARE * len(headline)


def _opening_unit(unit_counts: Sequence[Counter[str]], unit: int, end: int) -> int:
    """The paragraph that opens the story found to start at paragraph *unit* (and to run to paragraph
    *end*): *unit* itself, or the next one when *unit* shares no recurring word with any of the
    OPENING_CONTEXT_UNITS paragraphs after it.

    The split compares the two sides' whole vocabularies, and a paragraph that shares nothing with
    the paragraphs around the cut (a word or two with the far end of the next story at most) weighs
    almost nothing in that comparison: the cut falls before it as easily as after it. Such a
    paragraph is far more often the last of the story before (a press release's "Weitere
    Informationen finden Sie in der Pressemeldung sowie im Monatsbericht.", a cookie notice, "Bei
    Rückfragen ... stehen wir Ihnen jederzeit zur Verfügung.") than the lead of the next, which
    names what its story is about. One paragraph at most: the
    boundary moves by one, never across a story. On the 1000 built documents Pk went from 0.0887 to
    0.0850 on random neighbours and from 0.0950 to 0.0932 on hard ones (in lower case 0.0982 to
    0.0946 and 0.1097 to 0.1081); looking 2 or 3 paragraphs ahead did less (0.0880, 0.0864), 8 and
    the whole story no better, and a second move undid some of it."""
    if unit + 1 >= end:
        return unit
    ahead = _term_set(unit_counts[unit + 1 : min(end, unit + 1 + OPENING_CONTEXT_UNITS)])
    return unit if ahead.intersection(unit_counts[unit]) else unit + 1


def _term_set(unit_terms: Sequence[Iterable[str]]) -> set[str]:
    """Every term of the paragraphs *unit_terms* (their term lists, or their term counts)."""
    return {term for terms in unit_terms for term in terms}


def _header_start(lines: Sequence[str], start: int, previous_unit_line: int, next_terms: set[str], previous_terms: set[str]) -> int:
    """Where the story whose first paragraph is line ``start`` begins: the short lines just before
    it (its headline, a kicker, a byline) go with it when they are about it.

    A line is about the new story when it shares more words with its first paragraphs than with
    the last paragraphs of the story before, and does not end as a story's last line does (see
    :func:`_closes_a_story`); a dateline is too, though it shares no words (see
    :func:`_is_dateline`). The story begins at the highest such line among the HEADER_SEARCH_LINES
    lines above ``start``, and the lines between it and the paragraph go with it whatever they say:
    a headline is followed by a byline, a photo credit or a standfirst that shares no word with
    anything ("Sheila Atim: „The Woman King …“", "Fotocredit: Ilze Kitshoff © 2021 CTMG", then the
    interview). The search stops at a line that shares more with the story before, which is that
    story's own. A label such as "Comments" or a tweet's signature, with no headline above it,
    stays with the story it ends. A headline may be a question ("Was ist Creative Commons?"), so a
    question mark does not end the story before, as a full stop does; the shared words decide.

    On the 1000 built documents, taking only the unbroken run of such lines among the four right
    above the paragraph (as before) gave Pk 0.0801 on random neighbours and 0.0807 on same-site
    ones; the highest such line among four gives 0.0774 and 0.0771 (on sets built with seeds 7 and
    21: 0.0915 -> 0.0899 and 0.0956 -> 0.0908, 0.0844 -> 0.0792 and 0.0881 -> 0.0854), among twenty
    0.0773 and 0.0745 (seeds 7 and 21: 0.0895 and 0.0893, 0.0771 and 0.0833): an article
    extraction's tail of short lines (a list, a table's cells, a comment form) often stands between
    one story's last paragraph and the next story's headline. Eight or twelve lines do less; any
    number about as well (worse on the seed-21 set: 0.0844). No story is cut where it was not:
    only where a cut falls moves.
    """
    header = start
    for index in range(start - 1, max(previous_unit_line + 1, start - HEADER_SEARCH_LINES) - 1, -1):
        candidate = lines[index].strip()
        if not candidate:
            continue
        terms = set(content_terms(candidate[:400]))
        shared_next, shared_previous = len(terms & next_terms), len(terms & previous_terms)
        if not _closes_a_story(candidate) and (shared_next > shared_previous or _is_dateline(candidate, terms, previous_terms)):
            header = index
        elif shared_previous > shared_next:
            break  # the story before's own line: nothing above it is the new story's
    return header


def _closes_a_story(line: str) -> bool:
    """Whether *line* (stripped) ends as the last line of a story does, rather than a headline:
    in HEADER_ENDS, before any closing quotes (a line of quotes alone closes a quotation)."""
    core = line.rstrip(CLOSING_QUOTES)
    return not core or core[-1] in HEADER_ENDS


def _is_dateline(line: str, terms: set[str], previous_terms: set[str]) -> bool:
    """Whether *line* (with content *terms*) is a dateline that opens the next story rather than
    a line that ends the story before (see DATELINE). On the 1000 built documents random
    neighbours' Pk went from 0.0905 to 0.0887 and hard ones' from 0.0954 to 0.0950; the rest did
    not move."""
    return len(line) <= MAX_DATELINE_CHARS and not terms & previous_terms and DATELINE.search(line) is not None


def _mostly_prose(lines: Sequence[str], units: Sequence[int], paragraphs: int) -> bool:
    """Whether the text's first *paragraphs* prose paragraphs come with at most MAX_HEADER_LINES
    other lines (a headline, a byline, a dateline) before the paragraph after them: a short news
    item. A menu, a list of links or a table of contents above three paragraphs is not one, and
    on blank-free pages (internetchemie.info: forty menu lines, then the article's first three
    short paragraphs) the cut after them took the article."""
    if len(units) <= paragraphs:
        return False
    return sum(1 for line in lines[: units[paragraphs]] if line.strip()) - paragraphs <= MAX_HEADER_LINES


def segment_lines(
    lines: Sequence[str],
    *,
    main: Literal["first", "longest", "title"] = "first",
    title: str | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    min_main_paragraphs: int = MAIN_STORY_MIN_UNITS,
) -> list[Segment]:
    """Segment a list of lines (see :func:`segment_stories`); blank lines never start a story.

    ``min_main_paragraphs`` (MAIN_STORY_MIN_UNITS to SHORT_STORY_UNITS) is the fewest prose
    paragraphs the first story may have before a cut: three by default, a short news item; the
    ``unrelated_stories`` step asks for SHORT_STORY_UNITS on a whole page, where a first "story"
    that short is more often what the furniture classifier left of the page's top.
    """
    if main not in ("first", "longest", "title"):
        raise ValueError(f"main must be 'first', 'longest' or 'title', not {main!r}")
    if not 0.0 <= min_score <= 1.0:
        raise ValueError(f"min_score must be between 0 and 1, not {min_score!r}")
    if not MAIN_STORY_MIN_UNITS <= min_main_paragraphs <= SHORT_STORY_UNITS:
        raise ValueError(f"min_main_paragraphs must be between {MAIN_STORY_MIN_UNITS} and {SHORT_STORY_UNITS}, not {min_main_paragraphs!r}")
    units: list[int] = []
    unit_terms: list[list[str]] = []
    # How the words are read is decided once for the whole text: most texts hold no CJK at all.
    text = "\n".join(lines)
    terms_of = terms_reader(text)
    # Only a text read by content_terms can hold CJK.
    may_be_cjk = terms_of is content_terms
    # In a language without a stop list, its own function words are left out of the terms too
    # (not in Chinese, Japanese or Korean, read by character pairs, whose most frequent pairs are
    # the text's subject, a name, as often as its function words).
    if not may_be_cjk:
        function_words = _own_function_words_of(text, terms_of)
        if function_words:
            read = terms_of
            terms_of = lambda line: [term for term in read(line) if term not in function_words]
            min_score = min(1.0, min_score + OWN_FUNCTION_WORDS_MARGIN)
    # The language is read on the text's opening (see stop_language); the whole text, four bytes a
    # character when one of them is outside Latin-1, is let go before the paragraphs' terms are
    # gathered, where cleaning a long text reaches its peak memory.
    opening = text[:LANGUAGE_SAMPLE_CHARS]
    del text
    spelled: dict[str, str] = {}  # one copy of each term, kept for every paragraph
    for index, line in enumerate(lines):
        # Cheap pre-check: a paragraph has several spaces, or is CJK (no spaces at all).
        if line.count(" ", 0, 400) >= MIN_UNIT_WORDS - 1 or (may_be_cjk and len(line) >= MIN_UNIT_CJK_CHARS and CJK_RUN.search(line, 0, 200)):
            terms = terms_of(line[:4000])
            if _is_unit(line, len(terms), may_be_cjk):
                units.append(index)
                unit_terms.append([spelled.setdefault(term, term) for term in terms])
    # A word used once in the whole text cannot tie two paragraphs together; left in, it only adds
    # noise to every comparison.
    counts = Counter(chain.from_iterable(unit_terms))
    repeated = {t for t, c in counts.items() if c > 1}
    unit_counts = [Counter([t for t in terms if t in repeated]) for terms in unit_terms]
    cuts: list[tuple[int, float]] = []
    if min_main_paragraphs < SHORT_STORY_UNITS and not _mostly_prose(lines, units, min_main_paragraphs):
        min_main_paragraphs = SHORT_STORY_UNITS
    headline = _headline(lines, terms_of)
    headline_terms = headline[1] & repeated if headline else set()
    # A headline long enough to be a paragraph is one, and so are its copies under it: they do not
    # count as using its words, and a first story must hold a paragraph besides them.
    headline_units = _headline_paragraphs(units, unit_terms, headline) if headline else 0
    found, vectors, first_similarity = _boundaries(
        unit_counts, min_score, [_numbered(lines, i) for i in units], max(min_main_paragraphs, headline_units + 1), _bulleted_list_goes_on(lines, units),
        lambda: _common_stems(stop_language(opening)), headline_terms, headline_units,
    )
    ends = [unit for unit, _ in found[1:]] + [len(units)]
    found = [(_opening_unit(unit_counts, unit, end), score) for (unit, score), end in zip(found, ends)]
    for unit, score in found:
        start = units[unit]
        header = _header_start(lines, start, units[unit - 1], _term_set(unit_terms[unit : unit + HEADER_CONTEXT_UNITS]), _term_set(unit_terms[max(0, unit - HEADER_CONTEXT_UNITS) : unit]))
        cuts.append((header, score))
    bounds = [0] + [c for c, _ in cuts] + [len(lines)]
    scores = [1.0] + [s for _, s in cuts]
    segments = [(bounds[k], bounds[k + 1], scores[k]) for k in range(len(bounds) - 1)]
    main_index = _choose_main(segments, lines, main, title)
    similarity = [1.0]
    if len(segments) == 2:
        # The similarity the one cut was scored by: the two sides are the two stories.
        similarity = [1.0, first_similarity] if main_index == 0 else [first_similarity, 1.0]
    elif len(segments) > 2:
        # The stories as runs of paragraphs: each opens at its boundary's paragraph.
        runs = list(zip([0] + [unit for unit, _ in found], [unit for unit, _ in found] + [len(units)]))
        main_bag = _bag(vectors, *runs[main_index])
        similarity = [1.0 if k == main_index else _cosine(main_bag, _bag(vectors, *run)) for k, run in enumerate(runs)]
    return [Segment(s, e, sc, k == main_index, round(similarity[k], 3)) for k, (s, e, sc) in enumerate(segments)]


def _choose_main(segments: list[tuple[int, int, float]], lines: Sequence[str], main: str, title: str | None) -> int:
    if main == "first" or len(segments) == 1:
        return 0
    if main == "longest":
        sizes = [sum(len(lines[i]) for i in range(s, e)) for s, e, _ in segments]
        return sizes.index(max(sizes))
    if not title:
        raise ValueError("main='title' needs the story's title (title=...)")
    wanted: Weights = dict(Counter(content_terms(title)))
    best, best_sim = 0, -1.0
    for k, (s, e, _) in enumerate(segments):
        found = Counter(t for i in range(s, e) for t in content_terms(lines[i][:4000]))
        sim = _cosine(wanted, dict(found))
        if sim > best_sim:
            best, best_sim = k, sim
    return best


def segment_stories(
    text: str,
    *,
    main: Literal["first", "longest", "title"] = "first",
    title: str | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
) -> list[Segment]:
    """Split ``text`` into stories; segments cover every line, in order, and one is the main story.

    ``main`` picks the story to keep: the one the text starts with (the default: scrapes start with
    the article asked for), the longest, or the one closest to ``title``. ``min_score`` (0-1) is how
    sure a boundary must be; raise it to split less. A boundary up to NAME_CHANGE_RELIEF under it
    counts when the people and places named change there (see :data:`NAME_CHANGE_RELIEF`), one up
    to LANGUAGE_CHANGE_RELIEF under it when the language changes there for good, and one up to
    TYPOGRAPHY_CHANGE_RELIEF under it when the apostrophes, quote marks, dashes or ellipses change
    shape there (see :data:`TYPOGRAPHY_CHANGE_RELIEF`). No story ends
    between paragraphs that both use three or more of the words of the text's headline (a short
    first line: see :data:`HEADLINE_SHARED_TERMS`). A part with no boundary is read again without its
    language's common words, and a boundary found then must be SECOND_READING_MARGIN surer (see
    :data:`SECOND_READING_MARGIN`). A segment's ``score`` is the boundary's own, so it may be under
    ``min_score`` where one of these reliefs let it count.
    """
    if not isinstance(text, str):
        raise TypeError(f"segment_stories needs a str, not {type(text).__name__}")
    lines = text.splitlines()
    # A hard-wrapped text is segmented a paragraph a line (a story cannot end inside one), and
    # the segments are given back in the text's own lines. Asked first: most texts are not wrapped.
    width = wrap_width(lines)
    if width is None:
        return segment_lines(lines, main=main, title=title, min_score=min_score)
    view = unwrapped(list(enumerate(lines)), width)
    segments = segment_lines([line for _, line in view.lines], main=main, title=title, min_score=min_score)
    if not view.continued:
        return segments
    return [replace(segment, start=start, end=end) for segment in segments for start, end in [view.span(segment.start, segment.end, len(lines))]]


def story_starts(segments: Iterable[Segment]) -> list[int]:
    """The line indices where a new story starts (every segment's start except the first)."""
    return [s.start for s in segments][1:]
