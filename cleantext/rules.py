"""Rule tables: the phrases and patterns cleaners match, kept as data.

Every cleaner family that matches whole lines keeps its phrases and patterns in a TOML file in
``cleantext/data/`` (one ``[[rule]]`` table each, with an id, a reason and a language), and users
add their own in the same shape without writing code::

    # my-rules.toml  (cleantext --rules my-rules.toml, or clean(text, rules="my-rules.toml"))
    [[player_notices]]
    id = "loading"                       # optional; default user-1, user-2 ...
    reason = "video loading notice"      # optional
    phrases = ["Video wird geladen", "Loading video"]
    patterns = ['Video \\d+ (?:of|von) \\d+']

Matching is always against one whole line with its surrounding white space stripped:

- a *phrase* matches case-insensitively, with any run of white space between its words and any
  trailing ``. ! : … ›`` or ``»`` after it;
- a *pattern* is a ``regex`` expression that must match the whole stripped line (``fullmatch``),
  case-insensitively. Write patterns without nested quantifiers (``(a+)+``): the library promises
  linear time, and a user pattern that backtracks is stopped after :data:`USER_PATTERN_TIMEOUT`
  seconds per line and reported as an error.

A part that several patterns share (a list of labels in many languages) is written once, in
a ``[define]`` table of the same file, and named in patterns as ``{{name}}``::

    [define]
    tag_labels = 'tags|schlagwörter|étiquettes'

    [[tag_lists]]
    patterns = ['(?:{{tag_labels}})\\s?:\\s?[^.!?:]{1,200}']

All the rules of one family are compiled into a single alternation once, so a line is tested
against a whole family in one call into the regex engine. A rule may also list ``needs``: strings
(lower case) one of which a line must contain before its patterns are tried, so most lines never
reach the regex engine at all. In a pipeline of several families, the needed strings of all the
built-in families are found in one scan of each line, shared by the tables that have many of them
(:mod:`cleantext.needed_strings`).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from .document import plain_spaces
from .needed_strings import NeededStrings

if TYPE_CHECKING:
    from .document import Document

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["Rule", "RuleTable", "RuleSet", "RulesError", "load_rules", "builtin_table"]

#: Seconds a *user* pattern may spend on one line before it is treated as broken.
USER_PATTERN_TIMEOUT = 0.5

# Trailing decoration that may follow a phrase on its line ("Related Topics:", "Read more »"), the
# full stops of CJK and Devanagari ("。", "।") among it.
_PHRASE_TAIL_CHARS = " .!:…›»>-–—：！。।"
# ...and the marks that open a Spanish exclamation or question, which the phrase tables leave out.
_PHRASE_HEAD_CHARS = "¡¿"
_FLAGS = regex.IGNORECASE | regex.UNICODE


#: Lines up to this length get a phrase key computed once per document (a longer line is looked
#: up only by a table with a longer phrase, which computes the key itself).
KEYED_CHARS = 160


#: A table scans each line for its own needed strings (one automaton, see
#: :mod:`cleantext.needed_strings`) when it has this many, and otherwise tests them one by one (a
#: substring test each, in a Python loop): when the built-in families' shared scan does not hold
#: its strings (a user's rules), and when the document is not shared by several families
#: (``Document.shared_scan``: a step run alone, or with one other). Every built-in table but four
#: has 20 or more; share_prompts has 350, and run alone it tested a share bar's fifty network names
#: on every short line: on the corpus 9.5 MB/s testing them, 23.5 MB/s scanning (the same output).
#: A table the shared scan covers uses it however few strings it needs: the scan is made once a
#: line for all of them, and tells each table which lines it can match at all.
SCAN_MIN_STRINGS = 20
_NO_SCAN = NeededStrings({})


class RulesError(ValueError):
    """A rules file or rule table is malformed; the message says where and what."""


@dataclass(frozen=True)
class Rule:
    """One named rule: what it matches (phrases, patterns) and the reason recorded on removal."""

    id: str
    reason: str
    phrases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    lang: str = "*"
    user: bool = False
    max_chars: int = 0
    """Lines longer than this (stripped) are not tested against the patterns (0: no limit)."""
    needs: tuple[str, ...] = ()
    """The patterns are tried only on lines that contain one of these strings (lower case):
    a cheap test that keeps most prose lines out of the regex engine."""

    def source(self) -> str:
        """The regex source of this rule's patterns as one alternation (phrases are looked up)."""
        return "|".join(f"(?:{p})" for p in self.patterns)


