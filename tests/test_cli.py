"""The cleantext command: files and stdin, -o written atomically, --explain, errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext
from cleantext import cli, jobs
from cleantext.boilerplate import Model

CARD = "Story starts here.\n1:30\nPM confirms plan\nStory goes on.\n"
CLEAN = "Story starts here.\nStory goes on.\n"


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(CARD, encoding="utf-8")
    return path


def test_file_to_stdout(story: Path, capsys) -> None:
    assert cli.main([str(story)]) == 0
    assert capsys.readouterr().out == CLEAN


def test_stdin_to_stdout(monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CARD.encode())))
    assert cli.main(["-"]) == 0
    assert capsys.readouterr().out == CLEAN


def test_output_file_and_explain(story: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out" / "clean.txt"
    assert cli.main([str(story), "-o", str(out), "--explain"]) == 0
    assert out.read_text(encoding="utf-8") == CLEAN
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "[video_cards/duration] video duration 1:30" in captured.err
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")], "no temporary file left"


def test_several_files_into_a_directory(story: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing to remove.\n", encoding="utf-8")
    outdir = tmp_path / "cleaned"
    assert cli.main([str(story), str(other), "-o", str(outdir)]) == 0
    assert (outdir / "story.txt").read_text(encoding="utf-8") == CLEAN
    assert (outdir / "other.txt").read_text(encoding="utf-8") == "Nothing to remove.\n"


def test_site_template_learns_from_the_inputs(tmp_path: Path, capsys) -> None:
    site = tmp_path / "site"
    site.mkdir()
    for k in range(4):
        lines = ["News | Sport | Weather", f"Story {k} was about plan number {k}, the council said on Monday.", "© 2025 Example News"]
        (site / f"page{k}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    outdir = tmp_path / "clean"
    assert cli.main([str(site), "-o", str(outdir), "--site-template", "--explain"]) == 0
    assert (outdir / "page2.txt").read_text(encoding="utf-8") == "Story 2 was about plan number 2, the council said on Monday.\n"
    err = capsys.readouterr().err
    assert "site template: 2 lines on at least half of 4 pages" in err
    assert "site template: on 4 of 4 pages of the site" in err
    # Without the flag the same pages keep those lines.
    assert cli.main([str(site / "page2.txt")]) == 0
    assert "News | Sport | Weather" in capsys.readouterr().out


def test_site_template_refuses_standard_input(capsys) -> None:
    assert cli.main(["-", "--site-template"]) == cli.EXIT_USAGE
    assert "give files, not standard input" in capsys.readouterr().err


def test_pipeline_option(story: Path, capsys) -> None:
    assert cli.main([str(story), "--pipeline", "player_notices,captions"]) == 0
    assert capsys.readouterr().out == CARD


def test_unknown_step_is_a_usage_error(story: Path, capsys) -> None:
    assert cli.main([str(story), "--pipeline", "nope"]) == cli.EXIT_USAGE
    assert "no step named 'nope'" in capsys.readouterr().err


def test_list_cleaners_and_version(capsys) -> None:
    assert cli.main(["--list-cleaners"]) == 0
    listing = capsys.readouterr().out
    for name in cleantext.DEFAULT_STEPS:
        assert name in listing
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert cleantext.__version__ in capsys.readouterr().out


def test_undecodable_input_fails_clearly_unless_replaced(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Story starts here.\n\xff\xfe broken\n")
    assert cli.main([str(bad)]) == cli.EXIT_INPUT
    err = capsys.readouterr().err
    assert "not valid utf-8 at byte 19" in err and "--encoding-errors replace" in err
    assert cli.main([str(bad), "--encoding-errors", "replace"]) == 0
    assert "\ufffd" in capsys.readouterr().out


def test_missing_file(tmp_path: Path, capsys) -> None:
    assert cli.main([str(tmp_path / "missing.txt")]) == cli.EXIT_INPUT
    assert "cannot read" in capsys.readouterr().err


def test_bom_is_dropped(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + CARD.encode())
    assert cli.main([str(path)]) == 0
    assert capsys.readouterr().out == CLEAN


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_a_byte_order_mark_names_the_encoding(codec: str, tmp_path: Path, capsys) -> None:
    # Windows tools write text files in UTF-16 with a mark (PowerShell 5's ">"); the mark wins
    # over the default and over an --encoding given for other files.
    path = tmp_path / "marked.txt"
    text = "Caf\u00e9 story starts here.\n1:30\nPM confirms plan\nStory goes on.\n"
    # "utf-16", "utf-32" and "utf-8-sig" write the mark themselves; the big-endian codecs do not.
    path.write_bytes(("\ufeff" + text).encode(codec) if codec.endswith("-be") else text.encode(codec))
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff", b"\x00\x00", b"\xef\xbb")  # the mark is there
    for extra in ([], ["--encoding", "cp1252"]):
        assert cli.main([str(path), *extra]) == 0
        assert capsys.readouterr().out == "Caf\u00e9 story starts here.\nStory goes on.\n"


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz"])
def test_json_lines_in_utf16_are_read_line_by_line(name: str, tmp_path: Path) -> None:
    import gzip

    lines = "".join(json.dumps({"id": k, "text": f"Caf\u00e9 {k} starts here.\n1:30\nPM confirms plan\nStory goes on."}) + "\n" for k in range(3))
    data = lines.encode("utf-16")
    src, out = tmp_path / name, tmp_path / "out.jsonl"
    src.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert cli.main([str(src), "-o", str(out), "-j", "1", "-q"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [0, 1, 2]
    assert [r["text"] for r in records] == [f"Caf\u00e9 {k} starts here.\nStory goes on." for k in range(3)]


def test_an_unknown_encoding_is_a_usage_error(story: Path, capsys) -> None:
    assert cli.main([str(story), "--encoding", "auto"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "unknown encoding 'auto'" in err and "Traceback" not in err


def test_rules_file_errors_are_usage_errors(story: Path, tmp_path: Path, capsys) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[nope]]\nphrases = ["x"]\n', encoding="utf-8")
    assert cli.main([str(story), "--rules", str(rules)]) == cli.EXIT_USAGE
    assert "unknown cleaner family" in capsys.readouterr().err


def test_stories_option_lists_segments(story: Path, capsys) -> None:
    assert cli.main([str(story), "--stories"]) == 0
    out = capsys.readouterr().out
    assert "segment 1/" in out and "main" in out and "similarity to the main story 1.00" in out


def test_stories_reads_as_a_command_unless_a_file_is_called_so(story: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    assert cli.main(["stories", str(story)]) == 0
    assert "segment 1/" in capsys.readouterr().out
    monkeypatch.chdir(tmp_path)
    (tmp_path / "stories").write_text("A file called stories.\n", encoding="utf-8")
    assert cli.main(["stories"]) == 0
    assert capsys.readouterr().out == "A file called stories.\n"


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "clean.txt"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(jobs.os, "replace", broken_replace)
    with pytest.raises(OSError):
        jobs.write_atomically(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["clean.txt"]


def test_python_dash_m(story: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "cleantext", str(story)], capture_output=True, text=True, check=True)
    assert done.stdout == CLEAN


def test_one_clean_file_is_written_exactly(tmp_path: Path, capsys) -> None:
    path = tmp_path / "clean.txt"
    path.write_bytes(b"An article without a final newline.\r\nSecond paragraph.")
    assert cli.main([str(path)]) == 0
    assert capsys.readouterr().out == "An article without a final newline.\r\nSecond paragraph."
    out = tmp_path / "out.txt"
    assert cli.main([str(path), "-o", str(out)]) == 0
    assert out.read_bytes() == path.read_bytes()


def test_boilerplate_mode_and_model(tmp_path: Path, capsys) -> None:
    page = tmp_path / "page.txt"
    menu = ["Home", "News", "World", "Business", "Sport", "Weather", "Sign in", "Register", "Search", "Jobs", ""]
    prose = [
        "Heavy rain over three days sent rivers over their banks across the north of the country, and officials said on Monday that thousands of people had been moved to shelters.",
        "The national weather service said more rain was expected on Tuesday, although the worst of the storm had passed, and it kept its highest warning in place for two regions.",
        "Several main roads were closed after landslides, and the railway between the two largest cities was suspended while engineers checked bridges for damage.",
    ]
    text = "\n".join(menu + prose + ["", "Imprint", "Careers", "Advertise", "Newsletters", "Archive", "Podcasts", "Events", "Shop"]) + "\n"
    page.write_text(text, encoding="utf-8")
    assert cli.main([str(page), "--pipeline", "boilerplate"]) == 0
    cleaned = capsys.readouterr().out
    assert "Weather" not in cleaned and prose[0] in cleaned
    assert cli.main([str(page), "--pipeline", "boilerplate", "--boilerplate-mode", "article"]) == 0
    assert capsys.readouterr().out == text
    lenient = tmp_path / "lenient.json"
    lenient.write_text(json.dumps(dict(Model.builtin().data, threshold=0.0)), encoding="utf-8")
    assert cli.main([str(page), "--pipeline", "boilerplate", "--boilerplate-model", str(lenient)]) == 0
    assert capsys.readouterr().out == text
    assert cli.main([str(page), "--boilerplate-model", str(tmp_path / "missing.json")]) == cli.EXIT_USAGE
    assert "missing.json: No such file or directory" in capsys.readouterr().err
    assert cli.main([str(page), "--boilerplate-model", str(page)]) == cli.EXIT_USAGE
    assert "page.txt: not a boilerplate model (not JSON" in capsys.readouterr().err


def test_annotate_marks_each_line(story: Path, tmp_path: Path, capsys) -> None:
    assert cli.main([str(story), "--annotate"]) == 0
    assert capsys.readouterr().out == (
        "  Story starts here.\n"
        "- 1:30\t# video_cards/duration: video duration 1:30\n"
        "- PM confirms plan\t# video_cards/card-title: video card title (short line after a duration)\n"
        "  Story goes on.\n"
    )
    other = tmp_path / "other.txt"
    other.write_text("Only prose here.\n", encoding="utf-8")
    assert cli.main([str(story), str(other), "--annotate", "--pipeline", "player_notices"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {story}\n  Story starts here.\n  1:30\n") and f"== {other}\n  Only prose here.\n" in out
    assert cli.main([str(tmp_path / "missing.txt"), "--annotate"]) == cli.EXIT_INPUT
    assert "cannot read" in capsys.readouterr().err
