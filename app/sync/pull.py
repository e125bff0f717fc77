"""Pull: read the server's change feed page by page and apply each page in one transaction.

Why the cursor moves in the same transaction as the records: a crash or a cut link leaves the
device exactly at the end of the last page it applied, so the next pull neither skips nor
re-counts anything. A page that does not look like the server's feed is refused whole.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.domain import hlc
from app.domain.errors import ValidationError
from app.domain.ids import is_valid_id
from app.domain.registry import RECORD_TYPES
from app.storage import audit, remote_records
from app.storage.vault import Vault
from app.sync import wire
from app.sync.errors import BadResponse, SignInRequired, SyncError

PAGE = 500
_CLOCK_SLACK_MS = 60_000
Call = Callable[[str, str, object], object]


def cursor(vault: Vault) -> int:
    return int(vault.meta("sync_cursor") or 0)


def _parsed(change: object):
    """The record in one feed entry, or BadResponse if the entry is not what the server sends."""
    if not isinstance(change, dict):
        raise BadResponse()
    kind, body, version = change.get("kind"), change.get("body"), change.get("version")
    other, created = change.get("other_agency", False), change.get("created_ms")
    if created is not None and (not isinstance(created, int) or isinstance(created, bool) or created < 0):
        raise BadResponse()
    if (
        kind not in RECORD_TYPES
        or not isinstance(body, dict)
        or body.get("id") != change.get("id")
        or not isinstance(version, int)
        or isinstance(version, bool)
        or version < 1
        or not isinstance(change.get("deleted"), bool)
        or not isinstance(change.get("clocks"), dict)
        or not isinstance(other, bool)
    ):
        raise BadResponse()
    try:
        return RECORD_TYPES[kind].from_dict(body), version, change["deleted"], change["clocks"], other, created
    except (ValidationError, ValueError, TypeError, KeyError):
        raise BadResponse() from None


def _dropped(items: object) -> list[tuple[str, str]]:
    """The records this device may no longer hold (a release that shared them ended)."""
    if not isinstance(items, list):
        raise BadResponse()
    out = []
    for item in items:
        if not isinstance(item, dict) or item.get("kind") not in RECORD_TYPES or not is_valid_id(item.get("id")):
            raise BadResponse()
        out.append((item["kind"], item["id"]))
    return out


def _page(answer: object, after: int) -> tuple[list, list[tuple[str, str]], int, bool]:
    if not isinstance(answer, dict):
        raise BadResponse()
    changes, next_cursor, more = answer.get("changes"), answer.get("cursor"), answer.get("more")
    if (
        not isinstance(changes, list)
        or not isinstance(next_cursor, int)
        or isinstance(next_cursor, bool)
        or next_cursor < after
        or not isinstance(more, bool)
    ):
        raise BadResponse()
    return [_parsed(c) for c in changes], _dropped(answer.get("dropped", [])), next_cursor, more


def _latest_stamp(clock_maps: list[dict]) -> hlc.Stamp | None:
    """The latest valid stamp of a page. Stamps are fixed width, so they order as text: only the
    greatest texts are decoded (a page has a stamp per field of every record)."""
    texts = {text for clocks in clock_maps for text in clocks.values() if isinstance(text, str)}
    for text in sorted(texts, reverse=True):
        try:
            return hlc.Stamp.decode(text)
        except ValueError:
            continue
    return None


def _receive(vault: Vault, seen: hlc.Stamp | None, now: int) -> None:
    """Move this device's clock past what others wrote, so its next edit orders after them;
    a stamp from a clock far ahead is not followed (the server would refuse our changes)."""
    if seen is None or seen.ms > now + _CLOCK_SLACK_MS:
        return
    last = vault.meta("hlc")
    assert vault.device_id is not None  # Vault.create gives every vault its id
    stamp = hlc.receive(hlc.Stamp.decode(last) if last else None, seen, now, vault.device_id)
    vault.set_meta("hlc", stamp.encode())


class _Ahead:
    """The next page, fetched on a helper thread while this one applies the current page: on a
    slow link the download, not the disk, is what the worker waits for."""

    def __init__(self, call: Call, target: str) -> None:
        self._answer: object = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._fetch, args=(call, target), name="sync-pull-ahead", daemon=True)
        self._thread.start()

    def _fetch(self, call: Call, target: str) -> None:
        try:
            self._answer = call("GET", target, None)
        except BaseException as error:  # noqa: BLE001 (handed to the thread that asked, in result())
            self._error = error

    def result(self) -> object:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._answer


def pull(
    vault: Vault,
    call: Call,
    *,
    progress: Callable[[int, int | None], None] = lambda done, total: None,
    limit: int = PAGE,
    now_ms: Callable[[], int] = wire.wall_ms,
    ahead: Call | None = None,
) -> int:
    """Apply every change after the stored cursor; returns how many records arrived.

    ``ahead``, if given, fetches the next page while this one is applied; it must not write to
    the vault (it runs on another thread). If it meets an expired session, this thread asks again.
    """

    def target(after: int) -> str:
        return f"/v1/sync/pull?cursor={after}&limit={limit}"

    at = cursor(vault)
    arrived = 0
    answer = call("GET", target(at), None)
    while True:
        entries, dropped, next_cursor, more = _page(answer, at)
        fetching = _Ahead(ahead, target(next_cursor)) if more and ahead is not None else None
        try:
            with vault.transaction() as conn:
                # Drops first: a share that ended and started again within the page sends its records after.
                for kind, record_id in dropped:
                    remote_records.drop(conn, kind, record_id)
                if dropped:
                    audit.append(conn, actor=vault.username, action="sync_drop", detail={"records": len(dropped)})
                for record, version, deleted, _clocks, other, created in entries:
                    remote_records.accept(
                        conn, record, server_version=version, deleted=deleted, other_agency=other, created_ms=created
                    )
                _receive(vault, _latest_stamp([e[3] for e in entries]), now_ms())
                vault.set_meta("sync_cursor", str(next_cursor))
                if entries:
                    audit.append(conn, actor=vault.username, action="sync_pull", detail={"records": len(entries)})
        finally:
            next_answer = _settle(fetching)
        arrived += len(entries)
        at = next_cursor
        progress(arrived, None)
        if not more:
            return arrived
        if isinstance(next_answer, SyncError) or next_answer is None:
            if next_answer is not None and not isinstance(next_answer, SignInRequired):
                raise next_answer
            next_answer = call("GET", target(at), None)  # refreshes the session if that was the trouble
        answer = next_answer


def _settle(fetching: _Ahead | None) -> object:
    """The fetched page, or the SyncError that stopped it (never left running)."""
    if fetching is None:
        return None
    try:
        return fetching.result()
    except SyncError as error:
        return error
