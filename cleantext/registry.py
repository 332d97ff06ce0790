"""The registry of named steps: built-in cleaners and normalisers, and the user's own.

A *cleaner* decides which lines go: it is called as ``func(doc, config)`` with a
:class:`~cleantext.document.Document` and the :class:`~cleantext.config.Config`, and yields
``(line_index, rule_id, reason)`` for each line to remove (only lines in ``doc.kept()``). It never
changes the document itself.

A *normaliser* transforms the text of each kept line (``func(line) -> line``); normalisers are
opt-in, run after the cleaners and never add or remove lines, so paragraph structure is kept.

Register your own with the decorators; the first line of the docstring is the summary that
``cleantext --list-cleaners`` shows::

    from cleantext import register_cleaner

    @register_cleaner("shouting")
    def drop_shouting(doc, config):
        \"\"\"Remove lines written entirely in capitals.\"\"\"
        for i, line in doc.kept():
            if len(line) > 3 and line.isupper():
                yield i, "all-caps", "line in capitals"
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:
    from .config import Config
    from .document import Document

__all__ = ["Step", "Mark", "register_cleaner", "register_normalizer", "get_step", "list_steps", "rule_families"]

Mark = tuple[int, str, str]
"""What a cleaner yields: (line index, rule id, reason)."""

CleanerFunc = Callable[["Document", "Config"], Iterable[Mark]]
NormalizerFunc = Callable[[str], str]
F = TypeVar("F", bound=Callable)


@dataclass(frozen=True)
class Step:
    """A registered step: its name, its kind, the function, and whether it takes TOML rules."""

    name: str
    kind: Literal["cleaner", "normalizer"]
    func: Callable
    takes_rules: bool = False
    #: The step judges a line by the lines around it, so the pipeline runs it again on what later
    #: steps left (see :meth:`cleantext.Pipeline.run`).
    settles: bool = False
    #: The step only tidies the layout (blank lines): it runs after every other cleaner has
    #: settled, and what it removes makes none of them run again.
    layout: bool = False

    @property
    def judges_lines_alone(self) -> bool:
        """Whether the step removes lines by a table of rules, each line judged alone (it takes
        rules and does not settle): a widget table, whose removals a second cleaning would make
        wherever the line stood."""
        return self.takes_rules and not self.settles

    @property
    def summary(self) -> str:
        doc = (self.func.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else "(no description)"


_STEPS: dict[str, Step] = {}


def _register(name: str, kind: Literal["cleaner", "normalizer"], replace: bool, takes_rules: bool, settles: bool = False, layout: bool = False) -> Callable[[F], F]:
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"a step name must be an identifier, got {name!r}")
    if settles and layout:
        raise ValueError(f"step {name!r}: a layout step runs once, after the others have settled; it cannot settle too")

    def decorator(func: F) -> F:
        if not callable(func):
            raise TypeError(f"step {name!r} must be callable")
        if name in _STEPS and not replace and _STEPS[name].func is not func:
            raise ValueError(f"a step named {name!r} is already registered; pass replace=True to override it")
        _STEPS[name] = Step(name, kind, func, takes_rules, settles, layout)
        return func

    return decorator


def register_cleaner(
    name: str, *, replace: bool = False, takes_rules: bool = False, settles: bool = False, layout: bool = False
) -> Callable[[F], F]:
    """Register ``func(doc, config) -> iterable of (line, rule, reason)`` as the cleaner *name*.

    ``settles=True`` says that the cleaner judges a line by the lines around it (a bare "1:30" is a
    video's duration alone, but part of a schedule among other times of day): when a later step
    removes lines, the pipeline runs it again on what is left, so that a second cleaning does not
    find what the first left behind. The cleaner must be idempotent alone.

    ``layout=True`` says that the cleaner only tidies what the others left (``blank_runs``: the
    blank lines removals put side by side): it runs once, after every other cleaner has run and
    settled, whatever its place in the pipeline, and its removals make no settling step run again
    (the page classifier counts blank lines, and judged a page again for want of one).
    """
    return _register(name, "cleaner", replace, takes_rules, settles, layout)


def register_normalizer(name: str, *, replace: bool = False) -> Callable[[F], F]:
    """Register ``func(line) -> line`` as the normaliser *name*."""
    return _register(name, "normalizer", replace, False)


def get_step(name: str) -> Step:
    try:
        return _STEPS[name]
    except KeyError:
        raise KeyError(f"no step named {name!r}; known steps: {', '.join(sorted(_STEPS))}") from None


def list_steps() -> dict[str, Step]:
    """All registered steps by name, built-in and user-registered."""
    return dict(_STEPS)


def rule_families() -> set[str]:
    """Names of the cleaners that accept extra phrases and patterns from a rules file."""
    return {name for name, step in _STEPS.items() if step.takes_rules}
