"""Hostile folders and briefs: links out of the seeds folder, unsafe URLs, template paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefkit.build import build
from briefkit.errors import InputError
from briefkit.sanitize import linkable_url
from tests.conftest import write
from tests.hostile import ARTICLE

BRIEF = """title: Harbours
topic: the new harbour and its neighbours
seeds: seeds
audiences:
  - id: analyst
    label: Analysts
    template: {template}
"""


def _brief(folder: Path, template: str = "analyst") -> Path:
    return write(folder / "brief.yaml", BRIEF.format(template=template))


def _outputs(out: Path) -> str:
    return "\n".join(
        p.read_text(errors="replace") for p in out.rglob("*") if p.suffix in {".md", ".json"}
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_out_of_the_seeds_folder_is_never_read(tmp_path: Path) -> None:
    secret = write(
        tmp_path / "secret.txt", "The vault code is 4711 and the password is swordfish.\n"
    )
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    (tmp_path / "seeds" / "leak.txt").symlink_to(secret)
    (tmp_path / "seeds" / "article.txt.meta.yaml").symlink_to(secret)
    result = build(_brief(tmp_path), out=tmp_path / "out", formats=["md"])
    assert any("leak.txt" in line and "outside the seeds folder" in line for line in result.skipped)
    assert "swordfish" not in _outputs(tmp_path / "out")


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a?b=1", True),
        ("doi:10.1000/xyz", True),
        ("javascript:alert(1)", False),
        ("https://example.org/><a href=javascript:alert(1)>", False),
        ("file:///etc/passwd", False),
        ("data:text/html,hi", False),
    ],
)
def test_only_web_and_doi_addresses_are_linked(url: str, linked: bool) -> None:
    assert (linkable_url(url) is not None) is linked


def test_a_javascript_url_in_a_sidecar_reaches_no_memo(tmp_path: Path) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "article.txt.meta.yaml", "url: 'javascript:alert(1)'\n")
    result = build(_brief(tmp_path), out=tmp_path / "out", formats=["md"])
    assert "javascript" not in _outputs(tmp_path / "out")
    manifest = json.loads(result.manifest.read_text())
    assert manifest["sources"][0]["url"] is None
    assert any("url ignored" in w for w in result.warnings)


@pytest.mark.parametrize("name", ["../../etc/layout", "/tmp/layout", "a/b"])
def test_a_template_is_a_name_never_a_path(tmp_path: Path, name: str) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    with pytest.raises(InputError, match="not a plain name"):
        build(_brief(tmp_path, name), out=tmp_path / "out", formats=["md"])


BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'


def test_yaml_aliases_are_refused_before_they_expand(tmp_path: Path) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    write(tmp_path / "seeds" / "article.txt.meta.yaml", BOMB + "title: *b\n")
    front = "---\n" + BOMB + "title: *b\n---\n\n" + ARTICLE
    write(tmp_path / "seeds" / "other.md", front)
    result = build(_brief(tmp_path), out=tmp_path / "out", formats=["md"])
    assert any("article.txt.meta.yaml" in w and "not readable YAML" in w for w in result.warnings)
    titles = [s["title"] for s in json.loads(result.manifest.read_text())["sources"]]
    assert not any("['x'" in (t or "") for t in titles)
    write(tmp_path / "bomb.yaml", BOMB + "title: *b\naudiences: [{id: a, label: A}]\n")
    with pytest.raises(InputError, match="alias"):
        build(tmp_path / "bomb.yaml", out=tmp_path / "out2", formats=["md"])


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("D:20241345", "2024"), ("D:20240231", "2024-02"), ("D:20210314120000+01'00'", "2021-03-14")],
)
def test_impossible_pdf_dates_keep_what_holds(raw: str, iso: str) -> None:
    from briefkit.readers.pdf import _pdf_date

    assert _pdf_date(raw) == iso


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_an_unreadable_source_is_skipped_and_the_rest_builds(tmp_path: Path) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    locked = write(tmp_path / "seeds" / "locked.txt", ARTICLE)
    locked.chmod(0)
    try:
        result = build(_brief(tmp_path), out=tmp_path / "out", formats=["md"])
    finally:
        locked.chmod(0o644)
    assert any("locked.txt" in line for line in result.skipped)


@pytest.mark.skipif(os.name != "posix", reason="byte file names are a POSIX matter")
def test_a_file_name_that_is_not_utf8_does_not_stop_the_build(tmp_path: Path) -> None:
    write(tmp_path / "seeds" / "article.txt", ARTICLE)
    folder = os.fsencode(tmp_path / "seeds")
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(ARTICLE.replace("Harbours", "Ports").encode())
    result = build(_brief(tmp_path), out=tmp_path / "out", formats=["md"])
    assert result.manifest.is_file()


def test_markdown_shows_entities_and_markup_as_written() -> None:
    from briefkit.writers.markdown import escape

    assert escape("AT&T said &lt;script&gt;") == "AT&T said \\&lt;script\\&gt;"
