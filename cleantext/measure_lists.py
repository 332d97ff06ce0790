"""Lists of measured quantities: a recipe's ingredients, a nutrition table.

Their lines are short, end no sentence, hold few function words and many digits: everything the
page classifier (:mod:`cleantext.boilerplate`) reads says "menu". On the development pages it took
whole ingredient lists for furniture ("125 g Mehl", "2 tablespoons vegetable oil", "1 Pck.
Tortenguss, klar"), and recipes are among the commonest pages people scrape. The ``boilerplate``
step therefore keeps the lines of such a list, whatever their scores.

A list is a run of lines, blank lines between them allowed, each of which is

* an *item*: at most MAX_ITEM_CHARS long, and either it opens with an amount ("2 Eier (Größe M)",
  "½ Zitrone") or it gives an amount in a unit of measure ("Protein 43 g"); or
* a *sub-heading*: a line of at most MAX_HEADING_CHARS that ends in a colon ("Für die Füllung:").
  One just before the first item belongs to the list too.

and at least MIN_MEASURED of its items open with an amount in a unit of measure ("125 g Mehl"; a
teaser's "Crema e Gusto, 250g Dose" gives one but does not open with it). Units are data, one
file per language in ``cleantext/data/measures/`` (see its README). A menu whose lines open with
numbers ("3 Kommentare", "2021 Archiv") is no such list: it names no unit.

Example (chefkoch.de, scraped as text): "Für den Mürbeteig:", "125 g Mehl", "65 g Zucker",
"1 Ei(er)", "1 TL Backpulver", "Für die Füllung:", "500 ml Milch" is one list of seven lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from .rules import word_alternation
from .word_lists import word_lists

__all__ = ["may_hold_a_list", "measure_list_lines", "opens_with_measure", "units"]

#: An item is a short line: a recipe's step is a sentence, not an item.
MAX_ITEM_CHARS = 80
MAX_HEADING_CHARS = 40
#: Fewer measured items than this are a coincidence (a price line, a size), not a list.
MIN_MEASURED = 3

_FRACTIONS = "½¼¾⅓⅔⅛⅜⅝⅞"
# "125", "1,5", "1/2", "2½", "1 ½", "1 1/2", "½", "1-2", "300 - 350", "1 – 1 1/2": every quantifier is
# bounded, so a line of digits cannot make the patterns below backtrack.
_NUMBER = rf"(?:\d{{1,4}}(?:[.,/]\d{{1,3}})?(?: ?[{_FRACTIONS}]| \d{{1,2}}/\d{{1,2}})?|[{_FRACTIONS}])"
_AMOUNT = rf"{_NUMBER}(?: {{0,2}}[-–] {{0,2}}{_NUMBER})?"
# What may stand before a line's first amount: a little indentation and a bullet, or the border
# of a table's first cell ("| 125 g | Mehl |": Markdown scrapers print a recipe's table so).
_LEAD = r"[ \t]{0,4}(?:[-•*·–|][ \t]{0,2})?"
# An amount opens the line when a word or a bracket follows it: "12.03.2022" and "12. März" are dates.
_OPENS_WITH_AMOUNT = regex.compile(rf"{_LEAD}{_AMOUNT}(?=[ \t]|[\p{{L}}(])")
# A line that opens with a digit or a fraction, found after a newline (see _ingredient_line_start).
_LINE_OPENS_WITH_DIGIT = regex.compile(rf"\n{_LEAD}[\d{_FRACTIONS}]")
# Any line that could hold an amount at all: the cheap test made first.
_DIGIT = regex.compile(rf"[\d{_FRACTIONS}]")
# The row under a table's header, "| --- | :---: |": no item, but no end of the list either.
_TABLE_RULE = regex.compile(r"\|?(?:[ \t]{0,8}:?-{1,40}:?[ \t]{0,8}\|){1,40}[ \t]{0,8}(?::?-{1,40}:?[ \t]{0,8})?")


@lru_cache(maxsize=1)
def units() -> frozenset[str]:
    """The units of measure of every language in ``cleantext/data/measures/``, lower case."""
    return frozenset().union(*word_lists("measures").values())


def _unit_alternation() -> str:
    return word_alternation(units())


@lru_cache(maxsize=1)
def _measured() -> regex.Pattern[str]:
    """An amount in a unit: "125 g", "120g", "2½ cups", "1 Pck.", not the "g" of "125 gute"."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}.,]){_AMOUNT} ?(?:{_unit_alternation()})\.?(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def _opens_with_measure_pattern() -> str:
    """An amount in a unit at the start of a line ("125 g Mehl", "- 2 EL Öl"), not "2 Eier à 50 g"."""
    return rf"{_OPENS_WITH_AMOUNT.pattern} ?(?:{_unit_alternation()})\.?(?![\p{{L}}\p{{N}}])"


@lru_cache(maxsize=1)
def _opens_with_measure() -> regex.Pattern[str]:
    """The line test behind an *ingredient* (see :func:`_kind`): the same as the whole-text scan
    of :func:`may_hold_a_list`, so that the scan and the list agree on which lines count."""
    return regex.compile(_opens_with_measure_pattern(), regex.IGNORECASE)


