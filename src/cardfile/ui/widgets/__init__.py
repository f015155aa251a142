"""Small widgets every screen uses (avatars, tag chips, empty states) and the field editors forms are built from."""
