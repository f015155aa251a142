"""The Contacts page: people, described for the record framework, with the form that edits a person."""
