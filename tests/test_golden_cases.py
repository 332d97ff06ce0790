"""Golden cases as data (tests/cases/<step>.json, in the spirit of ftfy's test cases).

Each case runs through a pipeline of its one step. ``expected`` omitted means the input must come
back unchanged (a negative case); ``xfail: true`` marks a known failure, strictly, so that a fix
that starts working is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleantext

CASES = Path(__file__).parent / "cases"
MIN_CASES_PER_FAMILY = 30


def _families() -> dict[str, list[dict]]:
    out = {}
    for path in sorted(CASES.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "cases" in data:
            out[data["step"]] = data["cases"]
    return out


FAMILIES = _families()


def _params():
    for step, cases in FAMILIES.items():
        for k, case in enumerate(cases):
            marks = [pytest.mark.xfail(strict=True, reason=case["reason"])] if case.get("xfail") else []
            yield pytest.param(step, case, id=f"{step}-{k:02d}", marks=marks)


@pytest.mark.parametrize("step,case", list(_params()))
def test_golden_case(step: str, case: dict) -> None:
    text = "\n".join(case["input"])
    expected = case.get("expected", case["input"])
    result = cleantext.Pipeline([step]).run(text)
    assert result.text.splitlines() == expected, case["reason"]
    # Every removal names this step and a rule, and says why.
    for removal in result.removals:
        assert removal.cleaner == step and removal.rule and removal.reason


@pytest.mark.parametrize("step", sorted(FAMILIES))
def test_each_family_has_enough_positive_and_negative_cases(step: str) -> None:
    cases = FAMILIES[step]
    positives = [c for c in cases if "expected" in c and c["expected"] != c["input"]]
    negatives = [c for c in cases if "expected" not in c or c["expected"] == c["input"]]
    assert len(cases) >= MIN_CASES_PER_FAMILY
    assert len(positives) >= 10 and len(negatives) >= 8


def test_the_seed_families_are_all_covered() -> None:
    assert {"player_notices", "video_cards", "related_links", "captions", "aggregator_tail"} <= set(FAMILIES)


def test_every_builtin_family_that_takes_rules_has_golden_cases() -> None:
    from cleantext.registry import list_steps

    builtin = {name for name, step in list_steps().items() if step.takes_rules and step.func.__module__.startswith("cleantext.")}
    assert builtin <= set(FAMILIES)


#: Families that read Markdown syntax, where a list item's marker and a link's parts need a plain
#: space (a no-break space after "-" is no bullet to a Markdown reader either).
MARKDOWN_FAMILIES = {"link_cards"}


@pytest.mark.parametrize("step", sorted(set(FAMILIES) - MARKDOWN_FAMILIES))
def test_no_break_spaces_inside_lines_change_no_removal(step: str) -> None:
    # Scrapers keep &nbsp; as U+00A0 ("Folgen Sie uns auf\u00a0Twitter"): each case gives the same
    # removals with every space inside its lines a no-break space (or a narrow one), and keeps the
    # lines as they came.
    for case in FAMILIES[step]:
        if case.get("xfail"):
            continue
        plain = cleantext.Pipeline([step]).run("\n".join(case["input"]))
        for space in ("\u00a0", "\u202f"):
            lines = [line.replace(" ", space) for line in case["input"]]
            odd = cleantext.Pipeline([step]).run("\n".join(lines))
            assert [r.line for r in odd.removals] == [r.line for r in plain.removals], (space, case["reason"])
            assert [r.rule for r in odd.removals] == [r.rule for r in plain.removals], (space, case["reason"])
            kept = {r.line for r in odd.removals}
            assert odd.text.splitlines() == [line for i, line in enumerate(lines) if i not in kept]
