"""The package as installed elsewhere: imports on every OS, ships its types and data."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources

# Blocks the POSIX-only modules, as on Windows, then imports every module of the package.
IMPORT_ALL_WITHOUT_POSIX = """
import importlib, pkgutil, sys
sys.modules["resource"] = None
sys.modules["fcntl"] = None
import briefkit
failed = []
for info in pkgutil.walk_packages(briefkit.__path__, "briefkit."):
    if info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
print("\\n".join(failed) or "ok")
"""


def test_every_module_imports_without_resource_and_fcntl() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL_WITHOUT_POSIX],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok", done.stdout


def test_the_package_is_typed_and_ships_its_data() -> None:
    root = resources.files("briefkit")
    assert root.joinpath("py.typed").is_file()
    assert root.joinpath("templates", "reference.docx").is_file()
    assert root.joinpath("templates", "standard.yaml.j2").is_file()
    assert root.joinpath("fonts", "DejaVuSerif.ttf").is_file()
