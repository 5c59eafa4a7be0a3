"""bench/run: dbaudit against the floor and against Soda Core, as ratios; see bench/README.md."""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import floor  # noqa: E402
import generate  # noqa: E402
import impact  # noqa: E402
import jobs  # noqa: E402

SODA_VERSION = "3.5.6"
SODA_VENV = HERE / ".venv-soda"
DBAUDIT = ROOT / ".venv" / "bin" / "dbaudit"
# Targets from issue 8.
CATALOG_MAX_RATIO, CATALOG_MAX_SECONDS = 1.5, 1.5
DATA_MAX_RATIO, SODA_MIN_RATIO, MAX_RSS_MB = 1.2, 3.0, 200.0
JOBS = (2, 4)  # dbaudit scan --jobs N, measured beside the serial data-case scan


# ---------------------------------------------------------------------------------------------
# timing
# ---------------------------------------------------------------------------------------------


@dataclass
class Tool:
    name: str
    argv: list[str]
    env: dict[str, str] | None = None
    ok_codes: tuple[int, ...] = (0,)
    walls: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    def run_once(self, cwd: Path, keep: bool) -> None:
        with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
            started = time.perf_counter()
            done = subprocess.run(
                ["/usr/bin/time", "-f", "%M", "-o", timing.name, *self.argv],
                cwd=cwd,
                env=self.env,
                capture_output=True,
                text=True,
                check=False,
            )
            wall = time.perf_counter() - started
            rss_kb = int(Path(timing.name).read_text().split()[-1])
        if done.returncode not in self.ok_codes:
            raise SystemExit(
                f"{self.name} exited {done.returncode}:\n{done.stdout[-2000:]}\n"
                f"{done.stderr[-2000:]}"
            )
        if keep:
            self.walls.append(wall)
            self.rss_mb.append(rss_kb / 1024)

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def spread(self) -> str:
        return f"{min(self.walls):.2f}–{max(self.walls):.2f}"

    @property
    def peak_rss(self) -> float:
        return max(self.rss_mb)


def scan_argv(dsn: str, report: str, *flags: str) -> list[str]:
    """dbaudit scan with these flags, its JSON report to `report`, never failing on findings."""
    return [
        str(DBAUDIT),
        "scan",
        dsn,
        *flags,
        "-f",
        "json",
        "-o",
        report,
        "-q",
        "--fail-on",
        "none",
    ]


def measure(tools: list[Tool], runs: int, cwd: Path, log: Callable[[str], None]) -> None:
    """One warm-up round (discarded), then `runs` rounds; tools interleaved in each round so
    that noise from other work on the machine falls on all of them alike."""
    for round_no in range(runs + 1):
        for tool in tools:
            tool.run_once(cwd, keep=round_no > 0)
        if round_no:
            log(
                "   round %d: %s"
                % (round_no, ", ".join(f"{t.name} {t.walls[-1]:.2f}s" for t in tools))
            )


# ---------------------------------------------------------------------------------------------
# set-up
# ---------------------------------------------------------------------------------------------


def server_params(dsn: str) -> dict[str, str]:
    info = psycopg.conninfo.conninfo_to_dict(dsn)
    return {
        "host": str(info.get("host", "127.0.0.1")),
        "port": str(info.get("port", "5432")),
        "user": str(info.get("user", "postgres")),
    }


def db_dsn(server_dsn: str, name: str) -> str:
    return psycopg.conninfo.make_conninfo(server_dsn, dbname=name)


def ensure_databases(
    server_dsn: str, args: argparse.Namespace, log: Callable[[str], None]
) -> dict[str, dict[str, Any]]:
    manifests = {}
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        existing = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    for name, build in (
        (
            generate.CATALOG_DB,
            lambda: generate.build_catalog(server_dsn, args.seed, args.tables_per_schema),
        ),
        (generate.DATA_DB, lambda: generate.build_data(server_dsn, args.fills_rows)),
    ):
        path = generate.BUILD / f"{name}.json"
        manifest = json.loads(path.read_text()) if path.is_file() else None
        stale = (
            manifest is None
            or name not in existing
            or args.rebuild
            or (name == generate.DATA_DB and manifest["rows"]["fills"] != args.fills_rows)
            or (name == generate.CATALOG_DB and manifest["seed"] != args.seed)
        )
        if stale:
            log(f"building {name} (a few minutes for the data case) ...")
            manifest = build()
            generate.write_manifest(name, manifest)
        manifests[name] = manifest
    return manifests