def word_alternation(words: Iterable[str]) -> str:
    """*words* as one regex alternation, each escaped, the longest first: an alternation takes the
    first branch that matches, so "a las" must be tried before "a", "Pck." before "Pck"."""
    return "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))


def doubled_half(key: str) -> str | None:
    """The phrase that phrase key *key* says twice, or None: scrapers join a button's icon label
    to its text ("Partager Partager", "CONTINUA DEPOIS DA PUBLICIDADE CONTINUA DEPOIS DA
    PUBLICIDADE", "Kommentar anzeigenKommentar anzeigen"), and a line that is a phrase twice over is
    that phrase. Tables look the half up when the whole is not one of their phrases.

    >>> doubled_half("partager partager"), doubled_half("likelike"), doubled_half("new york, new york")
    ('partager', 'like', None)
    """
    n = len(key)
    half = n // 2
    if n >= 4 and key[:half] == key[n - half :] and (n % 2 == 0 or key[half] == " "):
        return key[:half]
    return None


def phrase_key(line: str) -> str:
    """The form in which a line is looked up among phrases: lower case, single spaces, no
    trailing decoration ("Related Topics:" and "related  topics" give the same key), and no
    opening Spanish mark ("¡Enlace copiado!" is the phrase "Enlace copiado")."""
    return " ".join(line.lower().split()).rstrip(_PHRASE_TAIL_CHARS).lstrip(_PHRASE_HEAD_CHARS)


class LazyPattern:
    """A built-in table's alternation of patterns, compiled when a line first reaches it.

    Compiling was most of the time a process took to clean its first text: the built-in tables
    hold 186 alternations, and ``regex`` parses each in Python (0.43 s of the command line's
    0.72 s on seed 003). Most of them open only for lines that hold one of their needed strings,
    so a text reaches few of them (seed 003: 50), and the command line takes 0.33 s on it. A table
    with a user's rules is compiled whole when it is made, so that an error in it is reported when
    the rules are loaded; the built-in ones are compiled by the test suite (tests/test_rules.py).
    """

    __slots__ = ("source", "family", "_compiled", "fullmatch")

    def __init__(self, source: str, family: str) -> None:
        self.source, self.family = source, family
        self._compiled: Any = None
        #: ``fullmatch(text, **options)`` of the compiled pattern. Until the first call it is
        #: :meth:`_first_fullmatch`; then the compiled pattern's own, so that the thousand lines a
        #: page sends through a table's alternations pay no call of ours on top of the engine's.
        self.fullmatch: Callable[..., Any] = self._first_fullmatch

    def compiled(self) -> Any:
        """The compiled pattern, compiled now if no line has reached it yet (a
        :class:`RulesError` naming the family if it does not compile)."""
        if self._compiled is None:
            try:
                self._compiled = regex.compile(self.source, _FLAGS)
            except regex.error as exc:
                raise RulesError(f"{self.family}: {exc}") from exc
            self.fullmatch = self._compiled.fullmatch
        return self._compiled

    def _first_fullmatch(self, text: str, **options: Any) -> Any:
        return self.compiled().fullmatch(text, **options)

    def __reduce__(self) -> tuple[type[LazyPattern], tuple[str, str]]:
        # Pickled as its source (a worker process compiles it again when a line reaches it): a
        # bound method of a compiled pattern does not pickle.
        return LazyPattern, (self.source, self.family)


