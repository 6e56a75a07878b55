"""CoachDesk: the private, encrypted desk of a work-ability coach."""

__version__ = "0.1.0"
