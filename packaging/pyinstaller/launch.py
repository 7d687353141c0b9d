"""The bundle's entry point: the `backbreak` command (backbreak.cli.main:main), as the
console script pip writes would run it."""

import sys

from backbreak.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
