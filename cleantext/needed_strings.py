"""Which of the rule tables' needed strings a line holds, found with one call for all the families.

A rule's ``needs`` (see :class:`~cleantext.rules.Rule`) keep prose out of the regex engine: its
patterns are tried only on a line that contains one of them. Testing them one by one was a Python
loop per line per cleaner family, and on whole pages the rule tables took a third of the
pipeline's time. Here the needed strings of all the built-in families go into one automaton. In a
pipeline of several families, each line a table asks about is scanned once, the first time, and
the answer is kept on the document for the other tables
(:meth:`cleantext.document.Document.needed_strings`); it is scanned only for the strings of the
rules that test lines of its length.

The automaton is Aho-Corasick's (pyahocorasick, a C extension and a runtime dependency beside
``regex`` and ``selectolax``): it reads a line once, whatever the number of strings, and reports
every string that ends at each character, overlapping ones and strings inside longer ones
included. It replaced a trie-shaped pattern for the standard library's ``re``
("sha(?:re(?:d)?|ring)" under a lookahead tried at every position), which gave the same answers on
every line of 300 development pages and the seed corpus and took 4.8 and 7 times as long (0.44 s
against 0.09 s on the pages' 48,598 lines, 0.17 s against 0.02 s on the corpus): the regex engine
enters the lookahead at every character. A family run alone (fewer than
``SHARED_SCAN_MIN_FAMILIES`` in :mod:`cleantext.pipeline`), or a user's table whose strings the
shared automaton does not hold, scans with an automaton of its own strings, unless it has fewer
than ``SCAN_MIN_STRINGS`` (:mod:`cleantext.rules`) and tests them one by one. The document also
keeps, for each string, the lines that hold it (:meth:`cleantext.document.Document.lines_holding`):
a table then tries only the lines that hold one of its strings or one of its phrases, not every
line in turn.

>>> scanner = NeededStrings({"share": 200, "shared": 200, "follow us": 80})
>>> [sorted(found) for found in scanner.scan(["share this", "follow us on x", "a story", "shared"])]
[['share'], ['follow us'], [], ['share', 'shared']]
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from operator import itemgetter

import ahocorasick

__all__ = ["NeededStrings"]

_NONE: frozenset[str] = frozenset()
_SECOND = itemgetter(1)


#: Line lengths at which the scanner switches to a smaller automaton: a line longer than a bound is
#: looked at only for the strings of rules that test lines that long. Most of an article's text is
#: in paragraphs of 300 characters or more, which only a few families (cookie notices, social
#: embeds, captions) look at.
TIER_CHARS = (80, 160, 300)


def _can_be_in_a_line(string: str) -> bool:
    """Whether *string* can be found in a line: an empty one says nothing, and one with a line
    break is never inside a line."""
    return bool(string) and "\n" not in string


class _Tier:
    """The strings looked for on lines of one range of lengths, as one Aho-Corasick automaton."""

    def __init__(self, strings: frozenset[str]) -> None:
        self.automaton: ahocorasick.Automaton | None = None
        if strings:
            automaton = ahocorasick.Automaton()
            for string in strings:
                automaton.add_word(string, string)
            automaton.make_automaton()
            self.automaton = automaton

    def find(self, line: str) -> frozenset[str]:
        if self.automaton is None:
            return _NONE
        # Every string that ends at each character: overlapping ones, and those inside longer ones.
        # (The automaton yields (end, string) pairs; itemgetter keeps the loop in C.)
        found = frozenset(map(_SECOND, self.automaton.iter(line)))
        return found or _NONE


class NeededStrings:
    """Needed strings (lower case), each with the longest line a rule that needs it tests (0: any
    length), and a scanner that finds them in a line with one pass of an automaton.

    ``find(line, length)`` gives the strings in *line* that a rule testing lines of *length*
    characters may need: every string that is in the line and whose limit is 0 or at least
    *length*, and perhaps a few more that are in it. A string only rules for shorter lines need is
    not looked for: those rules skip the line whatever it holds.
    """

    def __init__(self, limits: Mapping[str, int]) -> None:
        self.limits: dict[str, int] = {s: n for s, n in limits.items() if _can_be_in_a_line(s)}
        self.strings = frozenset(self.limits)
        self._tiers: list[tuple[int, _Tier]] = []
        shorter = 0  # the lines of a tier are longer than this
        for bound in (*TIER_CHARS, sys.maxsize):
            self._tiers.append((bound, _Tier(frozenset(s for s, n in self.limits.items() if n == 0 or n > shorter))))
            shorter = bound

    def __repr__(self) -> str:
        return f"NeededStrings({len(self.strings)} strings)"

    def covers(self, limits: Mapping[str, int]) -> bool:
        """Whether this scanner looks for each of *limits*' strings on lines as long as it needs."""
        mine = self.limits
        return all(s in mine and (mine[s] == 0 or 0 < n <= mine[s]) for s, n in limits.items() if _can_be_in_a_line(s))

    def find(self, line: str, length: int) -> frozenset[str]:
        """The needed strings in *line* (lower case already) for rules testing lines of *length*
        characters (the length of the line as the rules see it; lower-casing may change it)."""
        for bound, tier in self._tiers:
            if length <= bound:
                return tier.find(line)
        return _NONE  # pragma: no cover - the last bound is sys.maxsize

    def scan(self, lines: Sequence[str]) -> list[frozenset[str]]:
        """:meth:`find` for each of *lines*, at its own length."""
        return [self.find(line, len(line)) for line in lines]
