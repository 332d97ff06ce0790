"""cleantext.dask on a real distributed cluster of worker processes (LocalCluster)."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from cleantext.dask import clean_bag, clean_dataframe  # noqa: E402

CARD = "Story starts here.\n1:30\nPM confirms plan\nStory goes on."
CLEAN = "Story starts here.\nStory goes on."


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_dataframe_column_on_worker_processes(client) -> None:
    frame = pd.DataFrame({"id": range(9), "text": [CARD, "Clean text.", None] * 3})
    out = clean_dataframe(dd.from_pandas(frame, npartitions=3), "text", output_column="clean").compute()
    assert out["id"].tolist() == list(range(9))
    assert out["clean"].tolist()[:2] == [CLEAN, "Clean text."] and pd.isna(out["clean"].tolist()[2])
    assert out["text"].tolist()[0] == CARD, "the input column is kept when an output column is given"
    errors = out["cleantext_error"].tolist()
    assert pd.isna(errors[0]) and "missing or not a string" in errors[2]
    with pytest.raises(KeyError, match="no column 'body'"):
        clean_dataframe(dd.from_pandas(frame, npartitions=1), "body")


def test_bags_of_strings_and_of_records(client) -> None:
    assert clean_bag(db.from_sequence([CARD, "Clean."] * 3, npartitions=3)).compute() == [CLEAN, "Clean."] * 3
    records = [{"text": CARD, "k": 1}, {"k": 2}]
    out = clean_bag(db.from_sequence(records, npartitions=2), "text", keep_removals=True).compute()
    assert out[0]["text"] == CLEAN and out[0]["cleantext_error"] is None and len(out[0]["removals"]) == 2
    assert out[1]["text"] is None and "missing" in out[1]["cleantext_error"]
    with pytest.raises(ValueError, match="need records"):
        clean_bag(db.from_sequence([CARD]), keep_removals=True)
