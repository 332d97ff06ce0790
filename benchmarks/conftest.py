"""Fixtures for the benchmarks: the sample corpus (always there), the development pages (skipped,
with a message, when ../shared/devdata is missing) and datatrove's C4 filter (skipped, with a
message, when the "bench" extra is not installed)."""

from __future__ import annotations

import pytest

from baselines import DEVDATA, corpus_texts, datatrove_c4_filter, devdata_pages


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


@pytest.fixture(scope="session")
def datatrove_c4():
    """datatrove's C4 filter as a text-to-text function (see ``baselines.datatrove_c4_filter``)."""
    try:
        return datatrove_c4_filter()
    except ImportError as exc:
        pytest.skip(f"datatrove's C4 filter not measured: {exc} (pip install -e '.[bench]')")
