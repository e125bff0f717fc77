"""What a successful online sign-in leaves on the device for the days without a link.

Why keep it: offline, the device must check codes (the seed, sealed in the user's own slot),
refuse lapsed training and disabled users, show the screens of the user's role, and apply the
policy the HMIS Admin set. All of it comes in the login answer and is kept inside the vault.
"""

from __future__ import annotations

from app.security import device_policy, known_users
from app.storage.vault import Vault
from app.sync import projects
from app.sync.errors import SyncError
from app.sync.session import OnlineSession
from app.sync.transport import Transport


def keep(
    vault: Vault,
    username: str,
    password: str,
    code: str,
    seed: str | None,
    answer: dict,
    transport: Transport,
    now_ms: int,
    *,
    rewrap: bool,
) -> str | None:
    """Store the answer's seed, role, training date and policy; refresh the project list. The role.

    The server sends the seed until the device says it holds it; once sealed in the slot, this
    says so. If that is not heard (a bad link), the next sign-in sends it again: nothing is lost."""
    sent = answer.get("totp_seed")
    sent = sent if isinstance(sent, str) and sent else None
    new_seed = sent or seed
    if rewrap or new_seed != seed:
        vault.seal_secret(password, new_seed)  # also moves a first slot to the server's password
    known = known_users.from_server(vault, username, answer)
    known_users.note_code(vault, username, new_seed, code, now_ms)
    device_policy.keep(vault, answer.get("policy"))
    vault.set_meta(known_users.SIGNED_IN_ONCE, "1")
    session = OnlineSession(vault, transport)
    if sent is not None:
        session.seed_held()
    try:
        projects.keep(vault, session.call("GET", projects.PATH))
    except SyncError:
        pass  # the list from the last sign-in stays; the next sync tries again
    return known.role
