"""TrueType fonts for the PDF: DejaVu Serif, shipped inside the package, embedded whole.

The fonts travel with briefkit (see fonts/LICENSE-DejaVu.txt), so a PDF builds the same on
any OS. The system's font folders are only searched when the packaged files are missing
(a distribution that strips them, say).
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefkit.errors import InputError

log = logging.getLogger(__name__)


def _system_font_dirs() -> tuple[Path, ...]:
    """The usual font folders of Linux, macOS and Windows, searched after the package's."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = os.environ.get("LOCALAPPDATA")
        user = (Path(local) / "Microsoft" / "Windows" / "Fonts",) if local else ()
        return (windir / "Fonts", *user)
    if sys.platform == "darwin":
        return (home / "Library/Fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"))
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local/share")
    return (
        Path("/usr/share/fonts/truetype/dejavu"),
        Path("/usr/share/fonts/dejavu"),
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".fonts",
    )


def _packaged_font_dir() -> Path | None:
    folder = resources.files("briefkit").joinpath("fonts")
    return Path(str(folder)) if isinstance(folder, Path) and folder.is_dir() else None


PACKAGED_FONT_DIR = _packaged_font_dir()
SYSTEM_FONT_DIRS = _system_font_dirs()
# Faces for characters the memo's family cannot draw (Arabic script, CJK), tried in this
# order when installed (Debian: fonts-dejavu-core, fonts-droid-fallback, fonts-wqy-*).
# Only TrueType outlines: reportlab cannot embed CFF (most .otf) fonts.
FALLBACK_FILES = (
    ("DejaVuSans.ttf", 0),
    ("DroidSansFallbackFull.ttf", 0),
    ("DroidSansFallback.ttf", 0),
    ("wqy-zenhei.ttc", 0),
    ("wqy-microhei.ttc", 0),
)
FALLBACK_DIRS = (*SYSTEM_FONT_DIRS, Path("/usr/share/fonts/truetype"))
FAMILIES = {
    "serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
}


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def missing_glyphs(self, text: str) -> set[str]:
        face = pdfmetrics.getFont(self.regular).face
        glyphs = face.charToGlyph
        return {ch for ch in text if ord(ch) >= 32 and ord(ch) not in glyphs and not ch.isspace()}


def _find(name: str, folders: tuple[Path, ...] | None = None) -> Path | None:
    if folders is None:
        folders = (PACKAGED_FONT_DIR, *SYSTEM_FONT_DIRS) if PACKAGED_FONT_DIR else SYSTEM_FONT_DIRS
    for folder in folders:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    for folder in folders:
        if folder.is_dir():
            found = next(iter(sorted(folder.rglob(name))), None)
            if found:
                return found
    return None


@lru_cache(maxsize=4)
def register_family(kind: str = "serif") -> FontFamily:
    """Register (once) a family with real bold and italic faces for reportlab."""
    files = FAMILIES[kind]
    paths = [_find(name) for name in files]
    if paths[0] is None:
        raise InputError(
            f"font {files[0]} not found: the copy shipped in briefkit/fonts/ is missing and "
            "no system font folder has it (reinstall briefkit, or install the DejaVu fonts)"
        )
    log.info("PDF font %s: %s", kind, paths[0])
    base = f"briefkit-{kind}"
    names = [base, f"{base}-bold", f"{base}-italic", f"{base}-bolditalic"]
    for name, path in zip(names, paths, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(path or paths[0])))
    pdfmetrics.registerFontFamily(
        base, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
    )
    for bold, italic, name in (
        (0, 0, names[0]),
        (1, 0, names[1]),
        (0, 1, names[2]),
        (1, 1, names[3]),
    ):
        addMapping(base, bold, italic, name)
    return FontFamily(*names)


@dataclass(frozen=True)
class Fallback:
    name: str  # as registered with reportlab
    codepoints: frozenset[int]


@lru_cache(maxsize=1)
def fallback_fonts() -> tuple[Fallback, ...]:
    """Installed faces that draw what the main family cannot, registered once; a face that
    is missing or cannot be loaded is left out (nothing is ever downloaded)."""
    found = []
    for index, (file_name, subfont) in enumerate(FALLBACK_FILES):
        path = _find(file_name, FALLBACK_DIRS)
        if path is None:
            continue
        name = f"briefkit-fallback-{index}"
        try:
            font = TTFont(name, str(path), subfontIndex=subfont)
        except Exception:  # reportlab raises TTFError and others on fonts it cannot use
            continue
        pdfmetrics.registerFont(font)
        found.append(Fallback(name, frozenset(font.face.charToGlyph)))
    return tuple(found)


def fallback_for(char: str) -> str | None:
    """The registered name of the first fallback face that draws `char`, if any."""
    code = ord(char)
    return next((f.name for f in fallback_fonts() if code in f.codepoints), None)
