#!/usr/bin/env bash
# A trial of citebot's high-availability shape on one machine: a throw-away PostgreSQL 15 cluster (or, with --h2,
# one shared H2 file), two citebot instances in webhook mode on ports 8081 and 8082, and nginx on
# 127.0.0.1:${NGINX_PORT:-8088} spreading Telegram's posts over them. Everything lives in one directory (printed at
# start; TRIAL_DIR to choose it) and is stopped with Ctrl-C. See docs/deploy.md.
#
#   TELEGRAM_BOT_TOKEN=... CITEBOT_WEBHOOK_URL=https://your-tunnel.example/telegram scripts/trial.sh [--h2] [--check]
#
# CITEBOT_WEBHOOK_URL must reach nginx's port over https (a tunnel, or your TLS proxy). TELEGRAM_API_URL is passed
# on if set. --check posts a made-up update through nginx with the right secret and with a wrong one, prints both
# status codes (expected: 200 and 403), and stops everything.
set -euo pipefail

use_h2=false
check=false
for arg in "$@"; do
    case "$arg" in
        --h2) use_h2=true ;;
        --check) check=true ;;
        *) echo "usage: $0 [--h2] [--check]" >&2; exit 2 ;;
    esac
done
: "${TELEGRAM_BOT_TOKEN:?set TELEGRAM_BOT_TOKEN}"
: "${CITEBOT_WEBHOOK_URL:?set CITEBOT_WEBHOOK_URL (the public https URL that reaches nginx)}"
jar=$(realpath "${JAR:-target/citebot.jar}")
[ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing: sudo apt-get install -y nginx" >&2; exit 1; }

dir=${TRIAL_DIR:-$(mktemp -d /tmp/citebot-trial.XXXXXX)}
mkdir -p "$dir"
dir=$(realpath "$dir")
nginx_port=${NGINX_PORT:-8088}
ports=(8081 8082)
pg_bin=/usr/lib/postgresql/15/bin
pg_port=${PG_PORT:-55432}
secret=${CITEBOT_WEBHOOK_SECRET:-$(openssl rand -hex 24)}
rest=${CITEBOT_WEBHOOK_URL#*://}
case "$rest" in */*) path="/${rest#*/}" ;; *) path=/ ;; esac
pids=()
pg_started=false
nginx_started=false

stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if $nginx_started; then nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" -s quit || true; fi
    if $pg_started; then as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null || true; fi
    echo "stopped; logs and data are in $dir"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    mkdir -p "$dir/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/pg" "$dir"
    as_postgres "$pg_bin/initdb" -D "$dir/pg" -U citebot --auth=trust >"$dir/pg-init.log"
    as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" -l "$dir/pg.log" -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1" \
        -w start >/dev/null
    pg_started=true
    as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U citebot citebot
    db="postgresql://citebot@127.0.0.1:$pg_port/citebot"
}

# Sets db: PostgreSQL when this build has its backend and PostgreSQL 15 is here (and --h2 was not given).
choose_database() {
    if ! $use_h2 && [ -x "$pg_bin/initdb" ] && unzip -l "$jar" 'org/postgresql/Driver.class' >/dev/null 2>&1; then
        start_postgres
    else
        $use_h2 || echo "this build has no PostgreSQL backend (or no PostgreSQL 15 here): one shared H2 file" >&2
        db="$dir/data/citebot"
    fi
}

start_nginx() {
    mkdir -p "$dir/nginx/tmp"
    cat >"$dir/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 256; }
http {
    access_log $dir/nginx/access.log;
    client_body_temp_path $dir/nginx/tmp/body;
    proxy_temp_path $dir/nginx/tmp/proxy;
    fastcgi_temp_path $dir/nginx/tmp/fastcgi;
    uwsgi_temp_path $dir/nginx/tmp/uwsgi;
    scgi_temp_path $dir/nginx/tmp/scgi;
    upstream citebot {
        server 127.0.0.1:${ports[0]} max_fails=1 fail_timeout=5s;
        server 127.0.0.1:${ports[1]} max_fails=1 fail_timeout=5s;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        location = $path {
            proxy_pass http://citebot;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
            proxy_next_upstream error timeout http_502 http_503 non_idempotent;
            proxy_next_upstream_tries 2;
            client_max_body_size 1m;
        }
        location / { return 404; }
    }
}
CONF
    nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log"
    nginx_started=true
}

start_instance() {
    local name=$1 port=$2 db=$3
    (cd "$dir" && exec env CITEBOT_DB="$db" CITEBOT_WEBHOOK_HOST=127.0.0.1 CITEBOT_WEBHOOK_PORT="$port" CITEBOT_INSTANCE="$name" \
        CITEBOT_WEBHOOK_SECRET="$secret" java -jar "$jar" >"$dir/$name.log" 2>&1) &
    pids+=($!)
}

await_start() {
    local log=$1 pid=$2
    for _ in $(seq 1 180); do
        grep -q "is answering as instance" "$log" 2>/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { echo "$log: the instance exited; its end:" >&2; tail -5 "$log" >&2; return 1; }
        sleep 1
    done
    echo "no start line in $log after 3 minutes; its end:" >&2
    tail -5 "$log" >&2
    return 1
}

post() {
    curl -s -o /dev/null -w '%{http_code}' -H "Content-Type: application/json" -H "X-Telegram-Bot-Api-Secret-Token: $1" \
        --data "{\"update_id\":$2,\"message\":{\"message_id\":1,\"date\":$(date +%s),\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"/help\"}}" \
        "http://127.0.0.1:$nginx_port$path"
}

echo "trial directory: $dir"
db=""
choose_database
echo "database: $db"
start_instance a "${ports[0]}" "$db"
await_start "$dir/a.log" "${pids[0]}"
start_instance b "${ports[1]}" "$db"
await_start "$dir/b.log" "${pids[1]}"
start_nginx
echo "nginx on 127.0.0.1:$nginx_port$path -> instances a (:${ports[0]}) and b (:${ports[1]}); Ctrl-C stops everything"
if $check; then
    echo "right secret: $(post "$secret" 990000001), wrong secret: $(post "not-$secret" 990000002)"
    exit 0
fi
wait
