"""The command-line front end over services."""
