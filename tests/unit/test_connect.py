from __future__ import annotations

import pytest

from dbaudit.settings.dsn import describe_target, mask_dsn


@pytest.mark.parametrize(
    ("dsn", "masked"),
    [
        ("postgresql://app:s3cret@db:5432/prod", "postgresql://app:***@db:5432/prod"),
        (
            "postgres://app:p%40ss@db/prod?sslmode=require",
            "postgres://app:***@db/prod?sslmode=require",
        ),
        ("postgresql://app@db/prod?password=s3cret", "postgresql://app@db/prod?password=***"),
        ("host=db password=s3cret dbname=prod", "host=db password=*** dbname=prod"),
        ("host=db password='s3 cret' dbname=prod", "host=db password=*** dbname=prod"),
        ("host=db dbname=prod", "host=db dbname=prod"),
    ],
)
def test_passwords_are_masked_in_every_dsn_form(dsn: str, masked: str) -> None:
    assert mask_dsn(dsn) == masked


def test_describe_target_has_no_password() -> None:
    assert describe_target("postgresql://app:s3cret@db:6543/prod") == "prod@db:6543"
