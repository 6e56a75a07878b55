"""Entry script of the windowed ``CoachDesk`` executable in the PyInstaller bundle."""

from coachdesk.launch import main_gui

raise SystemExit(main_gui())
