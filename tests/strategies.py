"""Hypothesis strategies that more than one test module draws from."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st


def lines_from(pieces: Sequence[str]) -> st.SearchStrategy[str]:
    """Lines of up to eight pieces, each one of *pieces* (the characters and words a rule turns
    on) or up to three characters of any text (the ones that must not fool it): for holding a
    quick test to the pattern it stands in front of."""
    return st.lists(st.one_of(st.sampled_from(list(pieces)), st.text(max_size=3)), max_size=8).map("".join)
