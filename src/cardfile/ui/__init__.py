"""The PySide6 desktop interface, laid out by screen: a screen's code is found by its name.

main_window.py   the window: navigation, menus, toolbar, status bar
session.py       the open database and its window; single_instance.py: one window per database
search.py        the search field (Ctrl+K) and its result list
coming_soon.py   the pages still to come (activities/, calendar/, deals/, dashboard/ take their place)
records/         the record framework: a kind described once (records/kind.py) gets a list page, a card
                 with its tabs, an edit form and bulk actions
contacts/        the Contacts page: the description of a person and the form that edits one
companies/       the Companies page: the same for organizations
dialogs/         Trash, Settings, custom fields, export, lookups, and the bases they share
sync/            Sync Now and the status bar, Sync Settings, the Conflicts view
importing/       the import wizard and its CSV mapping page
widgets/         small widgets every screen uses, and the field editors forms are built from
tasks.py, event_bridge.py, words.py, dates.py, icons.py
                 what every screen leans on: background tasks, database events as signals, translated
                 words for the services' keys, dates in the reader's format, icons
qt_words.py      Qt's own dialogs' words (buttons, file chooser, printing), for languages Qt does not translate
"""
