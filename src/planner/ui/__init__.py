"""The Qt user interface; the only user of PySide6 besides app.py."""
