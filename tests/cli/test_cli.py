"""The ``parallax`` command: help, usage errors and exit codes."""

from __future__ import annotations

import subprocess
import sys

from parallax.cli import main


def test_help_lists_the_verbs(capsys):
    try:
        main(["--help"])
    except SystemExit as exc:
        assert exc.code == 0
    out = capsys.readouterr().out
    assert "serve" in out


def test_no_verb_prints_help_and_exits_with_usage_code(capsys):
    assert main([]) == 2
    assert "usage: parallax" in capsys.readouterr().out


def test_unknown_verb_is_a_usage_error():
    proc = subprocess.run([sys.executable, "-m", "parallax", "no-such-verb"], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "invalid choice" in proc.stderr


def test_console_script_answers_help():
    proc = subprocess.run([sys.executable, "-m", "parallax", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0 and "VERB" in proc.stdout


def test_serve_runs_streamlit_on_the_app_with_xsrf_protection():
    from parallax.cli import build_parser
    from parallax.commands.serve_cmd import APP, command_line

    args = build_parser().parse_args(["serve", "--port", "9999", "--headless"])
    cmd = command_line(args)
    assert str(APP) in cmd and APP.name == "app.py"
    assert cmd[cmd.index("--server.port") + 1] == "9999"
    assert cmd[cmd.index("--server.enableXsrfProtection") + 1] == "true"
    assert cmd[cmd.index("--server.maxUploadSize") + 1] == "20" and "--client.showErrorDetails" not in cmd
    assert cmd[cmd.index("--client.toolbarMode") + 1] == "viewer"
    assert cmd[cmd.index("--server.fileWatcherType") + 1] == "none"
    from parallax.settings import Settings

    team_settings = Settings.from_env({"PARALLAX_AUTH": "password", "PARALLAX_MAX_UPLOAD_MB": "2.5"})
    team = command_line(args, team_settings)
    assert team[team.index("--server.maxUploadSize") + 1] == "3" and "--client.showErrorDetails" in team
