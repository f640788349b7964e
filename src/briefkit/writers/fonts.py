"""TrueType fonts for the PDF: found on the system (Debian's fonts-dejavu), embedded whole."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from briefkit.errors import InputError

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path.home() / ".local/share/fonts",
)
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
FALLBACK_DIRS = (*FONT_DIRS, Path("/usr/share/fonts/truetype"), Path("/usr/share/fonts"))
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


def _find(name: str, folders: tuple[Path, ...] = FONT_DIRS) -> Path | None:
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
            f"font {files[0]} not found; install Debian's fonts-dejavu-core and fonts-dejavu-extra "
            "(make demo does this)"
        )
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
