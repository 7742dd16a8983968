#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback for the server-mode tests: TLS only (a CA and a
# server certificate for "localhost" made here), scram-sha-256 passwords, fsync off (a test
# server: nothing on it outlives the run). Installs Debian's postgresql if it is missing.
#
#   .ci/postgres.sh start DIR   → prints the environment for the tests (eval it)
#   .ci/postgres.sh stop DIR
set -euo pipefail
command=${1:?start or stop}
dir=$(realpath -m "${2:?folder for the server}")
port=${HAI_PG_PORT:-54329}

pg_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [[ -z "$found" ]]; then
        echo "installing PostgreSQL from Debian's packages" >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            postgresql >/dev/null) >&2
        found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    echo "$found"
}

# PostgreSQL refuses to run as root: the server runs as the 'postgres' user when we are root.
as_server_user() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
start)
    if [[ -e "$dir/data" ]]; then
        echo "$dir already holds a test server: '$0 stop $dir', remove the folder, start again" >&2
        exit 1
    fi
    bin=$(pg_bin)
    mkdir -p "$dir"
    tls="$dir/tls"
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=hai-desktop test CA" \
        -keyout "$tls/ca.key" -out "$tls/ca.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' > "$tls/san.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
        -CAcreateserial -days 2 -extfile "$tls/san.ext" -out "$tls/server.crt" 2>/dev/null
    password=$(openssl rand -hex 16)
    printf '%s\n' "$password" > "$dir/superuser.pw"
    if [[ $(id -u) -eq 0 ]]; then chown -R postgres "$dir"; fi
    chmod 600 "$tls/server.key"
    as_server_user "$bin/initdb" -D "$dir/data" -U hai_test --auth=scram-sha-256 \
        --pwfile="$dir/superuser.pw" -E UTF8 --locale=C.UTF-8 >/dev/null
    cat > "$dir/data/pg_hba.conf" <<EOF
# TLS only, passwords as scram-sha-256: what hai-desktop's server mode expects of a real server.
hostssl all all 127.0.0.1/32 scram-sha-256
hostssl all all ::1/128 scram-sha-256
EOF
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
        "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c ssl=on \
         -c ssl_cert_file=$tls/server.crt -c ssl_key_file=$tls/server.key -c fsync=off \
         -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    echo "export HAI_TEST_POSTGRES_URL='postgresql+psycopg://hai_test:$password@localhost:$port/postgres'"
    echo "export HAI_TEST_POSTGRES_CA='$tls/ca.crt'"
    ;;
stop)
    bin=$(pg_bin)
    [[ -d "$dir/data" ]] && as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null || true
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
