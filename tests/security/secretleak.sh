#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Secret-leak test ("Reliability and security" §3): a full run of numberdesk-cli (every command, every
# --format, oauth2 and basic, a 401 run and a fault run) against numberdesk-sandbox, plus the desktop app
# offscreen, all with --verbose and QT_LOGGING_RULES="*.debug=true"; then every captured stream and every
# file under the temporary HOME / XDG dirs is scanned for the key secret, its Basic form, access tokens and
# the HMAC secret. First a self-check plants each secret in a scratch file and requires the scanner to see it.
# Usage: secretleak.sh CLI SANDBOX APP|- [KEEP_DIR]
set -u
cli=$1 sandbox=$2 app=$3 keep=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
scan=(python3 "$here/secretscan.py")

work=$(mktemp -d "${TMPDIR:-/tmp}/nd-secretleak.XXXXXX")
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    if [[ -n $keep ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
out=$work/out
mkdir -p "$out" "$work/home/config" "$work/home/data" "$work/home/cache" "$work/runtime"
chmod 700 "$work/runtime"
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data
export XDG_CACHE_HOME=$work/home/cache XDG_RUNTIME_DIR=$work/runtime
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
export QT_LOGGING_RULES='*.debug=true'
unset SINCH_PROJECT_ID SINCH_KEY_ID SINCH_KEY_SECRET NUMBERDESK_NUMBERS_URL NUMBERDESK_AUTH_URL NUMBERDESK_AUDIT_LOG

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
rnd() { LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c "$1"; }

project=proj-leak-$(rnd 6)
keyid=key-leak-$(rnd 6)
ks="KS-$(rnd 24)"
wrong="WS-$(rnd 24)"
hmac="HM-$(rnd 40)"
basic=$(printf '%s:%s' "$keyid" "$ks" | base64 -w0)
basicwrong=$(printf '%s:%s' "$keyid" "$wrong" | base64 -w0)
jwt='eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+'

# Starts a sandbox; sets $url. Extra arguments are passed on.
start_sandbox() {
    local tag=$1; shift
    "$sandbox" --port 0 --project "$project" --key-id "$keyid" --key-secret "$ks" --active 12 --verbose \
        --debug-endpoints "$@" >"$out/sandbox-$tag.stdout" 2>"$out/sandbox-$tag.stderr" &
    pids+=($!)
    url=
    for _ in $(seq 100); do
        url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$out/sandbox-$tag.stdout" | head -1)
        [[ -n $url ]] && break
        sleep 0.1
    done
    [[ -n $url ]] || { fail "sandbox $tag did not start"; cat "$out/sandbox-$tag.stderr"; exit 1; }
}

# run NAME [stdin-file] -- ARGS...: runs the CLI, captures out/NAME.stdout/.stderr, returns its exit code.
n=0
run() {
    local name=$1 input=/dev/null; shift
    if [[ $1 != -- ]]; then input=$1; shift; fi
    shift
    n=$((n + 1))
    timeout 60 "$cli" "$@" <"$input" >"$out/cli-$name.stdout" 2>"$out/cli-$name.stderr"
    local rc=$?
    echo "$rc $name" >>"$out/exit-codes.txt"
    return $rc
}
must() { run "$@" || fail "cli $1 exited with $? ($(head -c 300 "$out/cli-$1.stderr"))"; }

# ---- 1. self-check: the scanner must find each kind of secret in a planted file ----------------------
selfdir=$work/selfcheck
mkdir -p "$selfdir"
printf 'x %s y\n' "$ks" >"$selfdir/ks.txt"
printf 'Authorization: Basic %s\n' "$basic" >"$selfdir/basic.log"
printf '{"t":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrIn0.c2ln"}\n' >"$selfdir/token.json"
printf '%s' "$hmac" | iconv -f UTF-8 -t UTF-16LE >"$selfdir/hmac.bin"
printf 'clean\n' >"$selfdir/clean.txt"
for f in ks.txt basic.log token.json hmac.bin; do
    if "${scan[@]}" --secret keySecret="$ks" --secret basicHeader="$basic" --regex accessToken="$jwt" \
        --secret hmacSecret="$hmac" --log-regex authorization='(?i)authorization' --log '*.log' \
        "$selfdir/$f" >"$work/self.txt"; then
        fail "self-check: planted secret in $f not found"
    fi
done
"${scan[@]}" --secret keySecret="$ks" --regex accessToken="$jwt" "$selfdir/clean.txt" >/dev/null ||
    fail "self-check: clean file reported"
[[ $failures -eq 0 ]] && echo "self-check: scanner finds planted secrets"

# ---- 2. full CLI run against numberdesk-sandbox --------------------------------------------------------
start_sandbox main --state "$work/home/sandbox-state.json"
token=$(curl -s -u "$keyid:$ks" -d grant_type=client_credentials "$url/oauth2/token" |
    grep -o '"access_token":"[^"]*"' | cut -d'"' -f4)
[[ $token == eyJ*.*.* ]] || fail "could not obtain an access token the way the client does"
conn=(--numbers-url "$url" --auth-url "$url" --project "$project" --key-id "$keyid" --key-secret "$ks" --verbose)

must search-seed -- "${conn[@]}" available search --region US --type LOCAL --size 40 --format json
mapfile -t avail < <(grep -o '"phoneNumber": *"+[0-9]*"' "$out/cli-search-seed.stdout" | grep -o '+[0-9]*')
[[ ${#avail[@]} -ge 8 ]] || fail "too few available numbers (${#avail[@]})"
addr=(--display-name "Leak Test" --street-number 1 --street-info "Main St" --city Springfield --state IL
      --postal-code 62701)
i=0
for auth in oauth2 basic; do
    c=("${conn[@]}" --auth "$auth")
    for fmt in table json csv; do
        t=$auth-$fmt
        f=(--format "$fmt")
        must regions-$t -- "${c[@]}" regions "${f[@]}"
        must search-$t -- "${c[@]}" available search --region US --type LOCAL --capability SMS --size 3 "${f[@]}"
        # From the end of the list: rent-any takes numbers from its start.
        num=${avail[$((${#avail[@]} - 1 - i))]}; i=$((i + 1))
        must check-$t -- "${c[@]}" available check "$num" "${f[@]}"
        must rent-$t -- "${c[@]}" available rent "$num" --yes "${f[@]}"
        run rentany-$t -- "${c[@]}" available rent-any --region US --type LOCAL --yes "${f[@]}"
        must list-$t -- "${c[@]}" active list --page-size 5 "${f[@]}"
        must listall-$t -- "${c[@]}" active list --all "${f[@]}"
        must get-$t -- "${c[@]}" active get "$num" "${f[@]}"
        must update-$t -- "${c[@]}" active update "$num" --display-name "leak $t" --yes "${f[@]}"
        run emvalidate-$t -- "${c[@]}" emergency validate "$num" "${addr[@]}" "${f[@]}"
        run emprovision-$t -- "${c[@]}" emergency provision "$num" "${addr[@]}" --yes "${f[@]}"
        run emget-$t -- "${c[@]}" emergency get "$num" "${f[@]}"
        run emdeprovision-$t -- "${c[@]}" emergency deprovision "$num" --yes "${f[@]}"
        must release-$t -- "${c[@]}" active release "$num" --yes "${f[@]}"
        printf '%s\n' "$hmac" >"$work/hmac.in"
        must callbacksset-$t "$work/hmac.in" -- "${c[@]}" callbacks set --hmac-secret-stdin --yes "${f[@]}"
        # callbacks get prints the HMAC secret by design: its stdout is excluded from the HMAC check only.
        must callbacksget-$t -- "${c[@]}" callbacks get "${f[@]}"
        grep -q -- "$hmac" "$out/cli-callbacksget-$t.stdout" || fail "callbacks get ($t) does not show the new secret"
        # The callback tools: verify (secret on stdin), and send-test to a listen, both with the HMAC secret.
        printf '{"eventId":"leak-%s"}' "$t" >"$work/body.json"
        run verify-$t "$work/hmac.in" -- "${c[@]}" callbacks verify --body-file "$work/body.json" \
            --signature 0000000000000000000000000000000000000000 --hmac-secret-stdin "${f[@]}"
        rc=$?
        [[ $rc -eq 9 ]] || fail "callbacks verify ($t): a wrong signature exited $rc, expected 9"
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        timeout 60 "$cli" "${c[@]}" callbacks listen --port "$port" --count 1 "${f[@]}" </dev/null \
            >"$out/cli-listen-$t.stdout" 2>"$out/cli-listen-$t.stderr" &
        lpid=$!
        for _ in $(seq 100); do grep -q 'Listening on' "$out/cli-listen-$t.stderr" && break; sleep 0.1; done
        must sendtest-$t -- "${c[@]}" callbacks send-test --url "http://127.0.0.1:$port/callbacks" "${f[@]}"
        wait "$lpid" || fail "callbacks listen ($t) exited with $?"
        grep -q '"signatureValid":true' "$out/cli-listen-$t.stdout" ||
            fail "callbacks listen ($t): the test event did not verify"
        must activity-$t -- "${c[@]}" activity "${f[@]}"
    done
done
# Error run: wrong secret, 401, exit code 3.
for auth in oauth2 basic; do
    run wrong-$auth -- --numbers-url "$url" --auth-url "$url" --project "$project" --key-id "$keyid" \
        --key-secret "$wrong" --auth "$auth" --verbose regions --format json
    rc=$?
    [[ $rc -eq 3 ]] || fail "wrong secret ($auth): exit $rc, expected 3"
done

# ---- 3. fault run: resets and 5xx on every path ---------------------------------------------------------
start_sandbox faults --faults "5xx=0.4,reset=0.3,429=0.1,malformed=0.1" --seed 11
fconn=(--numbers-url "$url" --auth-url "$url" --project "$project" --key-id "$keyid" --key-secret "$ks" --verbose
       --retries 1 --timeout 5)
for auth in oauth2 basic; do
    for k in 1 2 3; do
        run fault-regions-$auth-$k -- "${fconn[@]}" --auth "$auth" regions --format json
        run fault-listall-$auth-$k -- "${fconn[@]}" --auth "$auth" active list --all --format csv
        run fault-rentany-$auth-$k -- "${fconn[@]}" --auth "$auth" available rent-any --region US --type LOCAL --yes
        printf '%s\n' "$hmac" >"$work/hmac.in"
        run fault-callbacksset-$auth-$k "$work/hmac.in" -- "${fconn[@]}" --auth "$auth" callbacks set \
            --hmac-secret-stdin --yes
    done
done
grep -vq '^0 fault' <(grep ' fault-' "$out/exit-codes.txt") || fail "fault run: no command failed, faults not injected?"

# ---- 4. the desktop app, offscreen --------------------------------------------------------------------
if [[ $app != - && -x $app ]]; then
    "$app" --help >"$out/app-help.stdout" 2>"$out/app-help.stderr"
    if grep -q -- '--smoke-test' "$out/app-help.stdout"; then
        timeout 60 "$app" --smoke-test >"$out/app-smoke.stdout" 2>"$out/app-smoke.stderr"
        echo "app --smoke-test exited with $?"
    else
        "$app" --sandbox >"$out/app-run.stdout" 2>"$out/app-run.stderr" &
        apid=$!
        pids+=($apid)
        sleep 4
        kill "$apid" 2>/dev/null
        wait "$apid" 2>/dev/null
    fi
    mkdir -p "$work/shots"
    timeout 60 "$app" --sandbox --screenshot-dir "$work/shots" >"$out/app-shots.stdout" 2>"$out/app-shots.stderr"
    echo "app --screenshot-dir exited with $? ($(ls "$work/shots" | wc -l) screenshot(s); PNGs are checked by tst_secretmasking)"
else
    echo "NOTE: desktop app not built ($app): app outputs not scanned"
fi

# ---- 5. scan --------------------------------------------------------------------------------------------
# Scanned: every captured stream (out/) and everything under HOME (profiles.json, QSettings .conf, secrets
# fallback file, audit.sqlite, sandbox state). PNGs are excluded (compressed bytes mean nothing).
find "$work/shots" -name '*.png' -delete 2>/dev/null
echo "scanning $(find "$out" "$work/home" -type f | wc -l) files:"
find "$work/home" -type f | sed "s|^$work/||"
args=(--secret keySecret="$ks" --secret wrongKeySecret="$wrong" --secret basicHeader="$basic"
      --secret basicHeaderWrong="$basicwrong" --secret hmacSecret="$hmac"
      --regex accessToken="$jwt" --regex jwtHeader='eyJhbGciOi'
      --log-regex authorizationHeader='(?i)authorization' --log-regex basicScheme='Basic [A-Za-z0-9+/=]{8,}'
      --log-regex bearer='(?i)bearer '
      --log '*.stderr' --log "$out/sandbox-*"
      # app's embedded sandbox uses the fixed key secret "sandbox-secret"
      --secret embeddedSandboxSecret=sandbox-secret
      --exclude hmacSecret="$out/cli-callbacksget-*.stdout"
      --exclude hmacSecret="$work/home/sandbox-state.json")
[[ -n $token ]] && args+=(--secret curlToken="$token")
"${scan[@]}" "${args[@]}" "$out" "$work/home" || fail "secrets found (see LEAK lines above)"
echo "$n CLI runs; exit codes: $(cut -d' ' -f1 "$out/exit-codes.txt" | sort | uniq -c | tr -s ' \n' ' ')"
[[ $failures -eq 0 ]] && echo "PASS" && exit 0
echo "$failures failure(s)"
exit 1
