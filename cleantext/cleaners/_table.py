"""Running a family's rule table over the kept lines of a document (shared by the line cleaners)."""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Config
from ..document import Document
from ..registry import Mark
from ..rules import RuleTable, table_for


def family_table(family: str, config: Config) -> RuleTable:
    """The built-in rules of *family* plus the user's, compiled once per rule set."""
    return table_for(family, config.rules)


def table_marks(doc: Document, family: str, config: Config, max_chars: int) -> Iterator[Mark]:
    """A mark for every kept line of at most *max_chars* characters that a rule of *family* matches.

    Furniture lines are short; testing only short lines keeps long paragraphs out of the regex
    engine altogether, which is most of the text in an article.
    """
    for i, rule in family_table(family, config).matching_lines(doc, max_chars):
        yield i, rule.id, rule.reason
