from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefkit.errors import InputError
from briefkit.spec import load_brief, memo_date, parse_brief

GOOD = """\
title: A brief
topic: Something
audiences:
  - id: principal
    label: The Minister
    max_words: 400
"""


def test_valid_brief_parses() -> None:
    spec = parse_brief(GOOD, Path("b.yaml"))
    assert spec.title == "A brief"
    assert spec.audiences[0].max_words == 400
    assert spec.query == "A brief Something"


def test_unknown_top_level_key_names_key_line_and_suggestion() -> None:
    with pytest.raises(InputError) as info:
        parse_brief(GOOD + "audience: x\n", Path("b.yaml"))
    message = str(info.value)
    assert "b.yaml:line 7" in message
    assert "unknown key 'audience'" in message
    assert "did you mean 'audiences'" in message


def test_unknown_audience_key_suggests_nearest() -> None:
    text = GOOD.replace("max_words: 400", "max_word: 400")
    with pytest.raises(InputError) as info:
        parse_brief(text, Path("b.yaml"))
    assert "audiences.0.max_word" in str(info.value)
    assert "did you mean 'max_words'" in str(info.value)


def test_all_problems_are_reported_together() -> None:
    with pytest.raises(InputError) as info:
        parse_brief("topic: x\ncolour: red\n", Path("b.yaml"))
    message = str(info.value)
    assert "missing required key 'title'" in message
    assert "missing required key 'audiences'" in message
    assert "unknown key 'colour'" in message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("title: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "must be a YAML mapping"),
        (GOOD.replace("id: principal", "id: Not A Slug"), "must be a slug"),
        (GOOD + "  - id: principal\n    label: again\n", "used twice"),
        (GOOD.replace("max_words: 400", "max_words: lots"), "audiences.0.max_words"),
    ],
)
def test_bad_briefs_are_one_clear_line(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        parse_brief(text, Path("b.yaml"))
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)
    assert info.value.exit_code == 2


def test_missing_brief_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_brief(tmp_path / "nope.yaml")


def test_memo_date_prefers_brief_then_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = parse_brief(GOOD, Path("b.yaml"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert memo_date(spec) == dt.date(1970, 1, 1)
    dated = parse_brief(GOOD + "date: 2024-02-03\n", Path("b.yaml"))
    assert memo_date(dated) == dt.date(2024, 2, 3)


def test_citation_style_key(tmp_path: Path) -> None:
    base = "title: T\naudiences: [{id: a, label: A}]\n"
    assert parse_brief(base, tmp_path / "b.yaml").citation_style == "chicago-notes-bibliography"
    assert parse_brief(base + "citation_style: apa\n", tmp_path / "b.yaml").citation_style == "apa"
    with pytest.raises(InputError, match="did you mean 'citation_style'"):
        parse_brief(base + "citation_styel: apa\n", tmp_path / "b.yaml")


def test_committed_json_schema_is_current() -> None:
    """schema/brief.schema.json is generated from BriefSpec: after changing the model,
    run `briefkit schema schema/brief.schema.json`."""
    import json

    from briefkit.spec import brief_json_schema
    from tests.conftest import ROOT

    committed = (ROOT / "schema" / "brief.schema.json").read_text(encoding="utf-8")
    assert committed == brief_json_schema()
    schema = json.loads(committed)
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"title", "audiences"}
    assert set(schema["properties"]) >= {"title", "topic", "seeds", "date", "audiences"}


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("title: " + "Harbour " * 3000 + "\n", "title"),
        ("title: " + "X" * 100_000 + "\n", "title"),
        ("title: T\nmarking: " + "SECRET " * 100 + "\n", "marking"),
    ],
)
def test_brief_texts_are_bounded(tmp_path: Path, line: str, key: str) -> None:
    text = line + "audiences:\n  - id: a\n    label: A\n"
    with pytest.raises(InputError, match=rf"'{key}'.*at most"):
        parse_brief(text, tmp_path / "b.yaml")
