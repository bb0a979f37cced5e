#!/usr/bin/env bash
# System packages the full test suite needs: a PostgreSQL server, Chromium for browser tests and
# OmegaT (a CAT tool, with its Java) for the translation-memory round trip.
# Installed only when missing, and only where we may (root with apt-get); otherwise the tests
# that need them say they were skipped and why.
set -uo pipefail
need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium chromium-driver)
command -v omegat >/dev/null || need+=(omegat)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "system-deps: cannot install ${need[*]} (not root or no apt-get); tests needing them will be skipped" >&2
  exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null \
  || echo "system-deps: installing ${need[*]} failed; tests needing them will be skipped" >&2
