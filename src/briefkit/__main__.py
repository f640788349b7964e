"""`python -m briefkit` entry point."""

import sys

from briefkit.cli import main

if __name__ == "__main__":  # a spawned worker process may import this module again
    sys.exit(main())
