"""briefkit: turn a folder of source articles into cited, per-audience policy memos.

The library API is three functions, documented in `briefkit.api`:

    from briefkit import build, curate, verify

The brief format has a JSON Schema: `briefkit schema`, or schema/brief.schema.json in
the repository.
"""

from __future__ import annotations

import sys
import types

from briefkit.api import build, curate, verify

__version__ = "0.1.0"  # the single source of the version: pyproject.toml reads it
__all__ = ["__version__", "build", "curate", "verify"]


class _Package(types.ModuleType):
    """Keeps `briefkit.build` and `briefkit.verify` the API functions.

    Importing the submodules of the same names (briefkit/build.py, briefkit/verify.py)
    would otherwise replace the functions with the modules on this package. The
    submodules stay importable as usual: `from briefkit.build import BuildResult`.
    """

    def __setattr__(self, name: str, value: object) -> None:
        if name in __all__ and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
