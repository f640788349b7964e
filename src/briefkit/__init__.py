"""briefkit: turn a folder of source articles into cited, per-audience policy memos."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("briefkit")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+unknown"
