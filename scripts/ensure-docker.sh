#!/bin/sh
# Make sure a Docker engine answers (honouring DOCKER_HOST) and debootstrap is
# installed, so the wattlens sandbox can build its image and run.
# Idempotent and quiet when there is nothing to do.
set -eu

LOG=/tmp/wattlens-dockerd.log
WAIT_S=30

have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ]; }

docker_answers() { have docker && docker info >/dev/null 2>&1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

is_debian_like() { [ -r /etc/debian_version ] && have apt-get; }

apt_install() {
    # Quiet, non-interactive; update first because a fresh image has no package lists.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

fail() {
    echo "wattlens: $1" >&2
    exit 1
}

# debootstrap builds the sandbox image; install it whenever we can.
if ! have debootstrap; then
    if is_root && is_debian_like; then
        echo "wattlens: installing debootstrap…" >&2
        apt_install debootstrap
    else
        echo "wattlens: debootstrap is missing — install it with \`sudo apt-get install debootstrap\` (needed once, to build the sandbox image)" >&2
    fi
fi

if docker_answers; then
    exit 0
fi

if [ -n "${DOCKER_HOST:-}" ]; then
    fail "Docker does not answer at DOCKER_HOST=$DOCKER_HOST — start that engine, or unset DOCKER_HOST to use a local one."
fi

if ! is_root || ! is_debian_like; then
    fail "Docker is not running. Install and start it (Debian/Ubuntu: \`sudo apt-get install docker.io debootstrap && sudo systemctl start docker\`), or rerun this script as root, or point DOCKER_HOST at a running engine."
fi

if ! have dockerd; then
    echo "wattlens: installing docker.io…" >&2
    apt_install docker.io
fi

if ! { have pgrep && pgrep -x dockerd >/dev/null 2>&1; }; then
    echo "wattlens: starting dockerd (log: $LOG)…" >&2
    nohup dockerd >"$LOG" 2>&1 &
fi

waited=0
until docker_answers; do
    if [ "$waited" -ge "$WAIT_S" ]; then
        fail "dockerd did not answer within ${WAIT_S} s — see $LOG"
    fi
    sleep 1
    waited=$((waited + 1))
done
echo "wattlens: Docker is ready." >&2
