"""Shared fixtures: where the corpus and the optional development data are."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DEVDATA = REPO.parent / "shared" / "devdata" / "pages.jsonl.gz"


@pytest.fixture(scope="session")
def devdata_path() -> Path:
    """The development pages; tests that need them skip with a message when they are missing."""
    if not DEVDATA.exists():
        pytest.skip(f"development data not found at {DEVDATA} (it lives in ../shared beside the repo)")
    return DEVDATA
