import pickle
import re

import pytest

from briefkit.lazy_regex import lazy_compile


def test_compiles_only_when_first_used(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    word = lazy_compile(r"\bcat\w*", re.IGNORECASE)
    assert calls == []
    assert word.pattern == r"\bcat\w*"  # known before compiling: patterns are built from it
    assert calls == []
    assert word.findall("Cats and a catalogue") == ["Cats", "catalogue"]
    assert word.search("the CAT")[0] == "CAT"
    assert calls == [r"\bcat\w*"]  # once, however many methods are used after


def test_behaves_as_the_compiled_pattern() -> None:
    lazy = lazy_compile(r"(?P<year>\d{4})-(\d\d)")
    eager = re.compile(r"(?P<year>\d{4})-(\d\d)")
    text = "from 2024-05 to 2025-11"
    assert lazy.sub(r"\2/\1", text) == eager.sub(r"\2/\1", text)
    assert lazy.subn("x", text) == eager.subn("x", text)
    assert lazy.split(text) == eager.split(text)
    assert lazy.fullmatch("2024-05") is not None and lazy.match(text) is None
    assert [m["year"] for m in lazy.finditer(text)] == ["2024", "2025"]
    assert (lazy.groups, lazy.groupindex, lazy.flags) == (
        eager.groups,
        eager.groupindex,
        eager.flags,
    )


def test_an_unknown_attribute_is_an_error_not_a_compile() -> None:
    with pytest.raises(AttributeError):
        lazy_compile("a").no_such_method  # noqa: B018


def test_pickles_as_a_compiled_pattern() -> None:
    restored = pickle.loads(pickle.dumps(lazy_compile("ab+", re.IGNORECASE)))
    assert isinstance(restored, re.Pattern)
    assert restored.match("ABB") is not None