@dataclass(frozen=True)
class RuleTable:
    """The rules of one family: phrases in a dictionary (one lookup per line), patterns compiled
    into one alternation whose named groups say which rule matched."""

    family: str
    rules: tuple[Rule, ...]
    _phrases: dict[str, Rule] = field(init=False, repr=False, compare=False)
    _longest_phrase: int = field(init=False, repr=False, compare=False)
    _groups: tuple[tuple[int, tuple[str, ...], Any], ...] = field(init=False, repr=False, compare=False)
    _user: bool = field(init=False, repr=False, compare=False)
    _scanner: NeededStrings | None = field(init=False, repr=False, compare=False, default=None)
    _own_scanner: NeededStrings | None = field(init=False, repr=False, compare=False, default=None)
    _groups_by_need: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _need_keys: frozenset[str] = field(init=False, repr=False, compare=False)
    _needless_groups: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        phrases: dict[str, Rule] = {}
        for rule in self.rules:
            for phrase in rule.phrases:
                phrases.setdefault(phrase_key(phrase), rule)  # the first rule to list a phrase wins
        # Patterns with the same gate (max_chars, needs) are compiled into one alternation; the
        # groups keep the order of the rules' first appearance, so earlier rules win.
        by_gate: dict[tuple[int, tuple[str, ...]], list[str]] = {}
        for k, rule in enumerate(self.rules):
            if rule.patterns:
                by_gate.setdefault((rule.max_chars, _minimal_needs(rule.needs)), []).append(f"(?P<r{k}>{rule.source()})")
        user = any(rule.user for rule in self.rules)
        groups = tuple((limit, needs, LazyPattern("|".join(srcs), self.family)) for (limit, needs), srcs in by_gate.items())
        if user:
            # A user's table is compiled whole at once: an error in it is reported when the rules
            # are loaded (each of its patterns was compiled alone first, so its error names it).
            for _, _, pattern in groups:
                pattern.compiled()
        object.__setattr__(self, "_phrases", phrases)
        # A line longer than this (plus trailing decoration) cannot be a phrase.
        object.__setattr__(self, "_longest_phrase", max(map(len, phrases), default=0) + 8)
        object.__setattr__(self, "_groups", groups)
        # Which groups each needed string opens: with the strings a line holds known, only those
        # groups (and the ones that need nothing) are tried, not every group of the table in turn;
        # a line holding none of them, in a table whose groups all need one, tries none.
        by_need: dict[str, list[int]] = {}
        for k, (_, needs, _) in enumerate(groups):
            for need in needs:
                by_need.setdefault(need, []).append(k)
        object.__setattr__(self, "_groups_by_need", {need: tuple(ks) for need, ks in by_need.items()})
        object.__setattr__(self, "_need_keys", frozenset(by_need))
        object.__setattr__(self, "_needless_groups", tuple(k for k, (_, needs, _) in enumerate(groups) if not needs))
        object.__setattr__(self, "_user", user)

    @property
    def has_user_rules(self) -> bool:
        return self._user

    def match(self, line: str) -> Rule | None:
        """The first rule whose phrase or pattern is the whole of *line* (stripped, with plain
        spaces: see :func:`~cleantext.document.plain_spaces`), or None."""
        stripped = plain_spaces(line.strip())
        if not stripped:
            return None
        key = phrase_key(stripped) if len(stripped) <= KEYED_CHARS else None
        return self._match_prepared(stripped, key, stripped.lower(), None)

    def match_line(self, doc: Document, index: int) -> Rule | None:
        """:meth:`match` for line *index* of *doc*, using the stripped lines and phrase keys the
        document computes once for all the families' tables."""
        text = doc.stripped[index]
        if not text:
            return None
        scanner = self._scanner_for(doc)
        if self._tries_candidates(doc, scanner) and not self._candidates(doc, scanner)[1][index]:
            return None
        found = doc.needed_strings(scanner, index) if scanner.strings else None
        return self._match_prepared(text, doc.phrase_keys[index], doc.lowered[index], found)

    def matching_lines(self, doc: Document, max_chars: int) -> Iterator[tuple[int, Rule]]:
        """:meth:`match_line` for every kept line of *doc* of at most *max_chars* characters, with
        the document's lists looked up once rather than once a line."""
        stripped, keys, lowered = doc.stripped, doc.phrase_keys, doc.lowered
        scanner = self._scanner_for(doc)
        needed = doc.needed_strings if scanner.strings else None
        match = self._match_prepared
        if self._tries_candidates(doc, scanner):
            # Only the lines this table can match at all are tried: most of a page's lines hold
            # none of its phrases and none of its needed strings, and trying each line in turn
            # was most of the time the tables took.
            lines, removed = doc.lines, doc.removals
            for i in self._candidates(doc, scanner)[0]:
                if i not in removed and len(lines[i]) <= max_chars:
                    rule = match(stripped[i], keys[i], lowered[i], None if needed is None else needed(scanner, i))
                    if rule is not None:
                        yield i, rule
            return
        for i, line in doc.kept():
            if len(line) <= max_chars and stripped[i]:
                rule = match(stripped[i], keys[i], lowered[i], None if needed is None else needed(scanner, i))
                if rule is not None:
                    yield i, rule

    def _tries_candidates(self, doc: Document, scanner: NeededStrings) -> bool:
        """Whether this table tries only the lines of *doc* it can match (:meth:`_candidates`):
        when the document is shared by several families (its phrase keys and the scan *scanner*
        are made once for all of them), the table's patterns are reached through the scan (or it
        has none), and its phrases are no longer than the lines that get a key."""
        return doc.shared_scan and self._longest_phrase <= KEYED_CHARS and bool(scanner.strings or not self._groups)

    def _candidates(self, doc: Document, scanner: NeededStrings) -> tuple[Sequence[int], bytearray]:
        """The non-blank lines of *doc* that a rule of this table may match, in order and as a flag
        a line (1: a candidate):
        those whose phrase key is one of its phrases, those that hold a string one of its pattern
        groups needs (found with *scanner*), and every line short enough for a group that needs
        nothing. Any other line fails :meth:`_match_prepared` (no phrase, no group to try), so
        skipping it changes nothing. Found once per document (the lines' texts do not change) and
        kept on it, as machine integers and bytes: a table with a group that needs nothing has
        most lines for candidates, and as a list and a set of Python integers they took 20 MB
        of a text of 100,000 short lines. Used when :meth:`_tries_candidates`."""
        cached = doc.table_candidates.get(id(self))
        if cached is not None and cached[0] is self:
            return cached[1], cached[2]
        found: set[int] = set()
        by_key = doc.lines_by_phrase_key()
        for key in by_key.keys() & self._phrases.keys():
            found.update(by_key[key])
        if scanner.strings:
            by_need = doc.lines_holding(scanner)
            for need in by_need.keys() & self._need_keys:
                found.update(by_need[need])
        for k in self._needless_groups:
            limit = self._groups[k][0]
            found.update(i for i, text in enumerate(doc.stripped) if text and (not limit or len(text) <= limit))
        ordered = array("q", sorted(found))
        flags = bytearray(len(doc.lines))
        for i in ordered:
            flags[i] = 1
        # The table itself is kept with its lines: an id is unique only while its object lives.
        doc.table_candidates[id(self)] = (self, ordered, flags)
        return ordered, flags

    def _scanner_for(self, doc: Document) -> NeededStrings:
        """The scanner this table uses on *doc*: the shared one when several families share the
        document (:meth:`_needed_strings`), else its own (:meth:`_own_strings`). Run alone, a
        table used to test its strings one by one: share_prompts' share bar rule needs any of
        fifty network names, and the step alone ran at 9.5 MB/s on the corpus, 23.5 scanning."""
        if doc.shared_scan:
            return self._scanner or self._needed_strings()
        return self._own_strings()

    def _match_prepared(self, text: str, key: str | None, lower: str, found: frozenset[str] | None) -> Rule | None:
        """:meth:`match` for a non-blank stripped line *text*, given its phrase key (None: not
        computed), its lower-case form and the needed strings it holds (None: not known)."""
        if len(text) <= self._longest_phrase:
            rule = self._phrases.get(key if key is not None else phrase_key(text))
            if rule is not None:
                return rule
        if key is not None:
            half = doubled_half(key)
            if half is not None:
                rule = self._phrases.get(half)
                if rule is not None:
                    return rule
        return self._match_patterns(text, lower, found)

    def _needed_strings(self) -> NeededStrings:
        """The scanner of this table's needed strings: the one shared by the built-in families
        when it holds them all, so a document is scanned once for every family."""
        mine = _need_limits(self._groups)
        shared = builtin_needed_strings()
        # The shared scan is made once a line for all the families, and kept on the document.
        scanner = shared if mine and shared.covers(mine) else self._own_strings()
        object.__setattr__(self, "_scanner", scanner)
        return scanner

    def _own_strings(self) -> NeededStrings:
        """The scanner of this table's needed strings alone, made once: an automaton of them when
        there are SCAN_MIN_STRINGS or more, else none (each is then tested by a substring test)."""
        scanner = self._own_scanner
        if scanner is None:
            mine = _need_limits(self._groups)
            scanner = NeededStrings(mine) if len(mine) >= SCAN_MIN_STRINGS else _NO_SCAN
            object.__setattr__(self, "_own_scanner", scanner)
        return scanner

    def _match_patterns(self, stripped: str, lower: str | None = None, present: frozenset[str] | None = None) -> Rule | None:
        """The first pattern rule matching *stripped*; *lower* is its lower-case form, if known;
        *present* the needed strings it holds, if known (see :mod:`cleantext.needed_strings`)."""
        if present is not None:
            return self._match_opened_groups(stripped, present)
        for limit, needs, compiled in self._groups:
            if limit and len(stripped) > limit:
                continue
            if needs:
                if lower is None:
                    lower = stripped.lower()
                for need in needs:
                    if need in lower:
                        break
                else:
                    continue
            m = self._fullmatch(compiled, stripped)
            if m is not None:
                return self.rules[int(m.lastgroup[1:])]
        return None

    def _match_opened_groups(self, stripped: str, present: frozenset[str]) -> Rule | None:
        """:meth:`_match_patterns` when the needed strings *present* in the line are known: the
        groups they open and the groups that need nothing, in the table's order."""
        opened = present & self._need_keys
        if not opened:
            candidates: Iterable[int] = self._needless_groups
        else:
            chosen = set(self._needless_groups)
            for need in opened:
                chosen.update(self._groups_by_need[need])
            candidates = sorted(chosen)
        groups = self._groups
        for k in candidates:
            limit, _, compiled = groups[k]
            if limit and len(stripped) > limit:
                continue
            m = self._fullmatch(compiled, stripped)
            if m is not None:
                return self.rules[int(m.lastgroup[1:])]
        return None

    def _fullmatch(self, compiled: Any, stripped: str) -> Any:
        if not self._user:
            return compiled.fullmatch(stripped)
        try:
            return compiled.fullmatch(stripped, timeout=USER_PATTERN_TIMEOUT)
        except TimeoutError as exc:
            raise RulesError(f"{self.family}: a user pattern took too long on {stripped[:80]!r}") from exc

    def extended(self, extra: Iterable[Rule]) -> RuleTable:
        extra = tuple(extra)
        return self if not extra else RuleTable(self.family, self.rules + extra)


