"""A blog's "Recent Comments" widget (the recent_comments step)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.cleaners.recent_comments import MIN_RUN_LINES, comment_line, connectors
from cleantext.registry import register_cleaner

STEP = cleantext.Pipeline(["recent_comments"])
STORY = "The council approved the new bridge over the river on Tuesday after two years of debate and protest."
WIDGET = ["Toutant Duke on Bonny Light Horseman (album review)", "Alex on Jason Hawk Harris (album review)", "Mia on The Arctic Monkeys: Part 2"]


def test_the_widget_and_its_heading_go_each_with_its_reason() -> None:
    result = STEP.run("\n".join([STORY, "Recent Comments", *WIDGET, "Impressum"]))
    assert result.text.splitlines() == [STORY, "Impressum"]
    reasons = {r.line: (r.rule, r.reason) for r in result.removals}
    assert reasons[1] == ("recent-comments-heading", "recent comments widget (its heading)")
    assert {reasons[i] for i in (2, 3, 4)} == {("recent-comment", "recent comments widget (a run of 3 '<name> on <post>' lines)")}


def test_lines_another_step_removed_still_count_in_the_run() -> None:
    @register_cleaner("test_drop_vinz", replace=True)
    def drop_vinz(doc, config):  # type: ignore[no-untyped-def]
        return [(i, "vinz", "a test step") for i, line in doc.kept() if line.startswith("vinz")]

    # The classifier often takes some of a widget's lines and leaves others: the widget is judged
    # whole (three lines here, though one is gone), and this step removes the lines still in.
    text = "\n".join([STORY, "Heiko bei Ihr spinnt doch!", "vinz bei Ihr spinnt doch!", "Jana bei Laufen im Winter"])
    result = cleantext.Pipeline(["test_drop_vinz", "recent_comments"]).run(text)
    assert result.text.splitlines() == [STORY]
    assert {r.line: r.cleaner for r in result.removals} == {1: "recent_comments", 2: "test_drop_vinz", 3: "recent_comments"}


def test_a_user_heading_makes_a_run_without_repeats_a_widget() -> None:
    run = ["Anna on The new bridge over the river", "Paul on The old ferry across the water", "Mia on Why the town hall is closing"]
    text = "\n".join([STORY, "What readers say", *run])
    assert STEP.clean(text) == text
    rules = {"recent_comments": [{"phrases": ["What readers say"], "reason": "reader comments box"}]}
    result = cleantext.Pipeline(["recent_comments"], rules=rules).run(text)
    assert result.text.splitlines() == [STORY]
    assert result.removals[0].reason == "reader comments box"


def test_each_language_has_its_joining_word() -> None:
    table = connectors()
    assert {"en", "de", "fr", "es", "it", "pt", "nl"} <= set(table)
    for words in table.values():
        for word in words:
            line = comment_line(0, f"Anna {word} The new bridge over the river")
            assert line is not None and line.name == "Anna" and line.word == word


def test_names_of_up_to_three_words_and_no_more() -> None:
    assert comment_line(0, "Steffi Gruber bei ZEN Damenmode").name == "Steffi Gruber"
    assert comment_line(0, "unser Fachexperte lulli-nulli bei Dieb am Hauptbahnhof").name == "unser Fachexperte lulli-nulli"
    assert comment_line(0, "Sendung vom Februar 2014 Dresden bei Umfrage") is None
    assert comment_line(0, "Smith on Monday said the vote was lost.") is None


def test_the_default_pipeline_runs_it_before_the_segmenter() -> None:
    steps = cleantext.Pipeline().steps
    assert steps.index("boilerplate") < steps.index("recent_comments") < steps.index("unrelated_stories")


LINES = [STORY, "Recent Comments", "Kommentare", "", *WIDGET, "Heiko bei Ihr spinnt doch!", "vinz bei Ihr spinnt doch!", "Jane on vocals", "Link zu Facebook"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=3 * MIN_RUN_LINES + 6))
def test_it_is_idempotent_and_never_empties_a_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = STEP.run(text)
    assert STEP.clean(result.text) == result.text
    if any(line.strip() for line in lines):
        assert result.text.strip()
    assert all(r.cleaner == "recent_comments" and r.reason for r in result.removals)
