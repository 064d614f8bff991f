"""Team plans: a plan shared on a CalDAV server, one object per record, synced both ways."""
