"""The device's TLS: verification always on, the SPKI pin checked before any request byte leaves.

Everything here is real: a throwaway CA, real certificates, uvicorn serving HTTPS on loopback,
and the production session from app.sync.tls. The server counts the requests it received, which is
how "no data goes to an impostor" is shown rather than assumed.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest
import requests

from app.sync import tls
from app.sync.tls import PinMismatch, is_pin_mismatch, pinned_session, spki_pin
from tests.sync.tls_server import HttpsServer, Issued, TestCA, new_key


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> TestCA:
    return TestCA(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def good(ca: TestCA) -> Issued:
    return ca.issue("server", ips=("127.0.0.1",))


@pytest.fixture(scope="module")
def server(good: Issued):
    with HttpsServer(good) as running:
        yield running


@pytest.fixture
def no_ca_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """'System trust' must mean the system's, not a bundle named in the environment."""
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)


def health(session: requests.Session, server: HttpsServer) -> requests.Response:
    return session.get(server.url + "/v1/health", timeout=10)


def test_right_ca_and_right_pin_get_through(server, ca, good):
    before = server.app.served
    with pinned_session(spki_pin(good.cert_pem), ca_file=ca.ca_file) as session:
        assert health(session, server).json() == {"status": "ok"}
        assert health(session, server).status_code == 200  # a reused connection passes too
    assert server.app.served == before + 2


def test_no_pin_still_verifies_against_the_given_ca(server, ca):
    with pinned_session(None, ca_file=ca.ca_file) as session:
        assert health(session, server).status_code == 200


def test_the_profile_ca_beats_a_bundle_named_in_the_environment(server, ca, good, tmp_path, monkeypatch):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", TestCA(tmp_path).ca_file)  # some other CA entirely
    with pinned_session(spki_pin(good.cert_pem), ca_file=ca.ca_file) as session:
        assert health(session, server).status_code == 200


@pytest.mark.parametrize("with_pin", [True, False], ids=["pinned", "unpinned"])
def test_a_ca_the_system_does_not_trust_is_refused(server, good, with_pin, no_ca_override):
    before = server.app.served
    with (
        pinned_session(spki_pin(good.cert_pem) if with_pin else None) as session,
        pytest.raises(requests.exceptions.SSLError) as caught,
    ):
        health(session, server)
    assert not is_pin_mismatch(caught.value)
    assert server.app.served == before


def test_wrong_pin_stops_before_any_request_reaches_the_server(server, ca, tmp_path):
    impostor_pin = spki_pin(TestCA(tmp_path).issue("other", ips=("127.0.0.1",)).cert_der)
    before = server.app.served
    with pinned_session(impostor_pin, ca_file=ca.ca_file) as session:
        for _ in range(2):  # a refused connection is not kept in the pool and reused
            with pytest.raises(requests.exceptions.SSLError) as caught:  # what callers already handle
                health(session, server)
            assert is_pin_mismatch(caught.value), repr(caught.value)
            assert str(caught.value) == tls.MISMATCH_MESSAGE
    assert server.app.served == before


def test_is_pin_mismatch_sees_through_wrapping():
    try:
        try:
            raise PinMismatch()
        except PinMismatch as inner:
            raise requests.exceptions.ConnectionError(OSError("wrapped", inner)) from None
    except requests.exceptions.ConnectionError as outer:
        assert is_pin_mismatch(outer)
    assert not is_pin_mismatch(requests.exceptions.ConnectionError("refused"))
    assert not is_pin_mismatch(None)


def test_pin_is_of_the_key_in_pem_or_der(ca, good, tmp_path):
    same_key = new_key()
    first = ca.issue("first", ips=("127.0.0.1",), key=same_key)
    renewed = ca.issue("renewed", dns=("hmis.example.org",), key=same_key)
    assert spki_pin(good.cert_pem) == spki_pin(good.cert_der)
    assert spki_pin(first.cert_pem) == spki_pin(renewed.cert_der)  # a renewed certificate, same key
    assert spki_pin(first.cert_pem) != spki_pin(good.cert_pem)
    assert len(base64.b64decode(spki_pin(good.cert_pem))) == hashlib.sha256().digest_size


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_pin_matches_the_hpkp_recipe(good):
    """The pin an administrator computes with the documented openssl pipeline is the same value."""
    pubkey = subprocess.run(
        ["openssl", "x509", "-pubkey", "-noout"], input=good.cert_pem, capture_output=True, check=True
    ).stdout
    spki = subprocess.run(
        ["openssl", "pkey", "-pubin", "-outform", "der"], input=pubkey, capture_output=True, check=True
    ).stdout
    assert spki_pin(good.cert_pem) == base64.b64encode(hashlib.sha256(spki).digest()).decode()


def test_a_certificate_for_another_host_is_refused_even_with_its_pin(ca):
    wrong_host = ca.issue("elsewhere", dns=("example.org",))
    with HttpsServer(wrong_host) as other:
        with (
            pinned_session(spki_pin(wrong_host.cert_pem), ca_file=ca.ca_file) as session,
            pytest.raises(requests.exceptions.SSLError) as caught,
        ):
            health(session, other)
        assert "hostname" in str(caught.value).lower() or "ip address mismatch" in str(caught.value).lower()
        assert other.app.served == 0


def test_verification_cannot_be_switched_off(server, good, ca):
    with pinned_session(spki_pin(good.cert_pem), ca_file=ca.ca_file) as session, pytest.raises(ValueError):
        session.get(server.url + "/v1/health", verify=False, timeout=10)


@pytest.mark.parametrize("bad", ["", "not base64!", base64.b64encode(b"short").decode()])
def test_a_malformed_pin_is_refused_up_front(bad):
    with pytest.raises(ValueError):
        pinned_session(bad)


def test_tls_module_stays_client_side():
    tree = ast.parse(Path(tls.__file__).read_text("utf-8"))
    roots = {
        alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    }
    roots |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not roots & {"server", "PySide6", "shiboken6"}
