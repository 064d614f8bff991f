"""The plan and its rules, in plain Python: no Qt, no SQL, no iCalendar."""
