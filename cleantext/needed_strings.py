"""Which of the rule tables' needed strings each short line holds, found in one scan of a document.

A rule's ``needs`` (see :class:`~cleantext.rules.Rule`) keep prose out of the regex engine: its
patterns are tried only on a line that contains one of them. Testing them one by one is a Python
loop per line per cleaner family, and on whole pages it was a quarter of the pipeline's time. Here
all the needed strings of all the built-in families go into one pattern, shaped as a trie
("sha(?:re(?:d)?|ring)" rather than "share|shared|sharing"), and that pattern is run once over the
document's short lines. At each position the trie follows one branch, so the scan costs about a
regex step per character whatever the number of strings; a flat alternation of the same strings
tries them all at every position.

>>> scanner = NeededStrings(frozenset({"share", "shared", "follow us"}))
>>> [sorted(found) for found in scanner.scan(["share this", "follow us on x", "a story", "shared"])]
[['share'], ['follow us'], [], ['share', 'shared']]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["NeededStrings"]

_NONE: frozenset[str] = frozenset()


def _trie_source(strings: Iterable[str]) -> str:
    """A regex source matching any of *strings*, the longest one at a position, shaped as a trie.

    Every quantifier is a ``?`` on a group of fixed strings, none nested inside a repetition, so a
    match attempt takes at most as many steps as the longest string has characters.
    """
    trie: dict[str, dict] = {}
    for text in strings:
        node = trie
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}  # a string ends here

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        # Where a string ends and longer ones go on, the longer ones are optional: greedy, so the
        # longest string at a position is the one matched.
        return f"(?:{body})?" if "" in node else body

    return branch(trie)


class NeededStrings:
    """A set of needed strings (lower case), and a scanner that finds them in many lines at once.

    ``scan(lines)`` gives, for each line, the set of the strings it contains (as ``s in line``
    would), or None for a line longer than *max_chars* (not scanned: the caller tests it alone).
    """

    def __init__(self, strings: frozenset[str], max_chars: int = 0) -> None:
        # A string with a line break is never inside one line; leaving it out keeps a match from
        # spanning the break between two joined lines.
        self.strings = frozenset(s for s in strings if s and "\n" not in s)
        self.max_chars = max_chars
        # A lookahead finds a match at every position, overlapping ones included; the trie gives
        # the longest string there, and the strings that are its prefixes are there too.
        self._pattern = re.compile(f"(?=({_trie_source(self.strings)}))") if self.strings else None
        self._with_prefixes = {s: frozenset(t for t in self.strings if s.startswith(t)) for s in self.strings}

    def __repr__(self) -> str:
        return f"NeededStrings({len(self.strings)} strings, max_chars={self.max_chars})"

    def scan(self, lines: Sequence[str]) -> list[frozenset[str] | None]:
        """The needed strings in each of *lines* (lower case already), None for unscanned lines."""
        limit = self.max_chars
        found: list[frozenset[str] | None] = [None if limit and len(line) > limit else _NONE for line in lines]
        if self._pattern is None:
            return found
        findall, with_prefixes = self._pattern.findall, self._with_prefixes
        for k, line in enumerate(lines):
            if found[k] is not None:
                hits = set(findall(line))
                if hits:
                    found[k] = frozenset().union(*map(with_prefixes.__getitem__, hits))
        return found
