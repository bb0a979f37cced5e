"""Header mode believes the proxy's user header only from trusted addresses; sessions expire."""

from __future__ import annotations

import pytest

from corpora.errors import InputError
from parallax.identity import SessionPolicy, header_identity, is_trusted, trusted_proxies

HEADERS = {"Host": "parallax.example", "X-Forwarded-User": "Rita"}


def test_the_header_is_believed_from_a_trusted_proxy() -> None:
    trusted = trusted_proxies("127.0.0.1, 10.1.0.0/16, ::1")
    assert header_identity(HEADERS, "127.0.0.1", trusted) == "rita"
    assert header_identity(HEADERS, "10.1.200.3", trusted) == "rita"
    assert header_identity(HEADERS, "::1", trusted) == "rita"
    assert header_identity(HEADERS, "::ffff:10.1.0.9", trusted) == "rita"  # IPv4 seen through IPv6
    assert header_identity({"x-forwarded-user": "rita"}, "127.0.0.1", trusted) == "rita"  # any case


@pytest.mark.parametrize("peer", ["10.2.0.1", "192.168.1.20", "203.0.113.7", "::2", "", None, "not an ip"])
def test_the_header_is_ignored_from_any_other_address(peer: str | None) -> None:
    trusted = trusted_proxies("127.0.0.1, 10.1.0.0/16, ::1")
    assert header_identity(HEADERS, peer, trusted) is None


def test_no_trusted_proxy_configured_means_nobody_is_believed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_TRUSTED_PROXIES", "127.0.0.1")  # the edge reads it, not this function
    assert trusted_proxies() == []
    assert header_identity(HEADERS, "127.0.0.1", trusted_proxies()) is None


def test_missing_repeated_or_malformed_headers_name_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    trusted = trusted_proxies("127.0.0.1")
    assert header_identity({"Host": "x"}, "127.0.0.1", trusted) is None
    assert header_identity({"X-Forwarded-User": "two words"}, "127.0.0.1", trusted) is None
    assert header_identity({"X-Forwarded-User": ""}, "127.0.0.1", trusted) is None

    class Repeated:  # Streamlit's headers keep repeated headers (a client's and the proxy's)
        def get_all(self, name: str) -> list[str]:
            return ["mallory", "rita"] if name.lower() == "x-forwarded-user" else []

    assert header_identity(Repeated(), "127.0.0.1", trusted) is None
    from parallax.settings import Settings

    header = Settings.from_env({"PARALLAX_AUTH_HEADER": "X-Remote-User"}).auth_header
    assert header_identity(HEADERS, "127.0.0.1", trusted, header) is None
    assert header_identity({"X-Remote-User": "vic"}, "127.0.0.1", trusted, header) == "vic"


def test_a_bad_trusted_proxy_setting_is_an_error_not_an_open_door() -> None:
    with pytest.raises(InputError, match="PARALLAX_TRUSTED_PROXIES"):
        trusted_proxies("127.0.0.1, proxy.example")
    assert not is_trusted("127.0.0.1", trusted_proxies("10.0.0.0/8"))


def test_sessions_end_when_idle_or_too_old(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = SessionPolicy(idle_minutes=30, max_hours=12)
    assert policy.expired(0, 0, 29 * 60) is None
    assert "30 minutes" in (policy.expired(0, 0, 31 * 60) or "")
    assert policy.expired(0, 11.9 * 3600, 11.95 * 3600) is None
    assert "12 hours" in (policy.expired(0, 12.1 * 3600 - 60, 12.1 * 3600) or "")
    from parallax.settings import Settings

    assert Settings.from_env({"PARALLAX_SESSION_IDLE_MINUTES": "5"}).session_policy().expired(0, 0, 6 * 60)
