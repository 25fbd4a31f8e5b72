"""``python -m analyzer`` runs the command line (see ``analyzer.cli``)."""
import sys

from analyzer.cli import main

sys.exit(main())
