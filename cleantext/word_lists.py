"""The plain word lists in ``cleantext/data/``: stop lists, common words, units of measure.

Each folder holds one ``<code>.txt`` file per language (or per system of units, ``metric.txt``):
words separated by white space, lines starting with "#" are comments. The steps that read them
cache what they build from them.
"""

from __future__ import annotations

from importlib import resources

__all__ = ["word_lists"]


def word_lists(folder: str) -> dict[str, frozenset[str]]:
    """The word lists in ``cleantext/data/<folder>/``, lower-cased, by file name without ``.txt``
    (``de.txt`` -> ``"de"``).

    >>> sorted(word_lists("stopwords"))[:3]
    ['de', 'en', 'es']
    """
    lists: dict[str, frozenset[str]] = {}
    for entry in (resources.files("cleantext") / "data" / folder).iterdir():
        if entry.name.endswith(".txt"):
            words: set[str] = set()
            for line in entry.read_text(encoding="utf-8").splitlines():
                if not line.startswith("#"):
                    words.update(line.lower().split())
            lists[entry.name[: -len(".txt")]] = frozenset(words)
    return lists
