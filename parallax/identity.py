"""Who is at the keyboard, for the workbench and the CLI: proxy headers, trusted addresses, sessions.

Plain functions on plain values (no Streamlit), so that the rules can be tested alone:
- ``header`` mode believes a user-name header (``X-Forwarded-User`` unless ``PARALLAX_AUTH_HEADER``
  says otherwise) only when the connection comes from an address in ``PARALLAX_TRUSTED_PROXIES``
  (addresses or networks, comma-separated). Anyone else can type any header they like.
- ``password`` mode sessions end after ``PARALLAX_SESSION_IDLE_MINUTES`` without a page load
  (default 30) and ``PARALLAX_SESSION_MAX_HOURS`` after signing in (default 12).
The values come from ``parallax.settings`` (read at the edge), never from the environment here.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from corpora.errors import InputError
from db.access import auth_mode, normalise_user_name
from db.errors import DataError

ENV_TRUSTED = "PARALLAX_TRUSTED_PROXIES"
ENV_HEADER = "PARALLAX_AUTH_HEADER"
DEFAULT_HEADER = "X-Forwarded-User"
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

__all__ = ["auth_mode", "trusted_proxies", "is_trusted", "header_identity", "SessionPolicy"]


def trusted_proxies(raw: str = "") -> list[Network]:
    """The trusted proxy networks in ``raw`` (``PARALLAX_TRUSTED_PROXIES``, comma-separated; empty: none)."""
    networks = []
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise InputError(f"{ENV_TRUSTED}: {item!r} is not an IP address or network "
                             "(e.g. 127.0.0.1, 10.0.0.0/8, ::1)") from None
    return networks


def is_trusted(peer: str | None, networks: Sequence[Network]) -> bool:
    """Whether the connection's address lies in one of the trusted networks (no address: no)."""
    if not peer:
        return False
    try:
        address = ipaddress.ip_address(peer.strip().strip("[]").split("%")[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return any(address in net for net in networks)


def _header_values(headers: Mapping[str, str] | Any, name: str) -> list[str]:
    if hasattr(headers, "get_all"):  # Streamlit's headers: case-insensitive, repeated headers kept
        return list(headers.get_all(name))
    wanted = name.lower()
    return [value for key, value in headers.items() if key.lower() == wanted]


def header_identity(headers: Mapping[str, str] | Any, peer: str | None, networks: Sequence[Network],
                    header: str | None = None) -> str | None:
    """The user a trusted proxy names, or None.

    None when the peer is not a trusted proxy (whatever the header says), when the header is absent,
    repeated (ambiguous) or not a valid user name.
    """
    if not is_trusted(peer, networks):
        return None
    values = _header_values(headers, header or DEFAULT_HEADER)
    if len(values) != 1:
        return None
    try:
        return normalise_user_name(values[0])
    except DataError:
        return None


@dataclass(frozen=True)
class SessionPolicy:
    """When a signed-in workbench session ends."""

    idle_minutes: float = 30.0
    max_hours: float = 12.0

    def expired(self, signed_in_at: float, last_seen: float, now: float) -> str | None:
        """Why the session is over (a sentence for the sign-in page), or None while it lasts."""
        if now - signed_in_at > self.max_hours * 3600:
            return f"you signed in more than {self.max_hours:g} hours ago; sign in again"
        if now - last_seen > self.idle_minutes * 60:
            return f"your session ended after {self.idle_minutes:g} minutes without activity; sign in again"
        return None
