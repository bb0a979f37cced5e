"""Stopping ``parallax serve`` by its PID stops the server: nothing is left listening on the port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_stopping_serve_by_its_pid_frees_the_port(tmp_path, stop: signal.Signals) -> None:
    port = _free_port()
    env = dict(os.environ, PARALLAX_DATA_DIR=str(tmp_path / "data"), PARALLAX_MODEL="hashing",
               PARALLAX_DATABASE_URL=f"sqlite:///{tmp_path / 'parallax.db'}", PARALLAX_USER="tester")
    log = open(tmp_path / "serve.log", "w")  # noqa: SIM115 - closed below
    # a session of its own, so that whatever the command leaves behind can be cleaned up here
    proc = subprocess.Popen([sys.executable, "-m", "parallax", "serve", "--port", str(port), "--headless"],
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("parallax serve did not answer within 60 s: " + (tmp_path / "serve.log").read_text())
        os.kill(proc.pid, stop)  # what a user or a service manager does: signal the PID it started
        proc.wait(timeout=20)
        deadline = time.time() + 10
        while _listening(port) and time.time() < deadline:
            time.sleep(0.2)
        assert not _listening(port), "the Streamlit server still listens after parallax serve stopped"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        log.close()
