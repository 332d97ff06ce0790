"""Cleaning many records: one record at a time for the CLI's workers, and one batch at a time
(pandas, Arrow, a dict of columns) for Dask, Spark's ``mapInPandas`` and Ray Data's
``map_batches``.

A record that cannot be cleaned (bytes that do not decode, a JSON line that does not parse, a
missing or non-string text field, a document over its time budget) is never dropped silently and
never stops the batch: the CLI writes it to its errors file, and :func:`clean_batch` keeps the row
with the reason in an error column.

>>> clean_batch({"url": ["a", "b"], "text": ["Story.\\n1:30\\nPM confirms plan\\nMore.", None]})
{'url': ['a', 'b'], 'text': ['Story.\\nMore.', None], 'cleantext_error': [None, "field 'text' is missing or not a string (NoneType)"]}
"""

from __future__ import annotations

import codecs
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Union

from .budget import DocumentTimeout
# decode: a record's or a text file's bytes as text (a byte-order mark wins); named so here, where
# the command line and users of the batch API have found it.
from .charset import decode_text as decode
from .config import Config
from .document import Result
from .html import HtmlResult, clean_html_document, html_pipeline_for
from .pipeline import Pipeline
from .records import BadRecord, RawRecord, is_html_document

__all__ = ["decode", "BatchOptions", "BatchStats", "CleanedRecord", "FailedRecord", "clean_record", "clean_batch", "ERROR_FIELD"]

#: The column :func:`clean_batch` adds: None for a cleaned row, else why the row was not cleaned.
ERROR_FIELD = "cleantext_error"


@dataclass(frozen=True)
class BatchOptions:
    """How records are read and written back. The defaults suit JSON lines with a ``text`` field."""

    text_field: str = "text"
    """The field that holds the text to clean."""
    output_field: str | None = None
    """Where the cleaned text goes (default: back into ``text_field``)."""
    keep_removals: bool = False
    """Add a ``removals`` field: every removed line with its cleaner, rule and reason."""
    encoding: str = "utf-8"
    """The inputs' encoding (a Python codec name); a byte-order mark at a file's start wins."""
    encoding_errors: str = "strict"
    """``strict``: an undecodable record fails; ``replace``: bad bytes become U+FFFD."""
    timeout: float | None = None
    """Seconds one document may take (see :mod:`cleantext.budget`); over it, the record fails."""
    max_bytes: int = 64 * 1024 * 1024
    """A record (or a text file) larger than this fails without being read whole."""
    explain: bool = False
    """Keep each document's explanation (for ``cleantext --explain``)."""

    def __post_init__(self) -> None:
        # Here rather than at the first record: a misspelt codec would fail every record, each in
        # a worker process, where the error reads as a crash.
        check_encoding(self.encoding)
        if self.encoding_errors not in ("strict", "replace"):
            raise ValueError(f"encoding_errors must be 'strict' or 'replace', not {self.encoding_errors!r}")

    @property
    def target_field(self) -> str:
        return self.output_field or self.text_field


@dataclass
class BatchStats:
    """Counts for a run; they add up: ``records_in == records_out + failed``."""

    records_in: int = 0
    records_out: int = 0
    failed: int = 0
    timed_out: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    lines_removed: Counter[str] = field(default_factory=Counter)

    def add(self, other: BatchStats) -> None:
        self.records_in += other.records_in
        self.records_out += other.records_out
        self.failed += other.failed
        self.timed_out += other.timed_out
        self.bytes_in += other.bytes_in
        self.bytes_out += other.bytes_out
        self.lines_removed.update(other.lines_removed)

    def to_dict(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in ("records_in", "records_out", "failed", "timed_out", "bytes_in", "bytes_out")}
        data["lines_removed"] = dict(sorted(self.lines_removed.items()))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchStats:
        stats = cls(**{k: int(data[k]) for k in ("records_in", "records_out", "failed", "timed_out", "bytes_in", "bytes_out")})
        stats.lines_removed.update(data.get("lines_removed", {}))
        return stats

    def summary(self) -> str:
        removed = ", ".join(f"{name} {n}" for name, n in sorted(self.lines_removed.items())) or "none"
        return (
            f"records in {self.records_in}, out {self.records_out}, failed {self.failed}"
            f"{f' ({self.timed_out} over the timeout)' if self.timed_out else ''}; "
            f"bytes in {self.bytes_in}, out {self.bytes_out}; lines removed: {removed}"
        )


