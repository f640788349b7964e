"""`python -m briefkit` entry point."""

import sys

from briefkit.cli import main

sys.exit(main())
