"""Rules that tie an enrollment to its client, its exit and its services.

These need two records or more, so they cannot live in ``Record.validate``. The dates
must line up: born, then enrolled, then engaged/moved in, then exited; a service falls
within the stay. They are here, not in a screen or a service, so that the desktop app,
the server and the CSV import refuse the same things in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from . import codes
from .client import Client
from .enrollment import Enrollment
from .errors import FieldError, raise_if_any
from .exit import Exit
from .service import Service


def exit_problems(exit: Exit, enrollment: Enrollment, existing_exits: Iterable[Exit] = ()) -> list[FieldError]:
    """Problems between an exit and the enrollment it closes (and the exits it already has:
    an enrollment is exited once; correcting the same exit is not a second one)."""
    errors: list[FieldError] = []
    if any(other.id != exit.id for other in existing_exits):
        errors.append(FieldError("exit_date", "already_exited", "This enrollment already has an exit."))
    if exit.enrollment_id != enrollment.id:
        errors.append(FieldError("enrollment_id", "wrong_enrollment", "This exit belongs to a different enrollment."))
    if exit.personal_id != enrollment.personal_id:
        errors.append(
            FieldError("personal_id", "wrong_client", "This exit is for a different client than the enrollment.")
        )
    if exit.exit_date < enrollment.entry_date:
        errors.append(
            FieldError("exit_date", "before_entry", "Project exit date cannot be before the project start date.")
        )
    if enrollment.move_in_date is not None and enrollment.move_in_date > exit.exit_date:
        errors.append(
            FieldError("move_in_date", "after_exit", "Housing move-in date cannot be after the project exit date.")
        )
    if enrollment.date_of_engagement is not None and enrollment.date_of_engagement > exit.exit_date:
        errors.append(
            FieldError("date_of_engagement", "after_exit", "Date of engagement cannot be after the project exit date.")
        )
    return errors


def service_date_problems(service: Service, enrollment: Enrollment, exit: Exit | None = None) -> list[FieldError]:
    """A service is given during the stay: for this client in this enrollment, on or after the
    project start date and, once the enrollment has an exit, on or before the exit date."""
    errors: list[FieldError] = []
    if service.enrollment_id != enrollment.id:
        errors.append(
            FieldError("enrollment_id", "wrong_enrollment", "This service belongs to a different enrollment.")
        )
    if service.personal_id != enrollment.personal_id:
        errors.append(FieldError("personal_id", "wrong_client", "This service is for a different client."))
    return errors + within_stay("date_provided", "Date provided", service.date_provided, enrollment, exit)


def within_stay(
    field: str, label: str, day: date, enrollment: Enrollment, exit: Exit | None = None
) -> list[FieldError]:
    """A dated record of the stay (a service, a contact) falls on or after the project start
    date and, once the enrollment has an exit, on or before the exit date."""
    if day < enrollment.entry_date:
        return [FieldError(field, "before_entry", f"{label} cannot be before the project start date.")]
    if exit is not None and day > exit.exit_date:
        return [FieldError(field, "after_exit", f"{label} cannot be after the project exit date.")]
    return []


def bed_night_problems(service: Service, existing_services: Iterable[Service]) -> list[FieldError]:
    """One bed night per person per night in an enrollment: a second one for the same night
    would count the night twice in every shelter report. Re-saving the same record is not a second."""
    if service.record_type != codes.BED_NIGHT:
        return []
    if any(
        other.id != service.id
        and other.record_type == codes.BED_NIGHT
        and other.enrollment_id == service.enrollment_id
        and other.date_provided == service.date_provided
        for other in existing_services
    ):
        return [
            FieldError(
                "date_provided", "bed_night_twice", "A bed night is already recorded for this night in this enrollment."
            )
        ]
    return []


def service_problems(
    service: Service, enrollment: Enrollment, exit: Exit | None = None, existing_services: Iterable[Service] = ()
) -> list[FieldError]:
    """Every rule between a service and its enrollment: within the stay, and no night twice."""
    return service_date_problems(service, enrollment, exit) + bed_night_problems(service, existing_services)


def enrollment_problems(enrollment: Enrollment, client: Client, *, exit: Exit | None = None) -> list[FieldError]:
    """Problems between an enrollment, its client and (if given) its exit."""
    errors: list[FieldError] = []
    if enrollment.personal_id != client.id:
        errors.append(FieldError("personal_id", "wrong_client", "This enrollment belongs to a different client."))
    if client.dob is not None and enrollment.entry_date < client.dob:
        errors.append(
            FieldError("entry_date", "before_birth", "Project start date cannot be before the client's date of birth.")
        )
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
