"""``python -m coachdesk`` runs the command line (no command starts the GUI)."""

from coachdesk.cli import main

raise SystemExit(main())
