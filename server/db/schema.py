"""The central service's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Times that the service compares (expiries, lockouts, check-ins) are integer milliseconds since
the epoch, which both databases order the same way; HUD record dates stay ISO text in bodies.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

ID = 32  # a UUID4 as 32 hex characters, made on the device or here

agency = Table(
    "agency",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("coc_code", String(6), nullable=False),
    Column("can_name", String(100), nullable=False),
    Column("victim_service_provider", Integer, nullable=False, default=0),
    Column("created_ms", BigInteger, nullable=False),
)

project = Table(
    "project",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("agency_id", String(ID), ForeignKey("agency.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("project_type", Integer, nullable=False),
    Column("coc_code", String(6), nullable=False),
    Column("geocode", String(6), nullable=False),  # HUD 2.03: where the project operates
    Column("operating_start", String(10), nullable=False),
    Column("operating_end", String(10)),
    Column("created_ms", BigInteger, nullable=False),
)

user = Table(
    "hmis_user",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("first_name", String(50), nullable=False),
    Column("last_name", String(50), nullable=False),
    Column("agency_id", String(ID), ForeignKey("agency.id")),  # None only for system administrators
    Column("role", String(40), nullable=False),
    Column("password_hash", String(200), nullable=False),
    # Sealed (server.services.seed_seal): "s1.<key id>.<nonce and ciphertext>", never the seed.
    Column("totp_secret", String(160), nullable=False),
    Column("totp_confirmed", Boolean, nullable=False, default=False),
    Column("totp_last_step", BigInteger, nullable=False, default=0),
    Column("training_expires", String(10), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until_ms", BigInteger, nullable=False, default=0),
    Column("created_ms", BigInteger, nullable=False),
    # The one-time code that releases the authenticator's secret once (sha256; None once used).
    Column("setup_code_hash", String(64)),
    Column("setup_code_expires_ms", BigInteger),
    # Which of the user's seeds is current: a Reset MFA makes a new one, due again on every device.
    Column("seed_generation", Integer, nullable=False, default=0, server_default="0"),
)

# Which of a user's seeds went to which device in a login answer, and when that device said it
# holds it (sealed in the user's key slot there); until then each sign-in sends it again.
totp_seed_delivery = Table(
    "totp_seed_delivery",
    metadata,
    Column("user_id", String(ID), ForeignKey("hmis_user.id"), primary_key=True),
    Column("device_id", String(ID), ForeignKey("device.id"), primary_key=True),
    Column("seed_generation", Integer, nullable=False),
    Column("sent_ms", BigInteger, nullable=False),
    Column("confirmed_ms", BigInteger),
)

# Failed sign-ins under usernames that do not exist, so a lockout cannot tell real accounts apart.
sign_in_throttle = Table(
    "sign_in_throttle",
    metadata,
    Column("name_hash", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locked_until_ms", BigInteger, nullable=False),
)

device = Table(
    "device",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("agency_id", String(ID), ForeignKey("agency.id"), nullable=False, index=True),
    Column("name", String(100), nullable=False),
    Column("public_key", LargeBinary(32), nullable=False, unique=True),
    # A second key, kept outside the vault, that may sign only check-in and wipe acknowledgements,
    # so a lost laptop receives its wipe order before anyone signs in. None: enrolled without one.
    Column("checkin_key", LargeBinary(32)),
    Column("enrolled_by", String(ID), nullable=False),
    Column("enrolled_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger),
    Column("last_checkin_ms", BigInteger),
    Column("pending_changes", Integer),
    Column("device_clock_ms", BigInteger),
    Column("audit_seq", BigInteger, nullable=False, default=0),
    Column("audit_hash", String(64), nullable=False, default="0" * 64),
)

enrollment_code = Table(
    "enrollment_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("agency_id", String(ID), ForeignKey("agency.id"), nullable=False),
    Column("created_by", String(ID), nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("used_ms", BigInteger),
    Column("device_id", String(ID)),
)

session = Table(
    "session",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("kind", String(10), nullable=False),  # access | refresh | setup
    Column("user_id", String(ID), ForeignKey("hmis_user.id"), nullable=False, index=True),
    Column("device_id", String(ID), ForeignKey("device.id"), nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger),
    Column("created_ms", BigInteger, nullable=False),
    # the sign-in every token of a chain descends from; NULL before 0009 (the row is its own family)
    Column("family", String(64)),
    # a used refresh token: the hash of the one that replaced it (reuse of a replaced one is theft)
    Column("successor_hash", String(64)),
)
Index("session_by_family", session.c.family)

request_nonce = Table(
    "request_nonce",
    metadata,
    Column("device_id", String(ID), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("expires_ms", BigInteger, nullable=False, index=True),
)

policy = Table(
    "policy",
    metadata,
    Column("key", String(50), primary_key=True),
    Column("value", Integer, nullable=False),
)

# The change feed's last number on SQLite, updated by each writing transaction at its end (the one
# writer at a time). PostgreSQL numbers from the feed_number sequence instead (services/feed.py).
feed_counter = Table(
    "feed_counter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)

record = Table(
    "record",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("id", String(ID), primary_key=True),
    Column("agency_id", String(ID), ForeignKey("agency.id"), nullable=False),
    Column("personal_id", String(ID)),
    Column("enrollment_id", String(ID)),
    Column("household_id", String(ID)),
    Column("project_id", String(ID)),
    Column("body", Text, nullable=False),
    Column("clocks", Text, nullable=False),
    Column("version", Integer, nullable=False),
    Column("feed_seq", BigInteger, nullable=False, unique=True),
    Column("date_created_ms", BigInteger, nullable=False),
    Column("date_updated_ms", BigInteger, nullable=False),
    Column("date_deleted_ms", BigInteger),
    Column("user_id", String(ID), nullable=False),
)
Index("record_by_person", record.c.personal_id, record.c.kind)
Index("record_by_enrollment", record.c.enrollment_id)

record_history = Table(
    "record_history",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("id", String(ID), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("body", Text, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("op_id", String(80)),
    Column("user_id", String(ID), nullable=False),
    Column("at_ms", BigInteger, nullable=False),
    Column("lost", Text),  # values a 'latest' merge overwrote or refused, kept for review
)

applied_op = Table(
    "applied_op",
    metadata,
    Column("op_id", String(80), primary_key=True),
    Column("device_id", String(ID), nullable=False),
    Column("result", Text, nullable=False),
    Column("at_ms", BigInteger, nullable=False),
)

client_key = Table(
    "client_key",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("client_id", String(ID), primary_key=True),
)
Index("client_key_by_client", client_key.c.client_id)

# A client's records owned by ``agency_id`` are shared with the other participating agencies by
# that agency's release of information, until ``expires`` (an ISO date; None: no end date).
shared_client = Table(
    "shared_client",
    metadata,
    Column("personal_id", String(ID), primary_key=True),
    Column("agency_id", String(ID), primary_key=True),
    Column("expires", String(10)),
)
Index("shared_client_by_expiry", shared_client.c.expires)

# A change-feed entry: the agency's records of the client are no longer shared, so other agencies'
# devices must drop them. Numbered from the same counter as records, in commit order.
share_end = Table(
    "share_end",
    metadata,
    Column("feed_seq", BigInteger, primary_key=True, autoincrement=False),
    Column("personal_id", String(ID), nullable=False),
    Column("agency_id", String(ID), nullable=False),
    Column("at_ms", BigInteger, nullable=False),
)

conflict = Table(
    "conflict",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("record_id", String(ID), nullable=False),
    Column("agency_id", String(ID), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("base_value", Text, nullable=False),
    Column("server_value", Text, nullable=False),
    Column("client_value", Text, nullable=False),
    Column("op_id", String(80), nullable=False),
    Column("raised_ms", BigInteger, nullable=False),
    Column("status", String(10), nullable=False, default="open"),
    Column("resolved_by", String(ID)),
    Column("resolved_ms", BigInteger),
)
Index("conflict_by_record", conflict.c.record_id, conflict.c.field)

duplicate = Table(
    "duplicate",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("client_id", String(ID), nullable=False),
    Column("other_id", String(ID), nullable=False),
    Column("agency_id", String(ID), nullable=False, index=True),
    Column("score", Integer, nullable=False),  # per mille
    Column("status", String(10), nullable=False, default="open"),
    Column("raised_ms", BigInteger, nullable=False),
    Column("resolved_by", String(ID)),
    Column("resolved_ms", BigInteger),
    UniqueConstraint("client_id", "other_id"),
)

# A client new to the server, until the duplicate search (run after its push commits) has looked at it.
client_unmatched = Table(
    "client_unmatched",
    metadata,
    Column("client_id", String(ID), primary_key=True),
    Column("agency_id", String(ID), nullable=False),
    Column("queued_ms", BigInteger, nullable=False),
)

wipe = Table(
    "wipe",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("device_id", String(ID), ForeignKey("device.id"), nullable=False, index=True),
    Column("issued_by", String(ID), nullable=False),
    Column("issued_ms", BigInteger, nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("command", Text, nullable=False),
    Column("signature", String(100), nullable=False),
    Column("status", String(10), nullable=False),  # pending | received | completed | expired
    Column("received_ms", BigInteger),
    Column("completed_ms", BigInteger),
    Column("report", Text),
    Column("report_signature", String(100)),
)

audit = Table(
    "audit",
    metadata,
    # BIGINT on PostgreSQL; INTEGER on SQLite, where only that makes the column the rowid.
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("at_ms", BigInteger, nullable=False),
    Column("actor", String(ID)),
    Column("device_id", String(ID)),
    Column("agency_id", String(ID), index=True),
    Column("action", String(60), nullable=False),
    Column("kind", String(40)),
    Column("record_id", String(ID)),
    Column("outcome", String(20), nullable=False),
    Column("detail", Text, nullable=False),
)

#: The HMIS CSV project descriptor rows (Organization, Project, Funder, ProjectCoC, Inventory,
#: Affiliation, HMISParticipation, CEParticipation) and the other system's User rows, each kept
#: whole as its columns' values so an export gives back what was imported or entered.
descriptor = Table(
    "descriptor",
    metadata,
    Column("file", String(40), primary_key=True),
    Column("id", String(ID), primary_key=True),  # our form of the row's key (hmis_csv.ids.map_id)
    Column("project_id", String(ID), index=True),  # our form of its ProjectID (None for Organization, User)
    Column("organization_id", String(ID)),  # our form of its OrganizationID (Organization, Project)
    Column("body", Text, nullable=False),  # column -> value, every column but ExportID
    Column("updated_ms", BigInteger, nullable=False),
    Column("updated_by", String(ID), nullable=False),
)

#: Ids another system gave, for the ids an import made into ours (hmis_csv.ids.map_id), so an
#: export hands that system's ids back.
source_id = Table(
    "source_id",
    metadata,
    Column("namespace", String(40), primary_key=True),  # the id column: PersonalID, ExitID...
    Column("id", String(ID), primary_key=True),
    Column("source", String(ID), nullable=False),
)
