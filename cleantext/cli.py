"""The ``cleantext`` command: clean files, directories, JSON lines and Parquet, explain what went.

    cleantext story.txt                      # the cleaned text on stdout
    cleantext story.txt -o clean.txt         # written atomically
    cleantext --explain story.txt            # and the removals with their reasons on stderr
    cleantext --pipeline video_cards,captions story.txt
    cleantext --stories story.txt            # the story segments and their scores
    cleantext stories story.txt              # the same
    cleantext --site-template site/ -o clean/  # and the lines on most of the site's pages
    cat story.txt | cleantext -
    cleantext pages/ 'dumps/*.jsonl.zst' -o clean.jsonl.gz -j 8 --errors-to bad.jsonl
    cleantext crawl.parquet --text-field body -o clean.parquet --keep-removals --resume

Inputs are files, directories (walked for known suffixes), globs and ``-``; the format comes from
the suffix (``.txt``, ``.html``, ``.jsonl``/``.json``, ``.parquet``, each optionally ``.gz`` or
``.zst``) or ``--input-format``. The output format comes from ``-o``'s suffix; a directory (or
several document inputs) mirrors the inputs file by file. See :mod:`cleantext.jobs` for how order,
flat memory and ``--resume`` are kept.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

from . import __version__, list_cleaners
from .batch import BatchOptions, BatchStats, FailedRecord, check_encoding, decode, record_text
from .config import BoilerplateOptions, Config, StoryOptions
from .jobs import DirectorySink, FileSink, JobFailed, JobSettings, ParquetSink, Sink, StreamSink, run_job
from .pipeline import Pipeline
from .progress import Progress
from .records import FORMAT_BY_SUFFIX, RECORD_FORMATS, InputError, RawRecord, Source, detect_format, expand_inputs, has_known_suffix, iter_records
from .rules import RulesError, load_rules
from .segmenter import segment_stories
from .template import SiteTemplate

EXIT_USAGE = 2
EXIT_INPUT = 3


EXIT_FAILED_RECORDS = EXIT_INPUT
"""Some records (or files) could not be cleaned; they are listed on stderr or in --errors-to."""
MAX_FAILURES_SHOWN = 20


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext",
        description="Turn scraped web text into the clean article, explaining every removed line.",
    )
    p.add_argument("files", nargs="*", metavar="INPUT", help="files, directories or globs to clean ('-' or none: standard input)")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout: a file (format from its suffix) or a directory")
    p.add_argument("--explain", action="store_true", help="print what was removed and why to stderr")
    p.add_argument("--pipeline", metavar="A,B,C", help="comma-separated steps to run instead of the default")
    p.add_argument("--rules", metavar="FILE", help="a TOML file of extra phrases and patterns per cleaner family")
    p.add_argument(
        "--boilerplate-mode",
        choices=["auto", "page", "article"],
        default="auto",
        help="auto (default): judge whether each text is a page or an article; page: the inputs are whole pages (judge strictly); article: they are articles (remove no page furniture)",
    )
    p.add_argument("--boilerplate-model", metavar="FILE", help="the line classifier's weights, as benchmarks/train_boilerplate.py --out writes them (default: the built-in model)")
    p.add_argument("--main", choices=["first", "longest", "title"], default="first", help="which story is the main one (default: the first)")
    p.add_argument("--title", help="the page title, for --main title")
    p.add_argument("--stories", action="store_true", help="show the story segments with their scores instead of cleaning")
    p.add_argument("--annotate", action="store_true", help="print every input line, the removed ones marked '- ' with their step, rule and reason, instead of the cleaned text")
    p.add_argument("--site-template", action="store_true", help="the inputs are pages of one site: first learn the lines on at least half of them (their template), then remove those too")
    p.add_argument("--list-cleaners", action="store_true", help="list the registered steps and exit")
    p.add_argument("--encoding", default="utf-8", help="input encoding, a Python codec name (default utf-8); a byte-order mark (UTF-8, UTF-16, UTF-32) wins")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict", help="on undecodable input: fail that record (default) or replace the bad bytes")
    batch = p.add_argument_group("batches")
    batch.add_argument("--input-format", choices=sorted(set(FORMAT_BY_SUFFIX.values())), help="the inputs' format, instead of guessing it from their suffixes")
    batch.add_argument("--text-field", default="text", help="the record field to clean (default: text)")
    batch.add_argument("--output-field", help="write the cleaned text to this field (default: back into --text-field)")
    batch.add_argument("--keep-removals", action="store_true", help="add a 'removals' field: each removed line with its cleaner, rule and reason")
    batch.add_argument("-j", "--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    batch.add_argument("--errors-to", metavar="FILE", help="write records that cannot be cleaned here, one JSON line each")
    batch.add_argument("--strict", action="store_true", help="stop at the first record that cannot be cleaned")
    batch.add_argument("--resume", action="store_true", help="finish an interrupted run with the same inputs and -o")
    batch.add_argument("--timeout", type=float, metavar="SECONDS", help="time budget per document; a record over it fails (and is reported)")
    batch.add_argument("--max-record-bytes", type=int, default=BatchOptions.max_bytes, metavar="N", help="a record or file larger than this fails (default 64 MiB); cleaning one takes 40-160 MB of memory per MB of text")
    batch.add_argument("--chunk-records", type=int, default=JobSettings.chunk_records, metavar="N", help="records per chunk of work (default %(default)s)")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return p


def _describe_stories(text: str, config: Config) -> str:
    lines = text.splitlines()
    opts = config.stories
    out = []
    segments = segment_stories(text, main=opts.main, title=opts.title, min_score=opts.min_score)
    for n, seg in enumerate(segments, 1):
        first = next((ln.strip() for ln in lines[seg.start : seg.end] if ln.strip()), "")
        mark = "main" if seg.is_main else "    "
        out.append(
            f"{mark} segment {n}/{len(segments)}  lines {seg.start + 1}-{seg.end}  boundary score {seg.score:.2f}"
            f"  similarity to the main story {seg.similarity:.2f}  {first[:70]!r}"
        )
    return "\n".join(out) + "\n"


def _read_whole_text(name: str, encoding: str, errors: str) -> str:
    return decode(sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes(), encoding, errors)


def _plan(sources: list[Source], output: str | None, stdout: IO[bytes]) -> list[tuple[list[Source], Sink]]:
    """Which sources go to which sink: stdout; one output file (text, JSON lines, Parquet); or a
    directory that mirrors the inputs (documents file by file, each record file into its own)."""
    records = any(s.format in RECORD_FORMATS for s in sources)
    documents_as = "document" if len(sources) == 1 else "text"  # one document: written exactly
    if output is None:
        return [(sources, StreamSink(stdout, "jsonl" if records else documents_as))]
    target = Path(output)
    is_directory = target.is_dir() or output.endswith(("/", os.sep)) or (not has_known_suffix(target) and len(sources) > 1)
    if not is_directory:
        fmt, compression = detect_format(output)
        if fmt == "parquet":
            return [(sources, ParquetSink(target))]
        return [(sources, FileSink(target, "jsonl" if fmt == "jsonl" else documents_as, compression))]
    plan: list[tuple[list[Source], Sink]] = []
    documents = [s for s in sources if s.format not in RECORD_FORMATS]
    if documents:
        plan.append((documents, DirectorySink(target)))
    for source in sources:
        if source.format in RECORD_FORMATS:
            path = target / source.relative
            sink: Sink = ParquetSink(path) if source.format == "parquet" else FileSink(path, "jsonl", source.compression)
            plan.append(([source], sink))
    return plan


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 usage, 3 some input not cleaned)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["stories"] and not os.path.exists("stories"):
        # "cleantext stories FILE" reads as a command; a file called "stories" is still a file.
        argv = ["--stories", *argv[1:]]
    args = _parser().parse_args(argv)
    if args.list_cleaners:
        for name, summary in list_cleaners().items():
            print(f"{name:20} {summary}")
        return 0
    try:
        config = Config(
            stories=StoryOptions(main=args.main, title=args.title),
            boilerplate=BoilerplateOptions(mode=args.boilerplate_mode, model=args.boilerplate_model),
        )
        if args.rules:
            config = dataclasses.replace(config, rules=load_rules(args.rules))
        steps = None if args.pipeline is None else [s.strip() for s in args.pipeline.split(",") if s.strip()]
        pipeline = Pipeline(steps, config)
        if args.jobs < 0 or args.chunk_records < 1 or args.max_record_bytes < 1:
            raise ValueError("-j, --chunk-records and --max-record-bytes must be positive")
        if args.timeout is not None and not args.timeout > 0:
            raise ValueError("--timeout must be a positive number of seconds")
        check_encoding(args.encoding)
        sources = expand_inputs(args.files or ["-"], args.input_format)
        if args.site_template:
            config = dataclasses.replace(config, site_template=_learn_template(sources, args))
            pipeline = Pipeline(steps, config)
    except OSError as exc:  # a file named by an option (--boilerplate-model) cannot be read
        print(f"cleantext: {exc.filename}: {exc.strerror}" if exc.filename else f"cleantext: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (RulesError, KeyError, ValueError, InputError) as exc:
        print(f"cleantext: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.stories or args.annotate:
        return _stories(sources, config, args) if args.stories else _annotate(sources, pipeline, args)
    options = BatchOptions(
        text_field=args.text_field,
        output_field=args.output_field,
        keep_removals=args.keep_removals,
        encoding=args.encoding,
        encoding_errors=args.encoding_errors,
        timeout=args.timeout,
        max_bytes=args.max_record_bytes,
        explain=args.explain,
    )
    records = any(s.format in RECORD_FORMATS for s in sources)
    jobs = args.jobs or os.cpu_count() or 1
    if not records:
        jobs = min(jobs, len(sources))  # one process per document file at most
    settings = JobSettings(jobs=jobs, chunk_records=args.chunk_records, strict=args.strict, resume=args.resume)
    is_batch = records or len(sources) > 1
    progress = Progress(sum(s.size for s in sources), enabled=None if not args.quiet else False)
    failures: list[FailedRecord] = []
    several = len(sources) > 1 or records

    def explained(name: str, text: str) -> None:
        print((f"== {name}\n" if several else "") + text, file=sys.stderr)

    def failed(failure: FailedRecord) -> None:
        failures.append(failure)
        if args.errors_to is None and len(failures) <= MAX_FAILURES_SHOWN:
            where = failure.source if not records else f"{failure.source}: record {failure.number}"
            print(f"cleantext: {where}: {failure.reason}", file=sys.stderr)

    total = BatchStats()
    stdout = sys.stdout.buffer
    try:
        for group, sink in _plan(sources, args.output, stdout):
            total.add(
                run_job(
                    group, sink, pipeline, options, settings,
                    errors_to=Path(args.errors_to) if args.errors_to else None,
                    on_progress=progress.update,
                    on_explanation=explained if args.explain else None,
                    on_failure=failed,
                )
            )  # fmt: skip
    except JobFailed as exc:
        progress.close()
        print(f"cleantext: {exc}", file=sys.stderr)
        return EXIT_FAILED_RECORDS if args.strict else EXIT_USAGE
    finally:
        sys.stdout.flush()
    progress.close()
    if len(failures) > MAX_FAILURES_SHOWN and args.errors_to is None:
        print(f"cleantext: ... and {len(failures) - MAX_FAILURES_SHOWN} more (use --errors-to FILE for all of them)", file=sys.stderr)
    if any(f.reason.startswith("not valid") for f in failures):
        print("cleantext: pass --encoding or --encoding-errors replace to go on", file=sys.stderr)
    if is_batch and not args.quiet:
        print(f"cleantext: {total.summary()}", file=sys.stderr)
    return EXIT_FAILED_RECORDS if total.failed else 0


def _learn_template(sources: list[Source], args: argparse.Namespace) -> SiteTemplate:
    """The site template of the inputs' texts, learned in a first pass over them (HTML pages, and
    records without a readable text, are not counted)."""
    if any(source.path == "-" for source in sources):
        raise ValueError("--site-template reads the inputs twice: give files, not standard input")
    options = BatchOptions(text_field=args.text_field, encoding=args.encoding, encoding_errors="replace")
    texts = (text for source in sources for raw in iter_records(source, max_bytes=args.max_record_bytes) if (text := _record_text(raw, options)) is not None)
    template = SiteTemplate.learn(texts)
    if not args.quiet:
        print(f"cleantext: site template: {len(template)} lines on at least half of {template.pages} pages", file=sys.stderr)
    return template


def _record_text(raw: RawRecord | object, options: BatchOptions) -> str | None:
    """The text a record holds for cleaning (as :func:`cleantext.batch.record_text` reads it), or
    None: an HTML page, a bad record, no text field."""
    if not isinstance(raw, RawRecord):
        return None
    try:
        return record_text(raw, options)[1]
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError):
        return None


def _each_text(sources: list[Source], args: argparse.Namespace, describe: Callable[[str], str]) -> int:
    """Print *describe* of each input read whole as text (a heading per input when there are
    several); an input that cannot be read is reported and the others go on."""
    status = 0
    for source in sources:
        try:
            text = _read_whole_text(source.path, args.encoding, args.encoding_errors)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"cleantext: {source.path}: cannot read: {exc}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        output = describe(text)
        if len(sources) > 1:
            output = f"== {source.path}\n{output}"
        sys.stdout.write(output)
    return status


def _stories(sources: list[Source], config: Config, args: argparse.Namespace) -> int:
    return _each_text(sources, args, lambda text: _describe_stories(text, config))


def _annotate(sources: list[Source], pipeline: Pipeline, args: argparse.Namespace) -> int:
    """--annotate: each input's lines, read as text, with the removed ones marked and explained."""
    return _each_text(sources, args, lambda text: pipeline.run(text, timeout=args.timeout).annotated())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
