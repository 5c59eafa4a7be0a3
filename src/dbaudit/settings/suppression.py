"""A suppression rule as the configuration gives it: a check and an object, with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase

from dbaudit.findings import Finding


@dataclass(frozen=True)
class Suppression:
    check: str  # a check id, or a glob such as "NUM*" or "*"
    table: str  # "schema.table" or "table" (any schema); globs allowed
    reason: str
    columns: tuple[str, ...] = ()  # empty: any columns

    def matches(self, finding: Finding) -> bool:
        obj = finding.object
        table_ok = fnmatchcase(obj.qualified_table, self.table) or (
            "." not in self.table and fnmatchcase(obj.table, self.table)
        )
        return (
            fnmatchcase(finding.check_id, self.check.upper())
            and table_ok
            and (not self.columns or self.columns == obj.columns)
        )
