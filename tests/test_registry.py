from __future__ import annotations

import pytest

from briefkit.readers import READERS
from briefkit.registry import Registry
from briefkit.writers import FORMATS, writer_for


def test_duplicates_are_refused() -> None:
    registry: Registry[int] = Registry("thing")
    registry.add("a", 1)
    with pytest.raises(ValueError, match="thing 'a' is registered twice"):
        registry.add("a", 2)
    assert registry.get("a") == 1
    assert registry.get("b") is None


def test_every_format_and_suffix_has_an_implementation() -> None:
    for name in FORMATS:
        assert callable(writer_for(name))
    for suffix in (".txt", ".md", ".html", ".htm", ".pdf", ".docx"):
        assert callable(READERS.get(suffix))
