"""The wheel, installed outside the checkout, builds the example in an empty folder.

Runs in the normal suite (so `.ci/run` runs it); deselect with `-m "not wheel"`. It stays
offline and fast: the wheel is built without build isolation (setuptools comes with the
test extra), installed with `--no-deps` into a fresh venv without pip, and that venv
sees the dependencies of the running one through a .pth file (which does not carry the
editable install of the checkout along: .pth files of an added folder are not read).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import EPOCH, ROOT

pytestmark = pytest.mark.wheel

EXAMPLE = "tajikistan-taliban"
# Runs the CLI in the installed venv with every system font folder hidden.
HIDDEN_FONTS_MAIN = (
    "import sys, briefkit.writers.fonts as fonts; fonts.SYSTEM_FONT_DIRS = (); "
    "from briefkit.cli import main; sys.exit(main(sys.argv[1:]))"
)


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv, outside the checkout, with briefkit installed from a wheel of it."""
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"  # a clean copy: no stale build/ folder can leak into the wheel
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        source.mkdir(exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    wheels = base / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    built = _run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        base,
        dict(os.environ),
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("briefkit-*.whl")

    env_dir = base / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(
        subprocess.check_output(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
        ).strip()
    )
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (purelib / "_briefkit_test_deps.pth").write_text("\n".join(sorted(ours)) + "\n")
    installed = _run(
        [*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        base,
        dict(os.environ),
    )
    assert installed.returncode == 0, installed.stderr
    return env_dir


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BRIEFKIT_"))}
    env.update(SOURCE_DATE_EPOCH=EPOCH, BRIEFKIT_CACHE_DIR=str(tmp_path / "cache"))
    return env


def test_installed_wheel_builds_the_example_in_an_empty_folder(
    installed: Path, tmp_path: Path, clean_env: dict[str, str]
) -> None:
    bin_dir = installed / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    work = tmp_path / "work"  # only briefs/ and seeds/: no templates/, no fonts
    shutil.copytree(ROOT / "briefs", work / "briefs", ignore=shutil.ignore_patterns("*.curation.*"))
    shutil.copytree(ROOT / "seeds", work / "seeds")

    where = _run([str(python), "-c", "import briefkit; print(briefkit.__file__)"], work, clean_env)
    assert Path(where.stdout.strip()).is_relative_to(installed), where.stdout + where.stderr

    version = _run([str(bin_dir / "briefkit"), "--version"], work, clean_env)
    assert version.returncode == 0 and version.stdout.startswith("briefkit "), version.stderr
    assert _run([str(bin_dir / "briefkit"), "-h"], work, clean_env).returncode == 0

    built = _run(
        [str(python), "-c", HIDDEN_FONTS_MAIN, "build", f"briefs/{EXAMPLE}.yaml", "--json"],
        work,
        clean_env,
    )
    assert built.returncode == 0, built.stderr
    assert "cannot draw" not in built.stderr and "glyph" not in built.stderr.lower()
    result = json.loads(built.stdout)
    assert result["memos"]
    for memo in result["memos"]:
        assert sorted(memo["files"]) == ["docx", "md", "pdf"]
        for path in memo["files"].values():
            assert Path(work, path).stat().st_size > 0
    assert not any("cannot draw" in w for w in result["warnings"])

    verified = _run([str(bin_dir / "briefkit"), "verify", f"out/{EXAMPLE}"], work, clean_env)
    assert verified.returncode == 0, verified.stderr
    assert not (work / "templates").exists()


# Reads one of each kind of source in a fresh interpreter and prints the top-level
# modules that reading imported.
READ_EVERY_KIND = """
import sys
before = set(sys.modules)
from briefkit.readers.html import read_html
read_html(b"<html><head><title>T</title></head><body><article><p>"
          + b"The river dam will cut water flows to the delta farms. " * 20
          + b"</p></article></body></html>")
print("\\n".join(sorted({m.split(".")[0] for m in set(sys.modules) - before})))
"""


def _declared_closure(name: str) -> set[str]:
    """Every distribution `name` brings along by its requirements, extras left out: an
    extra another package asks for ("lxml[html_clean]") is not installed by every pip
    (the fresh venvs of this project got lxml 6 without it)."""
    from importlib.metadata import PackageNotFoundError, requires

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    found: set[str] = set()
    todo = [name]
    while todo:
        dist = canonicalize_name(todo.pop())
        if dist in found:
            continue
        found.add(dist)
        try:
            wanted = requires(dist) or []
        except PackageNotFoundError:
            continue
        for line in wanted:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return found


def test_every_package_reading_imports_is_a_declared_dependency() -> None:
    """jusText imports lxml.html.clean, a package of its own since lxml 5.2 that lxml 6
    no longer pulls in: an undeclared dependency leaves HTML unreadable on a fresh install
    while a developer's machine, which has it, reads every page."""
    from importlib.metadata import packages_distributions

    from packaging.utils import canonicalize_name

    result = subprocess.run(
        [sys.executable, "-c", READ_EVERY_KIND], capture_output=True, text=True, check=True
    )
    owners = packages_distributions()
    used = {
        canonicalize_name(dist)
        for module in result.stdout.split()
        if module not in sys.stdlib_module_names
        for dist in owners.get(module, [])
    }
    assert "lxml-html-clean" in used  # the check sees what it is about
    assert used - _declared_closure("briefkit") == set()