def _as_str_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RulesError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return tuple(value)


_RULE_KEYS = {"id", "reason", "phrases", "patterns", "lang", "max_chars", "needs"}

#: The table of a rules file that names the parts its patterns share, and how a pattern names one.
DEFINE_TABLE = "define"
_PART_NAME = r"\w{1,60}"
_DEFINED_PART = regex.compile(r"\{\{(" + _PART_NAME + r")\}\}")


def _parse_defines(data: Mapping[str, Any], where: str) -> dict[str, str]:
    """The ``[define]`` table of a rules file's *data* (none: no parts): each name's pattern source,
    checked to compile alone and to name no other part (one level: a part cannot grow by naming
    itself)."""
    raw = data.get(DEFINE_TABLE, {})
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: [{DEFINE_TABLE}] must be a table of name = 'pattern', got {raw!r}")
    for name, source in raw.items():
        if not regex.fullmatch(_PART_NAME, name) or not isinstance(source, str) or not source:
            raise RulesError(f"{where}.{name}: expected a name of letters, digits and _ and a non-empty pattern, got {source!r}")
        if _DEFINED_PART.search(source):
            raise RulesError(f"{where}.{name}: a defined part cannot name another ({source!r})")
        _check_pattern(source, f"{where}.{name}")
    return dict(raw)


