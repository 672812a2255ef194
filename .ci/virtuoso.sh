#!/bin/sh
# A private Virtuoso (Debian's virtuoso-opensource) on loopback, for tests and benchmarks.
#
#   .ci/virtuoso.sh start DIR HTTP_PORT SQL_PORT   start, wait until SPARQL answers
#   .ci/virtuoso.sh stop DIR                       stop the server started in DIR
#
# Everything lives in DIR (database, temp database, log, ini, pid); both ports are
# bound to 127.0.0.1. The dba password is taken from VIRTUOSO_DBA_PASSWORD (fed to
# isql on standard input, never on a command line); unset, it stays the stock "dba",
# which is acceptable only because nothing listens beyond loopback.
# SPARQL: anonymous read-only at http://127.0.0.1:HTTP_PORT/sparql, read-write with
# HTTP digest auth (dba) at http://127.0.0.1:HTTP_PORT/sparql-auth.
set -eu

die() { echo "virtuoso.sh: $*" >&2; exit 1; }

find_ini() {
    for f in /etc/virtuoso-opensource-7/virtuoso.ini /var/lib/virtuoso-opensource-7/db/virtuoso.ini \
             /etc/virtuoso-opensource-6.1/virtuoso.ini /usr/local/virtuoso-opensource/var/lib/virtuoso/db/virtuoso.ini; do
        [ -r "$f" ] && { echo "$f"; return 0; }
    done
    return 1
}

find_isql() {
    for c in isql-vt isql-v; do
        command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return 0; }
    done
    return 1
}

answers() {
    if command -v curl >/dev/null 2>&1; then
        curl -fsS -o /dev/null "$1" 2>/dev/null
    else
        python3 -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)" "$1" 2>/dev/null
    fi
}

start() {
    dir=$1; http_port=$2; sql_port=$3
    command -v virtuoso-t >/dev/null 2>&1 || die "virtuoso-t not found (apt-get install -y virtuoso-opensource)"
    stock=$(find_ini) || die "no stock virtuoso.ini found"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ -e "$dir/virtuoso.pid" ] && die "a server seems to run in $dir already (virtuoso.pid exists)"
    # Rewrite the stock ini section by section: private files (main and temp database
    # distinct), loopback ports, and no checkpoint-heavy defaults that slow tests down.
    awk -v dir="$dir" -v http="127.0.0.1:$http_port" -v sql="127.0.0.1:$sql_port" '
        /^\[/ { section = $0 }
        section == "[Database]" && /^DatabaseFile/      { print "DatabaseFile = " dir "/virtuoso.db"; next }
        section == "[Database]" && /^ErrorLogFile/      { print "ErrorLogFile = " dir "/virtuoso.log"; next }
        section == "[Database]" && /^LockFile/          { print "LockFile = " dir "/virtuoso.lck"; next }
        section == "[Database]" && /^TransactionFile/   { print "TransactionFile = " dir "/virtuoso.trx"; next }
        section == "[Database]" && /^xa_persistent_file/ { print "xa_persistent_file = " dir "/virtuoso.pxa"; next }
        section == "[TempDatabase]" && /^DatabaseFile/    { print "DatabaseFile = " dir "/virtuoso-temp.db"; next }
        section == "[TempDatabase]" && /^TransactionFile/ { print "TransactionFile = " dir "/virtuoso-temp.trx"; next }
        section == "[Parameters]" && /^ServerPort/      { print "ServerPort = " sql; next }
        section == "[Parameters]" && /^DirsAllowed/     { print "DirsAllowed = ., " dir ", /usr/share/virtuoso-opensource-7/vad"; next }
        section == "[HTTPServer]" && /^ServerPort/      { print "ServerPort = " http; next }
        section == "[URIQA]" && /^DefaultHost/          { print "DefaultHost = " http; next }
        { print }
    ' "$stock" > "$dir/virtuoso.ini"
    # Keep the stock [HTTPServer] ServerRoot if it exists; otherwise point it at DIR.
    root=$(awk '/^\[HTTPServer\]/{s=1;next} /^\[/{s=0} s && /^ServerRoot/{print $3}' "$dir/virtuoso.ini")
    if [ -n "$root" ] && [ ! -d "$root" ]; then
        sed -i "s#^ServerRoot .*#ServerRoot = $dir#" "$dir/virtuoso.ini"
    fi
    (cd "$dir" && nohup virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/stdout.log" 2>&1 &
     echo $! >"$dir/virtuoso.pid")
    pid=$(cat "$dir/virtuoso.pid")
    # Wait (up to 180 s; a fresh database takes 10-40 s on a busy 2-core machine) until the SPARQL endpoint answers.
    i=0
    until answers "http://127.0.0.1:$http_port/sparql?query=ASK%7B%7D"; do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$dir/virtuoso.pid"
            tail -n 20 "$dir/virtuoso.log" "$dir/stdout.log" >&2 2>/dev/null || true
            die "virtuoso-t exited during start-up (see $dir/virtuoso.log)"
        fi
        i=$((i + 1))
        [ "$i" -gt 1800 ] && { kill "$pid"; rm -f "$dir/virtuoso.pid"; die "no answer on port $http_port after 180 s"; }
        sleep 0.1
    done
    if [ -n "${VIRTUOSO_DBA_PASSWORD:-}" ]; then
        isql=$(find_isql) || die "isql-vt not found"
        # The statement (with the new password) goes through standard input.
        printf "user_set_password('dba', '%s');\n" "$VIRTUOSO_DBA_PASSWORD" \
            | "$isql" "127.0.0.1:$sql_port" dba dba >"$dir/isql.log" 2>&1 \
            || { cat "$dir/isql.log" >&2; die "could not set the dba password"; }
    fi
    echo "virtuoso started: pid $pid, http://127.0.0.1:$http_port/sparql-auth"
}

stop() {
    dir=$1
    [ -r "$dir/virtuoso.pid" ] || die "no virtuoso.pid in $dir"
    pid=$(cat "$dir/virtuoso.pid")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        i=0
        while kill -0 "$pid" 2>/dev/null; do
            i=$((i + 1))
            [ "$i" -gt 300 ] && { kill -9 "$pid" 2>/dev/null || true; break; }
            sleep 0.1
        done
    fi
    rm -f "$dir/virtuoso.pid"
    echo "virtuoso stopped: pid $pid"
}

case "${1:-}" in
    start) [ $# -eq 4 ] || die "usage: $0 start DIR HTTP_PORT SQL_PORT"; start "$2" "$3" "$4" ;;
    stop)  [ $# -eq 2 ] || die "usage: $0 stop DIR"; stop "$2" ;;
    *) die "usage: $0 start DIR HTTP_PORT SQL_PORT | stop DIR" ;;
esac
