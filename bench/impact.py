"""Impact of a scan on a live server: a bounded pgbench load with and without dbaudit scans.

pgbench (TPC-B-like, its own database dbaudit_bench_pgbench) runs for a fixed time, alone,
and while a background loop scans dbaudit_bench_data: dbaudit itself, and with
--parallel-workers 0; the same SQL sent by psql (the server's share of the cost: on this one
machine dbaudit's Python runs on the same cores as the server); and that SQL with the
server's parallel query off. Variants are
alternated and repeated so drift hits all of them. Two loads: throttled (--rate, a primary
with headroom: the latency shows the impact) and unthrottled (saturated: the TPS shows the
CPU the scan takes).
"""

from __future__ import annotations

import re
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PGBENCH_DB = "dbaudit_bench_pgbench"


@dataclass(frozen=True)
class Scanner:
    name: str
    argv: list[str] | None  # None: the load alone
    env: Mapping[str, str] | None = None


@dataclass(frozen=True)
class LoadResult:
    label: str
    scanner: str
    tps: float
    latency_avg_ms: float
    latency_p95_ms: float
    latency_p99_ms: float
    scans_completed: int


def _pg(args: list[str], server: dict[str, str]) -> list[str]:
    return [*args, "-h", server["host"], "-p", server["port"], "-U", server["user"]]


def prepare(server: dict[str, str], scale: int) -> None:
    subprocess.run(_pg(["dropdb", "--if-exists", PGBENCH_DB], server), check=True)
    subprocess.run(_pg(["createdb", PGBENCH_DB], server), check=True)
    subprocess.run(
        _pg(["pgbench", "-i", "-q", "-s", str(scale), PGBENCH_DB], server),
        check=True,
        capture_output=True,
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def run_load(
    server: dict[str, str],
    *,
    seconds: int,
    clients: int,
    rate: int | None,
    scanner: Scanner,
    label: str,
) -> LoadResult:
    """One pgbench run; with a scanner, its scans run back to back for the whole run."""
    stop = threading.Event()
    scans = [0]

    def loop() -> None:
        assert scanner.argv is not None
        while not stop.is_set():
            subprocess.run(
                scanner.argv,
                capture_output=True,
                check=False,
                env=dict(scanner.env) if scanner.env else None,
            )
            scans[0] += 1

    thread = threading.Thread(target=loop) if scanner.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        args = [
            "pgbench",
            "-n",
            "-T",
            str(seconds),
            "-c",
            str(clients),
            "-j",
            str(min(clients, 2)),
            "-l",
            "--log-prefix",
            str(Path(tmp) / "tx"),
        ]
        if rate:
            args += ["-R", str(rate)]
        if thread:
            thread.start()
            time.sleep(0.5)  # the scan is under way when the load starts
        out = subprocess.run(
            _pg(args, server) + [PGBENCH_DB], capture_output=True, text=True, check=True
        ).stdout
        stop.set()
        if thread:
            thread.join()
        latencies = []
        for log in Path(tmp).glob("tx*"):
            for line in log.read_text().splitlines():
                fields = line.split()
                # client_id transaction_no time script_no time_epoch time_us [schedule_lag]
                latencies.append(int(fields[2]) / 1000.0)
    tps = float(re.search(r"tps = ([\d.]+) \(without initial", out).group(1))  # type: ignore[union-attr]
    avg = float(re.search(r"latency average = ([\d.]+) ms", out).group(1))  # type: ignore[union-attr]
    return LoadResult(
        label,
        scanner.name,
        tps,
        avg,
        _percentile(latencies, 0.95),
        _percentile(latencies, 0.99),
        scans[0],
    )


def measure(
    server: dict[str, str],
    scanners: list[Scanner],
    *,
    seconds: int,
    repeats: int,
    rate: int,
    clients: int,
) -> list[LoadResult]:
    results = []
    for label, load_rate in ((f"throttled {rate} tps", rate), ("unthrottled", None)):
        for _ in range(repeats):
            for scanner in scanners:
                results.append(
                    run_load(
                        server,
                        seconds=seconds,
                        clients=clients,
                        rate=load_rate,
                        scanner=scanner,
                        label=label,
                    )
                )
    return results


def summary(results: list[LoadResult]) -> list[dict[str, object]]:
    rows = []
    for label in dict.fromkeys(r.label for r in results):
        for name in dict.fromkeys(r.scanner for r in results):
            runs = [r for r in results if r.label == label and r.scanner == name]
            rows.append(
                {
                    "load": label,
                    "scan": name,
                    "runs": len(runs),
                    "tps": statistics.median(r.tps for r in runs),
                    "lat_avg": statistics.median(r.latency_avg_ms for r in runs),
                    "lat_p95": statistics.median(r.latency_p95_ms for r in runs),
                    "lat_p99": statistics.median(r.latency_p99_ms for r in runs),
                    "scans": sum(r.scans_completed for r in runs),
                }
            )
    return rows
