"""Sync protocol, hybrid logical clock and merge rules, shared by client and server; no I/O."""
