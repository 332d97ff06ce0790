"""Start-up: what a one-off command pays before its first text is clean (``cleantext FILE``).

The shell is one of the three ways cleantext is used, and there every call is a new process: its
first text pays for whatever the library builds once (the rule tables, the classifier's weights,
the stop lists). Timed as fresh processes, beside two baselines measured in the same run: the
interpreter alone (``python -c pass``) and importing cleantext (``python -c "import cleantext"``).
The command line cleans seed 003 (the longest seed, 7 KB).

Floor: the first text (the command line less the import) costs at most MAX_FIRST_TEXT_OVER_IMPORT
times what the import itself costs (the import less the interpreter). The rule tables compile a
pattern when a line first reaches it (``cleantext.rules.LazyPattern``); compiled all at once, as
before stop 60, the first text cost 4.5 times the import (0.56 s for the command, 0.12 s for the
import, 0.02 s for the interpreter), and 1.9 times after (0.33 s for the command).
"""

from __future__ import annotations

import subprocess
import sys
import time

from baselines import CORPUS

MAX_FIRST_TEXT_OVER_IMPORT = 3.0
ROUNDS = 5
SEED = CORPUS / "003_17ce1404ae1f217e.txt"


def _fastest_run(args: list[str]) -> float:
    """The fastest of ROUNDS runs of *args* as a new process, in seconds (after one not timed)."""
    times = []
    for round_ in range(ROUNDS + 1):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        if round_:
            times.append(time.perf_counter() - start)
    return min(times)


def test_command_line_start_up(benchmark) -> None:
    assert SEED.exists(), f"{SEED} is missing"
    interpreter = _fastest_run([sys.executable, "-c", "pass"])
    imported = _fastest_run([sys.executable, "-c", "import cleantext"])
    command = [sys.executable, "-m", "cleantext", str(SEED)]
    benchmark.pedantic(lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL), rounds=ROUNDS, iterations=1, warmup_rounds=1)
    whole = benchmark.stats.stats.min
    first_text = whole - imported
    import_cost = max(imported - interpreter, 1e-3)
    benchmark.extra_info.update(
        {
            "interpreter s": round(interpreter, 4),
            "import cleantext s": round(imported, 4),
            "cleantext FILE s": round(whole, 4),
            "first text / import": round(first_text / import_cost, 2),
        }
    )
    assert first_text <= MAX_FIRST_TEXT_OVER_IMPORT * import_cost, (
        f"the first text took {first_text:.3f} s over the import's {import_cost:.3f} s"
    )
