#!/usr/bin/env bash
# SPDX-FileCopyrightText: NumberDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The curl floor of the full inventory fetch: every page of GET /activeNumbers for MOBILE, LOCAL and
# TOLL_FREE (the walk `numberdesk-cli active list --all` does without --type), at the same page size, with
# one curl per page writing the body to a file. Nothing is parsed: nextPageToken is taken from the last
# kilobyte of the body (the sandbox writes it after the array) with a bash regex.
#
# Usage: curl-floor.sh BASE_URL PROJECT KEY_ID KEY_SECRET [PAGE_SIZE]
# Prints {"wallMs":..,"pages":..,"bytes":..} on stdout. The key secret is passed to curl on stdin only.
set -euo pipefail

base=$1 project=$2 key_id=$3 key_secret=$4 page_size=${5:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
body=$work/body

start=$(date +%s%N)
# -K - reads the credentials from stdin, so the secret does not appear in ps.
printf 'user = "%s:%s"\n' "$key_id" "$key_secret" |
    curl -sS -f -K - -d grant_type=client_credentials -o "$body" "$base/oauth2/token"
token_re='"access_token":"([^"]*)"'
[[ $(<"$body") =~ $token_re ]] || { echo "curl-floor: no access token" >&2; exit 1; }
bearer=${BASH_REMATCH[1]}
printf 'header = "Authorization: Bearer %s"\n' "$bearer" > "$work/auth.conf"

next_re='"nextPageToken":"([^"]*)"'
pages=0 bytes=0
for type in MOBILE LOCAL TOLL_FREE; do
    next=
    while :; do
        query="type=$type&pageSize=$page_size"
        if [[ -n $next ]]; then
            # base64url tokens need no escaping except a possible '=' padding.
            query+="&pageToken=${next//=/%3D}"
        fi
        size=$(curl -sS -f -K "$work/auth.conf" -o "$body" -w '%{size_download}' \
            "$base/v1/projects/$project/activeNumbers?$query")
        pages=$((pages + 1))
        bytes=$((bytes + size))
        tail_text=$(tail -c 1024 "$body")
        next=
        if [[ $tail_text =~ $next_re ]]; then
            next=${BASH_REMATCH[1]}
        fi
        [[ -n $next ]] || break
    done
done
end=$(date +%s%N)
wall_ms=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')
printf '{"wallMs":%s,"pages":%d,"bytes":%d}\n' "$wall_ms" "$pages" "$bytes"
