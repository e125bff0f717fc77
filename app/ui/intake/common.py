"""What the intake pages share: translation, mnemonics kept free for the wizard's buttons, and
showing problems with the focus on the first one.

Why the mnemonic step: each RecordForm picks Alt+letters for its labels on its own, and a label
that took Alt+N would make the wizard's Next button ambiguous (Qt then only moves the focus).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.domain.errors import FieldError
from app.domain.funder_elements import Element
from app.ui.forms import RecordForm
from app.ui.hud_words import hud

#: Alt+letters the wizard's own buttons use on every page (Next, Back, Save).
WIZARD_LETTERS = "nbs"


def tr(text: str) -> str:
    return QCoreApplication.translate("IntakeWizard", text)


def keep_letters_free(widget: QWidget, letters: str = WIZARD_LETTERS) -> None:
    """Move any label mnemonic on one of ``letters`` to another free letter of the same label."""
    labels = [label for label in widget.findChildren(QLabel) if "&" in label.text()]
    used = {label.text()[label.text().index("&") + 1].lower() for label in labels} | set(letters)
    for label in labels:
        text = label.text()
        at = text.index("&")
        if text[at + 1].lower() not in letters:
            continue
        plain = text[:at] + text[at + 1 :]
        spot = next((i for i, ch in enumerate(plain) if ch.isalpha() and ch.lower() not in used), None)
        if spot is None:
            label.setText(plain)
        else:
            used.add(plain[spot].lower())
            label.setText(plain[:spot] + "&" + plain[spot:])


def reset_type_ahead(widget: QWidget) -> None:
    """Start every drop-down's type-ahead afresh, so letters typed for the previous person are not
    joined to the first ones typed for the next (Qt keeps them for a moment)."""
    for box in widget.findChildren(QComboBox):
        box.view().keyboardSearch("")


def scrolling(inner: QWidget) -> QScrollArea:
    """A scroll area that follows the focus, so a long form fits a 1366x768 laptop screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


def element_group(element: Element, record_type: type, box: QVBoxLayout, *, today) -> tuple[RecordForm, QGroupBox]:
    """One funder element's questions in a group titled with HUD's code and words, added to ``box``;
    the exit and the update/annual forms ask the elements the same way."""
    form = RecordForm(record_type, element.fields, today=today)
    group = QGroupBox(f"{element.code} {hud(element.title)}")
    QVBoxLayout(group).addWidget(form)
    box.addWidget(group)
    return form, group


def spread(errors: Iterable[FieldError], forms: Sequence[RecordForm]) -> list[FieldError]:
    """Show each error on the form holding its field; return the ones no form holds."""
    errors = list(errors)
    left = list(errors)
    for form in forms:
        mine = [e for e in errors if e.field in form.values()]
        form.show_problems(mine)
        left = [e for e in left if e not in mine]
    return left


def first_problem_widget(errors: Sequence[FieldError], forms: Sequence[RecordForm]) -> QWidget | None:
    """The input of the first field (in form order) that has a problem."""
    bad = {e.field for e in errors}
    for form in forms:
        if form.isHidden():
            continue
        for name in form.values():
            if name in bad:
                return form.widget_for(name)
    return None
