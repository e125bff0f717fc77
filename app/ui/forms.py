"""One form widget for every record: inputs built from the domain record's own field metadata.

Why generic: the HUD rules (code lists, lengths, past dates, money) already live on each field of
the domain records, so a form built from them speaks HUD in words without a second copy of the
rules. The form only parses what was typed; deciding whether the record is valid stays with the
domain (``Record.problems`` and the cross-record rules), and their FieldErrors come back here to
be shown next to the field they name.
"""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from types import NoneType, UnionType
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.dates import parse_typed
from app.domain.errors import FieldError
from app.domain.record import Record
from app.ui.hud_words import hud

_MONEY_RE = re.compile(r"\d{1,12}(\.\d{1,2})?")
_INT_RE = re.compile(r"-?\d{1,9}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


def parse_date(text: str) -> date | None:
    """A date typed as YYYY-MM-DD or MM/DD/YYYY; None when it is neither (or not a real day)."""
    return parse_typed(text)


def show_date(day: date) -> str:
    """How the forms write a date back: the US order the workers type."""
    return day.strftime("%m/%d/%Y")


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    label: str
    base: type
    default: Any  # dataclasses.MISSING when the field has none (or a factory)
    meta: Mapping[str, Any]


def _fields_of(record_type: type[Record]) -> dict[str, _Field]:
    hints = typing.get_type_hints(record_type)
    out = {}
    for f in dataclasses.fields(record_type):
        hint = hints[f.name]
        args = typing.get_args(hint) if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union else ()
        base = next((a for a in args if a is not NoneType), hint) if args else hint
        out[f.name] = _Field(f.name, record_type.field_label(f.name), base, f.default, f.metadata)
    return out


def _with_mnemonic(label: str, used: set[str]) -> str:
    """Give a label a free Alt+letter (Alt+F for 'First name'), so every field is one chord away."""
    if "&" in label:
        used.add(label[label.index("&") + 1].lower())
        return label
    for i, ch in enumerate(label):
        if ch.isalpha() and ch.lower() not in used:
            used.add(ch.lower())
            return label[:i] + "&" + label[i:]
    return label


class RecordForm(QWidget):
    """Input widgets for chosen fields of one domain Record type, built from the record's field specs
    (label, HUD code list, max length, past-date, money), so every form speaks HUD in words."""

    changed = Signal()  # any field edited

    def __init__(
        self,
        record_type: type[Record],
        fields: Sequence[str],
        *,
        today: date | None = None,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record_type, self.today = record_type, today
        specs = _fields_of(record_type)
        unknown = [f for f in fields if f not in specs]
        if unknown:
            raise KeyError(f"{record_type.__name__} has no field {unknown[0]!r}")
        self._specs = {name: specs[name] for name in fields}
        self._labels = {name: (labels or {}).get(name) or hud(specs[name].label) for name in fields}
        self._inputs: dict[str, QComboBox | QLineEdit] = {}
        self._problem_labels: dict[str, QLabel] = {}
        self._shown: dict[str, str] = {}
        self.form_message = QLabel()
        self.form_message.setObjectName("formProblem")
        self.form_message.setWordWrap(True)
        self.form_message.hide()
        layout = QFormLayout()
        used: set[str] = set()
        for name in fields:
            widget = self._make_input(self._specs[name])
            problem = QLabel()
            problem.setObjectName("problem")
            problem.setWordWrap(True)
            problem.setAccessibleName(_tr("%1: problem").replace("%1", self._labels[name]))
            problem.setStyleSheet("color: #b00020;")
            problem.hide()
            cell = QWidget()
            stack = QVBoxLayout(cell)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(2)
            stack.addWidget(widget)
            stack.addWidget(problem)
            label = QLabel(_with_mnemonic(self._labels[name], used))
            label.setBuddy(widget)
            widget.setAccessibleName(self._labels[name])
            layout.addRow(label, cell)
            self._inputs[name], self._problem_labels[name] = widget, problem
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form_message)
        outer.addLayout(layout)
        order = [self._inputs[name] for name in fields]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.set_values(
            {
                name: spec.default
                for name, spec in self._specs.items()
                if spec.default is not dataclasses.MISSING and name != "id"
            }
        )

    # -- building ------------------------------------------------------------------------
    def _make_input(self, spec: _Field) -> QComboBox | QLineEdit:
        codes, choices = spec.meta.get("codes"), spec.meta.get("choices")
        if codes is not None or choices is not None or spec.base is bool:
            box = QComboBox()
            box.addItem("", None)  # blank: not answered yet (refused in words if the field needs one)
            pairs = (
                codes.choices()
                if codes is not None
                else list(choices.items())
                if choices is not None
                else [(True, "Yes"), (False, "No")]
            )
            for value, words in pairs:
                box.addItem(hud(words), value)  # HUD's own answers, in the catalogue's "HUD" context
            # Sized to a short answer, not the longest (a VAMC station's name, a Spanish answer): the
            # list opens as wide as it needs, and the form fits the screen without scrolling sideways.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
            box.currentIndexChanged.connect(self.changed)  # signal to signal: no Python emit per key
            return box
        edit = QLineEdit()
        if spec.base is date:
            edit.setPlaceholderText(_tr("MM/DD/YYYY"))
            edit.setMaxLength(10)
        elif spec.base is Decimal:
            edit.setPlaceholderText(_tr("0.00"))
            edit.setMaxLength(16)
        elif spec.meta.get("max_len"):
            edit.setMaxLength(spec.meta["max_len"])
        edit.textChanged.connect(self.changed)
        return edit

    # -- values --------------------------------------------------------------------------
    def _parse(self, name: str) -> tuple[Any, str | None]:
        """The value of one field and, when the text cannot be read at all, why, in words."""
        spec, widget = self._specs[name], self._inputs[name]
        if isinstance(widget, QComboBox):
            return widget.currentData(), None
        text = widget.text().strip()
        if not text:
            return None, None
        label = self._labels[name]
        if spec.base is date:
            day = parse_date(text)
            if day is None:
                return None, _tr("%1 must be a real date written as MM/DD/YYYY or YYYY-MM-DD.").replace("%1", label)
            return day, None
        if spec.base is Decimal:
            cleaned = text.replace(",", "").lstrip("$")
            if not _MONEY_RE.fullmatch(cleaned):
                return None, _tr("%1 must be an amount of money of zero or more, written like 125.50.").replace(
                    "%1", label
                )
            try:
                return Decimal(cleaned), None
            except InvalidOperation:  # pragma: no cover - the pattern already guarantees a number
                return None, _tr("%1 must be an amount of money.").replace("%1", label)
        if spec.base is int:
            if not _INT_RE.fullmatch(text):
                return None, _tr("%1 must be a whole number.").replace("%1", label)
            return int(text), None
        return text, None

    def values(self) -> dict[str, Any]:
        """Python values ready for Record(**...); None for blank (and for text that cannot be read:
        ``parse_problems`` says why)."""
        return {name: self._parse(name)[0] for name in self._specs}

    def parse_problems(self) -> list[FieldError]:
        """Fields whose text cannot even be read (a date like 13/45/2020), with the rule in words."""
        out = []
        for name in self._specs:
            _, problem = self._parse(name)
            if problem:
                out.append(FieldError(name, "unreadable", problem))
        return out

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill the named inputs (others keep what they hold); does not emit ``changed``."""
        for name, value in values.items():
            widget = self._inputs.get(name)
            if widget is None:
                continue
            blocked = widget.blockSignals(True)
            try:
                if isinstance(widget, QComboBox):
                    index = next(
                        (
                            i
                            for i in range(widget.count())
                            if widget.itemData(i) == value and type(widget.itemData(i)) is type(value)
                        ),
                        0,
                    )
                    widget.setCurrentIndex(index)
                elif isinstance(widget, QLineEdit):
                    widget.setText(
                        ""
                        if value is None
                        else show_date(value)
                        if isinstance(value, date)
                        else format(value, "f")
                        if isinstance(value, Decimal)
                        else str(value)
                    )
            finally:
                widget.blockSignals(blocked)

    def check(self, **fixed: Any) -> tuple[Record | None, list[FieldError]]:
        """Build the record from ``fixed`` (ids, links) and the form, and list every problem:
        unreadable text first, then the record's own rules. The record is None when there are any."""
        unreadable = self.parse_problems()
        record = self.record_type(**fixed, **self.values())
        bad = {e.field for e in unreadable}
        errors = unreadable + [e for e in record.problems(today=self.today) if e.field not in bad]
        return (None if errors else record), errors

    # -- problems ------------------------------------------------------------------------
    def show_problems(self, errors: Iterable[FieldError]) -> None:
        """Show each message next to its field; clear the old ones. Others go above the form."""
        by_field: dict[str, list[str]] = {}
        for error in errors:
            key = error.field if error.field in self._specs else ""
            words = self._said(error)
            if words not in by_field.setdefault(key, []):
                by_field[key].append(words)
        self._shown = {k: " ".join(v) for k, v in by_field.items()}
        for name, label in self._problem_labels.items():
            text = self._shown.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            self._inputs[name].setAccessibleDescription(text)
        self.form_message.setText(self._shown.get("", ""))
        self.form_message.setVisible("" in self._shown)

    def _said(self, error: FieldError) -> str:
        """A funder's requirement in the interface's language (the domain says it in English)."""
        if error.code != "funder_required" or len(error.args) != 3:
            return error.message
        name, after, funders = error.args
        if name not in self._labels or (after and after not in self._labels):
            return error.message
        label = self._labels[name]
        if after:
            return (
                _tr(
                    "%1 is required by this project's funder (%2) once %3 is answered; 'Data not collected' "
                    "does not count."
                )
                .replace("%1", label)
                .replace("%2", funders)
                .replace("%3", self._labels[after])
            )
        return (
            _tr("%1 is required by this project's funder (%2); 'Data not collected' does not count.")
            .replace("%1", label)
            .replace("%2", funders)
        )

    def problems_shown(self) -> dict[str, str]:
        """Field -> message currently shown ('' is the form-level message, for other fields)."""
        return dict(self._shown)

    # -- widgets -------------------------------------------------------------------------
    def widget_for(self, name: str) -> QWidget:
        return self._inputs[name]

    def first_widget(self) -> QWidget:
        return next(iter(self._inputs.values()))

    def label_for(self, name: str) -> str:
        """The words shown for a field (without the mnemonic)."""
        return self._labels[name]