def ensure_soda(log: Callable[[str], None]) -> Path:
    soda = SODA_VENV / "bin" / "soda"
    if not soda.exists():
        log(f"installing soda-core-postgres=={SODA_VERSION} into {SODA_VENV} ...")
        subprocess.run([sys.executable, "-m", "venv", str(SODA_VENV)], check=True)
        subprocess.run(
            [
                str(SODA_VENV / "bin" / "pip"),
                "install",
                "-q",
                f"soda-core-postgres=={SODA_VERSION}",
            ],
            check=True,
        )
    return soda


def soda_files(
    work: Path, server: dict[str, str], duplicates: bool, samples: bool
) -> tuple[dict[str, str], list[str]]:
    """Soda's configuration, its checks, and a HOME whose ~/.soda/config.yml turns its usage
    telemetry off: nothing leaves the machine."""
    home = work / "soda-home"
    (home / ".soda").mkdir(parents=True, exist_ok=True)
    (home / ".soda" / "config.yml").write_text("send_anonymous_usage_stats: false\n")
    config = work / "soda-configuration.yml"
    config.write_text(
        "data_source bench:\n  type: postgres\n"
        f'  host: {server["host"]}\n  port: "{server["port"]}"\n  username: {server["user"]}\n'
        f'  password: ""\n  database: {generate.DATA_DB}\n  schema: public\n'
    )
    files = [HERE / "soda" / "checks.yml"] + (
        [HERE / "soda" / "duplicates.yml"] if duplicates else []
    )
    paths = []
    for f in files:
        text = f.read_text()
        if not samples:  # every check keeps its count; no failed-row samples fetched
            text = text.replace("      name: ", "      samples limit: 0\n      name: ")
        out = work / f"{'' if samples else 'nosamples-'}{f.name}"
        out.write_text(text)
        paths.append(str(out))
    env = {**os.environ, "HOME": str(home)}
    return env, ["-c", str(config), *paths]


# ---------------------------------------------------------------------------------------------
def same_findings(report: Path, serial: Path) -> str:
    """'yes' when a scan found what the serial scan found, else what differs.

    The operations findings read the server's statistics, and the bench's own scans move
    them (each one adds sequential scans of the large tables: OPS006 appears when a table
    passes heuristics.seq_scan_min between two runs of one round). So they are compared by
    which findings there are, and a difference is named, not counted against the scan.
    """

    def split(path: Path) -> tuple[list[dict[str, Any]], set[str]]:
        findings = json.loads(path.read_text())["findings"]
        operations = {
            f"{f['check_id']} {f['object']['schema']}.{f['object']['table']}"
            for f in findings
            if f["category"] == "operations"
        }
        return [f for f in findings if f["category"] != "operations"], operations

    findings, operations = split(report)
    serial_findings, serial_operations = split(serial)
    if findings != serial_findings:
        return "**no**"
    if operations == serial_operations:
        return "yes"
    moved = [f"+{o}" for o in sorted(operations - serial_operations)]
    moved += [f"-{o}" for o in sorted(serial_operations - operations)]
    return "yes; operations findings moved with the statistics: " + ", ".join(moved)


# what each tool found (the three must answer the same questions)
# ---------------------------------------------------------------------------------------------


def dbaudit_found(report: Path) -> dict[str, int]:
    found: dict[str, int] = {}
    for f in json.loads(report.read_text())["findings"]:
        obj = f["object"]
        name = f"{obj['table']}.{','.join(obj['columns'])}" if obj["columns"] else obj["table"]
        counts = [v for v in f["evidence"].values() if isinstance(v, int)]
        if counts and f["check_id"] not in {"FK001", "FK002"}:  # those give estimated_rows
            found[f"{f['check_id']} {name}"] = counts[0]
    return found


