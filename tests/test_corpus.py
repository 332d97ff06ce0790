"""The seed corpus: cleantext.clean gives exactly the hand-written expected output of each file,
and removes exactly the lines listed by hand in its ``.removed`` file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import cleantext

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
sys.path.insert(0, str(CORPUS))
from make_expected import removed_lines  # noqa: E402

INPUTS = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_is_there() -> None:
    assert len(INPUTS) == 5


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem[:3])
def test_clean_gives_the_expected_output(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = path.with_suffix(".expected").read_text(encoding="utf-8")
    assert cleantext.clean(text) == expected


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem[:3])
def test_exactly_the_hand_listed_lines_go(path: Path) -> None:
    result = cleantext.clean_document(path.read_text(encoding="utf-8"))
    assert {r.line for r in result.removals} == set(removed_lines(path.with_suffix(".removed")))


@pytest.mark.parametrize("name", ["001", "004"])
def test_clean_seeds_pass_through_byte_for_byte(name: str) -> None:
    (path,) = [p for p in INPUTS if p.name.startswith(name)]
    text = path.read_text(encoding="utf-8")
    result = cleantext.clean_document(text)
    assert result.text == text and not result.removals


def test_seed_003_keeps_only_the_kosovo_story() -> None:
    (path,) = [p for p in INPUTS if p.name.startswith("003")]
    out = cleantext.clean(path.read_text(encoding="utf-8"))
    assert "Kosovo" in out
    for other in ("Online Safety Act", "Corbyn", "crypto", "Please use Chrome", "Related Topics", "Pic: PA"):
        assert other not in out