def _check_pattern(source: str, where: str) -> None:
    """Raise a :class:`RulesError` naming *where* unless *source* compiles alone, without named
    groups (the table names its rules' groups itself)."""
    try:
        compiled = regex.compile(source, _FLAGS)
    except regex.error as exc:
        raise RulesError(f"{where}: invalid regex {source!r}: {exc}") from exc
    if compiled.groupindex:
        raise RulesError(f"{where}: named groups are not allowed in {source!r}")


def _with_defined_parts(pattern: str, defines: Mapping[str, str], where: str) -> str:
    """*pattern* with each ``{{name}}`` replaced by the part *defines* gives it, as a group."""

    def part(match: Any) -> str:
        name = match.group(1)
        if name not in defines:
            known = ", ".join(sorted(defines)) or "none"
            raise RulesError(f"{where}: {{{{{name}}}}} is not in the file's [{DEFINE_TABLE}] table (defined: {known})")
        return f"(?:{defines[name]})"

    return _DEFINED_PART.sub(part, pattern)


def _parse_rule(raw: Any, where: str, default_id: str, user: bool, defines: Mapping[str, str] | None = None) -> Rule:
    if not isinstance(raw, dict):
        raise RulesError(f"{where}: expected a table with phrases and/or patterns, got {raw!r}")
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise RulesError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}")
    phrases = _as_str_list(raw.get("phrases", []), f"{where}.phrases")
    patterns = _as_str_list(raw.get("patterns", []), f"{where}.patterns")
    patterns = tuple(_with_defined_parts(p, defines or {}, f"{where}.patterns[{k}]") for k, p in enumerate(patterns))
    if not phrases and not patterns:
        raise RulesError(f"{where}: a rule needs at least one phrase or pattern")
    # A user's pattern is compiled alone first, so that an error names its rule. The built-in ones
    # are checked so by the test suite (tests/test_rules.py) instead of at every start: compiling
    # them twice was half of what a process spends before it cleans its first text.
    if user:
        for k, pattern in enumerate(patterns):
            _check_pattern(pattern, f"{where}.patterns[{k}]")
    rule_id = raw.get("id", default_id)
    reason = raw.get("reason", "matched a user rule" if user else rule_id)
    lang = raw.get("lang", "*")
    for key, value in (("id", rule_id), ("reason", reason), ("lang", lang)):
        if not isinstance(value, str) or not value:
            raise RulesError(f"{where}.{key}: expected a non-empty string, got {value!r}")
    max_chars = raw.get("max_chars", 0)
    if not isinstance(max_chars, int) or isinstance(max_chars, bool) or max_chars < 0:
        raise RulesError(f"{where}.max_chars: expected a whole number >= 0, got {max_chars!r}")
    needs = tuple(n.lower() for n in _as_str_list(raw["needs"], f"{where}.needs")) if "needs" in raw else ()
    return Rule(str(rule_id), str(reason), phrases, patterns, str(lang), user, max_chars, needs)


