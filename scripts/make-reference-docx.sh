#!/usr/bin/env bash
# Regenerate templates/reference.docx, the house style every memo's DOCX takes its styles
# from, out of briefkit's own definitions (src/briefkit/writers/docx_styles.py and
# docx.py's _house_style). Run from the repository root after `make demo` or `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/briefkit reference-docx templates/reference.docx
