"""A post's toolbar, controls and details (the post_controls step): what must always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.cleaners.post_controls import BUTTON_RULE_PREFIX, MIN_BUTTONS, MIN_KEPT_BUTTONS, ROW_RULE_ID
from cleantext.registry import register_cleaner
from cleantext.rules import builtin_data

STEP = cleantext.Pipeline(["post_controls"])
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROSE = [
    "The council approved the new bridge over the river on Tuesday after two years of debate.",
    "Work is due to start in the spring and to last eighteen months, the city said.",
    "Support",
    "Love, the old poet wrote, is patient.",
]
RULES = builtin_data("post_controls")["rule"]
# A phrase goes by the first rule that has it: "Kommentieren" is a button word too, but the
# comment-button rule before the buttons takes it alone.
ALONE = {p.lower() for rule in RULES if not rule["id"].startswith(BUTTON_RULE_PREFIX) for p in rule.get("phrases", [])}
BUTTONS = sorted({p for rule in RULES if rule["id"].startswith(BUTTON_RULE_PREFIX) for p in rule.get("phrases", []) if p.lower() not in ALONE})
BUTTON_KEYS = {b.lower() for b in BUTTONS}
COUNTS = ["12", "1.2K", "34 comments"]
lines = st.lists(st.sampled_from(PROSE + BUTTONS[:40] + COUNTS + [""]), min_size=1, max_size=30)


def _row_around(text_lines: list[str], index: int) -> list[str]:
    """The lines of the run around *index* that hold nothing but buttons, counts and blank lines."""
    def in_row(line: str) -> bool:
        return not line.strip() or line.strip().lower() in BUTTON_KEYS or line.strip() in COUNTS

    start = index
    while start > 0 and in_row(text_lines[start - 1]):
        start -= 1
    end = index
    while end + 1 < len(text_lines) and in_row(text_lines[end + 1]):
        end += 1
    return text_lines[start : end + 1]


@SETTINGS
@given(lines)
def test_a_button_goes_only_in_a_row_of_enough_buttons(text_lines: list[str]) -> None:
    result = STEP.run("\n".join(text_lines))
    for removal in result.removals:
        if removal.rule != ROW_RULE_ID:
            continue
        row = _row_around(text_lines, removal.line)
        assert sum(1 for line in row if line.strip().lower() in BUTTON_KEYS) >= MIN_BUTTONS, row


@SETTINGS
@given(st.lists(st.sampled_from(BUTTONS), min_size=1, max_size=MIN_BUTTONS - 1), st.sampled_from(PROSE[:2]))
def test_fewer_buttons_than_a_row_stay(buttons: list[str], prose: str) -> None:
    text = "\n".join([prose, *buttons, prose])
    assert STEP.clean(text) == text


def test_two_buttons_are_no_row_and_three_are() -> None:
    two = "\n".join([PROSE[0], "Like", "Share", PROSE[1]])
    assert STEP.clean(two) == two
    assert STEP.clean("\n".join([PROSE[0], "Like", "Share", "Save", PROSE[1]])).splitlines() == [PROSE[0], PROSE[1]]


def test_a_row_keeps_the_counts_at_its_ends_and_takes_those_inside() -> None:
    text = "\n".join([PROSE[0], "123", "Like", "12", "Comment", "Repost", "4", PROSE[1]])
    assert STEP.clean(text).splitlines() == [PROSE[0], "123", "4", PROSE[1]]


def test_a_line_a_widget_table_removed_counts_as_a_button_but_two_must_be_left() -> None:
    @register_cleaner("test_drop_share", replace=True, takes_rules=True)
    def drop_share(doc, config):  # type: ignore[no-untyped-def]
        return [(i, "share", "a test widget table") for i, line in doc.kept() if line.strip() == "Share"]

    pipeline = cleantext.Pipeline(["test_drop_share", "post_controls"])
    # "Share" (gone) with two buttons still in: a row of three.
    assert pipeline.clean("\n".join([PROSE[0], "Share", "Like", "Comment", PROSE[1]])).splitlines() == [PROSE[0], PROSE[1]]
    # "Share" twice (gone) with one word: the word may head what follows, and stays.
    assert MIN_KEPT_BUTTONS == 2
    assert pipeline.clean("\n".join([PROSE[0], "Share", "Support", "Share", PROSE[1]])).splitlines() == [PROSE[0], "Support", PROSE[1]]
