from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefkit.errors import InputError
from briefkit.writers import fonts
from tests.conftest import ROOT


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch):
    """As on a machine without DejaVu installed (Windows, macOS, a slim container)."""
    monkeypatch.setattr(fonts, "SYSTEM_FONT_DIRS", ())
    fonts.register_family.cache_clear()
    yield
    fonts.register_family.cache_clear()


def test_the_pdf_fonts_ship_with_the_package(no_system_fonts: None) -> None:
    assert fonts.PACKAGED_FONT_DIR is not None
    assert (fonts.PACKAGED_FONT_DIR / "LICENSE-DejaVu.txt").is_file()
    for name in fonts.FAMILIES["serif"]:
        found = fonts._find(name)
        assert found is not None and found.parent == fonts.PACKAGED_FONT_DIR, name
    family = fonts.register_family("serif")
    assert not family.missing_glyphs("Душанбе Тоҷикистон Zürich ā ş ğ – “quotes” … €")


def test_without_packaged_or_system_fonts_the_error_says_what_to_do(
    no_system_fonts: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "PACKAGED_FONT_DIR", tmp_path)
    with pytest.raises(InputError, match="reinstall briefkit"):
        fonts.register_family("serif")


def test_system_font_folders_of_each_os(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", "C:/Windows")
    monkeypatch.setenv("LOCALAPPDATA", "C:/Users/a/AppData/Local")
    assert Path("C:/Windows/Fonts") in fonts._system_font_dirs()
    assert Path("C:/Users/a/AppData/Local/Microsoft/Windows/Fonts") in fonts._system_font_dirs()
    monkeypatch.setattr(fonts.sys, "platform", "darwin")
    assert Path.home() / "Library/Fonts" in fonts._system_font_dirs()


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils missing")
def test_example_pdf_with_system_fonts_hidden(no_system_fonts: None, tmp_path: Path) -> None:
    from briefkit.build import build

    result = build(ROOT / "briefs" / "tajikistan-taliban.yaml", out=tmp_path, formats=["pdf"])
    assert not [w for w in result.warnings if "cannot draw" in w]
    for memo in result.memos:
        listing = subprocess.run(
            ["pdffonts", str(memo.files["pdf"])], capture_output=True, text=True, check=True
        ).stdout
        assert "DejaVuSerif" in listing and "Helvetica" not in listing
