"""The Deals page: the deal kind, its form, its board, forecast and pipeline editor."""
