"""PII hashing for exports with Export.HashStatus = 4 ("SHA-256 (RHY)").

What is hashed and how follows the HMIS CSV specification's hashing rules as
implemented by Green River's FY2026 exporter
(greenriver/hmis-warehouse, drivers/hmis_csv_twenty_twenty_six/.../exporter/client/overrides.rb,
``apply_hash_status``):

* FirstName, MiddleName, LastName: SHA-256 (lower-case hex) of the name's
  American Soundex code (e.g. "Robert" -> "R163").
* SSN: left-padded with "x" to nine characters, then its last four characters
  in the clear followed by the SHA-256 hex of the padded nine characters
  (68 characters; HUD lets hashed columns exceed their S50/S9 lengths).
* Empty values stay empty. NameSuffix, DOB and everything else are not hashed.
"""

from __future__ import annotations

import hashlib
import unicodedata

_CODES = {
    **dict.fromkeys("BFPV", "1"),
    **dict.fromkeys("CGJKQSXZ", "2"),
    **dict.fromkeys("DT", "3"),
    "L": "4",
    **dict.fromkeys("MN", "5"),
    "R": "6",
}
_SEPARATORS = frozenset("AEIOUY")  # vowels separate equal codes; H and W do not


def soundex(name: str) -> str:
    """American Soundex: first letter and three digits ("Robert" -> "R163", "Tymczak" -> "T522").

    Accents are removed first ("José" -> "JOSE"); characters other than A-Z are
    ignored. A name with no letter at all has the empty code "".
    """
    folded = unicodedata.normalize("NFKD", name)
    letters = [c for c in folded.upper() if "A" <= c <= "Z"]
    if not letters:
        return ""
    first = letters[0]
    out = [first]
    last = _CODES.get(first, "")
    for c in letters[1:]:
        code = _CODES.get(c)
        if code is not None:
            if code != last:
                out.append(code)
                if len(out) == 4:
                    break
            last = code
        elif c in _SEPARATORS:
            last = ""
        # H and W: neither coded nor separating
    return "".join(out).ljust(4, "0")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hash_name(name: str | None) -> str | None:
    """SHA-256 of the Soundex code of *name*; None and "" stay as they are."""
    if not name:
        return name
    return _sha256(soundex(name))


def hash_ssn(ssn: str | None) -> str | None:
    """Last four characters in the clear + SHA-256 of the nine (x-padded) characters."""
    if not ssn:
        return ssn
    padded = ssn.rjust(9, "x")
    return padded[-4:] + _sha256(padded)
