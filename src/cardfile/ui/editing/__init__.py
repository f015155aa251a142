"""Editing records in the detail pane: the forms, their field editors, the related-records tabs and small dialogs."""
