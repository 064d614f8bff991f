"""A plan file and a CalDAV server: team plans (a plan shared on the server, one object per
record, synced both ways), and the publish of a file's calendars there (publishing.py)."""