@dataclass(frozen=True)
class RuleSet:
    """User rules per cleaner family, as read from a TOML file or given as a mapping."""

    by_family: tuple[tuple[str, tuple[Rule, ...]], ...] = ()

    def for_family(self, family: str) -> tuple[Rule, ...]:
        for name, rules in self.by_family:
            if name == family:
                return rules
        return ()

    @property
    def families(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.by_family)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "rules") -> RuleSet:
        """Validate ``{family: [rule, ...]}`` (or ``{family: rule}``); see the module docstring."""
        from .registry import rule_families  # the families are known once the cleaners are registered

        known = rule_families()
        defines = _parse_defines(data, f"{source}: [{DEFINE_TABLE}]")
        by_family = []
        for family, raw_rules in data.items():
            if family == DEFINE_TABLE:
                continue
            if family not in known:
                raise RulesError(f"{source}: unknown cleaner family {family!r}; families that take rules: {', '.join(sorted(known))}")
            if isinstance(raw_rules, dict):
                raw_rules = [raw_rules]
            if not isinstance(raw_rules, list):
                raise RulesError(f"{source}: [{family}] must be a table or an array of tables")
            rules = tuple(
                _parse_rule(raw, f"{source}: {family}[{k}]", f"user-{k + 1}", user=True, defines=defines)
                for k, raw in enumerate(raw_rules)
            )
            by_family.append((family, rules))
        return cls(tuple(by_family))


