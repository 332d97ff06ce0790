"""Fixtures for the benchmarks: the sample corpus (always there) and the development pages
(skipped, with a message, when ../shared/devdata is missing)."""

from __future__ import annotations

import pytest

from baselines import DEVDATA, corpus_texts, devdata_pages


@pytest.fixture(scope="session")
def corpus() -> list[str]:
    texts = corpus_texts()
    assert texts, "corpus/ is empty"
    return texts


@pytest.fixture(scope="session")
def pages() -> list[dict]:
    if not DEVDATA.exists():
        pytest.skip(f"development data not found at {DEVDATA}; quality on real pages not measured")
    return list(devdata_pages())
