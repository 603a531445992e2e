#!/usr/bin/env bash
#
# SPDX-FileCopyrightText: 2026 The mynacard authors
# SPDX-License-Identifier: Apache-2.0
#

# Compares mynacard with OpenSC on the same simulated My Number Card, through the real PC/SC path
# (pcscd → vsmartcard's vpcd driver → the simulator), and prints a markdown table per card: for
# each command the APDUs the card received and the wall time (median, min, max of --runs runs after
# one warm-up round; the commands take turns, so a load on the machine hits them alike). The card
# answers first at once (the instant card), then on a real contact card's clock (the modelled
# card: the simulator's --apdu-ms 15 --byte-us 40 --signature-ms 400). Last, mynacard's start-up
# ratio: `mynacard pin status` on the instant card over `mynacard --version`, medians.
#
#   bench/compare-opensc.sh [--runs N] [--port 35963|35964]
#
# Needs a JDK 17+, Maven (to build on first use), pcscd with the vpcd driver and OpenSC
# (Debian: apt-get install pcscd vsmartcard-vpcd opensc). Starts pcscd when none runs and stops it
# again at the end; starts a fresh default simulated card in a temporary state file and stops it
# at the end. The card counts APDUs itself: the simulator's --apdu-headers FILE appends one line
# (CLA INS P1 P2, never data) per command APDU it receives.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIMULATOR_JAR="$ROOT/simulator/target/mynacard-simulator.jar"
PCSCD_SOCKET=/run/pcscd/pcscd.comm
CARD_WAIT_SECONDS=60
RUNS=10
PORT=35963

usage() {
    echo "usage: bench/compare-opensc.sh [--runs N] [--port 35963|35964]" >&2
    exit 2
}

fail() {
    echo "compare-opensc: $*" >&2
    exit 1
}

while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || usage; RUNS=$2; shift 2 ;;
        --port) [[ $# -ge 2 && $2 =~ ^3596[34]$ ]] || usage; PORT=$2; shift 2 ;;
        *) usage ;;
    esac
done
# vpcd's first reader listens on 35963, its second on 35964.
READER="Virtual PCD 00 0$((PORT - 35963))"

[[ -n ${EPOCHREALTIME:-} ]] || fail "needs bash 5 or later (for \$EPOCHREALTIME)"
for tool in java pkcs15-tool pkcs15-crypt opensc-tool pcscd openssl; do
    command -v "$tool" >/dev/null || fail "$tool is not on the PATH (Debian: apt-get install default-jdk-headless pcscd opensc)"
done

AS_ROOT=()
[[ $EUID -ne 0 ]] && AS_ROOT=(sudo)
as_root() {
    ${AS_ROOT[@]+"${AS_ROOT[@]}"} "$@"
}

WORK=
SIMULATOR_PID=
stop_card() {
    if [[ -n $SIMULATOR_PID ]]; then
        kill "$SIMULATOR_PID" 2>/dev/null || true
        wait "$SIMULATOR_PID" 2>/dev/null || true
        SIMULATOR_PID=
    fi
}
PCSCD_PID=
cleanup() {
    stop_card
    if [[ -n $PCSCD_PID ]]; then
        as_root kill "$PCSCD_PID" 2>/dev/null || true
        wait "$PCSCD_PID" 2>/dev/null || true
    fi
    if [[ -n $WORK ]]; then
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mynacard-bench.XXXXXX")

# --- pcscd with the vpcd readers ------------------------------------------------------------

if ! pgrep -x pcscd >/dev/null; then
    echo "compare-opensc: starting pcscd (stopped again at the end)" >&2
    # $! must be pcscd itself (or sudo, which passes the signal on), not a subshell.
    ${AS_ROOT[@]+"${AS_ROOT[@]}"} pcscd --foreground >"$WORK/pcscd.log" 2>&1 &
    PCSCD_PID=$!
    for ((i = 0; i < 100; i++)); do
        [[ -S $PCSCD_SOCKET ]] && break
        sleep 0.1
    done
    [[ -S $PCSCD_SOCKET ]] || fail "pcscd did not create $PCSCD_SOCKET within 10 s: $(tail -n 5 "$WORK/pcscd.log")"
fi

# The "Card" column of opensc-tool's reader list for $READER: Yes, No, or nothing when it is missing.
card_in_reader() {
    opensc-tool --list-readers 2>/dev/null | awk -v reader="$READER" '
        $1 ~ /^[0-9]+$/ && substr($0, length($0) - length(reader)) == " " reader { print $2 }'
}

# pcscd notices a card leaving vpcd within about a second (e.g. this script's previous run).
for ((i = 0; i < 15; i++)); do
    [[ $(card_in_reader) == Yes ]] || break
    sleep 0.2
done
case $(card_in_reader) in
    No) ;;
    Yes) fail "the reader '$READER' already holds a card (another simulator or a test is using it); try again later, or --port $((PORT == 35963 ? 35964 : 35963))" ;;
    *) fail "pcscd has no reader '$READER': install vsmartcard-vpcd and restart pcscd (it reads its drivers when it starts)" ;;
