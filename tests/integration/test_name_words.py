"""The words the naming rules read from an identifier (catalog.name_words), on the server."""

from __future__ import annotations

import psycopg
import pytest

from dbaudit.sql.template import compile_sql, render_sql

_CASES = [
    ("order_items", ["order", "items"]),
    ("createdAt", ["created", "at"]),
    ("CollectiveId", ["collective", "id"]),
    # PascalCase written unquoted folds to lower case: split at a known last word
    ("unitprice", ["unit", "price"]),
    ("salesorderdetail", ["salesorder", "detail"]),
    ("productcosthistory", ["productcost", "history"]),
    ("accountnumber", ["account", "number"]),
    ("productinventory", ["product", "inventory"]),
    ("addresstype", ["address", "type"]),
    # whole words the rules match as they are: too short a prefix, or an ending not listed
    ("username", ["username"]),
    ("barcode", ["barcode"]),
    ("subtotal", ["subtotal"]),
    ("update", ["update"]),
    ("price", ["price"]),
]


@pytest.mark.parametrize(("identifier", "words"), _CASES)
def test_name_words(server_dsn: str, identifier: str, words: list[str]) -> None:
    with psycopg.connect(server_dsn) as conn:
        sql = render_sql(
            compile_sql("SELECT {{ catalog.name_words('%(identifier)s::text') }}"),
            server_version=conn.info.server_version,
        )
        row = conn.execute(sql.encode(), {"identifier": identifier}).fetchone()
    assert row is not None
    assert row[0] == words
