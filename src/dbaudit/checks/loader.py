"""Loads check files and validates them strictly: every error names the file and the line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, Template, TemplateSyntaxError, nodes

from dbaudit.checks.contract import BIND_PARAMETER, QUERY_KEYS, column_problem, parameter_problem
from dbaudit.checks.guard import check_template_source
from dbaudit.checks.model import (
    DEFAULT_RULE,
    Case,
    Category,
    CheckDefinition,
    CheckKind,
    Examples,
    ExpectedFinding,
    FixStepTemplate,
    HeldSession,
    WorkloadStatement,
)
from dbaudit.errors import CheckFileError, ConfigError
from dbaudit.findings import FixKind
from dbaudit.resources import checks_dir
from dbaudit.settings.model import ScanSettings
from dbaudit.settings.sources import mapping_layer
from dbaudit.severity import Severity
from dbaudit.sql import templatecache
from dbaudit.sql.template import (
    TRUSTED_ONLY_FILTERS,
    sql_environment,
    template_from_code,
    text_environment,
)
from dbaudit.workload.facts import EMPTY_WORKLOAD_PARAMS

# The check file's contract, for editors and for users' checks: check.schema.json beside
# this module. The keys are read from it so that the two cannot disagree.
CHECK_SCHEMA: dict[str, Any] = json.loads(
    (resources.files("dbaudit.checks") / "check.schema.json").read_text(encoding="utf-8")
)
REQUIRED: tuple[str, ...] = tuple(CHECK_SCHEMA["required"])
OPTIONAL: tuple[str, ...] = tuple(k for k in CHECK_SCHEMA["properties"] if k not in REQUIRED)
FIX_STEP_KEYS = (
    "kind",
    "sql",
    "note",
    "destructive",
    "unsafe",
    "skip_if",
    "blocked_if",
    "rules",
)
RULE_NAME = re.compile(r"^[a-z0-9][a-z0-9_:/.-]*$")
EXAMPLE_KEYS = ("bad", "good", "expect")
EXPECT_KEYS = ("schema", "table", "columns", "name", "severity", "rule", "message")
CASE_KEYS = ("name", "description", "config", "sql", "workload", "sessions", "expect")
MAX_CALLS = 100_000
CASE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# What the engine does with a catalog check's rows before they become findings.
VERIFICATIONS = ("hypothetical_index",)
CHECK_ID = re.compile(r"^[A-Z]{2,8}[0-9]{3}$")
# the settings' parameters, and the workload's arrays (bound empty without statement stats)
# The settings' and heuristics' parameters, the workload's, and the scan's own server
# processes (bound by engine.plan once its connections are open).
KNOWN_PARAMETERS = (
    frozenset(ScanSettings().query_params()) | frozenset(EMPTY_WORKLOAD_PARAMS) | {"scan_pids"}
)
# libyaml's parser when PyYAML has it (the wheels do): every scan loads every check file,
# and the pure-Python parser took a fifth of a catalog scan's start-up.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class _Located:
    """A parsed YAML file with the line of every top-level key and value."""

    path: Path
    data: dict[str, Any]
    key_lines: dict[str, int]
    value_lines: dict[str, int]
    shipped: bool = False  # one of dbaudit's own check files: its compiled templates are cached
    # the line of each key of a top-level mapping value (`message:` keyed by rule)
    sub_key_lines: dict[str, dict[str, int]] = field(default_factory=dict)

    def error(self, key: str | None, text: str) -> CheckFileError:
        line = self.key_lines.get(key, 1) if key else 1
        return CheckFileError(f"{self.path}:{line}: {text}")


def _parse(path: Path, *, shipped: bool) -> _Located:
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=_YAML_LOADER)
        data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except OSError as error:
        raise CheckFileError(f"{path}: cannot read: {error.strerror}") from None
    except UnicodeDecodeError:
        raise CheckFileError(f"{path}: not UTF-8 text") from None
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise CheckFileError(f"{path}:{line}: invalid YAML: {error.problem}") from None
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise CheckFileError(f"{path}:1: a check file must be a mapping of keys to values")
    key_lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    # A block scalar's text starts on the line after its indicator.
    value_lines = {
        str(k.value): v.start_mark.line + (2 if getattr(v, "style", None) in ("|", ">") else 1)
        for k, v in node.value
    }
    sub_key_lines = {
        str(k.value): {str(sk.value): sk.start_mark.line + 1 for sk, _ in v.value}
        for k, v in node.value
        if isinstance(v, yaml.MappingNode)
    }
    return _Located(path, data, key_lines, value_lines, shipped, sub_key_lines)


def _text(doc: _Located, key: str) -> str:
    value = doc.data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise doc.error(key, f"'{key}' must be non-empty text")
    return value


def _enum(doc: _Located, key: str, enum: Any) -> Any:
    try:
        return enum(doc.data[key])
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise doc.error(key, f"'{key}' is {doc.data[key]!r}; expected one of: {allowed}") from None


def _template(
    doc: _Located, key: str, env: Environment, *, sql: bool, target_binds: bool = False
) -> Template:
    source = _text(doc, key)
    # Only dbaudit's own checks are cached: a user's, edited at will, would leave an entry
    # behind for each version of each template.
    cache_key = None
    template = None
    if doc.shipped:
        rules = f"sql={sql} trusted-only={sorted(TRUSTED_ONLY_FILTERS)}"
        cache_key = templatecache.cache_key(env, source, rules)
        template = templatecache.load(env, cache_key)  # it passed these checks when cached
    if template is None:
        template = _compile(doc, key, env, source, sql=sql, cache_key=cache_key)
    if sql:
        # A data check's query may also bind its target row's columns, unknown until run time.
        unknown = set(BIND_PARAMETER.findall(source)) - KNOWN_PARAMETERS
        if unknown and not target_binds:
            raise doc.error(
                key,
                f"'{key}' uses unknown bind parameter(s) "
                f"{', '.join(sorted(unknown))}; known: "
                f"{', '.join(sorted(KNOWN_PARAMETERS))}",
            )
    return template


def _compile(
    doc: _Located, key: str, env: Environment, source: str, *, sql: bool, cache_key: str | None
) -> Template:
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as error:
        raise _compile_error(doc, key, error) from None
    if sql:
        # Before compiling: Jinja's optimizer folds constant expressions in the tree.
        for flt in tree.find_all(nodes.Filter):
            if flt.name in TRUSTED_ONLY_FILTERS:
                raise doc.error(
                    key,
                    f"'{key}' uses |{flt.name}, which bypasses quoting; "
                    "quote names with |ident, pass values as %(name)s",
                )
    try:
        code = env.compile(tree)  # from the tree: parsing it twice cost time
    except TemplateSyntaxError as error:
        raise _compile_error(doc, key, error) from None
    if cache_key is not None:
        templatecache.store(cache_key, code)
    return template_from_code(env, code)


def _compile_error(doc: _Located, key: str, error: TemplateSyntaxError) -> CheckFileError:
    line = doc.value_lines.get(key, 1) + (error.lineno or 1) - 1
    return CheckFileError(f"{doc.path}:{line}: template '{key}' does not compile: {error.message}")


def _by_rule(
    doc: _Located, key: str, env: Environment, *, sql: bool
) -> tuple[tuple[str, Template], ...]:
    """`message:` or `remediation:` as one text, or a text per rule (the row's `rule`) with
    `default` for the others: each rule's text whole, instead of `{% if rule == %}` chains."""
    raw = doc.data.get(key)
    if raw is None:
        return ()
    if isinstance(raw, str):
        return ((DEFAULT_RULE, _template(doc, key, env, sql=sql)),)
    if not isinstance(raw, Mapping) or not raw:
        raise doc.error(key, f"'{key}' must be text, or a mapping of rule names to text")
    texts = []
    for rule, text in raw.items():
        line = doc.sub_key_lines.get(key, {}).get(str(rule), doc.key_lines.get(key, 1))
        if not isinstance(rule, str) or not RULE_NAME.match(rule):
            raise CheckFileError(
                f"{doc.path}:{line}: {key} key {rule!r} must be a rule name like fk-not-valid"
            )
        # errors in the text name its lines: a folded or literal block starts one line below
        rule_doc = _Located(doc.path, {key: text}, {key: line}, {key: line + 1}, doc.shipped)
        texts.append((rule, _template(rule_doc, key, env, sql=sql)))
    return tuple(texts)


def _fix_steps(doc: _Located, sql_env: Environment) -> tuple[FixStepTemplate, ...]:
    raw = doc.data.get("fix")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise doc.error("fix", "'fix' must be a list of steps (kind, sql, note, ...)")
    steps = []
    for index, item in enumerate(raw, 1):
        where = f"fix step {index}"
        if not isinstance(item, Mapping) or set(item) - set(FIX_STEP_KEYS) or "sql" not in item:
            raise doc.error(
                "fix", f"{where}: a mapping of {', '.join(FIX_STEP_KEYS)} with at least sql"
            )
        try:
            kind = FixKind(str(item.get("kind")))
        except ValueError:
            allowed = ", ".join(k.value for k in FixKind)
            raise doc.error("fix", f"{where}: kind must be one of: {allowed}") from None
        for flag in ("destructive", "unsafe"):
            if not isinstance(item.get(flag, False), bool):
                raise doc.error("fix", f"{where}: {flag} must be true or false")
        rules = item.get("rules", [])
        if not isinstance(rules, list) or not all(
            isinstance(r, str) and RULE_NAME.match(r) for r in rules
        ):
            raise doc.error("fix", f"{where}: rules must be a list of rule names like fk-not-valid")
        step_doc = _Located(doc.path, dict(item), {}, {}, doc.shipped)
        steps.append(
            FixStepTemplate(
                kind=kind,
                sql=_fix_template(doc, step_doc, "sql", sql_env, where),
                note=_fix_template(doc, step_doc, "note", sql_env, where)
                if "note" in item
                else None,
                destructive=bool(item.get("destructive", False)),
                skip_if=_fix_template(doc, step_doc, "skip_if", sql_env, where)
                if "skip_if" in item
                else None,
                unsafe=bool(item.get("unsafe", False)),
                blocked_if=_fix_template(doc, step_doc, "blocked_if", sql_env, where)
                if "blocked_if" in item
                else None,
                rules=frozenset(rules),
            )
        )
    return tuple(steps)


def _fix_template(
    doc: _Located, step: _Located, key: str, env: Environment, where: str
) -> Template:
    try:
        if key == "note":  # plain text: the script builder makes it safe inside a comment
            return _template(step, key, text_environment(), sql=False)
        return _template(step, key, env, sql=True)
    except CheckFileError as error:
        # Name the check file's `fix:` line: a step's own lines are not tracked.
        detail = error.message.split(": ", 1)[-1]
        raise doc.error("fix", f"{where}: {detail}") from None


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# What a finding's object identity and rule already say: not kept a second time.
_IDENTITY = frozenset({"schema_name", "table_name", "column_names", "object_name", "rule"})


def _fix_variables(raw: object) -> tuple[str, ...]:
    """Each word of the fix steps' templates that could name a row column (see the model)."""
    words: set[str] = set()
    for item in raw if isinstance(raw, list) else ():
        for key in ("sql", "note", "skip_if", "blocked_if"):
            words.update(_WORD.findall(str(item.get(key, ""))))
    return tuple(sorted(words - _IDENTITY))


def _remediation_variables(raw: object) -> tuple[str, ...]:
    """Each word of the `remediation:` texts that could name a row column (see the model)."""
    texts = raw.values() if isinstance(raw, Mapping) else [raw] if raw is not None else []
    words = {word for text in texts for word in _WORD.findall(str(text))}
    return tuple(sorted(words - _IDENTITY))


def _examples(doc: _Located) -> Examples | None:
    raw = doc.data.get("examples")
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise doc.error("examples", "'examples' must be a mapping with bad, good and expect")
    unknown = set(raw) - set(EXAMPLE_KEYS)
    missing = set(EXAMPLE_KEYS) - set(raw)
    if unknown or missing:
        raise doc.error(
            "examples",
            f"'examples' needs exactly {', '.join(EXAMPLE_KEYS)}"
            f" (unknown: {sorted(unknown)}, missing: {sorted(missing)})",
        )
    if not isinstance(raw["bad"], str) or not isinstance(raw["good"], str):
        raise doc.error("examples", "examples 'bad' and 'good' must be SQL text")
    expect = raw["expect"]
    if not isinstance(expect, list) or not expect:
        raise doc.error("examples", "examples 'expect' must list the findings of 'bad'")
    return Examples(raw["bad"], raw["good"], tuple(_expected(doc, item) for item in expect))


def _expected(doc: _Located, item: object, key: str = "examples") -> ExpectedFinding:
    if not isinstance(item, Mapping) or "table" not in item or set(item) - set(EXPECT_KEYS):
        raise doc.error(
            key,
            f"each expected finding is a mapping of "
            f"{', '.join(EXPECT_KEYS)} with at least 'table'; got {item!r}",
        )
    try:
        severity = Severity(item["severity"]) if "severity" in item else None
    except ValueError:
        raise doc.error(
            key,
            f"expected severity {item['severity']!r} is not one of "
            f"{', '.join(s.value for s in Severity)}",
        ) from None
    return ExpectedFinding(
        table=str(item["table"]),
        schema=str(item.get("schema", "public")),
        columns=tuple(str(c) for c in item.get("columns", ())),
        name=str(item["name"]) if item.get("name") is not None else None,
        severity=severity,
        rule=str(item["rule"]) if item.get("rule") is not None else None,
        message=str(item["message"]) if item.get("message") is not None else None,
    )


def _cases(doc: _Located) -> tuple[Case, ...]:
    raw = doc.data.get("cases")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        raise doc.error("cases", "'cases' must be a list of cases (name, sql, expect, config)")
    cases: list[Case] = []
    for index, item in enumerate(raw, 1):
        where = f"case {index}"
        if not isinstance(item, Mapping) or set(item) - set(CASE_KEYS):
            raise doc.error("cases", f"{where}: a mapping of {', '.join(CASE_KEYS)}")
        name = item.get("name")
        if not isinstance(name, str) or not CASE_NAME.match(name):
            raise doc.error("cases", f"{where}: 'name' must be like small-table (a-z, 0-9, -, _)")
        if name in ("bad", "good") or name in {c.name for c in cases}:
            raise doc.error("cases", f"case {name!r}: the name is already used in this check")
        if not isinstance(item.get("sql"), str) or not isinstance(item.get("expect"), list):
            raise doc.error("cases", f"case {name!r}: needs 'sql' (text) and 'expect' (a list)")
        config = item.get("config")
        if config is not None and not isinstance(config, Mapping):
            raise doc.error("cases", f"case {name!r}: 'config' must be a mapping like dbaudit.yaml")
        try:
            layer = mapping_layer(config, f"case {name}") if config is not None else None
        except ConfigError as error:
            raise doc.error("cases", error.message) from None
        expect = tuple(_expected(doc, e, "cases") for e in item["expect"])
        workload = _workload(doc, name, item.get("workload", []))
        sessions = _sessions(doc, name, item.get("sessions", []))
        cases.append(Case(name, item["sql"], expect, layer, workload, sessions))
    return tuple(cases)


def _workload(doc: _Located, case: str, raw: object) -> tuple[WorkloadStatement, ...]:
    statements = []
    for item in raw if isinstance(raw, list) else [raw]:
        calls = item.get("calls", 1) if isinstance(item, Mapping) else None
        if (
            not isinstance(item, Mapping)
            or set(item) - {"sql", "calls"}
            or not isinstance(item.get("sql"), str)
            or not isinstance(calls, int)
            or isinstance(calls, bool)
            or not 1 <= calls <= MAX_CALLS
        ):
            raise doc.error(
                "cases",
                f"case {case!r}: 'workload' is a list of {{sql: ..., calls: 1 to {MAX_CALLS}}}",
            )
        statements.append(WorkloadStatement(item["sql"], calls))
    return tuple(statements)


def _sessions(doc: _Located, case: str, raw: object) -> tuple[HeldSession, ...]:
    sessions = []
    for item in raw if isinstance(raw, list) else [raw]:
        if (
            not isinstance(item, Mapping)
            or set(item) != {"application", "sql"}
            or not all(isinstance(v, str) and v for v in item.values())
        ):
            raise doc.error(
                "cases", f"case {case!r}: 'sessions' is a list of {{application: ..., sql: ...}}"
            )
        sessions.append(HeldSession(item["application"], item["sql"]))
    return tuple(sessions)


def _validate_against_schema(doc: _Located) -> None:
    """A user's check file against check.schema.json, after the checks above gave their more
    specific messages. The shipped files are validated by the test suite, not on every run:
    jsonschema's import alone would cost each scan more than loading the catalog."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(CHECK_SCHEMA)
    error = next(iter(sorted(validator.iter_errors(doc.data), key=lambda e: list(e.path))), None)
    if error is None:
        return
    path = list(error.absolute_path)
    where = "/".join(str(p) for p in path) or "top level"
    key = str(path[0]) if path else None
    raise doc.error(key, f"{where}: {error.message} (see check.schema.json)")


def load_check(path: Path, *, shipped: bool) -> CheckDefinition:
    doc = _parse(path, shipped=shipped)
    for key in doc.data:
        if key not in REQUIRED and key not in OPTIONAL:
            raise doc.error(key, f"unknown key '{key}'; allowed: {', '.join(REQUIRED + OPTIONAL)}")
    for key in REQUIRED:
        if key not in doc.data:
            raise doc.error(None, f"missing required key '{key}'")
    check_id = _text(doc, "id")
    if not CHECK_ID.match(check_id):
        raise doc.error("id", f"id {check_id!r} must look like FK001 (letters then 3 digits)")
    kind = _enum(doc, "kind", CheckKind)
    if kind is CheckKind.DATA and "targets" not in doc.data:
        raise doc.error(
            "kind", "a data check needs 'targets', the catalog query it runs per row of"
        )
    if kind is CheckKind.CATALOG and "targets" in doc.data:
        raise doc.error("targets", "'targets' is only for kind: data")
    if kind is CheckKind.DATA and "measure" in doc.data:
        raise doc.error("measure", "'measure' is only for kind: catalog (a data check reads data)")
    evidence = doc.data.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(e, str) for e in evidence):
        raise doc.error("evidence", "'evidence' must be a list of result column names")
    min_version = doc.data.get("min_server_version")
    if min_version is not None and not isinstance(min_version, int):
        raise doc.error("min_server_version", "'min_server_version' must be like 150000")
    verify = doc.data.get("verify")
    if verify is not None and verify not in VERIFICATIONS:
        raise doc.error(
            "verify", f"'verify' is {verify!r}; expected one of: {', '.join(VERIFICATIONS)}"
        )
    sql_env, text_env = sql_environment(), text_environment()
    check = CheckDefinition(
        id=check_id,
        title=_text(doc, "title"),
        severity=_enum(doc, "severity", Severity),
        category=_enum(doc, "category", Category),
        kind=kind,
        description=_text(doc, "description"),
        rationale=_text(doc, "rationale"),
        query=_template(doc, "query", sql_env, sql=True, target_binds=kind is CheckKind.DATA),
        messages=_by_rule(doc, "message", text_env, sql=False),
        source=path,
        shipped=shipped,
        targets=_template(doc, "targets", sql_env, sql=True) if "targets" in doc.data else None,
        remediations=_by_rule(doc, "remediation", sql_env, sql=True),
        evidence=tuple(evidence),
        min_server_version=min_version,
        requires=_template(doc, "requires", sql_env, sql=True) if "requires" in doc.data else None,
        measure=_template(doc, "measure", sql_env, sql=True) if "measure" in doc.data else None,
        verify=verify,
        examples=_examples(doc),
        cases=_cases(doc),
        fix=_fix_steps(doc, sql_env),
        fix_variables=_fix_variables(doc.data.get("fix")),
        remediation_variables=_remediation_variables(doc.data.get("remediation")),
        no_fix=_text(doc, "no_fix") if "no_fix" in doc.data else None,
        allow_functions=_names(doc, "allow_functions", "function names"),
        parameters=_names(doc, "parameters", "setting names (heuristics such as price_words)"),
        result_columns=_names(doc, "result_columns", "column names"),
    )
    if not shipped:
        _validate_against_schema(doc)
        _guard(doc, check.allow_functions)
        _check_contract(doc, check)
    return check


def _check_contract(doc: _Located, check: CheckDefinition) -> None:
    """A user's check declares what its queries bind and what its templates read (the
    shipped checks are held to it by the test suite: see checks.contract)."""
    sources = [str(doc.data[key]) for key in QUERY_KEYS if key in doc.data]
    problem = parameter_problem(check.parameters, sources)
    if problem is not None:
        raise doc.error("parameters" if "parameters" in doc.data else "query", problem)
    if not check.result_columns:
        return
    missing = [
        c for c in ("schema_name", "table_name", *check.evidence) if c not in check.result_columns
    ]
    if missing:
        raise doc.error("result_columns", f"'result_columns' lacks {', '.join(missing)}")
    problem = column_problem(check.result_columns, finding_texts(doc.data))
    if problem is not None:
        raise doc.error("result_columns", problem)


def finding_texts(data: Mapping[str, Any]) -> dict[str, tuple[Environment, str]]:
    """Every template a finding is rendered with, by where it is in the check file."""
    sql_env, text_env = sql_environment(), text_environment()
    texts: dict[str, tuple[Environment, str]] = {}
    for key, env in (("message", text_env), ("remediation", sql_env)):
        value = data.get(key)
        if isinstance(value, Mapping):
            texts.update({f"{key}[{rule}]": (env, str(text)) for rule, text in value.items()})
        elif value is not None:
            texts[key] = (env, str(value))
    for index, step in enumerate(data.get("fix") or [], 1):
        for part in ("sql", "note", "skip_if", "blocked_if"):
            if isinstance(step, Mapping) and part in step:
                env = text_env if part == "note" else sql_env
                texts[f"fix step {index} {part}"] = (env, str(step[part]))
    return texts


_GUARDED_KEYS = ("targets", "requires", "query", "measure")  # the SQL a scan runs


def _names(doc: _Located, key: str, what: str) -> tuple[str, ...]:
    raw = doc.data.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(v, str) and v for v in raw):
        raise doc.error(key, f"'{key}' must be a list of {what}")
    return tuple(raw)


def _guard(doc: _Located, allowed: tuple[str, ...]) -> None:
    """A user's check: its queries are read-only (see guard), checked now, not first when a
    scan runs them, so that `checks list` and `checks explain` refuse the file too."""
    for key in _GUARDED_KEYS:
        source = doc.data.get(key)
        if not isinstance(source, str):
            continue
        refusal = check_template_source(source, allowed)
        if refusal is not None:
            line = doc.value_lines.get(key, 1) + refusal.line - 1
            raise CheckFileError(f"{doc.path}:{line}: '{key}' {refusal.reason}")


def _files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise CheckFileError(
            f"{directory}: not a directory of check files",
            "--checks takes a folder holding *.yaml check files",
        )
    return sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])


def load_catalog(extra_dirs: Iterable[Path] = ()) -> tuple[CheckDefinition, ...]:
    """The shipped checks plus the user's; ids must be unique across both."""
    checks = [load_check(p, shipped=True) for p in _files(checks_dir())]
    for directory in extra_dirs:
        checks.extend(load_check(p, shipped=False) for p in _files(directory))
    seen: dict[str, Path] = {}
    for check in checks:
        if check.id in seen:
            raise CheckFileError(
                f"{check.source}:1: check id {check.id} is already used by {seen[check.id]}"
            )
        seen[check.id] = check.source
    return tuple(sorted(checks, key=lambda c: c.id))
