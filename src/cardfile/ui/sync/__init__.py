"""Sync in the desktop app: the controller and status bar, Sync Settings and the Conflicts view."""
