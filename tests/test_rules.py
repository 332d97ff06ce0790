"""User rules from TOML files and mappings: they extend a family, and bad ones fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleantext
from cleantext import RulesError, load_rules
from cleantext.rules import builtin_table, phrase_key, table_for
from cleantext.registry import rule_families

TEXT = "Story starts here.\nVideo wird geladen bitte warten\nStory goes on."


def _rules_file(folder: Path, toml: str) -> Path:
    """A user's rules file holding *toml*."""
    path = folder / "rules.toml"
    path.write_text(toml, encoding="utf-8")
    return path


def test_rules_from_a_toml_file(tmp_path: Path) -> None:
    rules = _rules_file(
        tmp_path, '[[player_notices]]\nid = "loading-de"\nreason = "German loading notice"\nphrases = ["Video wird geladen bitte warten"]\n'
    )
    result = cleantext.clean_document(TEXT, rules=rules)
    assert result.text == "Story starts here.\nStory goes on."
    assert (result.removals[0].rule, result.removals[0].reason) == ("loading-de", "German loading notice")


def test_rules_from_a_mapping_with_a_pattern() -> None:
    rules = {"related_links": {"patterns": [r"Mehr aus \w+"]}}
    assert cleantext.clean("Erster Satz.\nMehr aus Berlin\nZweiter Satz.", rules=rules) == "Erster Satz.\nZweiter Satz."


def test_user_rules_do_not_leak_into_other_calls() -> None:
    cleantext.clean(TEXT, rules={"player_notices": {"phrases": ["Video wird geladen bitte warten"]}})
    assert cleantext.clean(TEXT) == TEXT


@pytest.mark.parametrize(
    "data, message",
    [
        ({"no_such_family": {"phrases": ["x"]}}, "unknown cleaner family"),
        ({"player_notices": {"phrases": []}}, "at least one phrase or pattern"),
        ({"player_notices": {"phrases": [3]}}, "list of non-empty strings"),
        ({"player_notices": {"patterns": ["(unclosed"]}}, "invalid regex"),
        ({"player_notices": {"patterns": ["(?P<name>x)"]}}, "named groups"),
        ({"player_notices": {"phrase": ["typo"]}}, "unknown key"),
        ({"player_notices": "just a string"}, "table or an array"),
        ({"player_notices": {"patterns": ["{{labels}}: x"]}}, "not in the file's \\[define\\] table"),
        ({"define": {"labels": "(unclosed"}}, "invalid regex"),
        ({"define": {"labels": "a|{{other}}", "other": "b"}}, "cannot name another"),
        ({"define": {"bad name": "a"}}, "letters, digits and _"),
        ({"define": ["not", "a", "table"]}, "must be a table"),
    ],
)
def test_bad_rules_fail_with_a_clear_message(data, message: str) -> None:
    with pytest.raises(RulesError, match=message):
        load_rules(data)


def test_a_part_defined_once_is_named_in_several_patterns(tmp_path: Path) -> None:
    rules = _rules_file(
        tmp_path,
        "[define]\nnetworks = 'facebook|x|bluesky'\n\n"
        "[[share_prompts]]\nid = \"share-sv\"\npatterns = ['dela på {{networks}}', 'gilla oss på {{networks}}']\n",
    )
    text = "Första stycket.\nDela på Bluesky\nGilla oss på X\nAndra stycket."
    result = cleantext.clean_document(text, rules=rules)
    assert result.text == "Första stycket.\nAndra stycket."
    assert [r.rule for r in result.removals] == ["share-sv", "share-sv"]
    # The part is a group of its own: "dela på facebook|x" does not match "x" alone.
    assert cleantext.clean("Första stycket.\nx\nAndra stycket.", rules=rules).count("\n") == 2


def test_builtin_tables_name_only_defined_parts() -> None:
    # Every {{name}} in the shipped data files is replaced when the table is built.
    table = builtin_table("tag_lists")
    assert all("{{" not in pattern for rule in table.rules for pattern in rule.patterns)
    assert table.match("Kategorien: Empfehlung, Plattformen | Tags: Glück, Rituale | Permanentlink.") is not None


def test_bad_toml_and_missing_file(tmp_path: Path) -> None:
    bad = _rules_file(tmp_path, "[[player_notices]\nphrases = [")
    with pytest.raises(RulesError, match="not valid TOML"):
        load_rules(bad)
    with pytest.raises(RulesError, match="not found"):
        load_rules(tmp_path / "missing.toml")


def test_a_catastrophic_user_pattern_is_stopped_not_hung() -> None:
    rules = {"player_notices": {"patterns": ["(a|a)+b"]}}
    with pytest.raises(RulesError, match="took too long"):
        cleantext.clean("a" * 60 + "c", ["player_notices"], rules=rules)


@pytest.mark.parametrize("family", sorted(rule_families()))
def test_builtin_tables_load_and_have_unique_ids(family: str) -> None:
    table = builtin_table(family)
    assert table.rules
    assert len({r.id for r in table.rules}) == len(table.rules)
    assert all(r.reason for r in table.rules)


