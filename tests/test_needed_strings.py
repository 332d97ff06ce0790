"""The one-scan test of the rule tables' needed strings gives what testing them one by one gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
import cleantext.rules
from cleantext.document import Document, Removal
from cleantext.needed_strings import NeededStrings
from cleantext.rules import builtin_needed_strings, builtin_table
from cleantext.registry import rule_families

# A small alphabet makes overlapping strings and strings that are prefixes of others common.
PIECES = st.text(alphabet="ab:é ", min_size=1, max_size=5)
# Limits on both sides of the scanner's tier bounds (80, 160, 300), and 0 (any length).
LIMITS = st.sampled_from([0, 20, 80, 81, 160, 200, 300, 301, 900])


@settings(max_examples=300, deadline=None)
@given(
    limits=st.dictionaries(PIECES, LIMITS, max_size=8),
    lines=st.lists(st.text(alphabet="ab:é ", max_size=30), max_size=6),
    length=st.integers(0, 1000),
)
def test_the_scan_finds_what_testing_each_string_finds(limits: dict[str, int], lines: list[str], length: int) -> None:
    scanner = NeededStrings(limits)
    for line in lines:
        present = {s for s in limits if s in line}
        # Every string a rule testing lines this long may need, and nothing that is not there.
        needed = {s for s in present if limits[s] == 0 or limits[s] >= length}
        assert needed <= scanner.find(line, length) <= present
        assert scanner.scan([line]) == [scanner.find(line, len(line))]


def test_overlapping_strings_and_prefixes_are_all_found() -> None:
    scanner = NeededStrings({"share": 0, "shared": 0, "red": 0, "d o": 0, "x\ny": 0})
    assert scanner.scan(["shared on", "x", "y"]) == [{"share", "shared", "red", "d o"}, set(), set()]
    assert "x\ny" not in scanner.strings  # never inside one line


def test_long_lines_are_looked_at_only_for_the_strings_of_rules_that_test_them() -> None:
    scanner = NeededStrings({"share": 200, "cookies": 900, "foto": 0})
    line = "we use cookies to share your foto " * 10
    assert scanner.find(line, 120) == {"share", "cookies", "foto"}
    assert scanner.find(line, 340) == {"cookies", "foto"}
    assert scanner.find(line, 5000) >= {"foto"}


def test_covers_says_whether_a_table_can_share_the_scan() -> None:
    scanner = NeededStrings({"share": 200, "foto": 0})
    assert scanner.covers({"share": 160, "foto": 0})
    assert scanner.covers({"foto": 5000})
    assert not scanner.covers({"share": 300})  # longer lines than the scanner looks at for it
    assert not scanner.covers({"share": 0})
    assert not scanner.covers({"zzqx": 10})


def test_no_strings_scans_nothing() -> None:
    assert NeededStrings({}).scan(["anything", ""]) == [frozenset(), frozenset()]


FAMILIES = sorted(f for f in rule_families() if any(group[1] for group in builtin_table(f)._groups))


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_table_matches_the_same_lines_with_and_without_the_scan(family: str, data: st.DataObject) -> None:
    table = builtin_table(family)
    needs = sorted({need for group in table._groups for need in group[1]})
    fragment = st.one_of(st.sampled_from(needs), st.sampled_from(["Facebook", "Foto: ", "12", " ", "(dpa)", "news", "Mehr"]), st.text(max_size=6))
    lines = data.draw(st.lists(st.lists(fragment, min_size=1, max_size=4).map("".join), min_size=1, max_size=5))
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    # match() tests the needed strings one by one; on a document shared by several families,
    # match_line() and matching_lines() use its scan.
    doc, alone = Document(text, shared_scan=True), Document(text)
    expected = {index: table.match(line) for index, line in enumerate(doc.lines)}
    matched = {index: rule for index, rule in expected.items() if rule is not None}
    assert {index: table.match_line(doc, index) for index in range(len(doc.lines))} == expected
    assert dict(table.matching_lines(doc, 10**6)) == matched == dict(table.matching_lines(alone, 10**6))
    limit = data.draw(st.integers(0, 40))
    assert dict(table.matching_lines(doc, limit)) == {i: r for i, r in matched.items() if len(doc.lines[i]) <= limit}


def test_the_families_with_needed_strings_share_one_scan() -> None:
    shared = builtin_needed_strings()
    doc = Document("Share on Facebook\nFoto: dpa\nThe story goes on, as stories do.", shared_scan=True)
    for family in FAMILIES:
        list(builtin_table(family).matching_lines(doc, 1000))
        needs = {need for group in builtin_table(family)._groups for need in group[1]}
        assert (builtin_table(family)._scanner is shared) == bool(needs), family
    assert list(doc._needed) == [shared]


def test_a_table_alone_scans_for_its_own_strings_when_it_has_many() -> None:
    # A document not shared by several families (a step run alone) has no shared scan; a table
    # with SCAN_MIN_STRINGS needed strings or more scans for its own (share_prompts' share bar rule
    # needs any of fifty network names, which a Python loop tested one by one on every short line),
    # and a table with fewer tests them one by one.
    from cleantext.rules import SCAN_MIN_STRINGS, Rule, RuleTable

    alone = Document("Facebook | X | LinkedIn\nThe story goes on, as stories do.")
    table = builtin_table("share_prompts")
    own = table._scanner_for(alone)
    assert own.strings and own is not builtin_needed_strings()
    assert own.strings == {need for group in table._groups for need in group[1]}
    assert dict(table.matching_lines(alone, 1000)).keys() == {0}
    assert list(alone._needed) == [own]
    few = RuleTable("share_prompts", (Rule("mine", "mine", patterns=("zz[0-9]",), needs=("zz",)),))
    assert len(few._groups[0][1]) < SCAN_MIN_STRINGS and not few._scanner_for(alone).strings


def test_matching_lines_tries_only_kept_lines_in_order() -> None:
    table = builtin_table("share_prompts")
    doc = Document("Share on Facebook\nThe story goes on, as stories do.\nShare on Twitter\nShare on Facebook", shared_scan=True)
    assert [i for i, _ in table.matching_lines(doc, 1000)] == [0, 2, 3]
    doc.remove(Removal(2, doc.lines[2], "test", "r", "removed by another step"))
    assert [i for i, _ in table.matching_lines(doc, 1000)] == [0, 3]
    assert [i for i, _ in table.matching_lines(doc, 10)] == []
    # Another table on the same document finds its own lines, not the first table's.
    assert [i for i, _ in builtin_table("read_more").matching_lines(doc, 1000)] == []


def test_only_a_pipeline_of_several_families_shares_the_scan() -> None:
    assert cleantext.Pipeline()._shares_scan
    assert not cleantext.Pipeline(["read_more"])._shares_scan
    assert not cleantext.Pipeline(["boilerplate", "unrelated_stories"])._shares_scan


def test_a_user_rule_with_its_own_needed_string_still_matches() -> None:
    rules = {"related_links": {"patterns": [r"zzqx \d+"], "needs": ["zzqx"]}}
    assert cleantext.clean("First line.\nZZQX 12\nLast line.", rules=rules) == "First line.\nLast line."
    table = cleantext.rules.table_for("related_links", cleantext.load_rules(rules))
    doc = Document("ZZQX 12", shared_scan=True)
    assert table.match_line(doc, 0) is not None and table._scanner is not builtin_needed_strings()


def test_a_phrase_of_decoration_alone_still_matches_on_a_shared_document() -> None:
    # "»»" has the empty phrase key (trailing decoration is stripped from keys): the lines a table
    # tries must include the lines whose key is empty, and never a blank line.
    table = cleantext.rules.table_for("read_more", cleantext.load_rules({"read_more": {"phrases": ["»»"]}}))
    doc = Document("A story.\n»»\n\n   \nThe end.", shared_scan=True)
    assert [i for i, _ in table.matching_lines(doc, 1000)] == [1]
    assert table.match_line(doc, 1) is not None and table.match_line(doc, 2) is None
