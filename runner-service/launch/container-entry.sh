#!/bin/sh
# The runner image's entry point (Dockerfile ENTRYPOINT): `container-entry.sh node /app/dist/runner.mjs`.
#
# Cloudflare Containers can hand the runner its secret only as an environment variable, and the
# runner refuses RUNNER_SECRET in its environment in production: a process's environment stays
# readable in /proc/<pid>/environ for its whole life and is inherited by its children. So when
# RUNNER_SECRET is set, this writes it to RUNNER_SECRET_FILE (default /run/secrets/runner) with
# mode 0600 and execs the runner without it. Without RUNNER_SECRET (Kubernetes and Docker mount the
# file) it only execs. RUNNER_SECRET may hold two lines while rotating: current, then previous.
# `printf` is a shell builtin: the secret never appears in a command line.
set -eu
if [ -n "${RUNNER_SECRET:-}" ]; then
  file="${RUNNER_SECRET_FILE:-/run/secrets/runner}"
  mkdir -p "$(dirname "$file")"
  (umask 077 && rm -f "$file" && printf '%s\n' "$RUNNER_SECRET" > "$file")
  export RUNNER_SECRET_FILE="$file"
fi
unset RUNNER_SECRET
exec "$@"
