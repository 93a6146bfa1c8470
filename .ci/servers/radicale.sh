# shellcheck shell=bash
# A real CalDAV server for the CalDAV integration test (test/integration/caldav-radicale.test.ts):
#   Radicale (Debian package) on 127.0.0.1:5232, htpasswd auth (plain, test-only) for the single user
#   host@caio.test / caio-test-caldav-password, owner-only rights, storage under /tmp/caio-radicale.
# Sourced by .ci/start-servers with `set -euo pipefail` and `ci_log` defined. Installs from Debian only
# when missing, starts the daemon directly (no systemd in the container), is idempotent when it already
# runs, waits until it answers, and exports CAIO_TEST_CALDAV_URL and CAIO_TEST_CALDAV_PASSWORD.

caio_caldav_port=5232
caio_caldav_user=host@caio.test
caio_caldav_password=caio-test-caldav-password
caio_caldav_root=/tmp/caio-radicale
# Debian's interpreter: a pyenv or venv python3 earlier on PATH does not see the Debian package.
caio_caldav_python=/usr/bin/python3

if ! "$caio_caldav_python" -c 'import radicale' >/dev/null 2>&1; then
  ci_log "installing radicale from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends radicale >&2
fi

mkdir -p "$caio_caldav_root/collections"
printf '%s:%s\n' "$caio_caldav_user" "$caio_caldav_password" >"$caio_caldav_root/users"
chmod 0600 "$caio_caldav_root/users"
cat >"$caio_caldav_root/config" <<EOF
# Written by .ci/servers/radicale.sh for CAIO integration tests. Loopback only; test credentials only.
[server]
hosts = 127.0.0.1:${caio_caldav_port}
[auth]
type = htpasswd
htpasswd_filename = ${caio_caldav_root}/users
htpasswd_encryption = plain
# No failed-login penalty on a loopback test server (the tests check a wrong password).
delay = 0
[rights]
type = owner_only
[storage]
filesystem_folder = ${caio_caldav_root}/collections
[web]
type = none
[logging]
level = warning
EOF

caio_caldav_answers() {
  "$caio_caldav_python" - "$caio_caldav_port" <<'EOF' >/dev/null 2>&1
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=1)
except urllib.error.HTTPError:
    pass  # 401 without credentials: the server answers
EOF
}

if caio_caldav_answers; then
  ci_log "radicale already running on 127.0.0.1:$caio_caldav_port"
else
  setsid nohup "$caio_caldav_python" -m radicale --config "$caio_caldav_root/config" \
    >"$caio_caldav_root/radicale.log" 2>&1 </dev/null &
  for _ in $(seq 1 100); do
    if caio_caldav_answers; then break; fi
    sleep 0.1
  done
  if ! caio_caldav_answers; then
    ci_log "radicale did not start; see $caio_caldav_root/radicale.log"
    tail -n 20 "$caio_caldav_root/radicale.log" >&2 || true
    return 1 2>/dev/null || exit 1
  fi
  ci_log "radicale ready on 127.0.0.1:$caio_caldav_port"
fi
export CAIO_TEST_CALDAV_URL="http://127.0.0.1:${caio_caldav_port}/"
export CAIO_TEST_CALDAV_PASSWORD="$caio_caldav_password"
