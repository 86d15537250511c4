# Sourced by engine tests: a private Docker daemon whose data root, exec root and socket lie in
# the folder $W, so that nothing of the machine's own engine is touched. Needs root and Debian's
# docker.io. Defines d (the client on that socket), dockerd_start, and dockerd_stop for the
# caller's EXIT trap. Expects fail() from the caller.
DOCKER=/usr/bin/docker   # Debian's client; a newer one may shadow it in PATH
DPID=
d() { "$DOCKER" -H "unix://$W/docker.sock" "$@"; }
dockerd_start() {
    dockerd --data-root "$W/root" --exec-root "$W/exec" --pidfile "$W/docker.pid" \
        -H "unix://$W/docker.sock" --iptables=false --ip6tables=false --bridge=none \
        --storage-driver overlay2 >"$W/dockerd.log" 2>&1 &
    DPID=$!
    for _ in $(seq 1 60); do d version >/dev/null 2>&1 && break; kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
    d version >/dev/null 2>&1 || { tail -20 "$W/dockerd.log" >&2; fail "the Docker daemon did not start (its log is above)"; }
}
dockerd_stop() {
    if [ -n "$DPID" ] && kill -0 "$DPID" 2>/dev/null; then
        kill "$DPID"
        for _ in $(seq 1 30); do kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
        kill -0 "$DPID" 2>/dev/null && kill -9 "$DPID"
        wait "$DPID" 2>/dev/null
    fi
    grep -F " $W/" /proc/mounts | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m"; done
}
