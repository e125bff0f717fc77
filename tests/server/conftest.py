"""Servers for the tests: SQLite always, PostgreSQL whenever one is reachable.

When a PostgreSQL server answers on 127.0.0.1:5432 its tests run and must pass; they are
skipped (visibly) only on a machine that has none.
"""

from __future__ import annotations

import pytest

from server.db.engine import make_engine
from tests.server.harness import ThrowawayPostgres, World, postgres_reachable, postgres_server, start_server

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="module", params=BACKENDS)
def live(request, tmp_path_factory):
    if request.param == "postgresql":
        if not postgres_reachable():
            pytest.skip("no PostgreSQL server on 127.0.0.1:5432 on this machine")
        with ThrowawayPostgres() as url:
            server = start_server(tmp_path_factory.mktemp("pg-server"), url)
            try:
                yield server
            finally:
                server.stop()
    else:
        server = start_server(tmp_path_factory.mktemp("sqlite-server"), None)
        try:
            yield server
        finally:
            server.stop()


@pytest.fixture(scope="module")
def world(live) -> World:
    return World(live)


@pytest.fixture(scope="module")
def pg(tmp_path_factory):
    """PostgreSQL only: a world, and a second engine on its database for a second, racing party."""
    with postgres_server(tmp_path_factory.mktemp("pg-server")) as (server, url):
        second = make_engine(url)
        try:
            yield World(server), second
        finally:
            second.dispose()
