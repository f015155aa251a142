"""The Companies page: organizations, described for the record framework, with the form that edits one."""
