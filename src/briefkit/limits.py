"""Limits that keep a hostile or broken source from taking the build (or the machine) down.

Defaults suit news and report collections; each can be changed with an environment
variable (shown in brackets) for unusual corpora.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value.isdigit() else default


@dataclass(frozen=True)
class ReadLimits:
    max_file_bytes: int  # [BRIEFKIT_MAX_FILE_MB] larger files are skipped
    pdf_seconds: int  # [BRIEFKIT_PDF_SECONDS] time allowed to extract one PDF
    pdf_memory_bytes: int  # [BRIEFKIT_PDF_MEMORY_MB] address space of the PDF worker
    zip_max_entries: int  # [BRIEFKIT_ZIP_MAX_ENTRIES] members of a DOCX package
    zip_max_total_bytes: int  # [BRIEFKIT_ZIP_MAX_MB] sum of uncompressed member sizes
    zip_max_ratio: int  # [BRIEFKIT_ZIP_MAX_RATIO] uncompressed / compressed, per member
    max_sentences: int  # [BRIEFKIT_MAX_SENTENCES] citable sentences kept from one source

    @classmethod
    def from_environment(cls) -> ReadLimits:
        mb = 1024 * 1024
        return cls(
            max_file_bytes=_env_int("BRIEFKIT_MAX_FILE_MB", 64) * mb,
            pdf_seconds=_env_int("BRIEFKIT_PDF_SECONDS", 30),
            pdf_memory_bytes=_env_int("BRIEFKIT_PDF_MEMORY_MB", 768) * mb,
            zip_max_entries=_env_int("BRIEFKIT_ZIP_MAX_ENTRIES", 2000),
            zip_max_total_bytes=_env_int("BRIEFKIT_ZIP_MAX_MB", 256) * mb,
            zip_max_ratio=_env_int("BRIEFKIT_ZIP_MAX_RATIO", 200),
            max_sentences=_env_int("BRIEFKIT_MAX_SENTENCES", 20_000),
        )
