"""Entities, value types and business rules: no I/O, no Qt."""
