"""Reading inputs for batch cleaning: files, directories, globs; text, HTML, JSON lines, Parquet;
plain, gzip or Zstandard compressed.

The reader does as little as it can: it yields each record's *raw* form (the bytes of a file, the
bytes of one JSON line, one Parquet row as a dict) with where it came from, and leaves decoding,
JSON parsing and field checks to the cleaning side (:mod:`cleantext.batch`), which runs in the
worker processes and reports a bad record instead of stopping. What the reader itself cannot
carry (a JSON line over the size limit) it yields as a :class:`BadRecord`, after skipping the
rest of that line without holding it in memory.

>>> detect_format("pages/2025-06.jsonl.zst")
('jsonl', 'zst')
>>> detect_format("story.txt")
('text', None)
"""

from __future__ import annotations

import glob
import gzip
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal, Union

import regex

from .charset import bom_codec, decode_text

__all__ = [
    "Format",
    "Source",
    "RawRecord",
    "BadRecord",
    "InputError",
    "detect_format",
    "has_known_suffix",
    "expand_inputs",
    "open_compressed",
    "iter_records",
    "RECORD_FORMATS",
]

Format = Literal["text", "html", "jsonl", "parquet", "auto"]
"""``auto``: a document without a known suffix (standard input, ``page``): HTML when its start
looks like HTML (:func:`looks_like_html`), text otherwise."""
Compression = Literal["gz", "zst", None]

#: File name endings and the format they mean; a compression suffix may follow any of them.
FORMAT_BY_SUFFIX: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".json": "jsonl",  # JSON lines: one object a line (the common shape of scraped dumps)
    ".ndjson": "jsonl",
    ".parquet": "parquet",
}
COMPRESSION_BY_SUFFIX: dict[str, Compression] = {".gz": "gz", ".zst": "zst", ".zstd": "zst"}
RECORD_FORMATS: frozenset[str] = frozenset({"jsonl", "parquet"})
"""Formats that hold many records (with fields) rather than one document."""


class InputError(Exception):
    """An input that cannot be used at all (missing, unreadable, unknown format); the message
    names the input and what to do."""


@dataclass(frozen=True)
class Source:
    """One input file, its format and compression, and the name its output takes in a directory."""

    path: str
    format: Format
    compression: Compression
    relative: str
    """The path under the directory it was found in (or its file name), for mirrored outputs."""

    @property
    def size(self) -> int:
        try:
            return 0 if self.path == "-" else os.path.getsize(self.path)
        except OSError:
            return 0


@dataclass(frozen=True)
class RawRecord:
    """One record as read: ``payload`` is bytes (a file, a JSON line) or a dict (a Parquet row)."""

    source: str
    number: int
    """1-based: the line number in a JSON-lines file, the row number in Parquet, 1 for a file."""
    payload: Union[bytes, dict[str, Any]]
    relative: str
    format: Format = "text"
    encoding: str | None = None
    """The encoding of ``payload``'s bytes when the reader knows it better than the options do (a
    JSON-lines file in UTF-16 is handed on as UTF-8 lines); None: as the options say."""


@dataclass(frozen=True)
class BadRecord:
    """A record the reader could not carry (over the size limit); it counts as failed."""

    source: str
    number: int
    reason: str
    relative: str


def detect_format(name: str, forced: str | None = None) -> tuple[Format, Compression]:
    """The format and compression of *name* from its suffixes (or *forced*, the user's choice)."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    compression: Compression = None
    if suffixes and suffixes[-1] in COMPRESSION_BY_SUFFIX:
        compression = COMPRESSION_BY_SUFFIX[suffixes.pop()]
    if forced is not None:
        if forced not in ("text", "html", "jsonl", "parquet"):
            raise InputError(f"unknown input format {forced!r}; use text, html, jsonl or parquet")
        return forced, compression  # type: ignore[return-value]
    fmt = FORMAT_BY_SUFFIX.get(suffixes[-1]) if suffixes else None
    return fmt or "auto", compression


# The start of an HTML document: a doctype, an <html>, <head> or <body> tag, or a comment,
# after optional white space and byte-order mark.
_HTML_START = regex.compile(r"\A\ufeff?\s{0,1000}(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--|<meta[\s>])", regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Whether a document of unknown kind is HTML: it starts as HTML documents do.

    >>> looks_like_html("<!DOCTYPE html><html>..."), looks_like_html("Prices <b>rose</b> today.")
    (True, False)
    """
    return _HTML_START.match(text) is not None


