"""A text's function words in a language without a stop list (cleantext.function_words), and
what the segmenter and the boilerplate classifier make of such a text.

The stand-in for such a language is the benchmarks' (``benchmarks/layouts.enciphered``): every
letter replaced by another, so that no stop list knows a word while the words keep their shapes
and frequencies."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

import cleantext
from cleantext.boilerplate import STAGE1_FEATURES, features_and_words
from cleantext.function_words import MIN_STOP_SHARE, MIN_WORDS, OWN_FUNCTION_WORDS, lacks_stop_list, own_function_words
from cleantext.segmenter import _own_function_words_of, terms_reader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from layouts import enciphered  # noqa: E402

SEEDS = {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*.txt"))}
STOP_SHARE = STAGE1_FEATURES.index("stopword_share")


def test_a_language_lacks_a_stop_list_only_when_few_of_many_words_are_on_one() -> None:
    assert lacks_stop_list(MIN_WORDS, 0)
    assert not lacks_stop_list(MIN_WORDS - 1, 0)  # too few words to tell
    assert not lacks_stop_list(1000, int(MIN_STOP_SHARE * 1000))
    assert lacks_stop_list(1000, int(MIN_STOP_SHARE * 1000) - 1)


def test_own_function_words_are_the_most_frequent_short_words() -> None:
    counts = Counter({"ja": 50, "oli": 40, "että": 30, "2019": 60, "tuomioistuin": 70, "x1": 45})
    found = own_function_words(counts)
    # Numbers, words with digits and long words are none, however frequent.
    assert {"ja", "oli", "että"} <= found
    assert not found & {"2019", "tuomioistuin", "x1"}
    # At most OWN_FUNCTION_WORDS of them, however many short words the text has.
    many = Counter({a + b + c: 2 for a in "abcdef" for b in "ghijkl" for c in "mnopqr"})
    assert len(many) > OWN_FUNCTION_WORDS
    assert len(own_function_words(many)) == OWN_FUNCTION_WORDS


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_english_text_keeps_the_stop_lists(seed: str) -> None:
    text = SEEDS[seed]
    assert _own_function_words_of(text, terms_reader(text)) == frozenset()


def test_an_unknown_language_is_read_with_its_own_function_words() -> None:
    text = enciphered(SEEDS["003"])
    found = _own_function_words_of(text, terms_reader(text))
    # "the", "and", "for", "said" ... enciphered: the most frequent words of the text.
    assert {enciphered(word) for word in ("the", "and", "for", "said")} <= found


def test_the_main_story_ends_where_it_does_when_no_stop_list_knows_the_language() -> None:
    """Seed 003 (the Kosovo story, then the Online Safety Act, a new party and a crypto letter):
    enciphered, its words tie nothing together but its function words, which tied every paragraph
    to every other one; read with its own function words, the main story ends at the same line."""
    plain = cleantext.segment_stories(SEEDS["003"])
    unknown = cleantext.segment_stories(enciphered(SEEDS["003"]))
    assert len(plain) > 1
    assert unknown[0].end == plain[0].end


@pytest.mark.parametrize("seed", ["000", "001", "004"])
def test_single_stories_in_an_unknown_language_stay_whole(seed: str) -> None:
    assert len(cleantext.segment_stories(enciphered(SEEDS[seed]))) == 1


def test_the_classifier_counts_an_unknown_languages_function_words() -> None:
    """A line of prose in a language without a stop list has function words (its text's own), as
    it has in a language with one; its content words are the rest."""
    lines = enciphered(SEEDS["003"]).splitlines()
    rows, words = features_and_words(lines)
    prose = max(range(len(lines)), key=lambda i: len(lines[i]))
    assert rows[prose][STOP_SHARE] > 0.2
    assert enciphered("the") not in words[prose]
    plain_rows, _ = features_and_words(SEEDS["003"].splitlines())
    assert abs(rows[prose][STOP_SHARE] - plain_rows[prose][STOP_SHARE]) < 0.25


def test_a_cut_in_an_unknown_language_needs_the_margin_more(monkeypatch: pytest.MonkeyPatch) -> None:
    """OWN_FUNCTION_WORDS_MARGIN raises the score a cut needs in a text read with its own function
    words, and only there: seed 003's first boundary scores 0.67 enciphered."""
    import cleantext.segmenter as segmenter

    unknown = enciphered(SEEDS["003"])
    monkeypatch.setattr(segmenter, "OWN_FUNCTION_WORDS_MARGIN", 0.0)
    assert len(cleantext.segment_stories(unknown)) > 1
    monkeypatch.setattr(segmenter, "OWN_FUNCTION_WORDS_MARGIN", 0.35)
    assert len(cleantext.segment_stories(unknown)) == 1
    assert len(cleantext.segment_stories(SEEDS["003"])) > 1  # English reads with its stop list
