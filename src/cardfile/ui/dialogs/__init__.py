"""Dialogs that belong to no one screen."""
