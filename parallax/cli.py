"""The ``parallax`` command: one verb per stage, the same names as the workbench.

Each verb lives in ``parallax/commands/<verb>.py`` and exposes
``register(subparsers)``, which adds its parser and sets ``func``. Exit codes:
0 done, 1 bad input (one-line reason on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from corpora.errors import InputError
from db.errors import StorageError
from models.errors import ModelError
from parallax import __version__

VERBS = ["align", "drift", "quotes", "evaluate", "segment", "import", "export", "batch", "serve",
         "users", "members", "settings", "terms"]
ACTING_VERBS = ("import", "export")  # database verbs that act as a named user in a team mode


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Align a text with its translations and quoted sources; flag where they drift.",
    )
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    subparsers = parser.add_subparsers(dest="verb", metavar="VERB")
    for verb in VERBS:
        try:
            module = importlib.import_module(f"parallax.commands.{verb.replace('-', '_')}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("parallax.commands."):
                continue  # this verb is not built yet
            raise
        module.register(subparsers)
        if verb in ACTING_VERBS:
            subparsers.choices[verb].add_argument(
                "--user", metavar="NAME", help="act as this user (default: PARALLAX_USER, else your login "
                "name); with PARALLAX_AUTH=password or header, that user's project roles apply")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        from parallax.settings import Settings

        args.settings = Settings.from_env().acting_as(getattr(args, "user", None))
        return int(args.func(args) or 0)
    except (InputError, ModelError) as exc:
        print(f"parallax {args.verb}: {exc}", file=sys.stderr)
        return 1
    except StorageError as exc:  # the database's own message (first line), never a traceback
        print(f"parallax {args.verb}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("parallax: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, like other Unix tools.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - swallow the final flush
        except OSError:
            pass
        return 0


if __name__ == "__main__":
    sys.exit(main())
