"""Text from the database made safe to show: controls as escapes (every layer may use it)."""
