"""Reports in the app: the services' reports previewed, printed, saved as PDF and exported as CSV."""
