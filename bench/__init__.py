"""Benchmarks and their data generator; they print figures and assert nothing (see bench/README.md)."""
