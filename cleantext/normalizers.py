"""Normalisers: opt-in steps that transform the text of each kept line.

They never add, remove or join lines, so the paragraph structure the segmenter needs survives
(unlike whitespace normalisers that flatten a text into one paragraph). Add one to a pipeline by
name: ``Pipeline().with_step("collapse_spaces")``.
"""

from __future__ import annotations

import unicodedata

import regex

from .registry import register_normalizer

_SPACE_RUN = regex.compile(r"[^\S\r\n]+")
# Zero-width characters and soft hyphens that scrapers leave inside words.
_INVISIBLE = regex.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


@register_normalizer("collapse_spaces")
def collapse_spaces(line: str) -> str:
    """Collapse runs of spaces and tabs inside a line to one space and strip its ends.

    >>> collapse_spaces("  Kosovo \\t will   be asked ")
    'Kosovo will be asked'
    """
    return _SPACE_RUN.sub(" ", line).strip()


@register_normalizer("strip_invisible")
def strip_invisible(line: str) -> str:
    """Remove zero-width spaces, joiners, BOMs and soft hyphens.

    Risk: a zero-width joiner is meaningful inside some emoji and Indic scripts.

    >>> strip_invisible("re\\u00adturn\\u200b hubs")
    'return hubs'
    """
    return _INVISIBLE.sub("", line)


@register_normalizer("nfc")
def nfc(line: str) -> str:
    """Put the line in Unicode normal form C (composed accents), as most text tools expect.

    >>> nfc("Kosove\\u0308") == "Kosov\\u00eb"
    True
    """
    return unicodedata.normalize("NFC", line)