def is_html_document(raw: RawRecord) -> bool:
    """Whether a record is an HTML page to clean as one: an ``.html`` file, or a document of
    unknown kind (format ``auto``) whose start looks like HTML. JSON lines and Parquet rows never
    are (their text field is cleaned as text)."""
    if isinstance(raw.payload, dict) or raw.format not in ("html", "auto"):
        return False
    if raw.format == "html":
        return True
    return looks_like_html(decode_text(raw.payload[:4096], "utf-8", "replace"))


def has_known_suffix(path: Path) -> bool:
    """Whether *path* ends in a suffix this module reads (``.txt``, ``.jsonl.gz`` ...)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSION_BY_SUFFIX:
        suffixes.pop()
    return bool(suffixes) and suffixes[-1] in FORMAT_BY_SUFFIX


def expand_inputs(names: Sequence[str], forced: str | None = None) -> list[Source]:
    """Files as given, directories walked (files with a known suffix, sorted), globs expanded
    (sorted), ``-`` for standard input. A name that yields no file to read (a pattern that matches
    nothing or only directories, a directory without a file of a known suffix) is an
    :class:`InputError`."""
    sources: list[Source] = []
    for name in names:
        if name == "-":
            fmt, comp = detect_format("stdin", forced)
            sources.append(Source("-", fmt, comp, "stdin.txt"))
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and has_known_suffix(p) and not p.name.startswith("."))
            if not found:
                # Silence here would look like success: the user named this directory to clean it.
                known = ", ".join(sorted(FORMAT_BY_SUFFIX))
                raise InputError(f"{name}: no file to read in this directory (known suffixes: {known})")
            for p in found:
                sources.append(Source(str(p), *detect_format(str(p), forced), str(p.relative_to(path))))
            continue
        if not path.exists() and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            files = [match for match in matches if Path(match).is_file()]
            if not files:
                raise InputError(f"{name}: no file matches this pattern")
            for match in files:
                sources.append(Source(match, *detect_format(match, forced), Path(match).name))
            continue
        sources.append(Source(name, *detect_format(name, forced), path.name))
    return sources


def open_compressed(raw: BinaryIO, compression: Compression) -> BinaryIO:
    """A reading stream over *raw* that decompresses gzip (any number of members) or Zstandard."""
    if compression == "gz":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if compression == "zst":
        zstandard = _zstandard()
        # The stream reader has no readline of its own: buffer it (which also reads in big blocks).
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True), buffer_size=1 << 20)  # type: ignore[return-value]
    return raw


def _zstandard() -> Any:
    try:
        import zstandard
    except ImportError:  # pragma: no cover - depends on the installation
        raise InputError("Zstandard files need the 'zstandard' package: pip install 'scrapeclean[zstd]'") from None
    return zstandard


class CountingReader(io.RawIOBase):
    """A raw stream that counts the bytes read through it (compressed bytes, for progress)."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.count += n or 0
        return n or 0


