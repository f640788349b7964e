from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import briefkit
from tests.conftest import SCENARIOS


def test_the_library_api_is_three_documented_typed_functions() -> None:
    from briefkit import build, curate, verify

    # The submodules of the same names (build.py, verify.py) must not replace them.
    importlib.import_module("briefkit.build")
    importlib.import_module("briefkit.verify")
    for function in (build, curate, verify):
        assert briefkit.__dict__[function.__name__] is function
        assert inspect.isfunction(function) and function.__doc__
        signature = inspect.signature(function)
        assert signature.return_annotation != inspect.Signature.empty
        assert all(p.annotation != inspect.Parameter.empty for p in signature.parameters.values())
    assert briefkit.build is build and briefkit.verify is verify


def test_build_then_verify_through_the_library(tmp_path: Path, scenario) -> None:
    from briefkit import build, curate, verify

    folder = scenario("lithium")
    result = build(str(folder / "brief.yaml"), out=str(tmp_path), formats=["md"])
    assert result.manifest.is_file() and len(result.memos) == 2
    report = verify(result.out_dir)
    assert report.checked > 0 and report.failures == []
    curated = curate(folder / "brief.yaml", seeds=SCENARIOS / "lithium" / "seeds")
    assert curated.path.is_file()
