"""``parallax serve``: start the Streamlit workbench."""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

from parallax.settings import Settings

APP = Path(__file__).resolve().parents[2] / "app.py"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("serve", help="start the workbench in the browser")
    parser.add_argument("--port", type=int, default=8501, help="port to listen on (default 8501)")
    parser.add_argument("--address", default="127.0.0.1", help="address to listen on (default loopback)")
    parser.add_argument("--headless", action="store_true", help="do not open a browser window")
    parser.set_defaults(func=run)


def command_line(args: argparse.Namespace, settings: Settings | None = None) -> list[str]:
    """The streamlit command that serves the workbench with Parallax's hardening settings."""
    settings = settings or getattr(args, "settings", None) or Settings()
    team = settings.auth != "none"
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.port", str(args.port),
        "--server.address", args.address,
        "--server.headless", "true" if args.headless else "false",
        "--server.enableXsrfProtection", "true",
        "--server.maxUploadSize", str(max(1, math.ceil(settings.max_upload_mb))),
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",  # no Deploy button, no "c" for Clear caches, from the first page
        "--server.fileWatcherType", "none",  # a served workbench does not reload its own code
        *(["--client.showErrorDetails", "none"] if team else []),  # a team sees no tracebacks
    ]


def run(args: argparse.Namespace) -> int:
    if not APP.exists():
        print(f"parallax serve: the workbench app is missing ({APP}); reinstall Parallax from its source "
              "folder with `make run`", file=sys.stderr)
        return 1
    # Parallax decides itself which proxies to trust (PARALLAX_TRUSTED_PROXIES): the server must report
    # the real peer address, not one rewritten from X-Forwarded-For (uvicorn trusts loopback by default).
    env = dict(os.environ, FORWARDED_ALLOW_IPS="")
    cmd = command_line(args)
    # Streamlit takes this process's place (same PID): stopping `parallax serve` by its PID stops the
    # server. A child would outlive a SIGTERM to its parent and keep the port.
    try:
        os.execve(cmd[0], cmd, env)
    except OSError as exc:
        print(f"parallax serve: cannot start Streamlit ({exc.strerror or exc})", file=sys.stderr)
        return 1
    return 0  # not reached: execve does not return
