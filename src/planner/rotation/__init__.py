"""The spokesperson-rotation solver (OR-Tools CP-SAT, imported only when solving)."""
