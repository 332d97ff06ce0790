"""Reading inputs: formats from suffixes, directories and globs, compressed streams, size limits."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from cleantext.records import BadRecord, InputError, RawRecord, detect_format, expand_inputs, iter_records

zstandard = pytest.importorskip("zstandard")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", ("text", None)),
        ("a.TXT.GZ", ("text", "gz")),
        ("dump.jsonl.zst", ("jsonl", "zst")),
        ("dump.json", ("jsonl", None)),
        ("x.parquet", ("parquet", None)),
        ("page.html", ("html", None)),
        ("no_suffix", ("auto", None)),  # told by its content: HTML or text
        ("archive.2025.06.jsonl.gz", ("jsonl", "gz")),
    ],
)
def test_detect_format(name: str, expected: tuple) -> None:
    assert detect_format(name) == expected


def test_forced_format_keeps_the_compression_and_rejects_unknown_names() -> None:
    assert detect_format("dump.gz", "jsonl") == ("jsonl", "gz")
    with pytest.raises(InputError, match="unknown input format"):
        detect_format("x.txt", "yaml")


def test_directories_are_walked_in_order_and_globs_expanded(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ["d/b.txt", "d/a.html", "d/sub/c.jsonl.gz", "d/skip.png", "d/.hidden.txt", "e1.txt", "e2.txt"]:
        (tmp_path / name).write_bytes(b"x")
    sources = expand_inputs([str(tmp_path / "d"), str(tmp_path / "e*.txt")])
    assert [s.relative for s in sources] == ["a.html", "b.txt", "sub/c.jsonl.gz", "e1.txt", "e2.txt"]
    assert [s.format for s in sources] == ["html", "text", "jsonl", "text", "text"]
    with pytest.raises(InputError, match="no file matches"):
        expand_inputs([str(tmp_path / "nothing*.txt")])


def test_a_directory_or_pattern_with_nothing_to_read_is_an_error(tmp_path: Path) -> None:
    # Named inputs that yield no file must not pass as a successful run that cleaned nothing.
    (tmp_path / "empty").mkdir()
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "a.png").write_bytes(b"x")
    (tmp_path / "pictures" / ".hidden.txt").write_bytes(b"x")
    (tmp_path / "dir.txt").mkdir()  # a directory whose name a pattern matches
    with pytest.raises(InputError, match="no file to read in this directory"):
        expand_inputs([str(tmp_path / "empty")])
    with pytest.raises(InputError, match=r"no file to read in this directory \(known suffixes: .*\.txt"):
        expand_inputs([str(tmp_path / "pictures")])
    with pytest.raises(InputError, match="no file matches"):
        expand_inputs([str(tmp_path / "dir*.txt")])


def _records(path: Path, **kw) -> list:
    (source,) = expand_inputs([str(path)], kw.pop("forced", None))
    return list(iter_records(source, max_bytes=kw.pop("max_bytes", 1 << 20)))


LINES = [{"id": i, "text": f"Paragraph {i}."} for i in range(5)]
DATA = "".join(json.dumps(r) + "\n" for r in LINES).encode()


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_json_lines_plain_and_compressed(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"dump{suffix}"
    if suffix.endswith(".gz"):
        data = gzip.compress(DATA[:40]) + gzip.compress(DATA[40:])  # two members read as one stream
    elif suffix.endswith(".zst"):
        c = zstandard.ZstdCompressor()
        data = c.compress(DATA[:40]) + c.compress(DATA[40:])  # two frames
    else:
        data = DATA
    path.write_bytes(data)
    records = _records(path)
    assert [json.loads(r.payload) for r in records] == LINES
    assert [r.number for r in records] == [1, 2, 3, 4, 5]
    assert all(isinstance(r, RawRecord) and r.format == "jsonl" for r in records)


def test_blank_lines_are_not_records_but_keep_the_numbering(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"text": "a"}\n\n   \n{"text": "b"}')
    assert [(r.number, r.payload) for r in _records(path)] == [(1, b'{"text": "a"}\n'), (4, b'{"text": "b"}')]


def test_a_line_over_the_limit_is_a_bad_record_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"text": "a"}\n' + b'{"text": "' + b"x" * 5000 + b'"}\n{"text": "b"}\n')
    records = _records(path, max_bytes=100)
    assert isinstance(records[1], BadRecord) and "size limit" in records[1].reason and "--max-record-bytes" in records[1].reason and records[1].number == 2
    assert [r.payload for r in records if isinstance(r, RawRecord)] == [b'{"text": "a"}\n', b'{"text": "b"}\n']


def test_a_text_file_is_one_record_and_a_large_one_fails(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"One.\nTwo.\n")
    (record,) = _records(path)
    assert record.payload == b"One.\nTwo.\n" and record.number == 1
    (bad,) = _records(path, max_bytes=4)
    assert isinstance(bad, BadRecord)


def test_corrupt_compressed_input_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(gzip.compress(DATA)[:-30])
    with pytest.raises(InputError, match="cannot read"):
        _records(path)


def test_parquet_rows_are_dicts(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist(LINES), path)
    records = _records(path)
    assert [r.payload for r in records] == LINES
    not_parquet = tmp_path / "bad.parquet"
    not_parquet.write_bytes(b"not parquet at all")
    with pytest.raises(InputError, match="not a Parquet file"):
        _records(not_parquet)
