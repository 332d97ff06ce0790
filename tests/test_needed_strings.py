"""The one-scan test of the rule tables' needed strings gives what testing them one by one gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.document import Document
from cleantext.needed_strings import NeededStrings
from cleantext.rules import builtin_needed_strings, builtin_table
from cleantext.registry import rule_families

# A small alphabet makes overlapping strings and strings that are prefixes of others common.
PIECES = st.text(alphabet="ab:é ", min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(strings=st.frozensets(PIECES, max_size=8), lines=st.lists(st.text(alphabet="ab:é \n", max_size=30), max_size=6), limit=st.integers(0, 20))
def test_the_scan_finds_what_testing_each_string_finds(strings: frozenset[str], lines: list[str], limit: int) -> None:
    lines = [line.replace("\n", "") for line in lines]
    found = NeededStrings(strings, limit).scan(lines)
    for line, got in zip(lines, found):
        if limit and len(line) > limit:
            assert got is None
        else:
            assert got == {s for s in strings if s in line}


def test_overlapping_strings_and_prefixes_are_all_found() -> None:
    scanner = NeededStrings(frozenset({"share", "shared", "red", "d o", "x\ny"}))
    assert scanner.scan(["shared on", "x", "y"]) == [{"share", "shared", "red", "d o"}, set(), set()]
    assert "x\ny" not in scanner.strings  # never inside one line


def test_no_strings_scans_nothing() -> None:
    assert NeededStrings(frozenset()).scan(["anything", ""]) == [frozenset(), frozenset()]


FAMILIES = sorted(f for f in rule_families() if any(group[1] for group in builtin_table(f)._groups))


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_table_matches_the_same_lines_with_and_without_the_scan(family: str, data: st.DataObject) -> None:
    table = builtin_table(family)
    needs = sorted({need for group in table._groups for need in group[1]})
    fragment = st.one_of(st.sampled_from(needs), st.sampled_from(["Facebook", "Foto: ", "12", " ", "(dpa)", "news", "Mehr"]), st.text(max_size=6))
    lines = data.draw(st.lists(st.lists(fragment, min_size=1, max_size=4).map("".join), min_size=1, max_size=5))
    doc = Document("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines))
    # match() tests the needed strings one by one; match_line() and matching_lines() use the
    # document's scan.
    expected = {index: table.match(line) for index, line in enumerate(doc.lines)}
    assert {index: table.match_line(doc, index) for index in range(len(doc.lines))} == expected
    assert dict(table.matching_lines(doc, 10**6)) == {index: rule for index, rule in expected.items() if rule is not None}
    limit = data.draw(st.integers(0, 40))
    assert dict(table.matching_lines(doc, limit)) == {i: r for i, r in expected.items() if r is not None and len(doc.lines[i]) <= limit}


def test_the_builtin_families_share_one_scan() -> None:
    shared = builtin_needed_strings()
    doc = Document("Share on Facebook\nFoto: dpa\nThe story goes on, as stories do.")
    for family in FAMILIES:
        builtin_table(family).match_line(doc, 0)
        assert builtin_table(family)._scanner is shared
    assert list(doc._needed) == [shared]


def test_a_user_rule_with_its_own_needed_string_still_matches() -> None:
    rules = {"related_links": {"patterns": [r"zzqx \d+"], "needs": ["zzqx"]}}
    assert cleantext.clean("First line.\nZZQX 12\nLast line.", rules=rules) == "First line.\nLast line."