def opens_with_measure(line: str) -> bool:
    """Whether *line* opens with an amount in a unit of measure, as an ingredient does ("350 g
    Zucker", "1 Pck. Vanillepuddingpulver")."""
    return _opens_with_measure().match(line) is not None


@lru_cache(maxsize=1)
def _ingredient_line_start() -> regex.Pattern[str]:
    """A line that opens with an amount in a unit ("125 g Mehl"), found in one scan of a whole
    text: most pages have fewer than MIN_MEASURED such lines, and then hold no list."""
    # Anchored on a newline rather than on (?m)^, which the engine tries at every position: the
    # text is searched with a newline before it. Ten times faster on the development pages.
    return regex.compile(rf"\n{_opens_with_measure_pattern()}", regex.IGNORECASE)


#: Items without an amount ("Salz", "Pfeffer", "etwas Fett") may stand between two items: this
#: many in a row at most, each at most MAX_PLAIN_CHARS long and not a sentence.
MAX_PLAIN_ITEMS = 3
MAX_PLAIN_CHARS = 40


def _is_plain_item(line: str) -> bool:
    text = line.strip()
    return len(text) <= MAX_PLAIN_CHARS and not text.endswith((".", "!", "?"))


# What a line is to a list: an *ingredient* opens with an amount in a unit and counts towards
# MIN_MEASURED; a *measured* line gives one elsewhere and an *item* opens with a bare amount, and
# both only belong to a list. A table's *rule* row belongs to the list it stands in.
_BLANK, _HEADING, _ITEM, _MEASURED, _INGREDIENT, _RULE = 1, 2, 3, 4, 5, 6


def _kind(line: str, measured: regex.Pattern[str], opens_with_measure: regex.Pattern[str]) -> int | None:
    text = line.strip()
    if not text:
        return _BLANK
    if len(text) > MAX_ITEM_CHARS:
        return None
    if _DIGIT.search(text):
        # An ingredient is what may_hold_a_list counts: the amount in a unit opens the line.
        # "2 Eier à 50 g" opens with a bare amount and gives a unit later: an item that counts
        # as measured, not as an ingredient.
        if opens_with_measure.match(line) is not None:
            return _INGREDIENT
        if measured.search(text):
            return _MEASURED
        if _OPENS_WITH_AMOUNT.match(line) is not None:
            return _ITEM
    if "|" in text:
        if _TABLE_RULE.fullmatch(text) is not None:
            return _RULE
        text = text.strip("| \t")  # a sub-heading in a table's row: "| Für die Füllung: | |"
    return _HEADING if text.endswith(":") and len(text) <= MAX_HEADING_CHARS else None


def may_hold_a_list(text: str) -> bool:
    """Whether *text* has MIN_MEASURED lines or more that open with an amount in a unit, which a
    list needs: a cheap test (one scan for lines that open with a digit, then one for units) that
    fails on most pages. Removing lines never makes it pass, so it may be asked once of a text
    that later loses lines."""
    text = "\n" + text
    if len(_LINE_OPENS_WITH_DIGIT.findall(text)) < MIN_MEASURED:
        return False
    found = _ingredient_line_start().finditer(text)
    return sum(1 for _ in zip(range(MIN_MEASURED), found)) >= MIN_MEASURED


def measure_list_lines(lines: Sequence[str]) -> set[int]:
    """The positions in *lines* of the lines of lists of measured quantities (items and their
    sub-headings; see the module docstring), in one pass over the lines.

    >>> sorted(measure_list_lines(["Zutaten", "Für den Teig:", "125 g Mehl", "", "65 g Zucker", "1 Ei", "1 TL Backpulver", "Impressum"]))
    [1, 2, 4, 5, 6]
    """
    if not may_hold_a_list("\n".join(lines)):
        return set()
    measured, opens_with_measure = _measured(), _opens_with_measure()
    kinds = [_kind(line, measured, opens_with_measure) for line in lines]
    found: set[int] = set()
    n = len(lines)
    i = 0
    while i < n:
        if kinds[i] not in (_ITEM, _MEASURED, _INGREDIENT):
            i += 1
            continue
        members: list[int] = []
        count = 0
        j = i
        plain = 0  # short lines without an amount since the last item ("Salz", "Pfeffer")
        # Blank lines and sub-headings do not end a list, nor do up to MAX_PLAIN_ITEMS short lines
        # between two items; any other line does.
        while j < n:
            kind = kinds[j]
            if kind is None:
                if plain >= MAX_PLAIN_ITEMS or not _is_plain_item(lines[j]):
                    break
                plain += 1
            elif kind in (_ITEM, _MEASURED, _INGREDIENT):
                plain = 0
            if kind != _BLANK:
                members.append(j)
                count += kind == _INGREDIENT
            j += 1
        # What follows the last item (a sub-heading, a plain line) belongs to what comes next.
        while members and kinds[members[-1]] not in (_ITEM, _MEASURED, _INGREDIENT):
            members.pop()
        j = members[-1] + 1
        if count >= MIN_MEASURED:
            before = i - 1
            while before >= 0 and kinds[before] in (_BLANK, _RULE):
                before -= 1
            if before >= 0 and kinds[before] == _HEADING:
                # with the rule row under it when the heading is a table's header
                members += [k for k in range(before, i) if kinds[k] != _BLANK]
            found.update(members)
        i = j
    return found
