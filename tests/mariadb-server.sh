#!/bin/sh
# A private MariaDB server for the test suite: its own data folder, socket and loopback port in a
# temporary folder, and two accounts with only the privileges they need:
#   lieu_test  creates one fresh database per test (names starting "lieu_test"), migrates it and may
#              pass the application's privileges on to lieu_app (tests check the documented GRANTs);
#   lieu_app   has no privileges of its own until a test grants it the application's set.
# The server also speaks TLS, with a certificate authority made for the run (LIEU_TEST_TLS_CA) and a
# second, unrelated one (LIEU_TEST_TLS_OTHER_CA) that must not be trusted.
# Source this file, then:  mariadb_start  (exports LIEU_TEST_DB, LIEU_DB_PASSWORD, LIEU_TEST_APP_USER,
# LIEU_TEST_APP_PASSWORD, LIEU_TEST_TLS_CA, LIEU_TEST_TLS_OTHER_CA)  and  mariadb_stop.  It fails
# (exit status 1) when the server cannot start.

mariadb_fail()
{
    echo "mariadb-server.sh: $*" >&2
    [ -n "${LIEU_MARIADB_DIR:-}" ] && [ -f "$LIEU_MARIADB_DIR/error.log" ] && tail -n 30 "$LIEU_MARIADB_DIR/error.log" >&2
    return 1
}

mariadb_free_port()
{
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# A certificate authority and a server certificate for 127.0.0.1, valid for two days; and another
# authority that signed nothing of ours.
mariadb_certificates()
{
    mkdir -p "$1" && cd "$1" || return 1
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >server.ext
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Lieu test CA" -keyout ca.key -out ca.pem 2>/dev/null &&
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null &&
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext \
        -out server.pem 2>/dev/null &&
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Unrelated CA" -keyout other-ca.key -out other-ca.pem 2>/dev/null
    status=$?
    cd - >/dev/null
    return $status
}

mariadb_start()
{
    for tool in mariadbd mariadb-install-db mariadb; do
        command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { mariadb_fail "$tool is not installed (package mariadb-server)"; return 1; }
    done
    server=$(command -v mariadbd || echo /usr/sbin/mariadbd)
    LIEU_MARIADB_DIR=$(mktemp -d "${TMPDIR:-/tmp}/lieu-mariadb.XXXXXX")
    export LIEU_MARIADB_DIR
    dir=$LIEU_MARIADB_DIR
    user=$(id -un)
    # The socket path must stay short (at most 107 bytes).
    mariadb-install-db --no-defaults --datadir="$dir/data" --user="$user" --skip-test-db \
        --auth-root-authentication-method=socket >"$dir/install.log" 2>&1 \
        || { mariadb_fail "mariadb-install-db failed: $(tail -n 5 "$dir/install.log")"; return 1; }
    mariadb_certificates "$dir/tls" || { mariadb_fail "making the TLS certificates failed"; return 1; }
    LIEU_MARIADB_PORT=$(mariadb_free_port) || { mariadb_fail "no free loopback port"; return 1; }
    export LIEU_MARIADB_PORT
    "$server" --no-defaults --user="$user" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
        --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" --port="$LIEU_MARIADB_PORT" \
        --bind-address=127.0.0.1 --skip-name-resolve --max-connections=300 \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_bin \
        --ssl-ca="$dir/tls/ca.pem" --ssl-cert="$dir/tls/server.pem" --ssl-key="$dir/tls/server.key" \
        --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=2 --innodb-file-per-table=OFF --innodb-doublewrite=OFF --innodb-lock-wait-timeout=20 \
        >"$dir/stdout.log" 2>&1 &
    LIEU_MARIADB_PID=$!
    export LIEU_MARIADB_PID
    i=0
    until mariadb --no-defaults --socket="$dir/mysqld.sock" -u "$user" -e 'SELECT 1' >/dev/null 2>&1; do
        i=$((i + 1))
        if [ $i -gt 120 ] || ! kill -0 "$LIEU_MARIADB_PID" 2>/dev/null; then
            mariadb_fail "the server did not start"
            return 1
        fi
        sleep 0.5
    done
    test_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    app_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    mariadb --no-defaults --socket="$dir/mysqld.sock" -u "$user" <<SQL || { mariadb_fail "creating the test accounts failed"; return 1; }
CREATE USER 'lieu_test'@'127.0.0.1' IDENTIFIED BY '$test_password';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES, TRIGGER
    ON \`lieu\_test%\`.* TO 'lieu_test'@'127.0.0.1' WITH GRANT OPTION;
CREATE USER 'lieu_app'@'127.0.0.1' IDENTIFIED BY '$app_password';
CREATE DATABASE lieu_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
SQL
    LIEU_TEST_DB="mysql://lieu_test@127.0.0.1:$LIEU_MARIADB_PORT/lieu_test"
    LIEU_DB_PASSWORD=$test_password
    LIEU_TEST_APP_USER=lieu_app
    LIEU_TEST_APP_PASSWORD=$app_password
    LIEU_TEST_TLS_CA="$dir/tls/ca.pem"
    LIEU_TEST_TLS_OTHER_CA="$dir/tls/other-ca.pem"
    export LIEU_TEST_DB LIEU_DB_PASSWORD LIEU_TEST_APP_USER LIEU_TEST_APP_PASSWORD LIEU_TEST_TLS_CA LIEU_TEST_TLS_OTHER_CA
    echo "MariaDB $("$server" --version | sed 's/.*Ver \([^ ]*\).*/\1/') listening on 127.0.0.1:$LIEU_MARIADB_PORT ($dir)"
}

mariadb_stop()
{
    if [ -n "${LIEU_MARIADB_PID:-}" ] && kill -0 "$LIEU_MARIADB_PID" 2>/dev/null; then
        kill "$LIEU_MARIADB_PID" 2>/dev/null
        i=0
        while kill -0 "$LIEU_MARIADB_PID" 2>/dev/null && [ $i -lt 60 ]; do
            sleep 0.5
            i=$((i + 1))
        done
        kill -9 "$LIEU_MARIADB_PID" 2>/dev/null || true
    fi
    [ -n "${LIEU_MARIADB_DIR:-}" ] && rm -rf "$LIEU_MARIADB_DIR"
    LIEU_MARIADB_PID=
    LIEU_MARIADB_DIR=
}
