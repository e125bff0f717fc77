"""Errors the vault raises, each one a sentence the UI can show as it is.

Why: a person at a shelter laptop must learn what went wrong and what to do, and an admin must be
able to tell a forgotten password from a tampered file. None of these messages carry personal data.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every vault failure; ``str()`` is the user-facing sentence."""

    message = "The local data store could not be opened."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class WrongCredentials(VaultError):
    message = "The username or password is not right for this device."


class VaultMissing(VaultError):
    message = "There is no local data store in this profile yet. Set the device up first."


class VaultExists(VaultError):
    message = "This profile already holds a data store; it was left untouched."


class VaultNotEncrypted(VaultError):
    message = (
        "The data file in this profile is not encrypted. It was not opened and has been left "
        "in place for the HMIS administrator."
    )


class VaultTampered(VaultError):
    message = (
        "The encrypted data file failed its integrity check: it has been damaged or altered. "
        "It was not opened and has been left in place for the HMIS administrator."
    )


class VaultCorrupt(VaultError):
    message = (
        "The data file in this profile is damaged (it may be truncated). It was not opened "
        "and has been left in place for the HMIS administrator."
    )


class VaultTooNew(VaultError):
    message = "The data file was written by a newer version of HMIS Intake. Update the app before opening it."


class KeySlotDamaged(VaultError):
    message = (
        "A sign-in key on this device is damaged. Ask your Security Coordinator to reset your access on this device."
    )


class WeakKeySlot(VaultError):
    message = (
        "A sign-in key on this device uses weaker protection than policy allows and was "
        "refused. Ask your Security Coordinator to reset your access on this device."
    )


class UserExists(VaultError):
    message = "That user can already sign in on this device."


class UnknownUser(VaultError):
    message = "That user cannot sign in on this device."


class LastUser(VaultError):
    message = "The last user of a device cannot be removed; wipe the device instead."


class MigrationFailed(VaultError):
    message = "Updating the local data store failed; nothing was changed. Report this to the HMIS administrator."


class RecordNotFound(VaultError):
    message = "That record is not on this device."


class OtherAgencyRecord(VaultError):
    """Another agency's record, shared with this one by its release: the server would refuse the change."""

    message = "This record belongs to another agency: only that agency can change it."


class OtherAgencyEnrollment(VaultError):
    message = "That enrollment belongs to another agency: add records only to your agency's own enrollments."


class StaleRecord(VaultError):
    message = "That record was changed elsewhere since you opened it. Reopen it and try again."
