"""Command-line handlers, one module per area; imported lazily by coachdesk.cli."""
