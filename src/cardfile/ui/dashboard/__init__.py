"""The Dashboard page: the day's activities and the pipeline at a glance, with charts to drill into."""