@pytest.mark.parametrize("family", sorted(rule_families()))
def test_every_builtin_pattern_compiles_alone_without_named_groups(family: str) -> None:
    # What rules._check_pattern asks of a user's pattern; the built-in ones are not checked so at
    # every start (see rules._parse_rule), so it is asked here of each one.
    from cleantext.rules import _check_pattern

    errors = []
    for rule in builtin_table(family).rules:
        for pattern in rule.patterns:
            try:
                _check_pattern(pattern, f"{family}/{rule.id}")
            except RulesError as exc:
                errors.append(str(exc))
    assert errors == []


def test_a_broken_builtin_pattern_still_fails_with_its_family_named() -> None:
    from cleantext.rules import Rule, RuleTable

    # A built-in table compiles its patterns when a line first reaches them.
    table = RuleTable("player_notices", (Rule("broken", "broken", (), ("(unclosed",)),))
    with pytest.raises(RulesError, match="player_notices"):
        table.match("Watch the video")


def test_a_table_with_user_rules_is_compiled_when_it_is_made() -> None:
    from cleantext.rules import Rule, RuleTable

    with pytest.raises(RulesError, match="player_notices"):
        RuleTable("player_notices", (Rule("broken", "broken", (), ("(unclosed",), user=True),))


@pytest.mark.parametrize("family", sorted(rule_families()))
def test_every_builtin_table_compiles(family: str) -> None:
    # They compile when a line first reaches them (rules.LazyPattern); each is compiled here, so a
    # shipped table that would fail on some page fails the suite instead.
    for _, _, pattern in builtin_table(family)._groups:
        assert pattern.compiled().pattern == pattern.source


@pytest.mark.parametrize("family", sorted(rule_families()))
def test_no_builtin_pattern_tries_every_line(family: str) -> None:
    # A rule with patterns but neither `needs` nor `max_chars` makes every line of every text a
    # candidate of its table, in each step that reads the family: comment_forms' Stack Exchange
    # rule did, and its table was tried 66,000 times on 200 development pages for 131 matches.
    unbounded = [rule.id for rule in builtin_table(family).rules if rule.patterns and not rule.needs and not rule.max_chars]
    assert unbounded == []


def test_a_gate_keeps_only_the_needed_strings_that_decide() -> None:
    from cleantext.rules import _minimal_needs

    assert _minimal_needs(("comment", "commentaire", "kommentar", "comment", "commenti")) == ("comment", "kommentar")
    assert _minimal_needs(()) == ()


@given(
    needs=st.lists(st.text(alphabet="abc ", min_size=1, max_size=4), min_size=1, max_size=6),
    line=st.text(alphabet="abc ", max_size=30),
)
def test_the_minimal_gate_lets_the_same_lines_through(needs: list[str], line: str) -> None:
    # Fewer substring tests, the same answer: a line holds one of the minimal needs exactly when it
    # holds one of the needs the rule lists.
    from cleantext.rules import _minimal_needs

    assert any(n in line for n in _minimal_needs(tuple(needs))) == any(n in line for n in needs)


def test_phrase_keys_leave_out_decoration_at_both_ends() -> None:
    # A Spanish exclamation or question opens with its mark, which the tables leave out.
    assert phrase_key("¡Enlace copiado!") == phrase_key("Enlace copiado") == "enlace copiado"
    assert phrase_key("¿Te ha resultado útil?") == "te ha resultado útil?"
    assert phrase_key("Related  Topics:") == "related topics"
    assert phrase_key("यह फ़ील्ड आवश्यक है।") == "यह फ़ील्ड आवश्यक है"  # Devanagari's full stop
    # Inside a line the marks stay: only the ends are decoration.
    assert phrase_key("Dijo: ¡basta!") == "dijo: ¡basta"


def test_a_line_that_says_a_phrase_twice_is_that_phrase() -> None:
    # Scrapers join a button's icon label to its text: the doubled line is the phrase, with or
    # without a space between the two, found both by a table alone and in a whole pipeline.
    rules = {"ad_labels": [{"id": "ad-break", "reason": "ad label", "phrases": ["O texto segue após o anúncio"]}]}
    table = table_for("ad_labels", load_rules(rules))
    for line in ("O TEXTO SEGUE APÓS O ANÚNCIO O TEXTO SEGUE APÓS O ANÚNCIO", "O texto segue após o anúncioO texto segue após o anúncio"):
        text = f"O governo anunciou o plano na terça-feira.\n{line}\nA oposição votou contra."
        result = cleantext.Pipeline(["ad_labels"], rules=rules).run(text)
        assert [(r.line, r.rule) for r in result.removals] == [(1, "ad-break")], line
        assert table.match(line).id == "ad-break"
    # A phrase once with other words, twice a word that is no phrase, and a doubled place name stay.
    for line in ("O texto segue após o anúncio e o intervalo", "Bora Bora", "New York, New York"):
        text = f"O governo anunciou o plano na terça-feira.\n{line}\nA oposição votou contra."
        assert not cleantext.Pipeline(["ad_labels"], rules=rules).run(text).removals, line
        assert table.match(line) is None