def load_rules(source: str | Path | Mapping[str, Any] | RuleSet | None) -> RuleSet:
    """A :class:`RuleSet` from a TOML file path, a mapping, an existing RuleSet, or None (empty)."""
    if source is None:
        return RuleSet()
    if isinstance(source, RuleSet):
        return source
    if isinstance(source, Mapping):
        return RuleSet.from_mapping(source)
    path = Path(source)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RulesError(f"rules file not found: {path}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: not valid TOML: {exc}") from exc
    return RuleSet.from_mapping(data, str(path))


@lru_cache(maxsize=None)
def builtin_data(family: str) -> dict[str, Any]:
    """``cleantext/data/<family>.toml`` as read, once per process: its ``[[rule]]`` tables, and the
    word lists a step reads itself (``recent_comments``' ``[connectors]``). Not to be changed."""
    text = resources.files("cleantext").joinpath("data", f"{family}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@lru_cache(maxsize=None)
def builtin_table(family: str) -> RuleTable:
    """The rules shipped in ``cleantext/data/<family>.toml``, compiled once per process."""
    data = builtin_data(family)
    defines = _parse_defines(data, f"data/{family}.toml [{DEFINE_TABLE}]")
    raw_rules = data.get("rule", [])
    rules = tuple(_parse_rule(raw, f"data/{family}.toml rule[{k}]", f"{family}-{k}", user=False, defines=defines) for k, raw in enumerate(raw_rules))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise RulesError(f"data/{family}.toml: duplicate rule ids")
    return RuleTable(family, rules)


def _minimal_needs(needs: tuple[str, ...]) -> tuple[str, ...]:
    """*needs* without repeats and without any string that contains another of them: a line that
    holds "commentaire" holds "comment", so the gate lets the same lines through with fewer
    substring tests. Rule files list the variants of each language for the reader; the gate need
    not test them all."""
    unique = tuple(dict.fromkeys(needs))
    return tuple(need for need in unique if not any(other != need and other in need for other in unique))


def _need_limits(groups: Iterable[tuple[int, tuple[str, ...], Any]]) -> dict[str, int]:
    """Each needed string of *groups* with the longest line a group needing it tests (0: any)."""
    limits: dict[str, int] = {}
    for limit, needs, _ in groups:
        for need in needs:
            known = limits.get(need)
            limits[need] = 0 if limit == 0 or known == 0 else max(limit, known or 0)
    return limits


@lru_cache(maxsize=1)
def builtin_needed_strings() -> NeededStrings:
    """The needed strings of every built-in family (``cleantext/data/*.toml``), so that a line is
    scanned once for all of them."""
    groups = [
        group
        for path in resources.files("cleantext").joinpath("data").iterdir()
        if path.name.endswith(".toml")
        for group in builtin_table(path.name[: -len(".toml")])._groups
    ]
    return NeededStrings(_need_limits(groups))


@lru_cache(maxsize=256)
def table_for(family: str, user_rules: RuleSet) -> RuleTable:
    """The built-in table of *family* extended by the user's rules for it (cached per rule set)."""
    return builtin_table(family).extended(user_rules.for_family(family))
