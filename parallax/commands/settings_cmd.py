"""``parallax settings [--json]``: every PARALLAX_* variable, its value in force, default and meaning."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "settings",
        help="list the PARALLAX_* settings with their values in force",
        description="Every setting Parallax reads from the environment: its value now (secrets show as "
                    "'(set)'), its default and what it does. A bad value is reported here first.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    rows = args.settings.rows()
    if args.json:
        print(json.dumps([{"name": n, "value": v, "default": d, "help": h} for n, v, d, h in rows],
                         ensure_ascii=False))
        return 0
    width = max(len(name) for name, *_ in rows)
    for name, value, default, meaning in rows:
        shown = value if value else f"(default{': ' + default if default else ''})"
        print(f"{name:<{width}}  {shown}\n{'':<{width}}  {meaning}")
    return 0
