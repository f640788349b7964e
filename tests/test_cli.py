from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefkit.cli import app, main
from tests.conftest import SCENARIOS, write

LITHIUM = SCENARIOS / "lithium"


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    top = capsys.readouterr().out
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert name in top
        assert command.callback.__doc__, name
        assert main([name, "--help"]) == 0
        assert "Usage" in capsys.readouterr().out


def test_run_as_the_program_the_collector_is_frozen_before_the_process_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefkit` (no argv given) freezes the collector's heap as it returns, so the
    interpreter does not walk it on the way out; called with arguments (a library, these
    tests), it leaves the collector as it was."""
    import gc

    gc.unfreeze()
    assert main(["build", str(LITHIUM / "brief.yaml"), "--out", str(tmp_path)]) == 0
    assert gc.get_freeze_count() == 0
    monkeypatch.setattr("sys.argv", ["briefkit", "--help"])
    assert main() == 0
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    capsys.readouterr()


def test_build_then_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["build", str(LITHIUM / "brief.yaml"), "--out", str(tmp_path), "--format", "md"]) == 0
    )
    assert "Built 2 memo(s)" in capsys.readouterr().out
    assert main(["verify", str(tmp_path / "brief")]) == 0
    assert "verbatim" in capsys.readouterr().out


def test_verify_fails_on_a_tampered_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["build", str(LITHIUM / "brief.yaml"), "--out", str(tmp_path), "--format", "md"]) == 0
    )
    manifest_path = tmp_path / "brief" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["memos"][0]["sections"][0]["excerpts"][0]["quote"] = "Words no source ever said."
    manifest_path.write_text(json.dumps(manifest))
    capsys.readouterr()
    assert main(["verify", str(tmp_path / "brief")]) == 1
    err = capsys.readouterr().err
    assert "not verbatim" in err and "Traceback" not in err


def test_verify_with_explicit_seeds(tmp_path: Path, scenario) -> None:
    folder = scenario("lithium")
    assert (
        main(["build", str(folder / "brief.yaml"), "--out", str(tmp_path), "--format", "md"]) == 0
    )
    moved = tmp_path / "moved-seeds"
    (folder / "seeds").rename(moved)
    assert main(["verify", str(tmp_path / "brief")]) == 1
    assert main(["verify", str(tmp_path / "brief"), "--seeds", str(moved)]) == 0


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["build", "no-such-brief.yaml"], 2, "brief file not found"),
        (["build", str(LITHIUM / "brief.yaml"), "--format", "odt"], 2, "'odt' is not one of"),
        (["verify", "no-such-dir"], 2, "no manifest.json"),
        (["sources", "no-such-dir"], 2, "seeds folder not found"),
        (["frobnicate"], 2, "No such command"),
    ],
)
def test_errors_are_one_line_with_exit_codes(
    args: list[str], code: int, fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == code
    err = capsys.readouterr().err.strip()
    assert fragment in err
    assert "Traceback" not in err


def test_bad_brief_key_names_key_and_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = write(tmp_path / "b.yaml", "title: T\ntopik: x\naudiences: [{id: a, label: A}]\n")
    assert main(["build", str(brief)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "b.yaml:line 2" in err and "'topik'" in err and "did you mean 'topic'" in err


def test_sources_lists_one_row_per_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", str(LITHIUM / "seeds")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].split("\t")[:3] == ["id", "file", "title"]
    assert len(lines) == 1 + 3
    assert main(["sources", str(LITHIUM / "seeds"), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    by_id = {r["id"]: r for r in rows}
    assert by_id["bolivia-state-model"]["author"] == "Daniel Ferrer"
    assert any("missing url" in w for w in by_id["bolivia-state-model"]["warnings"])


def test_nothing_citable_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "seeds" / "a.txt", "")
    brief = write(tmp_path / "b.yaml", "title: T\naudiences: [{id: a, label: A}]\nseeds: seeds\n")
    assert main(["build", str(brief), "--out", str(tmp_path / "o")]) == 1
    assert "nothing citable" in capsys.readouterr().err


def test_unchanged_rebuild_is_skipped_and_force_rebuilds(
    tmp_path: Path, scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = scenario("lithium")
    args = ["build", str(folder / "brief.yaml"), "--out", str(tmp_path), "--format", "md"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 0
    assert "Up to date" in capsys.readouterr().out
    assert main([*args, "--force"]) == 0
    assert "Built 2 memo(s)" in capsys.readouterr().out
    write(
        folder / "seeds" / "extra.txt",
        "Extra\n\nThe minister said lithium exports will grow next year.\n",
    )
    assert main(args) == 0
    assert "1 source(s) added" in capsys.readouterr().out
    (tmp_path / "brief" / "analyst.md").write_text("edited by hand")
    assert main(args) == 0
    assert "Built" in capsys.readouterr().out  # an output that changed is rebuilt


def test_watch_rebuilds_on_change_and_stops_cleanly(
    tmp_path: Path, scenario, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import briefkit.cli as cli

    folder = scenario("lithium")
    calls = {"n": 0}

    def fake_sleep(_seconds: float) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            write(
                folder / "seeds" / "extra.txt",
                "Extra\n\nThe minister said lithium exports will grow next year.\n",
            )
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli.time, "sleep", fake_sleep)
    code = main(
        ["build", str(folder / "brief.yaml"), "--out", str(tmp_path), "--format", "md", "--watch"]
    )
    output = capsys.readouterr().out
    assert code == 0
    assert output.count("Built 2 memo(s)") == 2
    assert "Stopped watching." in output


def _helps() -> list[list[str]]:
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    return [[], *([name] for name in names)]


@pytest.mark.parametrize("command", _helps(), ids=lambda c: c[0] if c else "top")
def test_help_is_clean_with_an_example(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "-h"]) == 0
    text = capsys.readouterr().out
    assert "Usage" in text and "Example:" in text
    assert "--no-" not in text and "<list" not in text


def test_version_and_completion(capsys: pytest.CaptureFixture[str]) -> None:
    from briefkit import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"briefkit {__version__}"
    assert main(["-h"]) == 0
    assert "--install-completion" in capsys.readouterr().out


def test_format_is_a_choice_of_the_writers_formats(capsys: pytest.CaptureFixture[str]) -> None:
    from briefkit.cli import Format
    from briefkit.writers import FORMATS

    assert [f.value for f in Format] == list(FORMATS)
    assert main(["build", "-h"]) == 0
    assert "--format [docx|pdf|md]" in capsys.readouterr().out


def test_json_results_for_build_verify_and_curate(
    tmp_path: Path, scenario, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = scenario("lithium")
    brief = str(folder / "brief.yaml")
    assert main(["build", brief, "--out", str(tmp_path), "--format", "md", "--json"]) == 0
    built = json.loads(capsys.readouterr().out)
    assert built["up_to_date"] is False
    assert [m["audience"] for m in built["memos"]] == ["principal", "analyst"]
    assert Path(built["memos"][0]["files"]["md"]).is_file()
    assert main(["build", brief, "--out", str(tmp_path), "--format", "md", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["up_to_date"] is True

    assert main(["verify", str(tmp_path / "brief"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["checked"] > 0 and report["failures"] == []

    manifest_path = tmp_path / "brief" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["memos"][0]["sections"][0]["excerpts"][0]["quote"] = "Words no source ever said."
    manifest_path.write_text(json.dumps(manifest))
    assert main(["verify", str(tmp_path / "brief"), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and "not verbatim" in report["failures"][0]

    assert main(["curate", brief, "--json"]) == 0
    curated = json.loads(capsys.readouterr().out)
    assert Path(curated["path"]).is_file() and curated["entries"] > 0


def test_quiet_prints_nothing_but_errors_and_verbose_says_what_was_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["build", str(LITHIUM / "brief.yaml"), "--out", str(tmp_path), "--format", "md"]
    assert main(["-q", *args]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    assert main(["-v", *args, "--force"]) == 0
    captured = capsys.readouterr()
    assert "Built 2 memo(s)" in captured.out
    assert "briefkit: layout principal:" in captured.err
    assert main(["sources", str(LITHIUM / "seeds"), "--json"]) == 0  # back to the default
    assert "layout" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["reference-docx", "/nonexistent/dir/x.docx"],
        ["schema", "/nonexistent/dir/brief.schema.json"],
    ],
)
def test_impossible_output_files_are_usage_errors(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "/nonexistent/dir" in err and "does not exist" in err
    assert not Path("/nonexistent").exists()


def test_an_output_folder_that_is_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = write(tmp_path / "out", "a file")
    for out in (blocker, blocker / "sub"):
        assert main(["build", str(LITHIUM / "brief.yaml"), "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "a file is in the way" in err


def test_a_failed_build_creates_no_output_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", str(tmp_path / "missing.yaml"), "--out", str(tmp_path / "o")]) == 2
    assert not (tmp_path / "o").exists()


def test_reference_docx_into_an_existing_folder(tmp_path: Path) -> None:
    assert main(["reference-docx", str(tmp_path / "ref.docx")]) == 0
    assert (tmp_path / "ref.docx").stat().st_size > 0


def test_schema_command_prints_the_committed_schema(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.conftest import ROOT

    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == (ROOT / "schema" / "brief.schema.json").read_text(encoding="utf-8")


def test_shell_completion_offers_commands_and_formats() -> None:
    import os
    import subprocess
    import sys

    def complete(words: str) -> list[str]:
        env = {
            **os.environ,
            "_BRIEFKIT_COMPLETE": "complete_bash",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split(" ")) - 1),
        }
        done = subprocess.run(
            [sys.executable, "-m", "briefkit"], env=env, capture_output=True, text=True, check=False
        )
        return done.stdout.split()

    assert complete("briefkit bu") == ["build"]
    assert complete("briefkit build b.yaml --format ") == ["docx", "pdf", "md"]
