"""Cardfile: a local-first contact manager for salespeople."""

__version__ = "0.1.0"
