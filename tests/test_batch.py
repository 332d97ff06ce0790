"""Cleaning records one at a time (clean_record) and whole batches (clean_batch), and the time
budget: bad records are reported with a reason and counted, never dropped or raised."""

from __future__ import annotations

import json
import threading

import pytest

import cleantext
from cleantext.batch import BatchOptions, BatchStats, CleanedRecord, FailedRecord, clean_batch, clean_record
from cleantext.budget import Deadline, DocumentTimeout
from cleantext.pipeline import Pipeline
from cleantext.records import BadRecord, RawRecord, is_html_document

CARD = "Story starts here.\n1:30\nPM confirms plan\nStory goes on."
CLEAN = "Story starts here.\nStory goes on."
PIPE = Pipeline()


def _json(obj: object) -> RawRecord:
    return RawRecord("d.jsonl", 7, json.dumps(obj).encode() + b"\n", "d.jsonl", "jsonl")


def test_a_json_record_keeps_every_other_field() -> None:
    stats = BatchStats()
    out = clean_record(_json({"url": "u", "text": CARD, "n": [1, 2]}), PIPE, BatchOptions(), stats)
    assert isinstance(out, CleanedRecord)
    assert out.record == {"url": "u", "text": CLEAN, "n": [1, 2]}
    assert (stats.records_in, stats.records_out, stats.failed) == (1, 1, 0)
    assert stats.lines_removed == {"video_cards": 2}


def test_output_field_and_removals() -> None:
    opts = BatchOptions(text_field="body", output_field="clean", keep_removals=True)
    out = clean_record(_json({"body": CARD}), PIPE, opts, BatchStats())
    assert out.record["body"] == CARD and out.record["clean"] == CLEAN
    assert [(r["line"], r["cleaner"], r["rule"]) for r in out.record["removals"]] == [(1, "video_cards", "duration"), (2, "video_cards", "card-title")]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (RawRecord("d.jsonl", 7, b"{broken\n", "d.jsonl", "jsonl"), "not JSON"),
        (_json([1, 2]), "must be an object, not list"),
        (_json({"body": "x"}), "field 'text' is missing"),
        (_json({"text": None}), "field 'text' is NoneType, not a string"),
        (RawRecord("d.jsonl", 7, b'{"text": "\xff"}\n', "d.jsonl", "jsonl"), "not valid utf-8"),
        (RawRecord("a.txt", 1, b"\xfe\xfe", "a.txt", "text"), "not valid utf-8 at byte 0"),
        (BadRecord("d.jsonl", 7, "record is over the size limit of 10 bytes", "d.jsonl"), "size limit"),
    ],
)
def test_bad_records_fail_with_a_reason_and_are_counted(raw, reason: str) -> None:
    stats = BatchStats()
    out = clean_record(raw, PIPE, BatchOptions(), stats)
    assert isinstance(out, FailedRecord) and reason in out.reason
    assert json.loads(out.to_json())["record"] == raw.number
    assert (stats.records_in, stats.records_out, stats.failed) == (1, 0, 1)


def test_replace_decodes_bad_bytes() -> None:
    out = clean_record(RawRecord("a.txt", 1, b"Story \xff here.", "a.txt", "text"), PIPE, BatchOptions(encoding_errors="replace"), BatchStats())
    assert out.text == "Story \ufffd here."


def test_html_files_are_turned_into_lines_first() -> None:
    raw = RawRecord("p.html", 1, b"<html><body><p>Story starts here.</p><div>1:30</div><p>PM confirms plan</p><p>Story goes on.</p><script>x</script></body></html>", "p.html", "html")
    assert clean_record(raw, PIPE, BatchOptions(), BatchStats()).text == CLEAN


def test_stats_add_up_and_round_trip() -> None:
    a, b = BatchStats(records_in=3, records_out=2, failed=1), BatchStats(records_in=1, records_out=1)
    a.lines_removed["captions"] = 2
    a.add(b)
    assert a.records_in == a.records_out + a.failed == 4
    assert BatchStats.from_dict(a.to_dict()) == a
    assert "records in 4, out 3, failed 1" in a.summary()


# -- whole batches ----------------------------------------------------------------------------------


def test_clean_batch_on_a_mapping_keeps_every_row_in_order() -> None:
    out = clean_batch({"id": [1, 2, 3], "text": [CARD, 5, "Already clean."]}, keep_removals=True)
    assert out["id"] == [1, 2, 3]
    assert out["text"] == [CLEAN, None, "Already clean."]
    assert out["cleantext_error"][0] is None and "int" in out["cleantext_error"][1]
    assert [r["rule"] for r in out["removals"][0]] == ["duration", "card-title"] and out["removals"][2] == []


def test_clean_batch_on_pandas_and_arrow() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    frame = pd.DataFrame({"url": ["a", "b"], "body": [CARD, None]})
    out = clean_batch(frame, text_field="body", output_field="clean")
    assert list(out.columns) == ["url", "body", "clean", "cleantext_error"]
    assert out["clean"].tolist()[0] == CLEAN and out["body"].tolist()[0] == CARD
    assert frame.columns.tolist() == ["url", "body"], "the input frame is not changed"
    table = pa.table({"url": ["a"], "text": [CARD]})
    for batch in (table, table.to_batches()[0]):
        result = clean_batch(batch)
        assert type(result) is type(batch)
        assert result.column("text").to_pylist() == [CLEAN] and result.column("cleantext_error").to_pylist() == [None]


def test_clean_batch_errors() -> None:
    with pytest.raises(KeyError, match="no column 'text'"):
        clean_batch({"body": ["x"]})
    with pytest.raises(TypeError, match="clean_batch takes"):
        clean_batch(["x"])


# -- the time budget --------------------------------------------------------------------------------

SLOW = "The minister said talks would continue in Rome with others soon.\n" * 40000


def test_timeout_raises_in_the_main_thread_and_in_others() -> None:
    with pytest.raises(DocumentTimeout, match="over 0.01 s"):
        cleantext.clean(SLOW, timeout=0.01)
    caught: list[BaseException] = []

    def run() -> None:
        try:
            cleantext.clean(SLOW, timeout=0.01)
        except DocumentTimeout as exc:
            caught.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert caught and isinstance(caught[0], TimeoutError)
    assert cleantext.clean(CARD, timeout=30) == CLEAN


def test_a_record_over_its_budget_is_reported() -> None:
    stats = BatchStats()
    out = clean_record(_json({"text": SLOW}), PIPE, BatchOptions(timeout=0.01), stats)
    assert isinstance(out, FailedRecord) and out.reason.startswith("timeout") and stats.timed_out == 1


@pytest.mark.parametrize("bad", [0, -1, float("nan"), "1"])
def test_bad_timeouts_are_refused(bad) -> None:
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        Deadline(bad)


def test_options_refuse_an_unknown_encoding_at_once() -> None:
    with pytest.raises(ValueError, match="unknown encoding 'utf-9'"):
        BatchOptions(encoding="utf-9")
    with pytest.raises(ValueError, match="encoding_errors"):
        BatchOptions(encoding_errors="ignore")


def test_a_page_in_utf16_is_still_told_as_html() -> None:
    page = "<!DOCTYPE html><html><body><p>Prices rose today.</p></body></html>".encode("utf-16")
    assert is_html_document(RawRecord("-", 1, page, "-", "auto"))
    assert not is_html_document(RawRecord("-", 1, "Prices <b>rose</b> today.".encode("utf-16"), "-", "auto"))
