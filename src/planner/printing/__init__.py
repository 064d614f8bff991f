"""Paper and PDF: the run sheet drawn with Qt's painter (QPdfWriter, QPrinter)."""
