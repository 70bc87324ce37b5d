#!/bin/sh
# Make sure a Docker engine answers (honouring DOCKER_HOST) and debootstrap is
# installed, so the wattlens sandbox can build its image and run.
#
# Idempotent, non-interactive, quiet when there is nothing to do.  As root on
# Debian/Ubuntu it installs docker.io and debootstrap when missing and starts
# dockerd in the background (no systemd needed); otherwise it says what to do.
# Exit 0: an engine answers.  Exit 1: it does not (the message says why).
set -eu

LOG=${WATTLENS_DOCKERD_LOG:-/tmp/wattlens-dockerd.log}
WAIT_S=${WATTLENS_DOCKERD_WAIT_S:-60}

say() { echo "wattlens: $1" >&2; }
fail() {
    say "$1"
    exit 1
}

have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/sbin/$1" ]; }

docker_answers() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

is_debian_like() { [ -r /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; }

APT_UPDATED=
apt_install() {
    # A fresh machine has no package lists: update once, then install quietly.
    if [ -z "$APT_UPDATED" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

dockerd_pid() { cat /var/run/docker.pid 2>/dev/null || true; }

dockerd_running() {
    pid=$(dockerd_pid)
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

start_dockerd() {
    say "starting dockerd${*:+ $*} (log: $LOG)…"
    # setsid + nohup: the engine outlives the shell (and CI step) that started it.
    if command -v setsid >/dev/null 2>&1; then
        setsid nohup dockerd "$@" >>"$LOG" 2>&1 </dev/null &
    else
        nohup dockerd "$@" >>"$LOG" 2>&1 </dev/null &
    fi
    STARTED_PID=$!
}

# Waits for the engine; returns 1 early when the dockerd we started has died.
wait_for_engine() {
    waited=0
    until docker_answers; do
        if [ -n "${STARTED_PID:-}" ] && ! kill -0 "$STARTED_PID" 2>/dev/null; then
            return 1
        fi
        if [ "$waited" -ge "$WAIT_S" ]; then
            fail "dockerd did not answer within ${WAIT_S} s — see $LOG"
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

# debootstrap builds the sandbox image; install it whenever we can.
if ! have debootstrap; then
    if is_root && is_debian_like; then
        say "installing debootstrap…"
        apt_install debootstrap
    else
        say "debootstrap is missing — install it with \`sudo apt-get install debootstrap\` (needed once, to build the sandbox image)"
    fi
fi

if docker_answers; then
    exit 0
fi

if [ -n "${DOCKER_HOST:-}" ]; then
    if ! command -v docker >/dev/null 2>&1; then
        fail "the docker command is missing, so DOCKER_HOST=$DOCKER_HOST cannot be checked — install the Docker CLI (Debian/Ubuntu: \`apt-get install docker.io\`)."
    fi
    fail "Docker does not answer at DOCKER_HOST=$DOCKER_HOST — start that engine, or unset DOCKER_HOST to use a local one."
fi

if ! is_root || ! is_debian_like; then
    fail "Docker is not running. Install and start it (Debian/Ubuntu: \`sudo apt-get install docker.io debootstrap && sudo systemctl start docker\`), or rerun this script as root, or point DOCKER_HOST at a running engine."
fi

if ! have dockerd || ! command -v docker >/dev/null 2>&1; then
    say "installing docker.io…"
    apt_install docker.io
fi

STARTED_PID=
if ! dockerd_running; then
    start_dockerd
fi
if ! wait_for_engine; then
    # Some CI containers have no iptables; the sandbox needs no network, so run without it.
    say "dockerd exited — retrying without iptables and the default bridge (last log lines follow)"
    tail -n 5 "$LOG" >&2 || true
    start_dockerd --iptables=false --bridge=none
    wait_for_engine || fail "dockerd exited again — see $LOG"
fi
say "Docker is ready."
