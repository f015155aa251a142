"""Duplicates in the app: the Duplicates view (find, compare, mark "not a duplicate"), the side-by-side merge, the
merge history with Unmerge, and the words every one of them uses for why two records look alike."""
