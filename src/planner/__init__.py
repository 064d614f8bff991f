"""Planner: plan a public action and publish its schedule to organizers, volunteers and press."""

__version__ = "0.1.0"
