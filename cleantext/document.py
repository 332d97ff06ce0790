"""The document model: a text as numbered lines, and the removals cleaners mark on them.

Cleaners never delete. They mark lines with a :class:`Removal` (which cleaner, which rule, why),
and the pipeline builds the kept text from the unmarked lines at the end. Because every input line
is kept with its own line ending, the kept and the removed lines together give back the input
exactly, byte for byte.

Lines are what :meth:`str.splitlines` gives, so line ``i`` here is ``text.splitlines()[i]`` for any
line ending Python knows (``\\n``, ``\\r\\n``, ``\\r``, form feed, U+2028 ...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .needed_strings import NeededStrings

__all__ = ["Document", "Removal", "Result", "split_lines", "ODD_SPACES", "plain_spaces"]

#: The spaces other than U+0020 that scraped lines hold inside them, each read as a plain space
#: (:func:`plain_spaces`): the no-break space of ``&nbsp;`` ("Folgen Sie uns auf\u00a0Twitter"),
#: French typography's narrow no-break space before ":" and "!", the thin and the other
#: fixed-width spaces, the ideographic space and the tab. The steps read a line's words and match
#: their rules on it with them so ("Read more: …" is the same prompt whichever space stands in
#: it); the text they keep is the text as it came. 427 lines of 90 of the development pages'
#: article extractions hold a no-break space.
ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
# A regex finds them about ten times faster than str.translate reads every character of a line
# (9 against 87 ms for the 46,600 lines of 200 development pages).
_ODD_SPACE = re.compile(f"[{ODD_SPACES}]")


def plain_spaces(text: str) -> str:
    """*text* with each of :data:`ODD_SPACES` replaced by a plain space, one character for one (a
    line's length and positions do not change).

    >>> plain_spaces("Folgen Sie uns auf\u00a0Twitter")
    'Folgen Sie uns auf Twitter'
    """
    return _ODD_SPACE.sub(" ", text) if _ODD_SPACE.search(text) else text


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """Split *text* into line bodies and their line endings (``''`` for a last line without one).

    >>> split_lines("a\\r\\nb\\n\\nc")
    (['a', 'b', '', 'c'], ['\\r\\n', '\\n', '\\n', ''])
    """
    bodies = text.splitlines()
    whole = text.splitlines(keepends=True)
    return bodies, [w[len(b) :] for w, b in zip(whole, bodies)]


@dataclass(frozen=True, slots=True)
class Removal:
    """Why one input line was removed.

    ``line`` is the 0-based index into ``text.splitlines()``; ``rule`` is the id of the rule inside
    the cleaner (stable, for filtering and tests); ``reason`` is for people.
    """

    line: int
    text: str
    cleaner: str
    rule: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line + 1}: [{self.cleaner}/{self.rule}] {self.reason}: {self.text!r}"


class Document:
    """Lines of one input text, with the removals marked on them so far.

    Cleaners read ``doc.kept()`` (the lines still in, as ``(index, text)`` pairs) and return marks;
    they do not change the document themselves: the pipeline records the marks.
    """

    __slots__ = ("lines", "ends", "removals", "_kept_cache", "_stripped", "_keys", "_lowered", "_needed", "_needed_sets", "_by_key", "_by_need", "table_candidates", "line_facts", "shared_scan", "line_origin", "headline")

    def __init__(self, text: str, *, shared_scan: bool = False) -> None:
        """*shared_scan*: whether rule tables find their needed strings in one scan of each line
        shared by all of them (:meth:`needed_strings`), which pays when several run; the pipeline
        sets it when it runs several rule families."""
        if not isinstance(text, str):
            # The decoding hint only helps when the caller holds bytes.
            hint = "; decode bytes first (e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray, memoryview)) else ""
            raise TypeError(f"cleantext works on str, not {type(text).__name__}{hint}")
        self.lines, self.ends = split_lines(text)
        self.removals: dict[int, Removal] = {}
        self._kept_cache: list[tuple[int, str]] | None = None
        self._stripped: list[str] | None = None
        self._keys: list[str | None] | None = None
        self._lowered: list[str] | None = None
        self._needed: dict[NeededStrings, list[frozenset[str] | None]] = {}  # None: not looked at yet
        # One copy of each set of needed strings found: lines hold few distinct ones ("share",
        # "cookie"), and a text of 100,000 short lines kept 39 MB of equal sets.
        self._needed_sets: dict[frozenset[str], frozenset[str]] = {}
        self._by_key: dict[str, list[int]] | None = None
        self._by_need: dict[NeededStrings, dict[str, list[int]]] = {}
        #: For a text the pipeline joined from a hard-wrapped input (see :mod:`cleantext.hard_wrap`),
        #: the input line each line starts at; None when the lines are the input's own.
        self.line_origin: list[int] | None = None
        #: The line of the page's headline, when its layout marks one (a Markdown text's first
        #: first-level heading, see :func:`cleantext.markdown_syntax.first_h1`); else None.
        self.headline: int | None = None
        #: What each rule table may match here, kept by the table (see ``RuleTable._candidates``).
        self.table_candidates: dict[int, tuple[Any, Sequence[int], bytearray]] = {}
        #: What the page classifier read in each line alone, by its text (see
        #: ``cleantext.boilerplate.features_and_words``), kept for the ``boilerplate`` step's runs
        #: again when later steps removed lines (it settles).
        self.line_facts: dict[str, Any] = {}
        self.shared_scan = shared_scan

    def __len__(self) -> int:
        return len(self.lines)

    def kept(self) -> list[tuple[int, str]]:
        """The lines not removed yet, in order, as ``(index, text)`` pairs (do not mutate)."""
        if self._kept_cache is None:
            removed = self.removals
            self._kept_cache = [(i, t) for i, t in enumerate(self.lines) if i not in removed]
        return self._kept_cache

    @property
    def stripped(self) -> list[str]:
        """Every line without its surrounding white space and with plain spaces inside it
        (:func:`plain_spaces`): computed once, shared by all steps."""
        if self._stripped is None:
            self._stripped = [plain_spaces(line.strip()) for line in self.lines]
        return self._stripped

    @property
    def phrase_keys(self) -> list[str | None]:
        """Every short line in the form rule tables look phrases up in (None for long lines),
        computed once per document rather than once per cleaner family."""
        if self._keys is None:
            from .rules import KEYED_CHARS, phrase_key

            self._keys = [phrase_key(s) if len(s) <= KEYED_CHARS else None for s in self.stripped]
        return self._keys

    @property
    def lowered(self) -> list[str]:
        """Every stripped line in lower case, which rule tables test for their needed strings
        (computed once per document rather than once per line per cleaner family)."""
        if self._lowered is None:
            self._lowered = [s.lower() for s in self.stripped]
        return self._lowered

    def needed_strings(self, scanner: NeededStrings, index: int) -> frozenset[str]:
        """The strings of *scanner* that line *index* holds, for rules testing a line of its length
        (see :mod:`cleantext.needed_strings`): found on first request and kept for the other
        rule tables that use *scanner*."""
        found = self._needed.get(scanner)
        if found is None:
            found = self._needed[scanner] = [None] * len(self.lines)
        strings = found[index]
        if strings is None:
            strings = scanner.find(self.lowered[index], len(self.stripped[index]))
            strings = found[index] = self._needed_sets.setdefault(strings, strings)
        return strings

    def lines_by_phrase_key(self) -> dict[str, list[int]]:
        """Each phrase key of the document's non-blank short lines (see :attr:`phrase_keys`), with
        the lines that have it, in order: a rule table looks up its phrases among the document's
        keys once, rather than each line among its phrases. A line that says a phrase twice is
        listed under that phrase too (see :func:`~cleantext.rules.doubled_half`)."""
        if self._by_key is None:
            from .rules import doubled_half

            by_key: dict[str, list[int]] = {}
            for i, key in enumerate(self.phrase_keys):
                # A line of decoration alone ("…", "›") has the empty key; a blank line has none.
                if key is not None and self.stripped[i]:
                    by_key.setdefault(key, []).append(i)
                    half = doubled_half(key)
                    if half is not None:
                        by_key.setdefault(half, []).append(i)
            self._by_key = by_key
        return self._by_key

    def lines_holding(self, scanner: NeededStrings) -> dict[str, list[int]]:
        """Each of *scanner*'s strings that a non-blank line holds (as :meth:`needed_strings`
        finds them), with those lines, in order: the lines a rule table's patterns can match at
        all, found with one scan of each line for every table that shares *scanner*."""
        by_need = self._by_need.get(scanner)
        if by_need is None:
            by_need = self._by_need[scanner] = {}
            for i, text in enumerate(self.stripped):
                if text:
                    for string in self.needed_strings(scanner, i):
                        by_need.setdefault(string, []).append(i)
        return by_need

    def input_line(self, index: int) -> int:
        """The 0-based line of the caller's input that line *index* starts at: *index* itself,
        unless the pipeline joined the paragraphs of a hard-wrapped input (:attr:`line_origin`).
        Reasons that name a line use it."""
        return index if self.line_origin is None else self.line_origin[index]

    def is_removed(self, index: int) -> bool:
        return index in self.removals

    def restore(self, index: int) -> None:
        """Take back the removal of line *index*: the pipeline keeps a Markdown heading's underline
        with the heading it belongs to (see :func:`cleantext.markdown_syntax.heading_underlines`)."""
        if self.removals.pop(index, None) is not None:
            self._kept_cache = None

    def remove(self, removal: Removal) -> bool:
        """Record *removal*; the first removal of a line wins. Returns whether it was new."""
        if removal.line in self.removals:
            return False
        if not 0 <= removal.line < len(self.lines):
            raise IndexError(f"{removal.cleaner} marked line {removal.line}, outside 0..{len(self.lines) - 1}")
        self.removals[removal.line] = removal
        self._kept_cache = None
        return True


@dataclass(frozen=True)
class Result:
    """What cleaning one text gave: the kept text and every removal with its reason."""

    text: str
    """The cleaned text: the kept input lines (after any normalisers) with their own line endings."""
    removals: tuple[Removal, ...]
    """Every removed line, in input order."""
    lines: tuple[str, ...] = field(repr=False)
    """The input lines (``input.splitlines()``)."""
    ends: tuple[str, ...] = field(repr=False)
    """The line ending of each input line."""

    @property
    def changed(self) -> bool:
        return bool(self.removals) or self.text != self.original

    @property
    def original(self) -> str:
        """The input text, rebuilt from its lines."""
        return "".join(b + e for b, e in zip(self.lines, self.ends))

    @property
    def kept_lines(self) -> tuple[int, ...]:
        """Indices of the input lines that were kept."""
        gone = {r.line for r in self.removals}
        return tuple(i for i in range(len(self.lines)) if i not in gone)

    def removed_by(self, cleaner: str) -> list[Removal]:
        return [r for r in self.removals if r.cleaner == cleaner]

    def __iter__(self) -> Iterator[Removal]:
        return iter(self.removals)

    def annotated(self) -> str:
        """Every input line, marked: ``"  "`` before a kept line, ``"- "`` before a removed one,
        which ends with a tab and ``# cleaner/rule: reason``; one line per input line, so a
        removal is read beside the lines around it (``cleantext --annotate FILE``).

        >>> import cleantext
        >>> cleantext.clean_document("Story starts here.\\n1:30\\nStory goes on.").annotated().splitlines()
        ['  Story starts here.', '- 1:30\\t# video_cards/duration: video duration 1:30', '  Story goes on.']
        """
        removed = {r.line: r for r in self.removals}
        out = []
        for i, line in enumerate(self.lines):
            r = removed.get(i)
            out.append(f"  {line}" if r is None else f"- {line}\t# {r.cleaner}/{r.rule}: {r.reason}")
        return "\n".join(out) + "\n" if out else ""

    def explain(self) -> str:
        """A readable account: one line per removed input line, then a count per cleaner."""
        if not self.removals:
            return f"nothing removed ({len(self.lines)} lines kept)"
        out = [str(r) for r in self.removals]
        counts: dict[str, int] = {}
        for r in self.removals:
            counts[r.cleaner] = counts.get(r.cleaner, 0) + 1
        summary = ", ".join(f"{name} {n}" for name, n in counts.items())
        out.append(f"removed {len(self.removals)} of {len(self.lines)} lines ({summary})")
        return "\n".join(out)


def build_result(doc: Document, texts: Sequence[str] | None = None) -> Result:
    """Assemble the :class:`Result` of *doc*; *texts* are normalised line bodies, if any."""
    bodies = doc.lines if texts is None else texts
    removed = doc.removals
    kept = "".join(bodies[i] + doc.ends[i] for i in range(len(bodies)) if i not in removed)
    return Result(
        text=kept,
        removals=tuple(removed[i] for i in sorted(removed)),
        lines=tuple(doc.lines),
        ends=tuple(doc.ends),
    )
