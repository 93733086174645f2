"""`python -m game` runs the same command line as `relayquiz`."""

import os
import sys

try:
    from game.cli import main
except KeyboardInterrupt:  # Ctrl+C while the program is still starting: stop as promised
    os._exit(130)

sys.exit(main())
