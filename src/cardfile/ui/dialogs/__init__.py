"""Dialogs that belong to no one screen: Trash, Settings, custom fields, export, lookups, the crash report, and the
list-dialog and settings-form bases they share."""
