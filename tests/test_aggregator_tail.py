"""The aggregator_tail step's comment headings: the words per language come from the data file."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.cleaners.aggregator_tail import comment_heading
from cleantext.rules import builtin_data

LANGUAGES = {"en", "de", "fr", "es", "it", "pt", "nl"}

# A comment's two heading lines in each language, as the blog themes' translations print them.
HEADINGS = {
    "en": ("Roberta says:", "October 20, 2019 at 1:31 pm"),
    "de": ("Karoline Herr sagt:", "20. November 2022 um 10:36 Uhr"),
    "fr": ("Julie dit :", "12 mars 2021 à 14 h 05 min"),
    "es": ("Pedro dice:", "2 de mayo de 2020 a las 13:31"),
    "it": ("Marco scrive:", "3 giugno 2021 alle 09:12"),
    "pt": ("Ana diz:", "5 de julho de 2020 às 18:40"),
    "nl": ("Sanne zegt:", "8 april 2021 om 20:15"),
}


def test_every_language_has_both_word_lists() -> None:
    data = builtin_data("aggregator_tail")
    verbs, words = data["comment_verbs"], data["comment_time_words"]
    assert set(verbs) == set(words)
    assert LANGUAGES <= set(verbs)
    assert all(verbs[lang] and words[lang] for lang in verbs)
    # The words after a time are optional per language, but only for a language the heading knows.
    assert set(data["comment_time_suffixes"]) <= set(verbs)


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_a_comment_heading_in_each_language_starts_the_tail(lang: str) -> None:
    writer, time = HEADINGS[lang]
    writer_line, time_line = comment_heading()
    assert writer_line.fullmatch(writer) and time_line.fullmatch(time)
    story = "The council approved the new bridge over the river on Tuesday after two years of debate."
    text = "\n".join([story, writer, time, "Great news, I cross the river every day.", "Reply"])
    assert cleantext.Pipeline(["aggregator_tail"]).clean(text).splitlines() == [story]


@pytest.mark.parametrize(
    "writer,time",
    [
        ("Mr Smith says:", "“We will appeal against this ruling.”"),  # a quote, not a time
        ("In a statement on Monday, the Prime Minister of the country says:", "October 20, 2019 at 1:31 pm"),  # no name
        ("Roberta says:", "Meet us at 10:30"),  # no date
    ],
)
def test_lines_that_only_look_like_a_comment_heading_stay(writer: str, time: str) -> None:
    story = "The council approved the new bridge over the river on Tuesday after two years of debate."
    text = "\n".join([story, writer, time, "The appeal is due to be heard in the spring, lawyers said."])
    assert cleantext.Pipeline(["aggregator_tail"]).clean(text) == text
