"""Text taken node by node from its HTML (cleantext.inline_breaks): the lines an inline element
broke are judged as the sentence they were, and the output keeps the input's lines."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import regex

import cleantext
from cleantext.inline_breaks import OPENERS, ends_with_opener, joined_at_inline_breaks
from strategies import lines_from


def _joined(lines: list[str]) -> list[str]:
    return [line for _, line in joined_at_inline_breaks(list(enumerate(lines))).lines]


def test_a_line_opening_with_a_following_mark_joins_the_line_before() -> None:
    assert _joined(["The ministry said", ", on Tuesday, that", "the plan", "."]) == ["The ministry said, on Tuesday, that the plan."]
    assert _joined(["北京", "，", "上海", "。"]) == ["北京，上海。"]


def test_small_letters_go_on_only_in_a_block_taken_node_by_node() -> None:
    # No line of the block opens with a following mark: a teaser and its byline stay two lines.
    assert _joined(["Edle Gerichte perfekt zubereitet", "von KB_Redaktion"]) == ["Edle Gerichte perfekt zubereitet", "von KB_Redaktion"]
    # The evidence is the block's: a blank line ends it.
    assert _joined(["Read the", "full report", ".", "", "Home", "contact us"]) == ["Read the full report.", "", "Home", "contact us"]
    # A line that ends a sentence, or announces what follows, is not gone on from.
    assert _joined(["It rained.", "then it stopped", ","]) == ["It rained.", "then it stopped,"]


def test_a_line_that_ends_with_an_article_goes_on_whatever_the_case_of_the_next() -> None:
    lines = ["Wer sich den Traum vom", "Neuwagen", "erfüllen möchte, hat dafür Möglichkeiten.", "Mehr dazu lesen Sie in der", "Übersicht"]
    assert _joined(lines) == ["Wer sich den Traum vom Neuwagen erfüllen möchte, hat dafür Möglichkeiten.", "Mehr dazu lesen Sie in der Übersicht"]
    # Only in lower case: "Plan A" ends a heading.
    assert _joined(["Plan A", "Next steps"]) == ["Plan A", "Next steps"]


def test_lines_alone_are_joined_to_none() -> None:
    lines = ["Please use Chrome browser for a more accessible video player", "a", "Politics latest: More headaches", "?"]
    assert _joined(lines) == ["Please use Chrome browser for a more accessible video player a", "Politics latest: More headaches?"]
    view = joined_at_inline_breaks(list(enumerate(lines)), alone={0, 2})
    # A line alone is passed over: the "?" goes on the line before it, as it will when it is gone.
    assert [line for _, line in view.lines] == ["Please use Chrome browser for a more accessible video player", "a?", "Politics latest: More headaches"]
    assert view.input_lines(1) == (1, 3)


def test_the_pipeline_keeps_what_its_widget_tables_remove_apart() -> None:
    # Joined to the "a" after it, the notice matched no rule and stayed; cleaned again (no "?" to
    # show the text was taken node by node), it went.
    text = "Please use Chrome browser for a more accessible video player\na\nPolitics latest: More headaches\n?"
    once = cleantext.clean(text)
    assert "Chrome" not in once
    assert cleantext.clean(once) == once


def test_code_and_marks_that_open_words_are_not_joined() -> None:
    lines = ["The council approved the bridge.", ".article-body { margin: 0 }", ":root", ".NET is a framework", "x", "} , y"]
    assert _joined(lines) == lines


def test_what_is_joined_is_every_input_line_once_in_order() -> None:
    lines = ["Home", "", "Bake it in a", "preheated oven", ",", "then cool it.", "", "."]
    view = joined_at_inline_breaks(list(enumerate(lines)))
    covered = [index for position in range(len(view.lines)) for index in view.input_lines(position)]
    assert covered == list(range(len(lines)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["", "Home", "the plan", ",", ".", "went ahead.", "Was it", ".x {", "；"]), max_size=30))
def test_the_view_covers_every_line_once(lines: list[str]) -> None:
    view = joined_at_inline_breaks(list(enumerate(lines)))
    covered = [index for position in range(len(view.lines)) for index in view.input_lines(position)]
    assert covered == list(range(len(lines)))


# The rule as a pattern anchored at the line's end (what ends_with_opener replaced: searched, it
# was tried from every word of a paragraph): a word, spaces or tabs, an article, spaces or tabs.
OPENER_AT_END = regex.compile(r"\S[ \t]+(?:" + "|".join(sorted(OPENERS)) + r")[ \t]*\Z")


@settings(max_examples=500, deadline=None)
@example("Angebot\x1c der")  # a separator the regex engine does not take for whitespace
@example("Angebot\u00a0 der")  # a no-break space it does
@example("Angebot der\n")
@given(lines_from([*sorted(OPENERS), "", " ", "\t", "  ", "\u00a0", "\x1c", "\u2028", "Plan", "A", "The", "x", "é", ".", "thee"]))
def test_a_line_ends_with_an_article_as_the_pattern_says(line: str) -> None:
    assert ends_with_opener(line) == (OPENER_AT_END.search(line) is not None), repr(line)


def test_an_article_ends_a_line_only_after_a_word() -> None:
    assert ends_with_opener("Wer sich den Traum vom")
    assert ends_with_opener("Bake it in a \t")
    assert not ends_with_opener("vom")  # one word: a heading, not a broken sentence
    assert not ends_with_opener("  the")
    assert not ends_with_opener("Plan A")  # capitals: a name, not an article
    assert not ends_with_opener("in the.")
    assert not ends_with_opener("Angebot\u00a0\tder")  # the word before must be a word, not a no-break space


MENU = ["Home", "News", "World", "Business", "Sport", "Weather", "Sign in"]
FOOTER = ["About us", "Contact", "Privacy policy", "Cookie settings", "Terms of use", "© 2025 Example Media"]
# An article as BeautifulSoup's get_text("\n") prints it: a line at every link and emphasis.
ARTICLE = [
    "Floods force thousands from their homes in the north",
    "Heavy rain over three days sent rivers over their banks across the",
    "north of the country",
    ", and officials said on Monday that thousands of people had been moved to",
    "shelters",
    ".",
    "The",
    "national weather service",
    "said more rain was expected on Tuesday, although the worst of the storm had passed, and it kept its",
    "highest warning",
    "in place for two regions.",
    "Several main roads were closed after",
    "landslides",
    ", and the railway between the two largest cities was suspended while engineers checked",
    "bridges",
    "for damage.",
]


def test_a_page_taken_node_by_node_comes_out_as_its_article() -> None:
    page = "\n".join(MENU + ARTICLE + FOOTER)
    kept = cleantext.clean(page).splitlines()
    assert kept == ARTICLE  # the input's lines, as they were
    result = cleantext.clean_document(page)
    assert {r.text for r in result.removals} == set(MENU + FOOTER)
