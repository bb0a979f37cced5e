"""``parallax users add|list|disable|enable|passwd|unlock``: the accounts of a team database.

Accounts are administered by whoever holds the database URL (``PARALLAX_DATABASE_URL``), as with
``createuser`` for PostgreSQL. A password is never taken on the command line (it would end up in
the shell history and in ``ps``): it is asked for twice without echo, or read from the first line
of standard input with ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from corpora.errors import InputError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "users", help="manage the accounts of a team database (PARALLAX_AUTH=password or header)",
        description="Add, list, disable, enable and unlock accounts, and set passwords. Passwords are "
                    "read without echo, or from standard input with --password-stdin; never give one as "
                    "an argument.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create an account")
    add.add_argument("name", metavar="NAME")
    group = add.add_mutually_exclusive_group()
    group.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    group.add_argument("--no-password", action="store_true",
                       help="no password: the account signs in only through a trusted proxy (header mode)")
    listing = actions.add_parser("list", help="list the accounts")
    listing.add_argument("--json", action="store_true", help="print one JSON document")
    for name, helptext in (("disable", "disable an account (it can do nothing any more)"),
                           ("enable", "enable a disabled account again"),
                           ("unlock", "lift a lock-out after failed sign-ins")):
        sub = actions.add_parser(name, help=helptext)
        sub.add_argument("name", metavar="NAME")
    passwd = actions.add_parser("passwd", help="set an account's password")
    passwd.add_argument("name", metavar="NAME")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    parser.set_defaults(func=run)


def read_password(from_stdin: bool) -> str:
    """A new password: the first line of stdin, or asked twice without echo."""
    if from_stdin:
        line = sys.stdin.readline()
        password = line[:-1] if line.endswith("\n") else line
        if not password:
            raise InputError("--password-stdin: standard input was empty")
        return password
    if not sys.stdin.isatty():
        raise InputError("no terminal to ask for the password; pipe it with --password-stdin")
    first = getpass.getpass("New password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise InputError("the two passwords differ; nothing changed")
    return first


def _status(account: Any) -> str:
    if not account.enabled:
        return "disabled"
    if account.locked():
        return f"locked until {account.locked_until:%Y-%m-%d %H:%M} UTC"
    return "active"


def run(args: argparse.Namespace) -> int:
    from db.repository import Repository

    repo = Repository.open(args.settings.database())
    try:
        if args.action == "add":
            password = None if args.no_password else read_password(args.password_stdin)
            info = repo.create_account(args.name, password)
            print(f"account {info.name!r} created" + ("" if password else " (no password: header mode)"))
        elif args.action == "list":
            accounts = repo.list_accounts()
            if args.json:
                print(json.dumps([{"name": a.name, "enabled": a.enabled, "password": a.has_password,
                                   "status": _status(a), "failed_logins": a.failed_logins,
                                   "last_login": a.last_login_at.isoformat() if a.last_login_at else None}
                                  for a in accounts], indent=2))
            else:
                for a in accounts:
                    seen = f"{a.last_login_at:%Y-%m-%d %H:%M}" if a.last_login_at else "never"
                    print(f"{a.name}\t{_status(a)}\t{'password' if a.has_password else 'no password'}"
                          f"\tlast sign-in: {seen}")
        elif args.action in ("disable", "enable"):
            info = repo.set_account_enabled(args.name, args.action == "enable")
            print(f"account {info.name!r} {args.action}d")
        elif args.action == "unlock":
            info = repo.unlock_account(args.name)
            print(f"account {info.name!r} unlocked")
        elif args.action == "passwd":
            repo.get_account(args.name)  # say "no such account" before asking for a password
            info = repo.set_password(args.name, read_password(args.password_stdin))
            print(f"password of {info.name!r} changed")
    finally:
        repo.close()
    return 0
