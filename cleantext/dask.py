"""Clean a Dask bag or a Dask DataFrame column: the same batch function as the CLI's workers,
mapped over partitions, so a cluster gives the output one machine gives.

Needs the optional extra: ``pip install 'scrapeclean[dask]'``.

    import dask.dataframe as dd
    from cleantext.dask import clean_dataframe

    pages = dd.read_parquet("crawl/*.parquet")
    clean_dataframe(pages, "text").to_parquet("clean/")

Rows that cannot be cleaned (a missing text, a document over ``timeout``) stay, with the reason
in the ``cleantext_error`` column (or field), so nothing is dropped silently.
"""

from __future__ import annotations

from typing import Any

from .batch import ERROR_FIELD, clean_batch
from .config import Config
from .pipeline import Pipeline

__all__ = ["clean_bag", "clean_dataframe"]


def _clean_partition(items: Any, text_field: str | None, options: dict[str, Any]) -> list[Any]:
    items = list(items)
    if text_field is None:  # a bag of strings: a bag of cleaned strings (None where one failed)
        return list(clean_batch({"text": items}, text_field="text", **options)["text"])
    texts = [item.get(text_field) if isinstance(item, dict) else None for item in items]
    cleaned = clean_batch({"text": texts}, text_field="text", **options)
    out = []
    target = options.get("output_field") or text_field
    for k, item in enumerate(items):
        record = dict(item) if isinstance(item, dict) else {"value": item}
        record[target] = cleaned["text"][k]
        record[ERROR_FIELD] = cleaned[ERROR_FIELD][k]
        if options.get("keep_removals"):
            record["removals"] = cleaned["removals"][k]
        out.append(record)
    return out


def clean_bag(
    bag: Any,
    text_field: str | None = None,
    *,
    output_field: str | None = None,
    keep_removals: bool = False,
    pipeline: Pipeline | None = None,
    config: Config | None = None,
    timeout: float | None = None,
) -> Any:
    """Clean a ``dask.bag.Bag``: of strings (*text_field* None), giving cleaned strings (None for
    one that failed); or of dicts, giving each dict with its *text_field* cleaned (or the result
    in *output_field*) and a ``cleantext_error`` field."""
    options = {"keep_removals": keep_removals, "pipeline": pipeline, "config": config, "timeout": timeout}
    if text_field is not None:
        options["output_field"] = output_field
    elif output_field is not None or keep_removals:
        raise ValueError("output_field and keep_removals need records: give text_field")
    return bag.map_partitions(_clean_partition, text_field, options)


def clean_dataframe(
    frame: Any,
    column: str = "text",
    *,
    output_column: str | None = None,
    keep_removals: bool = False,
    pipeline: Pipeline | None = None,
    config: Config | None = None,
    timeout: float | None = None,
) -> Any:
    """Clean the *column* of a ``dask.dataframe.DataFrame``; the result has the cleaned text in
    *column* (or *output_column*) and a ``cleantext_error`` column, every other column as it was."""
    if column not in frame.columns:
        raise KeyError(f"no column {column!r} in the frame (columns: {list(frame.columns)})")
    kwargs = {"text_field": column, "output_field": output_column, "keep_removals": keep_removals, "pipeline": pipeline, "config": config, "timeout": timeout}
    meta = clean_batch(frame._meta, **kwargs)
    for name in {output_column or column, ERROR_FIELD}:
        meta[name] = meta[name].astype(object)
    return frame.map_partitions(_clean_frame_partition, kwargs, meta=meta)


def _clean_frame_partition(part: Any, kwargs: dict[str, Any]) -> Any:
    out = clean_batch(part, **kwargs)
    for name in {kwargs["output_field"] or kwargs["text_field"], ERROR_FIELD}:
        out[name] = out[name].astype(object)  # one dtype in every partition and in the meta
    return out
