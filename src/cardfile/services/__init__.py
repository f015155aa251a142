"""Use cases and transaction boundaries over the store; plain read models out, typed errors up."""
