"""Batch jobs: stream records from many inputs through worker processes into one output, in
input order, with a checkpoint after every chunk so that ``--resume`` finishes an interrupted run
with exactly the output an uninterrupted one gives.

How it holds its promises:

* **Order and determinism.** Records are grouped into chunks whose boundaries depend only on the
  input (at most ``chunk_records`` records or ``chunk_bytes`` bytes). Workers clean and *encode*
  whole chunks (JSON lines, a gzip member with a zero timestamp, a Zstandard frame); the parent
  writes them in chunk order. So ``-j 4`` writes the same bytes as ``-j 1``.
* **Flat memory.** At most ``2 * jobs`` chunks are in flight; nothing else is held.
* **Nothing lost, nothing twice.** Output goes to ``OUTPUT.cleantext-partial``; after each chunk
  the output and the errors file are flushed to disk, then the checkpoint (records done, bytes
  written) is replaced atomically. A resumed run truncates both files to the checkpoint, skips the
  records it covers, and goes on; at the end the partial file is renamed onto ``OUTPUT``.
* **Bad records** become :class:`~cleantext.batch.FailedRecord` lines in the errors file and are
  counted: ``records_in == records_out + failed``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import multiprocessing
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Callable

from .batch import BatchOptions, BatchStats, CleanedRecord, FailedRecord, clean_record
from .pipeline import Pipeline
from .records import BadRecord, InputError, RawRecord, Source, iter_records

__all__ = ["JobSettings", "JobFailed", "run_job", "write_atomically", "Sink", "StreamSink", "FileSink", "ParquetSink", "DirectorySink"]

CHECKPOINT_VERSION = 1


class JobFailed(Exception):
    """The job stopped: a bad record under ``strict``, or a checkpoint that does not fit the job."""


@dataclass(frozen=True)
class JobSettings:
    """How a job runs (as opposed to :class:`~cleantext.batch.BatchOptions`: what it does)."""

    jobs: int = 1
    chunk_records: int = 256
    """Records per chunk: small enough that two workers share a few MB of input, large enough that
    pickling and checkpoints are a small part of the work."""
    chunk_bytes: int = 1024 * 1024
    strict: bool = False
    resume: bool = False


# -- encoding a chunk (runs in the workers) ---------------------------------------------------------


def _json_default(value: Any) -> Any:
    # Parquet rows may hold dates, decimals or bytes, which JSON has no type for: write their text.
    if isinstance(value, (bytes, bytearray)):
        return value.decode("utf-8", "replace")
    return str(value)


def encode_chunk(results: Sequence[CleanedRecord], encoding: str, compression: str | None) -> Any:
    """The bytes (or, for Parquet, the Arrow table; for a directory, the documents) that *results*
    become in the output. Pure: the same results always give the same bytes."""
    if encoding == "parquet":
        import pyarrow as pa

        return pa.Table.from_pylist([r.record if r.record is not None else _document_record(r) for r in results])
    if encoding == "files":
        return [(r.relative, r.text) for r in results]
    if encoding == "jsonl":
        data = "".join(json.dumps(r.record if r.record is not None else _document_record(r), ensure_ascii=False, default=_json_default) + "\n" for r in results).encode("utf-8", "surrogatepass")
    elif encoding == "document":  # one document alone: its cleaned text exactly, byte for byte
        data = "".join(r.text for r in results).encode("utf-8", "surrogatepass")
    else:  # "text": documents one after another, each ending in a newline so that none run together
        data = "".join(r.text if r.text.endswith("\n") or not r.text else r.text + "\n" for r in results).encode("utf-8", "surrogatepass")
    if not data:
        return b""
    if compression == "gz":
        return gzip.compress(data, mtime=0)  # one member per chunk, no timestamp: reproducible
    if compression == "zst":
        import zstandard

        return zstandard.ZstdCompressor(level=3).compress(data)
    return data


def _document_record(result: CleanedRecord) -> dict[str, Any]:
    return {"source": result.source, "text": result.text}


@dataclass
class ChunkOutcome:
    payload: Any
    failures: list[FailedRecord]
    explanations: list[tuple[str, str]]
    stats: BatchStats
    items: int


_WORKER: tuple[Pipeline, BatchOptions, str, str | None] | None = None


def _init_worker(pipeline: Pipeline, options: BatchOptions, encoding: str, compression: str | None) -> None:
    global _WORKER
    _WORKER = (pipeline, options, encoding, compression)


def _clean_chunk(items: list[RawRecord | BadRecord]) -> ChunkOutcome:
    assert _WORKER is not None, "worker not initialised"
    pipeline, options, encoding, compression = _WORKER
    stats = BatchStats()
    cleaned: list[CleanedRecord] = []
    failures: list[FailedRecord] = []
    explanations: list[tuple[str, str]] = []
    for item in items:
        outcome = clean_record(item, pipeline, options, stats)
        if isinstance(outcome, FailedRecord):
            failures.append(outcome)
            continue
        cleaned.append(outcome)
        if outcome.explanation is not None:
            explanations.append((f"{outcome.source}" + (f" record {outcome.number}" if outcome.record is not None else ""), outcome.explanation))
    return ChunkOutcome(encode_chunk(cleaned, encoding, compression), failures, explanations, stats, len(items))


# -- sinks (run in the parent) ----------------------------------------------------------------------


def _fsync(fh: IO[Any]) -> None:
    fh.flush()
    os.fsync(fh.fileno())


def write_atomically(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file and a rename: never a half-written file,
    and no temporary file left behind when writing fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            _fsync(fh)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


class Sink:
    """Where encoded chunks go. ``encoding`` says what workers produce for it."""

    encoding = "text"
    compression: str | None = None
    checkpoint: Path | None = None

    def open(self, state: dict[str, Any] | None) -> None:
        """Start writing; *state* is the sink's part of a checkpoint when resuming."""

    def write(self, payload: Any) -> None:
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        """What a checkpoint must record to resume here (after the data is on disk)."""
        return {}

    def finish(self) -> None:
        """Make the output whole and visible (rename the partial file)."""

    def abandon(self) -> None:
        """Remove what a failed (strict) run wrote."""


