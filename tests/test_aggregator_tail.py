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


STORY = [
    "The council approved the new bridge over the river on Tuesday after two years of debate in the chamber.",
    "Work on the foundations is due to start in the spring, and the old crossing will stay open until then.",
]
MORE_STORY = [
    "Residents at a meeting on Monday evening asked whether the new bridge would carry buses from the first day.",
    "The council said it would, and that the bus company had already agreed to move two of its routes onto it.",
    "The cost, about 40 million pounds, will be shared between the council and the regional transport authority.",
]


def test_a_share_bar_inside_the_story_is_no_tail() -> None:
    # msn.com prints a share bar and a rail of video headlines between two paragraphs: the first
    # run of prose after them is longer than all the prose before, so the story goes on.
    widget = ["Share", "Share on Facebook", "What to watch next", "Met Office forecast for Tuesday", "Wales Online"]
    # (The two paragraphs before the bar are more than a third of the prose: the share that makes
    # a start after the article.)
    text = "\n".join(STORY + widget + MORE_STORY)
    assert cleantext.Pipeline(["aggregator_tail"]).clean(text) == text
    # After the whole story, the same bar starts the tail, teasers and all.
    text = "\n".join(STORY + MORE_STORY + widget + MORE_STORY[:1])
    assert cleantext.Pipeline(["aggregator_tail"]).clean(text).splitlines() == STORY + MORE_STORY


def test_readers_comments_are_a_tail_however_long_they_run() -> None:
    # Where a comment's heading is the evidence, the comment's paragraphs may be longer than the story.
    text = "\n".join(STORY[:1] + ["Comments", "Roberta says:", "October 20, 2019 at 1:31 pm"] + MORE_STORY + STORY[1:])
    assert cleantext.Pipeline(["aggregator_tail"]).clean(text).splitlines() == STORY[:1]


def test_a_hosted_blog_s_log_in_box_is_no_tail_marker() -> None:
    # A dozen lines of the box stand together and would confirm each other as a tail's start; the
    # comment_forms step removes them, and the aggregator's tail is left to the evidence it has.
    story = [
        "Der Stadtrat hat am Dienstag nach zwei Jahren Streit den Bau der neuen Brücke über den Fluss beschlossen.",
        "Die Arbeiten sollen im Frühjahr beginnen und achtzehn Monate dauern, sagte der Bürgermeister.",
    ]
    box = [
        "Gib hier deinen Kommentar ein ...",
        "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
        "Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )",
        "Du kommentierst mit Deinem Google-Konto. ( Abmelden / Ändern )",
        "Verbinde mit %s",
    ]
    text = "\n".join(story + box + ["Die Brücke soll 2027 fertig sein."])
    assert not cleantext.Pipeline(["aggregator_tail"]).run(text).removals
    assert cleantext.Pipeline(["comment_forms"]).clean(text) == "\n".join(story + ["Die Brücke soll 2027 fertig sein."])
    # The same place with a comment form's own lines is a tail's start.
    form = "\n".join(story + ["Schreibe einen Kommentar", "Antwort abbrechen", "Die Brücke soll 2027 fertig sein."])
    assert cleantext.Pipeline(["aggregator_tail"]).clean(form).splitlines() == story


def test_a_marker_that_ends_the_text_is_a_tail_of_its_own() -> None:
    # The header of a comment section the scrape did not keep, with nothing under it: the end of
    # the text confirms it as a second marker would.
    for header in ("Comments", "Kommentare", "0 comments"):
        text = "\n".join(STORY + MORE_STORY + [header, ""])
        result = cleantext.Pipeline(["aggregator_tail"]).run(text)
        assert result.text.splitlines() == STORY + MORE_STORY, header
        assert [r.rule for r in result.removals] == ["tail-start:comments"], header
    # The same header with the story going on under it is a subheading, and stays.
    text = "\n".join(STORY + ["Comments"] + MORE_STORY)
    assert cleantext.Pipeline(["aggregator_tail"]).clean(text) == text
    # A header alone under a title, with no sentence before it, is above a story, not after one.
    text = "\n".join(["Return hubs: the plan", "Comments"])
    assert cleantext.Pipeline(["aggregator_tail"]).clean(text) == text
