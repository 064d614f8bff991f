"""What leaves the machine: feed folders now; e-mail, SMTP and CalDAV later."""
