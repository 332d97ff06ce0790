"""Fuzzing the entry points with arbitrary text, bytes and JSON: no exception escapes except the
documented ones, and records in always equal records out plus records failed."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.batch import BatchOptions, BatchStats, CleanedRecord, FailedRecord, clean_batch, clean_record
from cleantext.html import html_to_text
from cleantext.pipeline import Pipeline
from cleantext.records import BadRecord, InputError, RawRecord, expand_inputs, iter_records

PIPE = Pipeline()
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
html_soup = st.lists(
    st.sampled_from(["<p>", "</p>", "<a>", "</a>", "<br>", "<svg>", "<template>", "</svg>", "<div hidden>", "</div>", "<script>", "</script>", "<!--", "-->", "<table><tr><td>", "&amp;", "&#0;", "<", ">", "\x00", "Story.", " text ", "\n"]),
    max_size=40,
).map("".join)


@FUZZ
@given(st.text())
def test_clean_takes_any_text(text: str) -> None:
    assert isinstance(cleantext.clean(text), str)


@FUZZ
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300), html_soup))
def test_html_to_text_takes_anything(html) -> None:
    text = html_to_text(html)
    assert isinstance(text, str) and "\x00" not in text


@FUZZ
@given(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
def test_any_json_line_is_cleaned_or_reported(line: bytes) -> None:
    stats = BatchStats()
    out = clean_record(RawRecord("f.jsonl", 1, line, "f.jsonl", "jsonl"), PIPE, BatchOptions(), stats)
    assert isinstance(out, (CleanedRecord, FailedRecord))
    assert stats.records_in == stats.records_out + stats.failed == 1


@FUZZ
@given(st.lists(st.binary(max_size=80).filter(lambda b: b"\n" not in b) | json_values.map(lambda v: json.dumps(v).encode()), max_size=12))
def test_the_reader_yields_every_line_once(tmp_path_factory, lines: list[bytes]) -> None:
    path = Path(tmp_path_factory.mktemp("fuzz")) / "f.jsonl"
    path.write_bytes(b"\n".join(lines))
    (source,) = expand_inputs([str(path)])
    try:
        items = list(iter_records(source, max_bytes=64))
    except InputError:  # pragma: no cover - a plain file is always readable
        raise AssertionError("a plain JSON-lines file must be readable") from None
    assert [i.number for i in items] == [n for n, line in enumerate(lines, 1) if line.strip() or len(line) > 64]
    assert [i.number for i in items if isinstance(i, BadRecord)] == [n for n, line in enumerate(lines, 1) if len(line) > 64]


@FUZZ
@given(st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=60)), max_size=10))
def test_clean_batch_keeps_every_row(values: list) -> None:
    out = clean_batch({"text": values, "n": list(range(len(values)))})
    assert out["n"] == list(range(len(values)))
    assert [e is None for e in out["cleantext_error"]] == [isinstance(v, str) for v in values]