@dataclass(frozen=True)
class CleanedRecord:
    """A cleaned record: ``text`` for a document file, ``record`` (all fields) for a record."""

    source: str
    number: int
    relative: str
    text: str
    record: dict[str, Any] | None
    explanation: str | None = None


@dataclass(frozen=True)
class FailedRecord:
    """A record that was not cleaned, and why; written to the errors file as one JSON line."""

    source: str
    number: int
    reason: str
    timed_out: bool = False

    def to_json(self) -> str:
        return json.dumps({"source": self.source, "record": self.number, "reason": self.reason}, ensure_ascii=False)


def _removals(result: Result) -> list[dict[str, Any]]:
    return [{"line": r.line, "cleaner": r.cleaner, "rule": r.rule, "reason": r.reason, "text": r.text} for r in result.removals]


def check_encoding(name: str) -> str:
    """*name* if Python has a codec by that name; otherwise ValueError, naming it.

    >>> check_encoding("latin-1")
    'latin-1'
    >>> check_encoding("auto")
    Traceback (most recent call last):
    ...
    ValueError: unknown encoding 'auto' (give a codec name such as utf-8, cp1252, latin-1 or utf-16)
    """
    try:
        codecs.lookup(name)
    except LookupError:
        raise ValueError(f"unknown encoding {name!r} (give a codec name such as utf-8, cp1252, latin-1 or utf-16)") from None
    return name


def record_text(raw: RawRecord, options: BatchOptions) -> tuple[dict[str, Any] | None, str | None]:
    """The fields of *raw* (a JSON line or Parquet row; None for a document file) and the text to
    clean: the target field's, or the whole document's; None for an HTML page, whose bytes are
    cleaned as HTML. Raises UnicodeDecodeError, json.JSONDecodeError or ValueError for a record
    that cannot be read."""
    payload = raw.payload
    record: dict[str, Any] | None = None
    if isinstance(payload, dict):
        record = payload
    elif raw.format == "jsonl":
        record = json.loads(decode(payload, raw.encoding or options.encoding, options.encoding_errors))
        if not isinstance(record, dict):
            raise ValueError(f"a JSON line must be an object, not {type(record).__name__}")
    if record is None:
        return None, (None if is_html_document(raw) else decode(payload, options.encoding, options.encoding_errors))  # type: ignore[arg-type]
    text = record.get(options.text_field)
    if not isinstance(text, str):
        problem = "missing" if options.text_field not in record else f"{type(text).__name__}, not a string"
        raise ValueError(f"field {options.text_field!r} is {problem}")
    return record, text


def clean_record(raw: RawRecord | BadRecord, pipeline: Pipeline, options: BatchOptions, stats: BatchStats) -> CleanedRecord | FailedRecord:
    """Clean one record as read by :func:`cleantext.records.iter_records`, counting it in *stats*.

    Document files (text, HTML) give a :class:`CleanedRecord` with ``text``; JSON lines and Parquet
    rows give one with ``record``: every field as it was, the cleaned text in the target field.
    """
    stats.records_in += 1
    if isinstance(raw, BadRecord):
        stats.failed += 1
        return FailedRecord(raw.source, raw.number, raw.reason)
    record: dict[str, Any] | None = None
    try:
        record, text = record_text(raw, options)
        if text is None:
            # An HTML page: its own charset declaration decides, not --encoding (which is for text).
            html: bytes = raw.payload  # type: ignore[assignment]
            stats.bytes_in += len(html)
            result: Result | HtmlResult = clean_html_document(html, pipeline=html_pipeline_for(pipeline), timeout=options.timeout)
            stats.lines_removed["html"] += len(result.dom_removals)  # type: ignore[union-attr]
        else:
            stats.bytes_in += len(text.encode("utf-8", "surrogatepass"))
            result = pipeline.run(text, timeout=options.timeout)
    except UnicodeDecodeError as exc:
        stats.failed += 1
        return FailedRecord(raw.source, raw.number, f"not valid {exc.encoding} at byte {exc.start} ({exc.reason})")
    except json.JSONDecodeError as exc:
        stats.failed += 1
        return FailedRecord(raw.source, raw.number, f"not JSON: {exc.msg} at column {exc.colno}")
    except DocumentTimeout as exc:
        stats.failed += 1
        stats.timed_out += 1
        return FailedRecord(raw.source, raw.number, f"timeout: {exc}", timed_out=True)
    except (ValueError, RecursionError) as exc:
        stats.failed += 1
        return FailedRecord(raw.source, raw.number, str(exc))
    stats.records_out += 1
    stats.bytes_out += len(result.text.encode("utf-8", "surrogatepass"))
    for removal in result.removals:
        stats.lines_removed[removal.cleaner] += 1
    explanation = result.explain() if options.explain else None
    if record is None:
        return CleanedRecord(raw.source, raw.number, raw.relative, result.text, None, explanation)
    out = dict(record)
    out[options.target_field] = result.text
    if options.keep_removals:
        out["removals"] = _removals(result)
    return CleanedRecord(raw.source, raw.number, raw.relative, result.text, out, explanation)


