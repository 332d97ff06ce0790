"""Turn a pytest-benchmark JSON file into the README's results tables.

    python benchmarks/report.py benchmarks/results/latest.json            # print and update README.md
    python benchmarks/report.py benchmarks/results/latest.json --print    # print only

Speed rows come from the corpus throughput benchmarks (``bench_throughput.py``, ``MB/s`` in
``extra_info``); each is shown with its ratios to the two C4 filters measured in the same run.
Quality rows come from the ``extra_info`` of the quality benchmarks.
"""

from __future__ import annotations

import argparse
import json
import platform
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- results:start -->", "<!-- results:end -->"


def _fmt(x: object) -> str:
    # Four decimals: the goals sit near 1 (99% of article words kept, F1 0.995), where three
    # would print 0.98961 as 0.990.
    if isinstance(x, float):
        return f"{x:.4f}"
    return str(x)


#: The corpus throughput rows (bench_throughput.py) make the speed table; other benchmarks that
#: record MB/s (the segmenter's, the batch runs') stay in their own tables.
THROUGHPUT_FILE = "bench_throughput.py"


def _is_throughput(b: dict) -> bool:
    return THROUGHPUT_FILE in b.get("fullname", "") and "MB/s" in b.get("extra_info", {})


#: Throughput rows timed on the development pages' text rather than the sample corpus.
PAGES_PREFIX = "test_pages_"


def _on_pages(b: dict) -> bool:
    return b["name"].startswith(PAGES_PREFIX)


def speed_table(benchmarks: list[dict], on_pages: bool = False) -> list[str]:
    """The throughput rows on the corpus (or, with *on_pages*, on the development pages), each
    with its ratios to the two C4 filters timed on the same texts."""
    rows = [b for b in benchmarks if _is_throughput(b) and _on_pages(b) == on_pages]
    if not rows:
        return []

    def baseline(suffix: str) -> float | None:
        return next((b["extra_info"]["MB/s"] for b in rows if b["name"].endswith(suffix)), None)

    # Two yardsticks: the two-rule core of the C4 line filter, and datatrove's whole C4 filter.
    c4, datatrove = baseline("baseline_c4_filter"), baseline("datatrove_c4_filter")
    out = ["| benchmark | MB/s | x C4 line rule | x datatrove C4 |", "| --- | ---: | ---: | ---: |"]
    for b in sorted(rows, key=lambda b: -b["extra_info"]["MB/s"]):
        mbs = b["extra_info"]["MB/s"]
        ratios = [f"{mbs / base:.2f}" if base else "-" for base in (c4, datatrove)]
        out.append(f"| {b['fullname'].split('::')[-1]} ({b['fullname'].split('/')[-1].split('::')[0]}) | {mbs:.1f} | {' | '.join(ratios)} |")
    return out


def quality_tables(benchmarks: list[dict]) -> list[str]:
    out: list[str] = []
    for b in benchmarks:
        hidden = ("MB/s", "bytes", "docs") if _is_throughput(b) else ()
        info = {k: v for k, v in b.get("extra_info", {}).items() if k not in hidden}
        if not info:
            continue
        out.append(f"**{b['fullname'].split('/')[-1]}**")
        out.append("")
        scalars = {k: v for k, v in info.items() if not isinstance(v, dict)}
        nested = {k: v for k, v in info.items() if isinstance(v, dict)}
        if scalars:
            out += ["| measure | value |", "| --- | ---: |"]
            out += [f"| {k} | {_fmt(v)} |" for k, v in scalars.items()]
            out.append("")
        for name, table in nested.items():
            inner = list(table.values())
            if inner and all(isinstance(v, dict) for v in inner):
                cols = list(dict.fromkeys(c for v in inner for c in v))
                out += [f"| {name} | " + " | ".join(cols) + " |", "| --- |" + " ---: |" * len(cols)]
                out += [f"| {k} | " + " | ".join(_fmt(v.get(c, "")) for c in cols) + " |" for k, v in table.items()]
            else:
                out += [f"| {name} | value |", "| --- | ---: |"]
                out += [f"| {k} | {_fmt(v)} |" for k, v in table.items()]
            out.append("")
    return out


def render(data: dict) -> str:
    machine = data.get("machine_info", {})
    when = data.get("datetime", "")[:19]
    lines = [
        f"Latest run: {when} UTC, Python {machine.get('python_version', platform.python_version())}, "
        f"{machine.get('cpu', {}).get('brand_raw', 'unknown CPU')}, one process.",
        "",
    ]
    benchmarks = data.get("benchmarks", [])
    speed = speed_table(benchmarks)
    if speed:
        lines += ["Throughput on the sample corpus (five seed files repeated to about 1 MB):", ""] + speed + [""]
    on_pages = speed_table(benchmarks, on_pages=True)
    if on_pages:
        page = next(b for b in benchmarks if _is_throughput(b) and _on_pages(b))["extra_info"]
        lines += [f"Throughput on whole pages as text (the first {page['docs']} development pages, {page['bytes'] / 1e6:.1f} MB):", ""] + on_pages + [""]
    lines += quality_tables(benchmarks)
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", type=Path)
    parser.add_argument("--print", action="store_true", help="print only, do not update README.md")
    args = parser.parse_args()
    text = render(json.loads(args.json.read_text(encoding="utf-8")))
    print(text)
    if not args.print:
        readme = README.read_text(encoding="utf-8")
        head, _, rest = readme.partition(START)
        _, _, tail = rest.partition(END)
        README.write_text(f"{head}{START}\n{text}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