def iter_records(source: Source, *, max_bytes: int, counter: list[int] | None = None) -> Iterator[RawRecord | BadRecord]:
    """The records of *source*, in order. *counter*, if given, is a one-item list that follows the
    number of input bytes consumed so far (for a progress bar). Raises :class:`InputError` when
    the file cannot be opened or decompressed at all."""
    try:
        raw: BinaryIO = open(source.path, "rb") if source.path != "-" else _stdin()  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{source.path}: cannot read: {exc.strerror or exc}") from exc
    counting = CountingReader(raw)
    buffered = io.BufferedReader(counting, buffer_size=1 << 20)
    try:
        stream = open_compressed(buffered, source.compression)  # type: ignore[arg-type]
        if source.format == "parquet":
            yield from _parquet_rows(source, stream, counting, counter)
        elif source.format == "jsonl":
            yield from _json_lines(source, stream, max_bytes, counting, counter)
        else:
            data = stream.read(max_bytes + 1)
            if counter is not None:
                counter[0] += counting.count
            if len(data) > max_bytes:
                yield BadRecord(source.path, 1, f"file is over the size limit of {max_bytes} bytes (--max-record-bytes)", source.relative)
            else:
                yield RawRecord(source.path, 1, data, source.relative, source.format)
    except (OSError, EOFError, ValueError) as exc:  # corrupt compressed data, truncated files
        if isinstance(exc, InputError):
            raise
        raise InputError(f"{source.path}: cannot read: {exc or type(exc).__name__}") from exc
    finally:
        raw.close()


def _stdin() -> BinaryIO:
    import sys

    return sys.stdin.buffer  # type: ignore[return-value]


class _Utf8Lines:
    """The lines of a UTF-16 or UTF-32 stream as UTF-8 bytes. Split into lines at the byte b"\\n"
    (as JSON lines are read), such a file would give every line but the first a stray NUL byte
    and an odd start: decoded as a stream it keeps its lines. ``readline``'s limit counts
    characters here, bytes on a byte stream; the caller measures the bytes it gets back."""

    def __init__(self, stream: BinaryIO, codec: str) -> None:
        # The codec without its byte order ("utf-16"): it reads the mark and drops it.
        self.text = io.TextIOWrapper(stream, encoding=codec, newline="\n")  # type: ignore[type-var]

    def readline(self, limit: int = -1) -> bytes:
        return self.text.readline(limit).encode("utf-8")


def _json_lines(source: Source, stream: BinaryIO, max_bytes: int, counting: CountingReader, counter: list[int] | None) -> Iterator[RawRecord | BadRecord]:
    last = 0
    number = 0
    encoding = None
    found = bom_codec(stream.peek(4)[:4])  # type: ignore[attr-defined]  # every stream open_compressed returns can peek
    if found is not None and not found[0].startswith("utf-8"):
        stream = _Utf8Lines(stream, found[0].removesuffix("-le").removesuffix("-be"))  # type: ignore[assignment]
        encoding = "utf-8"
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            break
        number += 1
        if counter is not None:
            counter[0] += counting.count - last
            last = counting.count
        ended = line.endswith(b"\n")
        if len(line) - ended > max_bytes:  # the limit is on the record, its newline aside
            # Skip the rest of the line in pieces: memory stays flat whatever its length.
            while not ended:
                rest = stream.readline(1 << 20)
                ended = not rest or rest.endswith(b"\n")
            yield BadRecord(source.path, number, f"record is over the size limit of {max_bytes} bytes (--max-record-bytes)", source.relative)
            continue
        if line.strip():  # blank lines separate nothing and are not records
            yield RawRecord(source.path, number, line, source.relative, "jsonl", encoding)


def _parquet_rows(source: Source, stream: BinaryIO, counting: CountingReader, counter: list[int] | None) -> Iterator[RawRecord]:
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - depends on the installation
        raise InputError("Parquet files need the 'pyarrow' package: pip install 'scrapeclean[parquet]'") from None
    try:
        reader = pq.ParquetFile(stream if source.compression else source.path)
    except Exception as exc:  # pyarrow raises its own ArrowInvalid for a file that is not Parquet
        raise InputError(f"{source.path}: not a Parquet file ({exc})") from exc
    number = 0
    per_row = max(1, source.size // max(1, reader.metadata.num_rows or 1))
    for batch in reader.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            if counter is not None:
                counter[0] += per_row
            yield RawRecord(source.path, number, row, source.relative, "parquet")
