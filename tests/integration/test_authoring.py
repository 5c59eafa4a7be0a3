"""`dbaudit checks new` writes a check that `dbaudit checks test` passes; a wrong expectation
fails with what was expected and what was found instead."""

from __future__ import annotations

from pathlib import Path

from tests.integration.test_cli import dbaudit


def test_a_new_check_passes_its_own_examples(tmp_path: Path, server_dsn: str) -> None:
    folder = tmp_path / "checks"
    made = dbaudit("checks", "new", "ACME001", "--dir", str(folder))
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines() == [
        f"wrote {folder / 'ACME001.yaml'}",
        f"next: dbaudit checks test ACME001 --checks {folder}",
    ]
    run = dbaudit("checks", "test", "ACME001", "--checks", str(folder), "--server", server_dsn)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["PASS ACME001 bad", "PASS ACME001 good"]
    listed = dbaudit("checks", "list", "--checks", str(folder))
    assert "ACME001" in listed.stdout


def test_a_wrong_expectation_says_what_was_found_instead(tmp_path: Path, server_dsn: str) -> None:
    folder = tmp_path / "checks"
    assert dbaudit("checks", "new", "ACME002", "--dir", str(folder)).returncode == 0
    path = folder / "ACME002.yaml"
    path.write_text(path.read_text().replace("{table: tmp_import,", "{table: tmp_load,"))
    run = dbaudit("checks", "test", "ACME002", "--checks", str(folder), "--server", server_dsn)
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        "FAIL ACME002 bad",
        "  expected, not found: public.tmp_load rule temporary-name",
        "  found, not expected: public.tmp_import rule temporary-name",
        "    message: public.tmp_import looks temporary (0 rows): drop it or give it a name "
        "that says what it holds.",
        "PASS ACME002 good",
    ]


def test_a_shipped_check_runs_its_examples(server_dsn: str) -> None:
    run = dbaudit("checks", "test", "fk002", "--server", server_dsn)
    assert run.returncode == 0, run.stdout
    assert run.stdout.splitlines() == [
        "PASS FK002 bad",
        "PASS FK002 good",
        "PASS FK002 large-table-is-high",
        "PASS FK002 small-table-is-medium",
    ]


def test_an_operations_check_runs_its_cases(server_dsn: str) -> None:
    # OPS005's cases hold a session idle in its transaction while the scan runs
    run = dbaudit("checks", "test", "OPS005", "--server", server_dsn)
    assert run.returncode == 0, run.stdout
    assert run.stdout.splitlines() == [
        "PASS OPS005 idle-in-transaction",
        "PASS OPS005 long-transaction",
        "PASS OPS005 within-limits",
    ]


def test_bad_ids_and_existing_files_are_refused(tmp_path: Path) -> None:
    assert dbaudit("checks", "new", "ACME003", "--dir", str(tmp_path)).returncode == 0
    bare = tmp_path / "ACME003.yaml"
    bare.write_text(bare.read_text().split("examples:")[0])
    for args, error in (
        (("new", "ACME003", "--dir", str(tmp_path)), "already exists"),
        (("new", "FK001", "--dir", str(tmp_path)), "FK001 is a shipped check's id"),
        (("new", "acme", "--dir", str(tmp_path)), "'acme' is not a check id"),
        (("test", "NOPE001"), "no check with id 'NOPE001'"),
        (("test", "ACME003", "--checks", str(tmp_path)), "ACME003 has no examples to run"),
    ):
        run = dbaudit("checks", *args)
        assert run.returncode == 2, args
        assert error in run.stderr, run.stderr
        assert "Traceback" not in run.stderr
