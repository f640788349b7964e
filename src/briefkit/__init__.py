"""briefkit: turn a folder of source articles into cited, per-audience policy memos."""

__version__ = "0.1.0"  # the single source of the version: pyproject.toml reads it