class StreamSink(Sink):
    """A stream such as standard output: no checkpoint, no resume."""

    def __init__(self, stream: IO[bytes], encoding: str) -> None:
        self.stream = stream
        self.encoding = encoding

    def write(self, payload: Any) -> None:
        self.stream.write(payload)
        self.stream.flush()


class FileSink(Sink):
    """One output file of text or JSON lines (gzip or Zstandard compressed by its suffix)."""

    def __init__(self, path: Path, encoding: str, compression: str | None) -> None:
        self.path = path
        self.encoding = encoding
        self.compression = compression
        self.partial = path.with_name(path.name + ".cleantext-partial")
        self.checkpoint = path.with_name(path.name + ".cleantext-checkpoint")
        self._fh: IO[bytes] | None = None

    def open(self, state: dict[str, Any] | None) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if state is None:
            self._fh = open(self.partial, "wb")  # noqa: SIM115
            return
        self._fh = open(self.partial, "r+b")  # noqa: SIM115
        self._fh.truncate(int(state["bytes"]))  # drop what was written after the last checkpoint
        self._fh.seek(0, os.SEEK_END)

    def write(self, payload: Any) -> None:
        assert self._fh is not None
        self._fh.write(payload)

    def state(self) -> dict[str, Any]:
        assert self._fh is not None
        _fsync(self._fh)
        return {"bytes": self._fh.tell()}

    def finish(self) -> None:
        assert self._fh is not None
        _fsync(self._fh)
        self._fh.close()
        os.replace(self.partial, self.path)

    def abandon(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self.partial.unlink(missing_ok=True)


class ParquetSink(Sink):
    """A Parquet file: one part file per chunk while running, merged into one file at the end
    (one part in memory at a time); a resumed run keeps the parts the checkpoint counts."""

    encoding = "parquet"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.parts = path.with_name(path.name + ".cleantext-parts")
        self.checkpoint = path.with_name(path.name + ".cleantext-checkpoint")
        self.count = 0

    def open(self, state: dict[str, Any] | None) -> None:
        self.parts.mkdir(parents=True, exist_ok=True)
        self.count = 0 if state is None else int(state["parts"])
        for stale in self.parts.iterdir():
            if not stale.name.startswith("part-") or int(stale.stem.split("-")[1]) >= self.count:
                stale.unlink()

    def write(self, payload: Any) -> None:
        import pyarrow.parquet as pq

        if payload.num_rows == 0:
            return
        tmp = self.parts / f".part-{self.count:06d}.tmp"
        pq.write_table(payload, tmp)
        os.replace(tmp, self.parts / f"part-{self.count:06d}.parquet")
        self.count += 1

    def state(self) -> dict[str, Any]:
        return {"parts": self.count}

    def finish(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        parts = [self.parts / f"part-{i:06d}.parquet" for i in range(self.count)]
        schemas = [pq.read_schema(p) for p in parts]
        schema = pa.unify_schemas(schemas, promote_options="permissive") if schemas else pa.schema([("text", pa.string())])
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        with pq.ParquetWriter(tmp, schema) as writer:
            for part in parts:
                table = pq.read_table(part)
                for name in schema.names:
                    if name not in table.column_names:
                        table = table.append_column(name, pa.nulls(table.num_rows, schema.field(name).type))
                writer.write_table(table.select(schema.names).cast(schema))
        os.replace(tmp, self.path)
        for part in parts:
            part.unlink()
        self.parts.rmdir()

    def abandon(self) -> None:
        for part in self.parts.glob("*"):
            part.unlink()
        self.parts.rmdir()


class DirectorySink(Sink):
    """A directory: each document file cleaned into a file of the same relative path (``.txt`` for
    HTML inputs), each written atomically."""

    encoding = "files"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.checkpoint = directory / ".cleantext-checkpoint"

    def open(self, state: dict[str, Any] | None) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)

    def write(self, payload: Any) -> None:
        for relative, text in payload:
            target = self.directory / relative
            if target.suffix.lower() in (".html", ".htm", ".xhtml"):
                target = target.with_suffix(".txt")
            write_atomically(target, text.encode("utf-8", "surrogatepass"))


# -- the job ----------------------------------------------------------------------------------------


def _all_records(sources: Sequence[Source], max_bytes: int, counter: list[int]) -> Iterator[RawRecord | BadRecord]:
    """Every record of every source, in order; a source that cannot be read (or stops being
    readable part way) becomes one failed record instead of an exception."""
    for source in sources:
        number = 0
        try:
            for item in iter_records(source, max_bytes=max_bytes, counter=counter):
                number = item.number
                yield item
        except InputError as exc:
            yield BadRecord(source.path, number + 1, str(exc).removeprefix(f"{source.path}: "), source.relative)


def _chunks(items: Iterator[RawRecord | BadRecord], settings: JobSettings) -> Iterator[list[RawRecord | BadRecord]]:
    """Greedy chunks whose boundaries depend on the input alone (so resuming at a boundary gives
    the same later boundaries)."""
    chunk: list[RawRecord | BadRecord] = []
    size = 0
    for item in items:
        chunk.append(item)
        payload = getattr(item, "payload", b"")
        size += len(payload) if isinstance(payload, (bytes, bytearray)) else 256
        if len(chunk) >= settings.chunk_records or size >= settings.chunk_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _fingerprint(sources: Sequence[Source], pipeline: Pipeline, options: BatchOptions, settings: JobSettings, sink: Sink) -> str:
    """What a checkpoint must match to be resumed: the inputs (names, sizes, times), the steps,
    the options and how chunks are cut."""
    inputs = []
    for s in sources:
        try:
            st = os.stat(s.path)
            inputs.append([s.path, st.st_size, st.st_mtime_ns])
        except OSError:
            inputs.append([s.path, None, None])
    described = {
        "inputs": inputs,
        "steps": list(pipeline.steps),
        "config": repr(pipeline.config),
        "options": asdict(options),
        "chunks": [settings.chunk_records, settings.chunk_bytes],
        "sink": [type(sink).__name__, sink.encoding, sink.compression],
    }
    return hashlib.sha256(json.dumps(described, sort_keys=True, default=str).encode()).hexdigest()


def run_job(
    sources: Sequence[Source],
    sink: Sink,
    pipeline: Pipeline,
    options: BatchOptions,
    settings: JobSettings,
    *,
    errors_to: Path | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_explanation: Callable[[str, str], None] | None = None,
    on_failure: Callable[[FailedRecord], None] | None = None,
) -> BatchStats:
    """Clean every record of *sources* into *sink*; return the counts (of the whole job, when
    resumed). Raises :class:`JobFailed` for ``strict`` on the first bad record, or when a
    checkpoint to resume from was made for other inputs or options."""
    fingerprint = _fingerprint(sources, pipeline, options, settings, sink)
    stats = BatchStats()
    done = 0
    sink_state: dict[str, Any] | None = None
    errors_bytes = 0
    checkpoint = sink.checkpoint
    if settings.resume:
        if checkpoint is None:
            raise JobFailed("--resume needs an output file or directory (-o), not standard output")
        if checkpoint.exists():
            saved = json.loads(checkpoint.read_text(encoding="utf-8"))
            if saved.get("version") != CHECKPOINT_VERSION or saved.get("fingerprint") != fingerprint:
                raise JobFailed(f"{checkpoint} was written for other inputs or options; run without --resume to start over")
            done, sink_state, errors_bytes = int(saved["records_done"]), saved["sink"], int(saved["errors_bytes"])
            stats = BatchStats.from_dict(saved["stats"])
    elif checkpoint is not None and checkpoint.exists():
        print(f"cleantext: starting over; {checkpoint} belongs to an interrupted run (use --resume to finish it)", file=sys.stderr)
        checkpoint.unlink()
    sink.open(sink_state)
    errors_fh: IO[bytes] | None = None
    if errors_to is not None:
        errors_to.parent.mkdir(parents=True, exist_ok=True)
        errors_fh = open(errors_to, "r+b" if sink_state is not None and errors_to.exists() else "wb")  # noqa: SIM115
        errors_fh.truncate(errors_bytes)
        errors_fh.seek(0, os.SEEK_END)

    counter = [0]
    items = _all_records(sources, options.max_bytes, counter)
    for _ in range(done):  # the records the checkpoint covers: read past them, do not clean them
        next(items, None)
    chunks = _chunks(items, settings)

    def save_checkpoint() -> None:
        if checkpoint is None:
            return
        state = sink.state()
        if errors_fh is not None:
            _fsync(errors_fh)
        data = {
            "version": CHECKPOINT_VERSION,
            "fingerprint": fingerprint,
            "records_done": done,
            "sink": state,
            "errors_bytes": errors_fh.tell() if errors_fh is not None else 0,
            "stats": stats.to_dict(),
        }
        write_atomically(checkpoint, json.dumps(data).encode())

    def take(outcome: ChunkOutcome) -> None:
        nonlocal done
        if settings.strict and outcome.failures:
            first = outcome.failures[0]
            raise JobFailed(f"{first.source}: record {first.number}: {first.reason} (stopped: --strict)")
        sink.write(outcome.payload)
        for failure in outcome.failures:
            if errors_fh is not None:
                errors_fh.write((failure.to_json() + "\n").encode("utf-8"))
            if on_failure is not None:
                on_failure(failure)
        if on_explanation is not None:
            for name, text in outcome.explanations:
                on_explanation(name, text)
        stats.add(outcome.stats)
        done += outcome.items
        save_checkpoint()
        if on_progress is not None:
            on_progress(stats.records_in, counter[0])

    try:
        if settings.jobs <= 1:
            _init_worker(pipeline, options, sink.encoding, sink.compression)
            for chunk in chunks:
                take(_clean_chunk(chunk))
        else:
            context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
            with ProcessPoolExecutor(settings.jobs, mp_context=context, initializer=_init_worker, initargs=(pipeline, options, sink.encoding, sink.compression)) as pool:
                pending: deque[Future[ChunkOutcome]] = deque()
                for chunk in chunks:
                    pending.append(pool.submit(_clean_chunk, chunk))
                    if len(pending) >= 2 * settings.jobs:
                        take(pending.popleft().result())
                while pending:
                    take(pending.popleft().result())
    except JobFailed:
        sink.abandon()
        if checkpoint is not None:
            checkpoint.unlink(missing_ok=True)
        raise
    finally:
        if errors_fh is not None:
            errors_fh.close()
    sink.finish()
    if checkpoint is not None:
        checkpoint.unlink(missing_ok=True)
    return stats

