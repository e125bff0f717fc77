"""Rules that tie an enrollment to its client and its exit.

These need two records, so they cannot live in ``Record.validate``. The dates
must line up: born, then enrolled, then engaged/moved in, then exited.
"""

from __future__ import annotations

from .client import Client
from .enrollment import Enrollment
from .errors import FieldError, raise_if_any
from .exit import Exit


def exit_problems(exit: Exit, enrollment: Enrollment) -> list[FieldError]:
    """Problems between an exit and the enrollment it closes."""
    errors: list[FieldError] = []
    if exit.enrollment_id != enrollment.id:
        errors.append(FieldError("enrollment_id", "wrong_enrollment", "This exit belongs to a different enrollment."))
    if exit.personal_id != enrollment.personal_id:
        errors.append(FieldError("personal_id", "wrong_client",
                                 "This exit is for a different client than the enrollment."))
    if exit.exit_date < enrollment.entry_date:
        errors.append(FieldError("exit_date", "before_entry", "Project exit date cannot be before the project start date."))
    if enrollment.move_in_date is not None and enrollment.move_in_date > exit.exit_date:
        errors.append(FieldError("move_in_date", "after_exit", "Housing move-in date cannot be after the project exit date."))
    if enrollment.date_of_engagement is not None and enrollment.date_of_engagement > exit.exit_date:
        errors.append(FieldError("date_of_engagement", "after_exit",
                                 "Date of engagement cannot be after the project exit date."))
    return errors


def enrollment_problems(enrollment: Enrollment, client: Client, *, exit: Exit | None = None) -> list[FieldError]:
    """Problems between an enrollment, its client and (if given) its exit."""
    errors: list[FieldError] = []
    if enrollment.personal_id != client.id:
        errors.append(FieldError("personal_id", "wrong_client", "This enrollment belongs to a different client."))
    if client.dob is not None and enrollment.entry_date < client.dob:
        errors.append(FieldError("entry_date", "before_birth",
                                 "Project start date cannot be before the client's date of birth."))
    if exit is not None:
        errors.extend(exit_problems(exit, enrollment))
    return errors


def validate_exit(exit: Exit, enrollment: Enrollment) -> None:
    """Raise ValidationError unless *exit* closes *enrollment* on or after its start.

    Also checks that move-in date and date of engagement are not after the exit.
    """
    raise_if_any(exit_problems(exit, enrollment))


def validate_enrollment(enrollment: Enrollment, client: Client, *, exit: Exit | None = None) -> None:
    """Raise ValidationError unless *enrollment* fits *client* (and *exit*, if given).

    Rules: same client; project start not before the date of birth; with an
    exit, every ``validate_exit`` rule (engagement and move-in within the stay).
    Move-in/engagement on or after the start are single-record rules of Enrollment.
    """
    raise_if_any(enrollment_problems(enrollment, client, exit=exit))
