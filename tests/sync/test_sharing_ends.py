"""When a release of information ends, other agencies' laptops drop what it shared, at their next sync.

Real laptops (vaults, the sync engine) of two agencies against the real server: the owner's
release shares its records; revoking it or letting it expire removes those records from the
other agency's vault (read back with SQL from the encrypted file), while that agency's own
records of the client stay; a release that starts later still reaches laptops whose cursor has
already passed the records.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.domain.consent import Consent
from app.domain.ids import new_id
from server.db.schema import audit
from tests.sync.laptops import Laptop, laptop, new_client, new_enrollment

OWNER, OTHER = "Harbor House", "Elm Street Outreach"


def _release(world, client_id: str, **kw) -> Consent:
    return Consent(
        id=new_id(),
        personal_id=client_id,
        agency_id=world.agency(OWNER),
        granted=True,
        scope="full",
        signed_date=date.today() - timedelta(days=3),
        method="signed_paper",
        **kw,
    )


def _held(device: Laptop, client_id: str) -> int:
    """Rows of the client in the laptop's vault, read straight from the encrypted database."""
    assert device.vault is not None
    conn = device.vault.conn
    rows = conn.execute("SELECT count(*) FROM record WHERE personal_id = ? OR id = ?", (client_id, client_id))
    found = conn.execute("SELECT count(*) FROM client_search WHERE client_id = ?", (client_id,)).fetchone()[0]
    return int(rows.fetchone()[0]) + int(found)


def _audited(world, action: str, **where) -> list:
    with world.live.ctx.engine.connect() as conn:
        query = select(audit).where(audit.c.action == action)
        for column, value in where.items():
            query = query.where(audit.c[column] == value)
        return conn.execute(query).all()


def _shared(world, tmp_path, **release):
    owner = laptop(world, tmp_path, OWNER)
    other = laptop(world, tmp_path, OTHER)
    client = new_client()
    consent = _release(world, client.id, **release)
    owner.records.save_all([client, new_enrollment(world, OWNER, client.id), consent])
    assert owner.sync().ok
    assert other.sync().ok
    assert other.records.get("client", client.id) == client
    return owner, other, client, consent


def test_a_revoked_release_removes_the_owners_records_from_the_other_agencys_laptop(world, tmp_path):
    owner, other, client, consent = _shared(world, tmp_path)
    own = new_enrollment(world, OTHER, client.id)
    other.records.save(own)  # the other agency's own enrollment for the shared client
    assert other.sync().ok
    before = len(_audited(world, "access_dropped", agency_id=world.agency(OTHER)))

    owner.records.save(replace(consent, revoked_date=date.today()))
    assert owner.sync().ok
    assert _audited(world, "sharing_ended", record_id=client.id)
    report = other.sync()

    assert report.ok, report.message
    conn = other.vault.conn
    left = conn.execute(
        "SELECT kind, id FROM record WHERE personal_id = ? OR id = ?", (client.id, client.id)
    ).fetchall()
    assert left == [("enrollment", own.id)]  # only what the other agency collected itself
    assert conn.execute("SELECT count(*) FROM client_search WHERE client_id = ?", (client.id,)).fetchone()[0] == 0
    assert len(_audited(world, "access_dropped", agency_id=world.agency(OTHER))) == before + 1
    assert owner.sync().ok and owner.records.get("client", client.id) == client  # the owner keeps everything


def test_an_expired_release_is_dropped_without_anyone_writing(world, tmp_path):
    today = date.today()
    _owner, other, client, _ = _shared(world, tmp_path, expires_date=today + timedelta(days=1))
    assert _held(other, client.id) > 0
    world.live.clock.advance(3 * 86400)
    other.sign_in()
    report = other.sync()
    assert report.ok, report.message
    assert _held(other, client.id) == 0
    assert _audited(world, "sharing_ended", record_id=client.id)


def test_a_release_made_after_the_records_still_reaches_the_other_agency(world, tmp_path):
    owner = laptop(world, tmp_path, OWNER)
    other = laptop(world, tmp_path, OTHER)
    client = new_client()
    owner.records.save_all([client, new_enrollment(world, OWNER, client.id)])
    assert owner.sync().ok and other.sync().ok
    assert _held(other, client.id) == 0  # no release yet: nothing shared, and the cursor moves past

    owner.records.save(_release(world, client.id))
    assert owner.sync().ok
    assert other.sync().ok
    assert other.records.get("client", client.id) == client
    assert len(other.records.children("enrollment", personal_id=client.id)) == 1


def test_the_other_agencys_laptop_reads_shared_records_and_changes_none(world, tmp_path):
    from app.services.clients import ClientDirectory
    from app.storage import outbox
    from app.storage.errors import OtherAgencyEnrollment, OtherAgencyRecord
    from tests.domain import factories

    owner, other, client, _ = _shared(world, tmp_path)
    stay = other.records.children("enrollment", personal_id=client.id)[0]
    pending = outbox.pending_count(other.vault.conn)
    with pytest.raises(OtherAgencyRecord):
        other.records.save(replace(client, first_name="Changed"))
    with pytest.raises(OtherAgencyRecord):
        other.records.delete("enrollment", stay.id)
    with pytest.raises(OtherAgencyEnrollment):
        other.records.save(
            factories.exit_(id=new_id(), enrollment_id=stay.id, personal_id=client.id, exit_date=date.today())
        )
    assert outbox.pending_count(other.vault.conn) == pending
    assert other.records.get("client", client.id) == client
    own = new_enrollment(world, OTHER, client.id)
    other.records.save(own)  # its own stay for the shared client is its to make
    views = {v.enrollment.id: v.other_agency for v in ClientDirectory(other.vault).profile(client.id).enrollments}
    assert views == {stay.id: True, own.id: False}
    assert other.sync().ok
    assert not owner.records.of_other_agency("enrollment", stay.id)
