"""Batch runs through the command line: formats, order, workers, errors, strict, resume."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleantext import cli

CARD = "Story starts here.\n1:30\nPM confirms plan\nStory goes on."
CLEAN = "Story starts here.\nStory goes on."


def _records(n: int) -> list[dict]:
    # Varied texts, so that chunks differ and order mistakes would show.
    return [{"id": i, "text": f"Paragraph {i} of the story, with facts.\n1:{i % 60:02d}\nVideo title {i}\nParagraph {i} goes on.", "meta": {"k": i}} for i in range(n)]


def _write_jsonl(path: Path, rows: list, extra: bytes = b"") -> Path:
    data = "".join(json.dumps(r) + "\n" for r in rows).encode() + extra
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)
    return path


def _read_jsonl(path: Path) -> list[dict]:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.splitlines()]


def test_jsonl_in_jsonl_out_keeps_fields_and_order(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", _records(50))
    out = tmp_path / "out.jsonl"
    assert cli.main([str(src), "-o", str(out), "-q", "--chunk-records", "7"]) == 0
    rows = _read_jsonl(out)
    assert [r["id"] for r in rows] == list(range(50))
    assert rows[3] == {"id": 3, "text": "Paragraph 3 of the story, with facts.\nParagraph 3 goes on.", "meta": {"k": 3}}
    assert not list(tmp_path.glob("*cleantext-*")), "no partial file or checkpoint is left"


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl.gz", _records(300))
    one, two = tmp_path / "one.jsonl.gz", tmp_path / "two.jsonl.gz"
    assert cli.main([str(src), "-o", str(one), "-j", "1", "-q", "--chunk-records", "16"]) == 0
    assert cli.main([str(src), "-o", str(two), "-j", "2", "-q", "--chunk-records", "16"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert cli.main([str(src), "-o", str(two), "-j", "2", "-q", "--chunk-records", "16"]) == 0
    assert one.read_bytes() == two.read_bytes(), "and the same from run to run"
    assert len(_read_jsonl(one)) == 300


def test_bad_records_go_to_the_errors_file_and_are_counted(tmp_path: Path, capsys) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", _records(5), b'{"id": 5\n{"id": 6}\n[7]\n{"id": 8, "text": "Fine."}\n')
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert cli.main([str(src), "-o", str(out), "--errors-to", str(errors), "-j", "2"]) == cli.EXIT_FAILED_RECORDS
    failed = _read_jsonl(errors)
    assert [(f["record"], f["source"]) for f in failed] == [(6, str(src)), (7, str(src)), (8, str(src))]
    assert "not JSON" in failed[0]["reason"] and "missing" in failed[1]["reason"] and "object" in failed[2]["reason"]
    assert [r["id"] for r in _read_jsonl(out)] == [0, 1, 2, 3, 4, 8]
    assert "records in 9, out 6, failed 3" in capsys.readouterr().err


def test_strict_stops_at_the_first_bad_record(tmp_path: Path, capsys) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", _records(3), b"nope\n")
    out = tmp_path / "out.jsonl"
    assert cli.main([str(src), "-o", str(out), "--strict", "-q"]) == cli.EXIT_FAILED_RECORDS
    assert "record 4: not JSON" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob("*cleantext-*"))


def test_parquet_round_trip_with_removals(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": i, "body": CARD if i % 2 else "Clean."} for i in range(40)]), src)
    out = tmp_path / "out.parquet"
    assert cli.main([str(src), "-o", str(out), "--text-field", "body", "--output-field", "clean", "--keep-removals", "-q", "--chunk-records", "9"]) == 0
    rows = pq.read_table(out).to_pylist()
    assert [r["id"] for r in rows] == list(range(40))
    assert rows[1]["body"] == CARD and rows[1]["clean"] == CLEAN and rows[0]["clean"] == "Clean."
    assert [r["rule"] for r in rows[1]["removals"]] == ["duration", "card-title"] and rows[0]["removals"] == []


def test_text_files_into_jsonl_and_directories_mirrored(tmp_path: Path) -> None:
    site = tmp_path / "site" / "news"
    site.mkdir(parents=True)
    (site / "a.txt").write_text(CARD, encoding="utf-8")
    (site / "b.html").write_text(f"<p>{'</p><p>'.join(CARD.splitlines())}</p>", encoding="utf-8")
    _write_jsonl(tmp_path / "site" / "c.jsonl", _records(3))
    mirrored = tmp_path / "clean"
    assert cli.main([str(tmp_path / "site"), "-o", str(mirrored) + "/", "-q"]) == 0
    assert (mirrored / "news" / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert (mirrored / "news" / "b.txt").read_text(encoding="utf-8") == CLEAN
    assert len(_read_jsonl(mirrored / "c.jsonl")) == 3
    merged = tmp_path / "all.jsonl"
    assert cli.main([str(site / "a.txt"), str(site / "b.html"), "-o", str(merged), "-q"]) == 0
    assert [(r["source"].endswith(("a.txt", "b.html")), r["text"]) for r in _read_jsonl(merged)] == [(True, CLEAN), (True, CLEAN)]


def test_jsonl_to_stdout(tmp_path: Path, capsysbinary) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", _records(2))
    assert cli.main([str(src), "-q"]) == 0
    lines = capsysbinary.readouterr().out.splitlines()
    assert [json.loads(x)["id"] for x in lines] == [0, 1]


def test_jsonl_from_stdin_with_input_format(tmp_path: Path) -> None:
    data = "".join(json.dumps(r) + "\n" for r in _records(3)).encode()
    done = subprocess.run([sys.executable, "-m", "cleantext", "--input-format", "jsonl", "-", "-q"], input=data, capture_output=True, check=True)
    assert [json.loads(x)["id"] for x in done.stdout.splitlines()] == [0, 1, 2]


def test_resume_refuses_a_checkpoint_of_other_inputs(tmp_path: Path, capsys) -> None:
    src = _write_jsonl(tmp_path / "in.jsonl", _records(3))
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.cleantext-checkpoint").write_text(json.dumps({"version": 1, "fingerprint": "other"}), encoding="utf-8")
    assert cli.main([str(src), "-o", str(out), "--resume", "-q"]) == cli.EXIT_USAGE
    assert "other inputs or options" in capsys.readouterr().err
    assert cli.main([str(src), "--resume", "-q"]) == cli.EXIT_USAGE  # stdout has nothing to resume


def test_resume_after_kill_9_gives_the_uninterrupted_output(tmp_path: Path) -> None:
    """Kill a real run part way (SIGKILL: no clean-up at all), resume it, compare byte for byte."""
    src = _write_jsonl(tmp_path / "in.jsonl", _records(6000), b"broken line\n" + json.dumps({"id": "last", "text": CARD}).encode() + b"\n")
    args = [str(src), "-q", "--chunk-records", "40", "-j", "2"]
    whole, errors_whole = tmp_path / "whole.jsonl.gz", tmp_path / "errors-whole.jsonl"
    assert cli.main([*args, "-o", str(whole), "--errors-to", str(errors_whole)]) == cli.EXIT_FAILED_RECORDS

    out, errors = tmp_path / "out.jsonl.gz", tmp_path / "errors.jsonl"
    command = [sys.executable, "-m", "cleantext", *args, "-o", str(out), "--errors-to", str(errors)]
    env = {**os.environ, "PYTHONPATH": str(Path(cli.__file__).parents[1])}
    proc = subprocess.Popen(command, env=env, start_new_session=True)
    checkpoint = tmp_path / "out.jsonl.gz.cleantext-checkpoint"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if checkpoint.exists() and json.loads(checkpoint.read_text() or "{}").get("records_done", 0) >= 400:
            break
        time.sleep(0.01)
    if proc.poll() is not None:
        pytest.fail("the run finished before it could be killed; make the input larger")
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, at once
    proc.wait()
    assert not out.exists() and checkpoint.exists()
    done = subprocess.run([*command, "--resume"], env=env, capture_output=True)
    assert done.returncode == cli.EXIT_FAILED_RECORDS, done.stderr
    assert out.read_bytes() == whole.read_bytes()
    assert errors.read_bytes() == errors_whole.read_bytes()
    assert not checkpoint.exists()
