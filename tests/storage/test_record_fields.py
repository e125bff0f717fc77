"""The one-pass field read gives exactly what the stored records hold, however awkward the text."""
from __future__ import annotations

from datetime import date

import pytest

from app.domain.ids import new_id
from app.storage import record_fields
from app.storage.records import Records
from tests.domain import factories as f

AWKWARD = ['Jos\u00e9 "Pepe"', 'a,"last_name":"Smith', "back\\slash", "O'Brien", "\u5f20\u4f1f", "}{", "x" * 50]


def test_an_unknown_kind_or_field_is_refused_before_any_query(vault):
    with pytest.raises(KeyError):
        record_fields.read(vault, {"client": ("no_such_field",)})
    with pytest.raises(KeyError):
        record_fields.read(vault, {"no_such_kind": ()})


@pytest.mark.parametrize("first", AWKWARD)
def test_text_dates_codes_and_empties_come_back_as_saved(vault, first):
    store = Records(vault, today=date(2025, 6, 1))
    person = f.client(id=new_id(), first_name=first, last_name=None, name_data_quality=2, dob=None,
                      dob_data_quality=99)
    tricky = f'{first[:20]}"first_name":"Eve'
    other = f.client(id=new_id(), first_name="Ana", last_name=tricky, dob=date(1980, 1, 2))
    stay = f.enrollment(id=new_id(), personal_id=person.id, household_id=new_id())
    gone = f.client(id=new_id())
    store.save_all([person, other, stay, gone])
    store.delete("client", gone.id)
    found = record_fields.read(vault, {"client": ("first_name", "last_name", "dob"),
                                       "enrollment": ("project_id", "entry_date"), "exit": ()})
    assert sorted(row[4:] for row in found["client"]) == sorted([
        (first, None, None), ("Ana", tricky, "1980-01-02")])
    [(record_id, personal_id, _none, created, project_id, entry)] = found["enrollment"]
    assert (record_id, personal_id, project_id, entry) == (stay.id, person.id, stay.project_id, "2025-01-10")
    assert created
    assert found["exit"] == []
