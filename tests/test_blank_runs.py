"""The blank_runs step: blank lines that removals leave side by side."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Pipeline, register_cleaner


@register_cleaner("test_drop_marked", replace=True)
def drop_marked(doc, config):
    """Removes every line that holds "DROP" (a stand-in for any cleaner)."""
    for index, line in doc.kept():
        if "DROP" in line:
            yield index, "marked", "marked for removal"


def _longest_blank_run(lines: list[str]) -> int:
    longest = run = 0
    for line in lines:
        run = run + 1 if not line.strip() else 0
        longest = max(longest, run)
    return longest


def test_a_widget_between_blank_lines_leaves_one_gap() -> None:
    text = "\n".join(["First paragraph.", "", "DROP share", "", "DROP like", "", "Second paragraph."])
    result = Pipeline(["test_drop_marked", "blank_runs"]).run(text)
    assert result.text == "First paragraph.\n\nSecond paragraph."
    reasons = {r.line: (r.cleaner, r.rule) for r in result.removals}
    # The first gap stays; the two blank lines that only the removed widget lines kept apart go.
    assert reasons == {2: ("test_drop_marked", "marked"), 4: ("test_drop_marked", "marked"), 3: ("blank_runs", "blank-run"), 5: ("blank_runs", "blank-run")}


def test_the_longest_gap_stays() -> None:
    text = "\n".join(["First paragraph.", "", "DROP menu", "", "", "Second paragraph."])
    assert Pipeline(["test_drop_marked", "blank_runs"]).clean(text) == "First paragraph.\n\n\nSecond paragraph."


def test_no_gap_is_left_where_removed_lines_opened_or_ended_the_text() -> None:
    step = Pipeline(["test_drop_marked", "blank_runs"])
    assert step.clean("DROP menu\nDROP menu\n\nArticle line.\n\nDROP footer") == "Article line.\n"
    # The blank line the text itself opened with is the text's own.
    assert step.clean("\nDROP menu\n\nArticle line.") == "\nArticle line."


def test_blank_lines_next_to_each_other_in_the_input_stay() -> None:
    # Nothing was removed between them: the text's own spacing is not this step's business.
    text = "First paragraph.\n\n\n\nSecond paragraph.\n"
    assert Pipeline(["test_drop_marked", "blank_runs"]).clean(text) == text
    assert Pipeline(["blank_runs"]).run("A line.\n\nDROP\n\nB line.").removals == ()


def test_the_default_pipeline_leaves_no_wider_gap_than_the_page_had() -> None:
    page = "\n".join([
        "The council approved the new bridge over the river on Tuesday after two years of debate.", "",
        "Teilen mit:", "", "Gefällt mir:", "", "Liken Lade …", "", "Ähnliche Beiträge", "",
        "Work on the bridge is due to start in the spring and should take eighteen months.",
    ])  # fmt: skip
    out = cleantext.clean(page)
    assert "Gefällt mir" not in out and "Teilen mit" not in out
    assert _longest_blank_run(out.splitlines()) == 1


LINE = st.sampled_from(["", "", "  ", "Prose line.", "DROP widget", "DROP", "Another line of text."])


@settings(max_examples=300, deadline=None)
@given(st.lists(LINE, max_size=30))
def test_only_blank_lines_go_and_no_gap_grows(lines: list[str]) -> None:
    text = "\n".join(lines)
    with_step = Pipeline(["test_drop_marked", "blank_runs"]).run(text)
    without = Pipeline(["test_drop_marked"]).run(text)
    # The step removes blank lines only, and never a non-blank line's neighbour that the input had.
    extra = [r for r in with_step.removals if r.cleaner == "blank_runs"]
    assert all(not r.text.strip() for r in extra)
    assert [line for line in with_step.text.splitlines() if line.strip()] == [line for line in without.text.splitlines() if line.strip()]
    # No gap in the output is wider than the widest run of blank lines in the input.
    assert _longest_blank_run(with_step.text.splitlines()) <= _longest_blank_run(lines)
    # The output opens with a blank line only where the input did.
    out = with_step.text.splitlines()
    if out and not out[0].strip():
        assert lines and not lines[0].strip()
    # Cleaning again changes nothing.
    assert Pipeline(["test_drop_marked", "blank_runs"]).clean(with_step.text) == with_step.text


def test_a_layout_step_runs_after_the_others_have_settled_and_wakes_none() -> None:
    calls: list[str] = []

    @register_cleaner("test_settling_counter", replace=True, settles=True)
    def settling_counter(doc, config):
        calls.append("settling")
        return iter(())

    @register_cleaner("test_drop_late", replace=True)
    def drop_late(doc, config):
        for index, line in doc.kept():
            if line == "LATE":
                yield index, "late", "removed by a later step"

    text = "First paragraph.\n\nLATE\n\nSecond paragraph."
    # Listed first, the layout step still runs last: it sees the later step's removal.
    result = Pipeline(["blank_runs", "test_settling_counter", "test_drop_late"]).run(text)
    assert result.text == "First paragraph.\n\nSecond paragraph."
    # The settling step ran once, and again for the later step's removal; not for blank_runs'.
    assert calls == ["settling", "settling"]


def test_a_step_cannot_both_settle_and_tidy_the_layout() -> None:
    with pytest.raises(ValueError, match="layout step"):
        register_cleaner("test_both", settles=True, layout=True)(lambda doc, config: iter(()))