# -- whole batches (pandas, Arrow, dict of columns) ------------------------------------------------

Batch = Union[Mapping[str, list[Any]], Any]


def _clean_column(texts: Iterable[Any], text_field: str, pipeline: Pipeline, keep_removals: bool, timeout: float | None) -> tuple[list[str | None], list[str | None], list[list[dict[str, Any]] | None]]:
    cleaned: list[str | None] = []
    errors: list[str | None] = []
    removals: list[list[dict[str, Any]] | None] = []
    for text in texts:
        if not isinstance(text, str):
            cleaned.append(None)
            errors.append(f"field {text_field!r} is missing or not a string ({type(text).__name__})")
            removals.append(None)
            continue
        try:
            result = pipeline.run(text, timeout=timeout)
        except DocumentTimeout as exc:
            cleaned.append(None)
            errors.append(f"timeout: {exc}")
            removals.append(None)
            continue
        cleaned.append(result.text)
        errors.append(None)
        removals.append(_removals(result) if keep_removals else None)
    return cleaned, errors, removals


def clean_batch(
    batch: Batch,
    *,
    text_field: str = "text",
    output_field: str | None = None,
    keep_removals: bool = False,
    pipeline: Pipeline | None = None,
    config: Config | None = None,
    timeout: float | None = None,
) -> Batch:
    """Clean the *text_field* column of a batch and return a batch of the same kind.

    *batch* is a ``pandas.DataFrame``, a ``pyarrow.Table`` or ``RecordBatch``, or a mapping of
    column name to a list (or array) of values. Every row comes back, in order: the cleaned text in
    *output_field* (default: *text_field*), a ``cleantext_error`` column that is None where the row
    was cleaned and says why where it was not (a missing text, a timeout), and with
    *keep_removals* a ``removals`` column. Other columns are untouched.
    """
    pipe = pipeline if pipeline is not None else Pipeline(None, config)
    if pipeline is not None and config is not None:
        pipe = pipeline.with_config(config)
    target = output_field or text_field
    module = type(batch).__module__.split(".")[0]
    if module == "pandas":
        if text_field not in batch.columns:
            raise KeyError(f"no column {text_field!r} in the batch (columns: {list(batch.columns)})")
        cleaned, errors, removals = _clean_column(batch[text_field].tolist(), text_field, pipe, keep_removals, timeout)
        out = batch.copy()
        out[target] = cleaned
        out[ERROR_FIELD] = errors
        if keep_removals:
            out["removals"] = removals
        return out
    if module == "pyarrow":
        import pyarrow as pa

        names = list(batch.schema.names)
        if text_field not in names:
            raise KeyError(f"no column {text_field!r} in the batch (columns: {names})")
        cleaned, errors, removals = _clean_column(batch.column(text_field).to_pylist(), text_field, pipe, keep_removals, timeout)
        columns = {name: batch.column(name) for name in names}
        columns[target] = pa.array(cleaned, type=pa.string())
        columns[ERROR_FIELD] = pa.array(errors, type=pa.string())
        if keep_removals:
            columns["removals"] = pa.array(removals)
        table_type = pa.RecordBatch if isinstance(batch, pa.RecordBatch) else pa.Table
        return table_type.from_pydict(columns)
    if isinstance(batch, Mapping):
        if text_field not in batch:
            raise KeyError(f"no column {text_field!r} in the batch (columns: {list(batch)})")
        texts = list(batch[text_field])
        cleaned, errors, removals = _clean_column(texts, text_field, pipe, keep_removals, timeout)
        result: dict[str, Any] = {name: list(values) for name, values in batch.items()}
        result[target] = cleaned
        result[ERROR_FIELD] = errors
        if keep_removals:
            result["removals"] = removals
        return result
    raise TypeError(f"clean_batch takes a pandas DataFrame, a pyarrow Table/RecordBatch or a mapping of columns, not {type(batch).__name__}")
