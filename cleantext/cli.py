"""The ``cleantext`` command: clean files or standard input, explain what went and why.

    cleantext story.txt                      # the cleaned text on stdout
    cleantext story.txt -o clean.txt         # written atomically
    cleantext --explain story.txt            # and the removals with their reasons on stderr
    cleantext --pipeline video_cards,captions story.txt
    cleantext --stories story.txt            # the story segments and their scores
    cat story.txt | cleantext -
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from . import __version__, list_cleaners
from .config import Config, StoryOptions
from .pipeline import Pipeline
from .rules import RulesError, load_rules
from .segmenter import segment_stories

EXIT_USAGE = 2
EXIT_INPUT = 3


class InputError(Exception):
    """An input file that cannot be read or decoded; the message names the file and the fix."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cleantext",
        description="Turn scraped web text into the clean article, explaining every removed line.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="text files to clean ('-' or none: standard input)")
    p.add_argument("-o", "--output", metavar="PATH", help="write here instead of stdout (a directory when several files are given)")
    p.add_argument("--explain", action="store_true", help="print what was removed and why to stderr")
    p.add_argument("--pipeline", metavar="A,B,C", help="comma-separated steps to run instead of the default")
    p.add_argument("--rules", metavar="FILE", help="a TOML file of extra phrases and patterns per cleaner family")
    p.add_argument("--main", choices=["first", "longest", "title"], default="first", help="which story is the main one (default: the first)")
    p.add_argument("--title", help="the page title, for --main title")
    p.add_argument("--stories", action="store_true", help="show the story segments with their scores instead of cleaning")
    p.add_argument("--list-cleaners", action="store_true", help="list the registered steps and exit")
    p.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8; a BOM is honoured)")
    p.add_argument("--encoding-errors", choices=["strict", "replace"], default="strict", help="on undecodable input: stop with an error (default) or replace the bad bytes")
    p.add_argument("--version", action="version", version=f"cleantext {__version__}")
    return p


def _read(name: str, encoding: str, errors: str) -> str:
    label = "<stdin>" if name == "-" else name
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{label}: cannot read: {exc.strerror or exc}") from exc
    if encoding.replace("-", "").lower() in ("utf8", "utf8sig"):
        encoding = "utf-8-sig"  # drop a BOM if there is one
    try:
        return data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{label}: not valid {exc.encoding} at byte {exc.start} ({exc.reason}); "
            "pass --encoding or --encoding-errors replace to go on"
        ) from exc
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}") from exc


def write_atomically(path: Path, text: str) -> None:
    """Write *text* to *path* through a temporary file and a rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _describe_stories(text: str, config: Config) -> str:
    lines = text.splitlines()
    opts = config.stories
    out = []
    segments = segment_stories(text, main=opts.main, title=opts.title, min_score=opts.min_score)
    for n, seg in enumerate(segments, 1):
        first = next((ln.strip() for ln in lines[seg.start : seg.end] if ln.strip()), "")
        mark = "main" if seg.is_main else "    "
        out.append(f"{mark} segment {n}/{len(segments)}  lines {seg.start + 1}-{seg.end}  boundary score {seg.score:.2f}  {first[:70]!r}")
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 2 usage, 3 unreadable input)."""
    args = _parser().parse_args(argv)
    if args.list_cleaners:
        for name, summary in list_cleaners().items():
            print(f"{name:20} {summary}")
        return 0
    try:
        config = Config(
            stories=StoryOptions(main=args.main, title=args.title),
        )
        if args.rules:
            config = dataclasses.replace(config, rules=load_rules(args.rules))
        steps = None if args.pipeline is None else [s.strip() for s in args.pipeline.split(",") if s.strip()]
        pipeline = Pipeline(steps, config)
    except (RulesError, KeyError, ValueError) as exc:
        print(f"cleantext: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return EXIT_USAGE
    files = args.files or ["-"]
    if args.output and len(files) > 1 and Path(args.output).exists() and not Path(args.output).is_dir():
        print("cleantext: with several input files, -o must be a directory", file=sys.stderr)
        return EXIT_USAGE
    status = 0
    for name in files:
        try:
            text = _read(name, args.encoding, args.encoding_errors)
        except InputError as exc:
            print(f"cleantext: {exc}", file=sys.stderr)
            status = EXIT_INPUT
            continue
        if args.stories:
            output = _describe_stories(text, config)
        else:
            result = pipeline.run(text)
            output = result.text
            if args.explain:
                header = f"== {name}\n" if len(files) > 1 else ""
                print(header + result.explain(), file=sys.stderr)
        if args.output:
            target = Path(args.output)
            if len(files) > 1:
                target = target / ("stdin.txt" if name == "-" else Path(name).name)
            write_atomically(target, output)
        else:
            sys.stdout.write(output)
    sys.stdout.flush()
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
