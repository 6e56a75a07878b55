"""``python -m coachdesk`` runs the command line (no command starts the GUI)."""

from coachdesk.launch import main

raise SystemExit(main())