esac

# --- build on first use ---------------------------------------------------------------------

# The launcher builds the command (and, with -am, the simulator) when a source is newer than it.
"$ROOT/mynacard" --version >/dev/null || fail "could not build or run $ROOT/mynacard (see above)"

# Anything the simulator jar is built from, newer than the jar?
simulator_outdated() {
    [[ ! -f $SIMULATOR_JAR ]] && return 0
    [[ -n $(find "$ROOT/pom.xml" "$ROOT/card-apdu" "$ROOT/simulator" \( -name target -prune \) -o \
        \( -name pom.xml -o -path '*/src/main/*' \) -type f -newer "$SIMULATOR_JAR" -print -quit) ]]
}
if simulator_outdated; then
    command -v mvn >/dev/null || fail "Maven (mvn) is needed to build the simulator"
    echo "compare-opensc: building the simulator (mvn -B -q -DskipTests -pl simulator -am package)..." >&2
    (cd "$ROOT" && mvn -B -q -DskipTests -pl simulator -am package) >&2
fi

# --- the simulated card in the reader -------------------------------------------------------

APDUS="$WORK/apdu-headers.log"
# Puts the card of $WORK/card.json (created on the first call) into the reader, answering with the
# latency options given.
serve_card() {
    java -jar "$SIMULATOR_JAR" --vpcd "127.0.0.1:$PORT" --state "$WORK/card.json" --apdu-headers "$APDUS" "$@" \
        >"$WORK/simulator.out" 2>"$WORK/simulator.err" </dev/null &
    SIMULATOR_PID=$!
    local deadline=$((SECONDS + CARD_WAIT_SECONDS))
    until [[ $(card_in_reader) == Yes ]]; do
        kill -0 "$SIMULATOR_PID" 2>/dev/null || fail "the simulator ended: $(cat "$WORK/simulator.err")"
        ((SECONDS < deadline)) || fail "the simulated card did not appear in '$READER' within $CARD_WAIT_SECONDS s"
        sleep 0.2
    done
}

# Waits until pcscd has seen the card leave the reader.
await_empty_reader() {
    for ((i = 0; i < 25; i++)); do
        [[ $(card_in_reader) == Yes ]] || return 0
        sleep 0.2
    done
    fail "the card did not leave '$READER'"
}

# --- measurements ---------------------------------------------------------------------------

# OpenSC's file cache (off by default) would spare it APDUs from the second run on: keep it empty.
export XDG_CACHE_HOME="$WORK/cache"
# The simulated card's documented default auth PIN, for the signatures: both programs read it from
# stdin (pkcs15-crypt -p -), never from the command line.
BENCH_PIN=1234
printf 'a document to sign\n' >"$WORK/document.txt"
openssl dgst -sha256 -binary "$WORK/document.txt" >"$WORK/document.sha256"

# What the table calls the commands that run_command runs.
NAMES=(
    "mynacard --version"
    "mynacard pin status"
    "mynacard cert show auth"
    "mynacard sign --key auth (PIN, signature)"
    "pkcs15-tool --list-pins"
    "pkcs15-tool --read-certificate 01"
    "pkcs15-crypt --sign -k 01 (PIN, signature)"
)
run_command() {
    case $1 in
        0) "$ROOT/mynacard" --version ;;
        1) "$ROOT/mynacard" --reader "$READER" pin status ;;
        2) "$ROOT/mynacard" --reader "$READER" cert show auth ;;
        3) printf '%s\n' "$BENCH_PIN" | "$ROOT/mynacard" --reader "$READER" --pin-stdin sign --key auth \
            --out "$WORK/document.p7s" "$WORK/document.txt" ;;
        4) pkcs15-tool --reader "$READER" --list-pins ;;
        5) pkcs15-tool --reader "$READER" --read-certificate 01 ;;
        6) printf '%s\n' "$BENCH_PIN" | pkcs15-crypt --reader "$READER" --sign --sha-256 --pkcs1 -k 01 -p - \
            -i "$WORK/document.sha256" -o "$WORK/document.sig" ;;
    esac
}

