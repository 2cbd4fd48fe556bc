# Shared helpers of the scripts in script/. Each one installs or locates what it needs, so that a
# fresh machine of this kind (Debian, root, package registries only) runs them as they are.
# shellcheck shell=bash

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$REPO_DIR/.tanggap"
mkdir -p "$STATE_DIR"

say() { printf '\033[1;32m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mxx\033[0m %s\n' "$*" >&2; exit 1; }

APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null || die "cannot install $*: no apt-get on this machine"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$APT_UPDATED" ]; then
    say "apt-get update"
    $sudo apt-get update -qq >/dev/null || die "apt-get update failed"
    APT_UPDATED=1
  fi
  say "installing $*"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null || die "apt-get install $* failed"
}

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}

# Exports JAVA_HOME of a JDK 21 or newer: $JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
use_jdk21() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME
  else
    local best="" best_major=0 d m
    for d in /usr/lib/jvm/*/; do
      d="${d%/}"
      [ -x "$d/bin/javac" ] || continue
      m="$(java_major "$d/bin/java")"
      if [ -n "$m" ] && [ "$m" -ge 21 ] && [ "$m" -gt "$best_major" ]; then best="$d"; best_major="$m"; fi
    done
    if [ -z "$best" ]; then
      apt_install openjdk-21-jdk-headless 2>/dev/null || apt_install openjdk-25-jdk-headless 2>/dev/null \
        || die "no JDK 21+ found under /usr/lib/jvm and none could be installed; set JAVA_HOME to one"
      use_jdk21
      return
    fi
    export JAVA_HOME="$best"
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
  say "JDK: $JAVA_HOME ($(java_major "$JAVA_HOME/bin/java"))"
}

ensure_maven() {
  command -v mvn >/dev/null || apt_install maven
}

# form-js pulls in Carbon, whose packages run @ibm/telemetry-js on install: it leaves a process
# behind that reports usage to IBM. Telemetry is switched off for every Node command of the
# scripts, and install scripts are not run at all (the only ones in tools/ are those telemetry hooks).
export IBM_TELEMETRY_DISABLED=true

# Node tools of the test run (bpmnlint, form-js, playwright-core) from tools/package-lock.json.
ensure_node_tools() {
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
  local stamp="$REPO_DIR/tools/node_modules/.tanggap-lock"
  if [ ! -f "$stamp" ] || ! cmp -s "$REPO_DIR/tools/package-lock.json" "$stamp"; then
    say "installing Node tools (npm ci in tools/, without install scripts)"
    (cd "$REPO_DIR/tools" && IBM_TELEMETRY_DISABLED=true npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci in tools/ failed"
    cp "$REPO_DIR/tools/package-lock.json" "$stamp"
  fi
}

ensure_chromium() {
  if [ -z "${CHROMIUM_PATH:-}" ]; then
    [ -x /usr/bin/chromium ] || apt_install chromium
    export CHROMIUM_PATH=/usr/bin/chromium
  fi
}

# A MariaDB server of our own (data directory under .tanggap/, loopback, port 3307) with a fresh
# test database; used when no TANGGAP_TEST_DB_URL is configured.
MARIADB_PORT="${TANGGAP_MARIADB_PORT:-3307}"
MARIADB_DIR="$STATE_DIR/mariadb"
MARIADB_SOCKET="$MARIADB_DIR/mysqld.sock"
MARIADB_STARTED=""

mariadb_client() { mariadb --socket="$MARIADB_SOCKET" -uroot "$@"; }

ensure_mariadb() {
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server mariadb-client
  local server; server="$(command -v mariadbd || echo /usr/sbin/mariadbd)"
  if mariadb-admin --socket="$MARIADB_SOCKET" -uroot ping >/dev/null 2>&1; then
    MARIADB_PORT="$(mariadb_client -N -e 'SELECT @@port')"
  else
    if [ ! -d "$MARIADB_DIR/data/mysql" ]; then
      say "initialising MariaDB data directory $MARIADB_DIR/data"
      mkdir -p "$MARIADB_DIR/data"
      mariadb-install-db --datadir="$MARIADB_DIR/data" --user="$(id -un)" --auth-root-authentication-method=socket \
        --skip-test-db >"$MARIADB_DIR/install.log" 2>&1 || { cat "$MARIADB_DIR/install.log" >&2; die "mariadb-install-db failed"; }
    fi
    # another server (say, of another checkout) may hold the port: take the next free one
    while (exec 3<>"/dev/tcp/127.0.0.1/$MARIADB_PORT") 2>/dev/null; do
      [ -z "${TANGGAP_MARIADB_PORT:-}" ] || die "port $MARIADB_PORT is taken (TANGGAP_MARIADB_PORT)"
      MARIADB_PORT=$((MARIADB_PORT + 1))
    done
    say "starting MariaDB on 127.0.0.1:$MARIADB_PORT"
    "$server" --no-defaults --datadir="$MARIADB_DIR/data" --socket="$MARIADB_SOCKET" --pid-file="$MARIADB_DIR/mysqld.pid" \
      --port="$MARIADB_PORT" --bind-address=127.0.0.1 --user="$(id -un)" --skip-log-bin \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --innodb-buffer-pool-size=1G --innodb-flush-log-at-trx-commit=2 --max-connections=300 \
      --log-error="$MARIADB_DIR/error.log" >/dev/null 2>&1 &
    local i
    for i in $(seq 1 60); do
      mariadb-admin --socket="$MARIADB_SOCKET" -uroot ping >/dev/null 2>&1 && break
      sleep 0.5
    done
    mariadb-admin --socket="$MARIADB_SOCKET" -uroot ping >/dev/null 2>&1 || { tail -20 "$MARIADB_DIR/error.log" >&2; die "MariaDB did not start"; }
    MARIADB_STARTED=1
  fi
}

stop_mariadb() {
  if [ -n "$MARIADB_STARTED" ]; then
    say "stopping MariaDB"
    mariadb-admin --socket="$MARIADB_SOCKET" -uroot shutdown >/dev/null 2>&1 || true
  fi
}

# (Re)creates a database and grants the tanggap user on it.
fresh_database() {
  local db="$1"
  mariadb_client -e "DROP DATABASE IF EXISTS \`$db\`;
    CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'tanggap'@'127.0.0.1' IDENTIFIED BY 'tanggap';
    CREATE USER IF NOT EXISTS 'tanggap'@'localhost' IDENTIFIED BY 'tanggap';
    GRANT ALL PRIVILEGES ON \`$db\`.* TO 'tanggap'@'127.0.0.1';
    GRANT ALL PRIVILEGES ON \`$db\`.* TO 'tanggap'@'localhost';" || die "cannot create database $db"
}
