"""Entry script of the console ``coachdesk`` executable in the PyInstaller bundle."""

from coachdesk.cli import main

raise SystemExit(main())
