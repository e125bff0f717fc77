"""What an operations team runs and watches: workers, readiness, metrics, request ids, and a
database that goes away answered 503 with Retry-After (never a 500), and back to 200 after."""

from __future__ import annotations

import time

import psycopg
import pytest
import requests

from tests.server.harness import PG_ADMIN, World, key_file, postgres_server
from tests.server.processes import run_cli, start_serve


def test_workers_with_sqlite_are_refused_in_words(tmp_path):
    done = run_cli("--data-dir", str(tmp_path / "data"), "serve", "--workers", "2")
    assert done.returncode != 0
    assert "SQLite" in done.stderr and "one process" in done.stderr and "PostgreSQL" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_two_workers_on_postgresql_answer_ready_with_request_ids_and_metrics(tmp_path):
    with postgres_server(tmp_path / "operator") as (_server, url):
        key = key_file(tmp_path / "key.pem")
        serving = start_serve(
            tmp_path / "data", url, "--workers", "2", "--signing-key", str(key), "--log-level", "info"
        )
        try:
            assert serving.wait_healthy(time.time() + 90) is None
            ready = requests.get(serving.base_url + "/v1/ready", timeout=10)
            assert ready.status_code == 200 and ready.json() == {"status": "ready"}
            ids = {requests.get(serving.base_url + "/v1/health", timeout=10).headers["x-request-id"] for _ in range(20)}
            assert len(ids) == 20
            given = requests.get(serving.base_url + "/v1/health", headers={"X-Request-ID": "balancer-1234"}, timeout=10)
            assert given.headers["x-request-id"] == "balancer-1234"
            text = requests.get(serving.base_url + "/metrics", timeout=10).text
            # Both workers' figures, added up: every health check is counted, whichever worker answered.
            counted = [
                line
                for line in text.splitlines()
                if line.startswith("hmis_requests_total{") and 'route="/v1/health"' in line
            ]
            assert sum(float(line.rsplit(" ", 1)[1]) for line in counted) >= 21
        finally:
            serving.stop()
        log = serving.log.read_text()
        assert '"route": "/v1/health"' in log and "balancer-1234" in log


@pytest.mark.slow
def test_a_database_out_of_reach_is_a_503_with_retry_after_and_then_service_again(tmp_path):
    with postgres_server(tmp_path / "server") as (server, url):
        device = World(server).signed_in("case_manager", "Quiet Shelter")
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
            try:
                answer = device.raw("GET", "/v1/sync/pull?cursor=0")
                assert answer.status_code == 503, answer.text
                assert answer.headers["Retry-After"].isdigit()
                assert "try again" in answer.json()["detail"].lower()
                assert requests.get(server.base_url + "/v1/ready", timeout=10).status_code == 503
            finally:
                admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        assert device.raw("GET", "/v1/sync/pull?cursor=0").status_code == 200
        assert requests.get(server.base_url + "/v1/ready", timeout=10).status_code == 200