now_us() {
    local t=${EPOCHREALTIME//[!0-9]/}
    echo $((10#$t))
}

# Runs command $2 once on card $1; appends its wall time (µs) and APDU count to the files of both.
# A run during which the launcher rebuilt mynacard (a source was edited meanwhile) is repeated.
measure() {
    local card=$1 i=$2 start end
    while :; do
        : >"$APDUS"
        start=$(now_us)
        if ! run_command "$i" >/dev/null 2>"$WORK/stderr"; then
            fail "'${NAMES[$i]}' failed: $(cat "$WORK/stderr")"
        fi
        end=$(now_us)
        grep -q '^mynacard: building' "$WORK/stderr" || break
    done
    echo $((end - start)) >>"$WORK/times.$card.$i"
    wc -l <"$APDUS" >>"$WORK/apdus.$card.$i"
}

# Milliseconds with one decimal, from microseconds.
ms() {
    local tenths=$((($1 + 50) / 100))
    printf '%d.%d' $((tenths / 10)) $((tenths % 10))
}

# The median (µs) of the times of command $2 on card $1.
median() {
    local times n
    mapfile -t times < <(sort -n "$WORK/times.$1.$2")
    n=${#times[@]}
    if ((n % 2)); then
        echo "${times[n / 2]}"
    else
        echo $(((times[n / 2 - 1] + times[n / 2]) / 2))
    fi
}

# Measures every command on card $1 and prints its table.
bench_card() {
    local card=$1 i round times counts apdus
    echo "compare-opensc: the $card card: 1 warm-up round, then $RUNS measured round(s) of ${#NAMES[@]} commands on '$READER'..." >&2
    for i in "${!NAMES[@]}"; do
        measure "$card" "$i"
        rm -f "$WORK/times.$card.$i" "$WORK/apdus.$card.$i"
    done
    for ((round = 0; round < RUNS; round++)); do
        for i in "${!NAMES[@]}"; do
            measure "$card" "$i"
        done
    done
    echo
    echo "| command ($card card) | APDUs | median ms | min ms | max ms |"
    echo "|---|--:|--:|--:|--:|"
    for i in "${!NAMES[@]}"; do
        mapfile -t times < <(sort -n "$WORK/times.$card.$i")
        mapfile -t counts < <(sort -n -u "$WORK/apdus.$card.$i")
        apdus=${counts[0]}
        ((${#counts[@]} > 1)) && apdus="${counts[0]}–${counts[-1]}"
        printf '| `%s` | %s | %s | %s | %s |\n' "${NAMES[$i]}" "$apdus" "$(ms "$(median "$card" "$i")")" \
            "$(ms "${times[0]}")" "$(ms "${times[-1]}")"
    done
}

serve_card
bench_card instant
stop_card
await_empty_reader
serve_card --apdu-ms 15 --byte-us 40 --signature-ms 400
bench_card modelled
stop_card

echo
printf '%s runs each after 1 warm-up, %s, %s cores (%s), %s, OpenSC %s.\n' "$RUNS" "$(date -u +%Y-%m-%d)" "$(nproc)" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
    "$(java -version 2>&1 | head -n 1)" \
    "$(dpkg-query -W -f='${Version}' opensc 2>/dev/null || echo '?')"
VERSION_US=$(median instant 0)
PIN_STATUS_US=$(median instant 1)
TENTHS=$(((PIN_STATUS_US * 10 + VERSION_US / 2) / VERSION_US))
printf 'Start-up ratio (instant card): `mynacard pin status` takes %d.%d times `mynacard --version` (medians %s and %s ms; the goal is 2 or less).\n' \
    $((TENTHS / 10)) $((TENTHS % 10)) "$(ms "$PIN_STATUS_US")" "$(ms "$VERSION_US")"