def soda_found(results: Path) -> dict[str, int]:
    return {
        c["name"]: int(c["diagnostics"]["value"])
        for c in json.loads(results.read_text())["checks"]
        if c["outcome"] == "fail"
    }


def duplicate_check(report: Path) -> str | None:
    """The dbaudit check, if any, that reports the duplicated positions(symbol)."""
    for f in json.loads(report.read_text())["findings"]:
        obj = f["object"]
        if (
            obj["table"] == "positions"
            and obj["columns"] == ["symbol"]
            and f["check_id"] != "VAL001"
        ):
            return str(f["check_id"])
    return None


# ---------------------------------------------------------------------------------------------
# the report
# ---------------------------------------------------------------------------------------------


def machine(server_dsn: str) -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = int(
        next(
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
    )
    with psycopg.connect(server_dsn) as conn:
        version = conn.execute("SELECT version()").fetchone()[0]  # type: ignore[index]
        settings = dict(
            conn.execute(
                "SELECT name, setting || coalesce(unit, '') FROM pg_settings WHERE name IN"
                " ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit')"
            ).fetchall()
        )
    rev = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "ram": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "server": version,
        "server settings": ", ".join(f"{k}={v}" for k, v in sorted(settings.items())),
        "python": platform.python_version(),
        "dbaudit": f"git {rev} (working tree)" if rev else "?",
        "load average at start": "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg()),
    }


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def main() -> None:  # noqa: PLR0915 - one linear script
    parser = argparse.ArgumentParser(description="dbaudit vs the floor vs Soda Core")
    parser.add_argument("--dsn", default=generate.SERVER_DSN, help="superuser DSN of the server")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool (median)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the databases")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--tables-per-schema", type=int, default=250)
    parser.add_argument("--fills-rows", type=int, default=generate.SIZES["fills"])
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["catalog", "data", "soda", "jobs", "pgbench"],
    )
    parser.add_argument("--pgbench-seconds", type=int, default=15)
    parser.add_argument("--output", type=Path, default=HERE / "results.md")
    args = parser.parse_args()

    def log(text: str) -> None:
        print(text, flush=True)

    server = server_params(args.dsn)
    manifests = ensure_databases(args.dsn, args, log)
    info = machine(args.dsn)
    log("machine: " + "; ".join(f"{k}: {v}" for k, v in info.items()))
    work = Path(tempfile.mkdtemp(prefix="dbaudit-bench-"))
    cat_dsn = db_dsn(args.dsn, generate.CATALOG_DB)
    data_dsn = db_dsn(args.dsn, generate.DATA_DB)
    psql = [
        shutil.which("psql") or "psql",
        "-X",
        "-q",
        "-A",
        "-t",
        "-v",
        "ON_ERROR_STOP=1",
        "-h",
        server["host"],
        "-p",
        server["port"],
        "-U",
        server["user"],
        "-o",
        "/dev/null",
    ]
    rows: list[dict[str, Any]] = []
    notes: list[str] = []

    # -- catalog case ------------------------------------------------------------------------
    if "catalog" not in args.skip:
        script = floor.build(cat_dsn, data=False)
        (work / "floor-catalog.sql").write_text(script.text)
        log(f"catalog case: {script.statements} catalog-check queries in the floor")
        tools = [
            Tool(
                "floor", [*psql, "-d", generate.CATALOG_DB, "-f", str(work / "floor-catalog.sql")]
            ),
            Tool(
                "dbaudit",
                scan_argv(cat_dsn, str(work / "catalog.json"), "--no-data"),
            ),
            Tool(
                "dbaudit --jobs 2",
                scan_argv(cat_dsn, str(work / "catalog-jobs2.json"), "--no-data", "--jobs", "2"),
            ),
        ]
        measure(tools, args.runs, work, log)
        f, d, d2 = tools
        findings = len(json.loads((work / "catalog.json").read_text())["findings"])
        same_catalog = same_findings(work / "catalog-jobs2.json", work / "catalog.json")
        rows.append(
            {
                "case": "catalog (`scan --no-data`)",
                "floor": f,
                "dbaudit": d,
                "soda": None,
                "detail": f"{manifests[generate.CATALOG_DB]['tables']} tables, "
                f"{manifests[generate.CATALOG_DB]['foreign_keys']} FKs; "
                f"{findings} findings",
            }
        )
        rows.append(
            {
                "case": "catalog, `--jobs 2`",
                "floor": f,
                "dbaudit": d2,
                "soda": None,
                "detail": "the same findings as serially: " + same_catalog,
            }
        )

    # -- data case ---------------------------------------------------------------------------
    found: dict[str, dict[str, int]] = {}
    jobs_rows: list[dict[str, Any]] = []
    if "data" not in args.skip:
        # one scan first: which data checks run, and whether one reports the duplicates
        probe_report = work / "probe.json"
        subprocess.run(
            scan_argv(data_dsn, str(probe_report)),
            cwd=work,
            check=True,
            capture_output=True,
        )
        dup_check = duplicate_check(probe_report)
        report = json.loads(probe_report.read_text())
        data_ids = sorted(
            {c["id"] for c in report["checks"]}
            - {c.id for c in floor.load_catalog() if c.kind.value == "catalog"}
        )
        full = floor.build(data_dsn, data=True)
        (work / "floor-data.sql").write_text(full.text)
        if full.fallback:
            notes.append(
                f"data checks with no hand-written floor (their floor is dbaudit's own "
                f"SQL): {', '.join(full.fallback)}"
            )
        # the questions Soda can ask too: orphans, invalid values, singleton, (duplicates)
        same = ["REF001", "VAL001", "DUP001"] + ([dup_check] if dup_check else [])
        all_ids = [c.id for c in floor.load_catalog()]
        disabled = [i for i in all_ids if i not in same]
        # (the duplicates check's floor is its own SQL, which covers positions(symbol))
        same_floor = floor.build(data_dsn, data=True, disabled=disabled)
        (work / "floor-same.sql").write_text(same_floor.text)
        (work / "same.yaml").write_text("disable: [" + ", ".join(disabled) + "]\n")
        log(
            f"data case: dbaudit data checks {data_ids}; floor {full.statements} statements "
            f"(hand-written: {', '.join(full.hand_written)}); duplicates check: {dup_check}"
        )
        tools = [
            Tool("floor", [*psql, "-d", generate.DATA_DB, "-f", str(work / "floor-data.sql")]),
            Tool(
                "dbaudit",
                scan_argv(data_dsn, str(work / "data.json")),
            ),
        ]
        # the full scan again with --jobs N (interleaved with the serial one and the floor)
        for n in JOBS:
            tools.append(
                Tool(
                    f"dbaudit --jobs {n}",
                    scan_argv(data_dsn, str(work / f"data-jobs{n}.json"), "--jobs", str(n)),
                )
            )
        same_tools = [
            Tool("floor", [*psql, "-d", generate.DATA_DB, "-f", str(work / "floor-same.sql")]),
            Tool(
                "dbaudit",
                scan_argv(data_dsn, str(work / "same.json"), "--config", str(work / "same.yaml")),
            ),
            Tool(
                "dbaudit --jobs 2",
                scan_argv(
                    data_dsn,
                    str(work / "same-jobs2.json"),
                    "--config",
                    str(work / "same.yaml"),
                    "--jobs",
                    "2",
                ),
            ),
        ]
        soda_tools: list[Tool] = []
        if "soda" not in args.skip:
            soda = ensure_soda(log)
            for samples in (True, False):
                env, tail = soda_files(work, server, dup_check is not None, samples)
                result = work / f"soda-{samples}.json"
                soda_tools.append(
                    Tool(
                        "soda" if samples else "soda-nosamples",
                        [str(soda), "scan", "-d", "bench", "-srf", str(result), *tail],
                        env=env,
                        ok_codes=(0, 1, 2),
                    )
                )
        log("data case, full scan vs floor:")
        measure(tools, args.runs, work, log)
        log("data case, the questions Soda asks too:")
        measure([*same_tools, *soda_tools], args.runs, work, log)
        manifest = manifests[generate.DATA_DB]
        detail = (
            f"fills {manifest['rows']['fills']:,} rows, orders/trades/positions "
            f"{manifest['rows']['orders']:,}"
        )
        rows.append(
            {
                "case": "data (`scan`, every check)",
                "floor": tools[0],
                "dbaudit": tools[1],
                "soda": None,
                "detail": detail,
            }
        )
        rows.append(
            {
                "case": "data, Soda's questions (" + ", ".join(same) + ")",
                "floor": same_tools[0],
                "dbaudit": same_tools[1],
                "soda": soda_tools[0] if soda_tools else None,
                "soda2": soda_tools[1] if soda_tools else None,
                "detail": detail,
            }
        )
        rows.append(
            {
                "case": "data, Soda's questions, `--jobs 2`",
                "floor": same_tools[0],
                "dbaudit": same_tools[2],
                "soda": soda_tools[0] if soda_tools else None,
                "soda2": soda_tools[1] if soda_tools else None,
                "detail": detail,
            }
        )
        for n, tool in zip(JOBS, tools[2:], strict=True):
            same_result = same_findings(work / f"data-jobs{n}.json", work / "data.json")
            jobs_rows.append({"jobs": n, "tool": tool, "same": same_result})
        found["dbaudit"] = dbaudit_found(work / "data.json")
        if soda_tools:
            found["soda"] = soda_found(work / "soda-True.json")
        found["planted"] = {
            f"{kind} {k}": v for kind, d in manifest["planted"].items() for k, v in d.items()
        }

    jobs_result = None
    if "jobs" not in args.skip and "data" not in args.skip:
        log("data case: where the time goes, and N connections on one snapshot ...")
        jobs_result = jobs.probe(data_dsn, max(1, min(args.runs, 3)))

    pg_rows = None
    if "pgbench" not in args.skip:
        log("pgbench: load alone, then with dbaudit scans ...")
        impact.prepare(server, scale=20)
        floor_sql = work / "floor-impact.sql"
        floor_sql.write_text(floor.build(data_dsn, data=True).text)
        psql_scan = [*psql, "-d", generate.DATA_DB, "-f", str(floor_sql)]
        no_gather = {**os.environ, "PGOPTIONS": "-c max_parallel_workers_per_gather=0"}
        scanners = [
            impact.Scanner("alone", None),
            impact.Scanner(
                "dbaudit scans",
                scan_argv(data_dsn, "/dev/null"),
            ),
            impact.Scanner(
                "dbaudit --parallel-workers 0",
                scan_argv(data_dsn, "/dev/null", "--parallel-workers", "0"),
            ),
            impact.Scanner("same SQL via psql", psql_scan),
            impact.Scanner("same SQL via psql, no parallel workers", psql_scan, no_gather),
        ]
        pg_rows = impact.summary(
            impact.measure(
                server, scanners, seconds=args.pgbench_seconds, repeats=2, rate=300, clients=4
            )
        )

    # other work on the machine (tests of other sessions) is the main source of noise
    info["load average at end"] = "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    text = render(info, rows, notes, found, jobs_result, jobs_rows, pg_rows, args, manifests)
    args.output.write_text(text)
    log(text)
    log(f"-> {args.output}")
    shutil.rmtree(work, ignore_errors=True)


