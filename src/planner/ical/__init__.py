"""iCalendar output and input; the only user of the icalendar library."""
