"""dbaudit: an integrity auditor for PostgreSQL."""

__version__ = "0.1.0"
