"""Entry script of the console ``coachdesk`` executable in the PyInstaller bundle."""

from coachdesk.launch import main

raise SystemExit(main())
