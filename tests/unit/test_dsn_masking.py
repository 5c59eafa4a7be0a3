"""Passwords never shown, however the DSN is written (issue 14, row 8): a property test over
passwords, and the DSN forms that printed them."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dbaudit.settings.dsn import describe_target, mask_dsn, scrub

# Any text libpq can carry: everything but NUL (and lone surrogates, which are no UTF-8).
PASSWORDS = st.text(
    st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), min_size=1, max_size=40
)


def _kv_quoted(p: str) -> str:
    return p.replace("\\", "\\\\").replace("'", "\\'")


HOST = "db.internal"
FORMS: dict[str, Callable[[str], str]] = {
    "uri, percent-encoded": lambda p: f"postgresql://alice:{quote(p, safe='')}@{HOST}:5432/app",
    "uri, raw": lambda p: f"postgresql://alice:{p}@{HOST}:5432/app",
    "uri, leading space": lambda p: f"  postgresql://alice:{quote(p, safe='')}@{HOST}/app",
    "uri, query": lambda p: f"postgres://{HOST}/app?password={quote(p, safe='')}&sslmode=prefer",
    "key=value, quoted": lambda p: f"host={HOST} password='{_kv_quoted(p)}' dbname=app",
    "key=value, in the middle": lambda p: f" host={HOST}  password = '{_kv_quoted(p)}'  user=al",
    "key=value, first": lambda p: f"password='{_kv_quoted(p)}' host={HOST}",
}


@pytest.mark.parametrize("form", list(FORMS))
@settings(deadline=None)  # a loaded CI machine is no failure
@given(password=PASSWORDS)
def test_the_mask_does_not_depend_on_the_password(form: str, password: str) -> None:
    make = FORMS[form]
    assert mask_dsn(make(password)) == mask_dsn(make("reference"))
    assert "reference" not in mask_dsn(make("reference"))


@settings(deadline=None)  # a loaded CI machine is no failure
@given(password=PASSWORDS.filter(lambda p: not any(c.isspace() or c in "'\\" for c in p)))
def test_a_bare_key_value_password(password: str) -> None:
    expected = "host=db.internal password=*** dbname=app"
    assert mask_dsn(f"host=db.internal password={password} dbname=app") == expected


@pytest.mark.parametrize("form", list(FORMS))
@settings(deadline=None)  # a loaded CI machine is no failure
@given(password=PASSWORDS)
def test_targets_and_errors_never_hold_the_password(form: str, password: str) -> None:
    dsn = FORMS[form](password)
    # what is shown of a DSN of this form whatever the password (a misread URI is shown
    # masked: a password such as "/" is then in its text without being leaked)
    reference = describe_target(FORMS[form]("reference")) + mask_dsn(FORMS[form]("reference"))
    assume(password not in reference and password not in "could not connect: ")
    assert password not in describe_target(dsn)
    assert password not in scrub(f"could not connect: {password!s}", dsn)


@pytest.mark.parametrize(
    ("dsn", "shown"),
    [
        (" postgresql://alice:s3cret@db/app", " postgresql://alice:***@db/app"),
        ("postgresql://alice:se/cret@db/app", "postgresql://alice:***@db/app"),
        ("postgresql://alice:se@cr@et@db/app", "postgresql://alice:***@db/app"),
        ("postgresql://alice:pa%40ss@db:5432/app", "postgresql://alice:***@db:5432/app"),
        (
            "postgresql://db/app?sslmode=require&password=s3cret",
            "postgresql://db/app?sslmode=require&password=***",
        ),
        ("host=db password='s3 cr\\'et' dbname=app", "host=db password=*** dbname=app"),
        ("host=db password=se\\ cret dbname=app", "host=db password=*** dbname=app"),
        ("host=db password='unterminated dbname=app", "host=db password=***"),
        ("postgresql://alice@db:5432/app", "postgresql://alice@db:5432/app"),
        ("host=db port=5432 dbname=app", "host=db port=5432 dbname=app"),
    ],
)
def test_forms_that_printed_the_password(dsn: str, shown: str) -> None:
    assert mask_dsn(dsn) == shown


def test_a_misread_uri_is_described_masked() -> None:
    # libpq reads "se" as the host, "cret@db/app" as the database: both pieces of the password
    assert describe_target("postgresql://alice:se/cret@db/app") == "postgresql://alice:***@db/app"
    dsn = "postgresql://alice:hunter@two@db/app"  # libpq: password "hunter", host "two@db"
    assert scrub("failed to resolve host 'two@db'", dsn) == "failed to resolve host '***@db'"
    assert scrub(" hunter ", dsn) == " *** "
    # a surrogate cannot be sent, but it can be typed: masked all the same
    assert mask_dsn("postgresql://alice:\ud800x@db/app") == "postgresql://alice:***@db/app"
