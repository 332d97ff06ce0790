"""Write NAME.expected for every corpus NAME.txt from the hand-written NAME.removed list.

    python corpus/make_expected.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def removed_lines(path: Path) -> dict[int, str]:
    """0-based line index -> reason, from a ``.removed`` file (``N`` or ``A-B``, a tab, the reason)."""
    out: dict[int, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        span, _, reason = raw.partition("\t")
        first, _, last = span.partition("-")
        for n in range(int(first), int(last or first) + 1):
            out[n - 1] = reason.strip()
    return out


def expected_text(source: Path) -> str:
    gone = removed_lines(source.with_suffix(".removed"))
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for i, line in enumerate(lines) if i not in gone)


def main() -> None:
    for source in sorted(HERE.glob("*.txt")):
        target = source.with_suffix(".expected")
        target.write_bytes(expected_text(source).encode("utf-8"))
        print(f"wrote {target.name}")


if __name__ == "__main__":
    main()
