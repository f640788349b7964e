"""Extract a PDF's text in a separate, limited process.

Usage: `python -m briefkit.readers.pdf_worker FILE`.

Prints one JSON object: {"pages": [...], "meta": {...}} or {"error": "..."}. Run by
`readers.pdf` under a time and memory limit, because crafted PDFs can loop or balloon.
"""

from __future__ import annotations

import json
import sys


def extract(path: str) -> dict[str, object]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return {"error": "encrypted PDF (needs a password)"}
            except (FileNotDecryptedError, NotImplementedError):
                return {"error": "encrypted PDF (needs a password)"}
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
        meta = {
            "title": info.get("/Title"),
            "author": info.get("/Author"),
            "date": str(info.get("/CreationDate") or "") or None,
        }
    except FileNotDecryptedError:
        return {"error": "encrypted PDF (needs a password)"}
    except DependencyError:  # AES needs the `cryptography` package, a dependency of briefkit
        return {"error": "AES-encrypted PDF: install the 'cryptography' package to read it"}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        return {"error": f"not a readable PDF ({type(exc).__name__}: {exc})"[:300]}
    except Exception as exc:  # pypdf raises many kinds on crafted files
        return {"error": f"PDF could not be parsed ({type(exc).__name__})"}
    return {"pages": pages, "meta": {k: str(v) for k, v in meta.items() if v}}


if __name__ == "__main__":
    sys.stdout.write(json.dumps(extract(sys.argv[1]), ensure_ascii=False))
