"""Errors the user can act on: each carries what went wrong and how to fix it."""

from __future__ import annotations


class DbauditError(Exception):
    """An expected failure, shown to the user as one line (plus a hint), never a traceback."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if self.hint is None else f"{self.message}\n  hint: {self.hint}"


class ConnectionFailed(DbauditError):
    """The server could not be reached, refused us, or the database does not exist."""


class CheckFileError(DbauditError):
    """A check definition is malformed; the message names the file and line."""


class ConfigError(DbauditError):
    """A configuration value or flag is invalid."""


class EmbeddedServerError(DbauditError):
    """The embedded PostgreSQL could not be found, initialised or started."""


def not_utf8(path: object, error: UnicodeDecodeError) -> ConfigError:
    """A file dbaudit reads as text (configuration, SQL) that is not UTF-8."""
    line = error.object[: error.start].count(b"\n") + 1
    byte = error.object[error.start]
    return ConfigError(
        f"{path}:{line}: not UTF-8 text (byte 0x{byte:02x})",
        "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
    )
