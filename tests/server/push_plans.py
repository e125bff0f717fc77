"""The push's look-ups of a new client, as the server builds them, and PostgreSQL's plans for them.

Why the statements come from the services and not copies: a plan of a query the server no
longer runs would prove nothing. Used by the plan test and by bench.push_scale.
"""

from __future__ import annotations

from sqlalchemy import ClauseElement, Connection, Executable

from server.services import duplicate_search, sync
from server.services.client_keys import client_keys

AGENCY_ID = "a" * 32


def statements(backend: str, body: dict) -> dict[str, tuple[Executable, dict]]:
    """What a push of this new client reads, with the parameters it sends: its op's earlier
    answer, its row (locked), the people sharing its keys, and a slice of their bodies."""
    keys = client_keys(body)
    return {
        "applied_op": (sync.applied_before([f"{body['id']}:1"]), {}),
        "record_lock": (sync.locking([("client", body["id"])]), {}),
        "sharing_keys": duplicate_search.sharing_keys(backend, body["id"], keys),
        "visible_clients": duplicate_search.visible_clients(backend, [body["id"]] * 3, AGENCY_ID, 0),
    }


def explain(conn: Connection, body: dict) -> dict[str, list[str]]:
    """EXPLAIN of each, compiled as the server's driver receives it, parameters bound."""
    plans = {}
    for name, (statement, params) in statements(conn.dialect.name, body).items():
        assert isinstance(statement, ClauseElement)  # a select() or text(): what can be compiled
        if params:
            compiled = statement.compile(dialect=conn.dialect)
            sql, bound = str(compiled), compiled.construct_params(params)
        else:  # the values are in the statement itself
            sql, bound = str(statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})), {}
        plans[name] = list(conn.exec_driver_sql("EXPLAIN " + sql, bound).scalars())
    return plans
