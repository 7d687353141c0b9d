"""`python -m backbreak` works like the `backbreak` command."""

import sys

from backbreak.cli.main import main

sys.exit(main())