def render(
    info: dict[str, str],
    rows: list[dict[str, Any]],
    notes: list[str],
    found: dict[str, dict[str, int]],
    jobs_result: dict[str, Any] | None,
    jobs_rows: list[dict[str, Any]],
    pg_rows: list[dict[str, object]] | None,
    args: argparse.Namespace,
    manifests: dict[str, dict[str, Any]],
) -> str:
    out = [
        "# dbaudit benchmark results",
        "",
        "Written by `bench/run` (see bench/README.md). Medians of "
        f"{args.runs} timed runs after one warm-up run; the range is min–max over those runs. "
        "Whole processes, start-up included; peak RSS from /usr/bin/time.",
        "",
    ]
    out += [f"- **{k}**: {v}" for k, v in info.items()] + [""]
    out += [
        "## Results",
        "",
        "| case | floor s | dbaudit s | dbaudit peak RSS | Soda Core s | dbaudit / floor "
        "| Soda / dbaudit |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    checks: list[str] = []
    for r in rows:
        f, d, s = r["floor"], r["dbaudit"], r.get("soda")
        ratio = d.median / f.median
        soda_cell = soda_ratio = "n/a"
        if s is not None:
            soda_cell = f"{s.median:.2f} ({s.spread})"
            soda_ratio = f"{s.median / d.median:.1f}×"
            s2 = r.get("soda2")
            if s2 is not None:
                soda_cell += f"; no samples {s2.median:.2f}"
                soda_ratio += f"; {s2.median / d.median:.1f}×"
        out.append(
            f"| {r['case']}<br>{r['detail']} | {f.median:.2f} ({f.spread}) | "
            f"{d.median:.2f} ({d.spread}) | {d.peak_rss:.0f} MB | {soda_cell} | "
            f"{ratio:.2f}× | {soda_ratio} |"
        )
        if r["case"].startswith("catalog"):
            checks.append(
                f"{r['case']}: ≤ {CATALOG_MAX_RATIO}× floor: {ratio:.2f}× — "
                f"{verdict(ratio <= CATALOG_MAX_RATIO)}"
            )
            checks.append(
                f"{r['case']}: whole command < {CATALOG_MAX_SECONDS} s: {d.median:.2f} s — "
                f"{verdict(d.median < CATALOG_MAX_SECONDS)}"
            )
        else:
            checks.append(
                f"{r['case']}: ≤ {DATA_MAX_RATIO}× floor: {ratio:.2f}× — "
                f"{verdict(ratio <= DATA_MAX_RATIO)}"
            )
            if s is not None:
                checks.append(
                    f"{r['case']}: ≥ {SODA_MIN_RATIO}× faster than Soda Core: "
                    f"{s.median / d.median:.1f}× — "
                    f"{verdict(s.median / d.median >= SODA_MIN_RATIO)}"
                )
        checks.append(
            f"{r['case']}: peak RSS < {MAX_RSS_MB:.0f} MB: {d.peak_rss:.0f} MB — "
            f"{verdict(d.peak_rss < MAX_RSS_MB)}"
        )
    out += ["", "Targets (issue 8):", ""] + [f"- {c}" for c in checks] + [""]
    out += [f"- note: {n}" for n in notes]
    out += [
        "",
        "Floor: catalog = dbaudit's catalog-check queries alone, parameters inlined, "
        "one psql session (`-At -o /dev/null`), jit off; data = those plus the hand-written "
        "anti-joins / one-pass range counts / GROUP BY of `bench/floor/data.sql`, server "
        "default jit. Soda Core " + SODA_VERSION + ": `bench/soda/checks.yml` (reference "
        "checks, invalid_count with valid min, row_count, duplicate_count when dbaudit "
        "reports duplicates); by default Soda also fetches up to 100 failed rows per failing "
        "check (a second scan), the `no samples` run sets `samples limit: 0`.",
        "",
    ]
    data_row = next((r for r in rows if r["case"].startswith("data (")), None)
    if jobs_rows and data_row:
        f, d = data_row["floor"], data_row["dbaudit"]
        out += [
            "## `scan --jobs N` (data case, every check)",
            "",
            "The same full scan with its data-check queries on N worker connections that "
            "import the scan's exported snapshot; interleaved with the serial scan and the "
            "floor above (one psql session), so the ratios compare like with like.",
            "",
            "| jobs | dbaudit s | / floor | / serial | peak RSS | findings = serial |",
            "|---:|---:|---:|---:|---:|---|",
            f"| 1 | {d.median:.2f} ({d.spread}) | {d.median / f.median:.2f}× | 1.00× | "
            f"{d.peak_rss:.0f} MB | – |",
        ]
        for j in jobs_rows:
            t = j["tool"]
            out.append(
                f"| {j['jobs']} | {t.median:.2f} ({t.spread}) | {t.median / f.median:.2f}× | "
                f"{t.median / d.median:.2f}× | {t.peak_rss:.0f} MB | "
                f"{j['same']} |"
            )
        out.append("")
    if found:
        out += [
            "## What each tool found (data case)",
            "",
            "| question | planted | dbaudit | Soda Core |",
            "|---|---:|---:|---:|",
        ]
        planted = found.get("planted", {})
        dba, soda = found.get("dbaudit", {}), found.get("soda", {})
        for key, value in planted.items():
            kind, obj = key.split(" ", 1)
            obj_plain = obj.replace('"', "")
            check = {"orphans": "REF001", "invalid": "VAL001", "singleton_rows": "DUP001"}.get(kind)
            d_val = next(
                (
                    v
                    for k, v in dba.items()
                    if k.endswith(" " + obj_plain) and (check is None or k.startswith(check))
                ),
                0 if check else "–",
            )
            s_name = {
                "orphans": "orphans",
                "invalid": "invalid",
                "duplicates": "duplicates",
                "singleton_rows": "singleton",
            }.get(kind)
            s_val = soda.get(f"{s_name} {obj_plain}", 0) if s_name else "–"
            if kind == "duplicates" and not any(
                "positions.symbol" in k and not k.startswith("VAL") for k in dba
            ):
                d_val = "no check yet"
            out.append(f"| {kind} {obj} | {value} | {d_val} | {s_val if soda else '–'} |")
        out.append("")
    if jobs_result:
        out += [
            "## Where the data case's time goes (and what `--jobs N` could gain)",
            "",
            f"dbaudit's own data-check SQL, replayed by `bench/jobs.py`. Targets queries: "
            f"{jobs_result['targets_seconds']:.2f} s. Per target (median, one connection, "
            f"server parallel query on), {jobs_result['serial_total']:.2f} s in all:",
            "",
            "| check | target | seconds | share |",
            "|---|---|---:|---:|",
        ]
        for q in jobs_result["queries"]:
            share = q["seconds"] / jobs_result["serial_total"]
            if share >= 0.005:
                out.append(f"| {q['check']} | {q['target']} | {q['seconds']:.3f} | {share:.0%} |")
        out += [
            "",
            "Wall time of those queries over N connections importing one exported "
            "snapshot (longest first), with the server's own parallel query (Gather) on and "
            "off (`max_parallel_workers_per_gather = 0`):",
            "",
            "| N | Gather on | Gather off |",
            "|---:|---:|---:|",
        ]
        for n in (1, 2, 4):
            out.append(
                f"| {n} | {jobs_result['walls'][f'{n}|on']:.2f} s | "
                f"{jobs_result['walls'][f'{n}|off']:.2f} s |"
            )
        out.append("")
    if pg_rows:
        out += [
            "## Impact on a live server (pgbench)",
            "",
            f"pgbench TPC-B-like, scale 20, 4 clients, {args.pgbench_seconds} s per run, "
            "alone and while a loop scans the data-case database back to back (every check, "
            "10M-row table included): dbaudit, with the server's default parallel query and "
            "with `--parallel-workers 0`; the same SQL sent by psql (the server's share: "
            "here dbaudit's Python runs on the same 2 cores as the server, which a real "
            "deployment would not do); that SQL without parallel query workers "
            "(`max_parallel_workers_per_gather = 0`). Alternated, 2 runs each (medians).",
            "",
            "| load | | TPS | latency avg ms | p95 ms | p99 ms | scans completed |",
            "|---|---|---:|---:|---:|---:|---:|",
        ]
        for r in pg_rows:
            out.append(
                f"| {r['load']} | {r['scan']} | {r['tps']:.0f} | {r['lat_avg']:.2f} | "
                f"{r['lat_p95']:.2f} | {r['lat_p99']:.2f} | {r['scans']} |"
            )
        out.append("")
    out += [
        "## Databases",
        "",
        "```json",
        json.dumps(
            {
                k: {kk: vv for kk, vv in v.items() if kk != "generator"}
                for k, v in manifests.items()
            },
            indent=1,
        ),
        "```",
        "",
    ]
    return "\n".join(out)


if __name__ == "__main__":
    main()
