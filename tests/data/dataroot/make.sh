#!/bin/bash
# Rebuild the real Docker data-root evidence of this folder (see README.md).
# Runs as root on Debian 12 with: docker.io (20.10) busybox-static python3.
# Starts a private dockerd (overlay2, no networking) in a temporary folder, builds
# lab/base:1 and lab/app:1 offline, makes three containers (stopped-one, running-one,
# created-one), records what the engine says about them, copies the data root while
# running-one still runs, then stops everything and deletes the temporary folder.
# Ids and times change from run to run: facts.txt is rewritten by every run.
set -euo pipefail
umask 022
export LC_ALL=C TZ=UTC
OUT=$(cd "$(dirname "$0")" && pwd)
DOCKER=/usr/bin/docker DOCKERD=/usr/sbin/dockerd BUSYBOX=/bin/busybox PY=/usr/bin/python3
[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 1; }
for t in "$DOCKERD" "$DOCKER" "$BUSYBOX" "$PY"; do [ -x "$t" ] || { echo "missing $t (apt-get install docker.io busybox-static python3)" >&2; exit 1; }; done

W=$(mktemp -d /tmp/dockscope-dataroot.XXXXXX)
DR="$W/docker"   # the data root; "docker" is the top folder of the tarball
DPID=
d() { "$DOCKER" -H "unix://$W/docker.sock" "$@"; }
cleanup() {
    set +e
    if [ -n "$DPID" ] && kill -0 "$DPID" 2>/dev/null; then
        d stop -t 2 running-one stopped-one >/dev/null 2>&1
        kill "$DPID"
        for _ in $(seq 1 30); do kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
        kill -0 "$DPID" 2>/dev/null && kill -9 "$DPID"
        wait "$DPID" 2>/dev/null
    fi
    for _ in 1 2 3; do   # whatever is still mounted below the temporary folder, deepest first
        grep -F " $W" /proc/mounts | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m"; done
    done
    rm -rf "$W"
}
trap cleanup EXIT

# ------------------------------------------------------------------ daemon
"$DOCKERD" --data-root "$DR" --exec-root "$W/exec" --pidfile "$W/docker.pid" \
    -H "unix://$W/docker.sock" --iptables=false --ip6tables=false --bridge=none \
    --storage-driver overlay2 >"$W/dockerd.log" 2>&1 &
DPID=$!
for _ in $(seq 1 60); do d version >/dev/null 2>&1 && break; sleep 1; done
d version >/dev/null || { cat "$W/dockerd.log" >&2; exit 1; }
VERSION=$(d version --format '{{.Server.Version}}')
NATIVE=$(d info --format '{{range .DriverStatus}}{{if eq (index . 0) "Native Overlay Diff"}}{{index . 1}}{{end}}{{end}}')
echo "dockerd $VERSION, $(d info --format '{{.Driver}}'), native overlay diff: $NATIVE"

# ------------------------------------------------------------------ lab/base:1 (docker import)
R="$W/rootfs"
mkdir -p "$R"/{bin,dev,etc,home,opt,proc,root,srv,sys,tmp,var/log,usr/share/doc/base,usr/share/lab}
cp "$BUSYBOX" "$R/bin/busybox"
for a in sh cat chmod cp date echo env grep head id ln ls mkdir printf rm seq sleep tr true wc; do
    ln -s busybox "$R/bin/$a"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$R/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$R/etc/group"
printf 'Welcome to the lab base image\n' >"$R/etc/motd"
printf 'Lab base 1 \\n \\l\n' >"$R/etc/issue"
printf 'BusyBox is GPL-2.0 (busybox-static, Debian 12)\n' >"$R/usr/share/doc/base/copyright"
printf '1: first lab base\n' >"$R/usr/share/doc/base/changelog"
printf 'lab data, base version\n' >"$R/usr/share/lab/readme.txt"
printf 'old\n' >"$R/usr/share/lab/old.txt"
chmod 0700 "$R/root"; chmod 1777 "$R/tmp"
(cd "$R" && tar --sort=name --mtime='2024-05-14 08:00:00Z' --owner=0 --group=0 --numeric-owner \
    --format=gnu -cf "$W/base.tar" .)
d import -m 'lab base: busybox-static' "$W/base.tar" lab/base:1 >/dev/null
BASE_TAR_SHA=sha256:$(sha256sum "$W/base.tar" | cut -d' ' -f1)

# ------------------------------------------------------------------ lab/app:1 (classic builder)
B="$W/build"
mkdir -p "$B/add/opt/data" "$B/add/usr/local/bin"
printf 'a\n' >"$B/add/opt/data/a.txt"; printf 'b\n' >"$B/add/opt/data/b.txt"
printf '#!/bin/sh\necho hello from lab/app\n' >"$B/add/usr/local/bin/hello.sh"
chmod 0755 "$B/add/usr/local/bin/hello.sh"
cat >"$B/Dockerfile" <<'EOF'
FROM lab/base:1
LABEL org.example.purpose="dockscope data-root test"
COPY add/ /
RUN rm -f /etc/motd && echo 'mode=test' > /etc/app.conf
RUN rm -rf /opt/data && mkdir -p /opt/data && echo new > /opt/data/n.txt
CMD ["/bin/sh"]
EOF
DOCKER_BUILDKIT=0 d build --network none -t lab/app:1 "$B" >"$W/build.log"

# ------------------------------------------------------------------ stopped-one
mkdir -p "$W/host/share"
printf 'host file, bound read-only\n' >"$W/host/share/host.txt"
# stdout: 45 filler lines (fill the first 4k log file), a few stderr lines, one 17 000-byte
# line (json-file splits it into a 16 KiB partial entry and the rest), then READY. With
# max-size=4k max-file=3 this rotates exactly twice and no line is lost.
cat >"$W/cmd.sh" <<'EOF'
echo "stopped-one: start $(date -u +%FT%TZ)"
echo "stopped-one: warning: this goes to stderr" >&2
for i in $(seq 1 45); do echo "stdout line $i of the rotation filler ........................"; done
echo "stopped-one: error: second stderr line" >&2
printf 'LONG:'; head -c 16995 /dev/zero | tr '\0' 'x'; echo
echo "stopped-one: error: third stderr line" >&2
echo "after the long line"
echo READY
trap 'echo "stopped-one: got TERM, exiting"; echo "stopped-one: bye (stderr)" >&2; exit 0' TERM
while :; do sleep 1; done
EOF
d run -d --name stopped-one --network none \
    -v labvol:/srv/vol -v "$W/host/share:/srv/share:ro" \
    --log-driver json-file --log-opt max-size=4k --log-opt max-file=3 \
    lab/app:1 sh -c "$(cat "$W/cmd.sh")" >/dev/null
for _ in $(seq 1 30); do d logs stopped-one 2>/dev/null | grep -q READY && break; sleep 1; done
d exec stopped-one sh -c '
set -e
echo "notes of the intruder" > /root/notes.txt
mkdir -p /var/lib/x/y && echo deep > /var/lib/x/y/z.txt
echo "lab:x:1000:1000:lab:/home/lab:/bin/sh" >> /etc/passwd
rm -f /etc/issue
rm -rf /usr/share/doc/base
rm -rf /usr/share/lab && mkdir -p /usr/share/lab && echo "replaced in the container" > /usr/share/lab/new.txt
ln -s /etc/passwd /root/passwd.lnk
cp /usr/local/bin/hello.sh /usr/local/bin/hello-suid && chmod 4755 /usr/local/bin/hello-suid
echo "written into the volume" > /srv/vol/from-stopped-one.txt'
d stop stopped-one >/dev/null
[ "$(d inspect --format '{{.State.Status}}' stopped-one)" = exited ]

# ------------------------------------------------------------------ running-one, created-one
d run -d --name running-one --network none lab/app:1 \
    sh -c 'echo "running-one: up"; echo "running-one: stderr hello" >&2; trap "exit 0" TERM; while :; do sleep 1; done' >/dev/null
sleep 1
d exec running-one sh -c 'set -e; echo added > /tmp/running.txt; echo "lab:x:1000:" >> /etc/group; rm -f /etc/app.conf'
d create --name created-one --network none lab/app:1 echo never-started >/dev/null

# ------------------------------------------------------------------ what the engine says
rm -f "$OUT"/*.txt "$OUT"/*.json "$OUT"/dataroot.tar.gz
for c in stopped-one running-one created-one; do
    d diff "$c" >"$OUT/$c.diff.txt"
    d inspect "$c" >"$OUT/$c.inspect.json"
done
# `docker logs` of a never-started container CREATES an empty <id>-json.log (measured):
# created-one's logs are read only after the copy, so that its folder stays as created.
logs() { d logs --timestamps "$1" >"$OUT/$1.logs.txt" 2>"$OUT/$1.logs-stderr.txt"
         d logs --timestamps "$1" >"$OUT/$1.logs-combined.txt" 2>&1; }
logs stopped-one; logs running-one
d image inspect lab/app:1 lab/base:1 >"$OUT/images.inspect.json"
{ d version; echo; d info; } >"$OUT/engine.txt" 2>&1
[ "$(d inspect --format '{{.State.Running}}' running-one)" = true ]

# ------------------------------------------------------------------ copy the data root (running-one runs)
# leave out what is mounted or volatile: merged/, work/ and mounts/ contents, runtimes, tmp, buildkit, network
set +e
tar -C "$W" --xattrs --xattrs-include='*' --numeric-owner --format=posix --sort=name \
    --warning=no-file-changed --anchored \
    --exclude='docker/overlay2/*/merged/*' --exclude='docker/overlay2/*/work/*' --exclude='docker/containers/*/mounts/*' \
    --exclude=docker/runtimes --exclude=docker/tmp --exclude=docker/buildkit --exclude=docker/network \
    -cf "$W/dataroot.tar" docker
rc=$?; set -e
[ $rc -le 1 ] || { echo "tar failed ($rc)" >&2; exit 1; }
gzip -9 -n -c "$W/dataroot.tar" >"$OUT/dataroot.tar.gz"
RUNNING_CFG=$(d inspect --format '{{.Id}}' running-one)
logs created-one

# ------------------------------------------------------------------ stop everything
d stop -t 5 running-one >/dev/null
kill "$DPID"; for _ in $(seq 1 30); do kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
wait "$DPID" 2>/dev/null || true; DPID=

# ------------------------------------------------------------------ checks and facts
tar -tvzf "$OUT/dataroot.tar.gz" >"$W/listing.txt"
grep -E '^c--------- 0/0 +0,0 .*/diff/' "$W/listing.txt" >"$W/whiteouts.txt" \
    || { echo "no whiteout char devices 0,0 in the tarball" >&2; exit 1; }
DS_version="$VERSION" DS_native="$NATIVE" DS_base_tar="$BASE_TAR_SHA" DS_bind="$W/host/share" DS_running="$RUNNING_CFG" \
$PY - "$OUT" "$W/dataroot.tar" <<'EOF'
import json, os, sys, tarfile, hashlib
out, tarpath = sys.argv[1:]
V = {k[3:]: v for k, v in os.environ.items() if k.startswith("DS_")}
facts = []
F = lambda k, v: facts.append("%s=%s" % (k, str(v).lower() if isinstance(v, bool) else v))
t = tarfile.open(tarpath)
M = {e.name: e for e in t.getmembers()}
rd = lambda p: t.extractfile(M[p]).read().decode()
F("engine_version", V["version"]); F("storage_driver", "overlay2"); F("native_overlay_diff", V["native"])
owner = {}   # overlay2 folder -> who owns it
imgs = json.load(open(os.path.join(out, "images.inspect.json")))
for im in imgs:
    tag = im["RepoTags"][0]; dids = im["RootFS"]["Layers"]
    F("image.%s.id" % tag, im["Id"]); F("image.%s.layer_count" % tag, len(dids))
    chain = None
    for i, did in enumerate(dids):
        chain = did if chain is None else "sha256:" + hashlib.sha256((chain + " " + did).encode()).hexdigest()
        ldb = "docker/image/overlay2/layerdb/sha256/" + chain[7:]
        cache = rd(ldb + "/cache-id")
        assert rd(ldb + "/diff") == did
        owner.setdefault(cache, "%s#%d" % (tag, i))
        F("image.%s.layer%d" % (tag, i), "diff_id=%s chain_id=%s cache_id=%s" % (did, chain, cache))
F("base_import_tar_sha256", V["base_tar"])
F("base_layer_is_import_tar", imgs[1]["RootFS"]["Layers"][0] == V["base_tar"])
for name in ("stopped-one", "running-one", "created-one"):
    ins = json.load(open(os.path.join(out, name + ".inspect.json")))[0]
    cid = ins["Id"]; st = ins["State"]; p = "container.%s." % name
    mnt = "docker/image/overlay2/layerdb/mounts/%s/" % cid
    mount_id, init_id = rd(mnt + "mount-id"), rd(mnt + "init-id")
    owner[mount_id] = "container " + name; owner[init_id] = "container %s (init)" % name
    cfg = json.loads(rd("docker/containers/%s/config.v2.json" % cid))
    F(p + "id", cid); F(p + "image", ins["Image"]); F(p + "status", st["Status"])
    F(p + "config_v2_running", cfg["State"]["Running"]); F(p + "exit_code", st["ExitCode"])
    F(p + "created", ins["Created"]); F(p + "started", st["StartedAt"]); F(p + "finished", st["FinishedAt"])
    F(p + "mount_id", mount_id); F(p + "init_id", init_id)
    F(p + "upper_dir", "docker/overlay2/%s/diff" % mount_id)
    diff = [l.rstrip("\n") for l in open(os.path.join(out, name + ".diff.txt")) if l.strip()]
    F(p + "diff_lines", len(diff))
    for k in "ACD": F(p + "diff_" + k, sum(1 for l in diff if l.startswith(k + " ")))
    for m in ins["Mounts"]:
        F(p + "mount", "%s %s -> %s rw=%s" % (m["Type"], m.get("Name") or m["Source"], m["Destination"], str(m["RW"]).lower()))
    F(p + "log_config", "%s %s" % (ins["HostConfig"]["LogConfig"]["Type"], json.dumps(ins["HostConfig"]["LogConfig"]["Config"], sort_keys=True)))
    logs = sorted(n for n in M if n.startswith("docker/containers/%s/%s-json.log" % (cid, cid)))
    allrows = []
    for n in reversed(logs):   # .2, .1, current: oldest first
        rows = [json.loads(l) for l in rd(n).splitlines()]; allrows += rows
        F(p + "log_file", "%s lines=%d stdout=%d stderr=%d partial=%d bytes=%d" % (os.path.basename(n), len(rows),
          sum(r["stream"] == "stdout" for r in rows), sum(r["stream"] == "stderr" for r in rows),
          sum(not r["log"].endswith("\n") for r in rows), M[n].size))
    F(p + "log_file_count", len(logs))
    if name == "created-one":
        assert not logs and not any(n.startswith("docker/overlay2/%s/merged" % mount_id) for n in M)
    if name == "stopped-one":
        assert {"A", "C", "D"} <= {l[0] for l in diff}, diff
        assert len(logs) == 3, logs
        text = "".join(r["log"] for r in allrows)
        assert "stopped-one: start" in text and "stdout line 45 " in text and "LONG:" + "x" * 16995 + "\n" in text
        F(p + "log_entries_total", len(allrows)); F(p + "log_partial_split", "the 17000-byte line = 16384-byte partial entry in .1 + the rest in the current file")
    if name == "running-one":
        assert cfg["State"]["Running"] is True and cid == V["running"]
F("volume", "labvol docker/volumes/labvol/_data")
F("volume_file", "docker/volumes/labvol/_data/from-stopped-one.txt %s" % rd("docker/volumes/labvol/_data/from-stopped-one.txt").strip())
F("bind_source", V["bind"] + " (a stand-in host folder, deleted after the run; not in the tarball)")
wh = sorted(e.name for e in t.getmembers() if e.ischr() and e.devmajor == 0 and e.devminor == 0 and "/diff/" in e.name)
opq = sorted(e.name for e in t.getmembers() if e.pax_headers.get("SCHILY.xattr.trusted.overlay.opaque") == "y")
def where(n):
    parts = n.split("/")   # docker/overlay2/<cache>/diff/...
    return "%s /%s (%s)" % (owner.get(parts[2], "?"), "/".join(parts[4:]), n)
for n in wh: F("whiteout", where(n))
for n in opq: F("opaque", where(n))
for e in t.getmembers():
    for k, v in sorted(e.pax_headers.items()):
        if k.startswith("SCHILY.xattr.") and k != "SCHILY.xattr.trusted.overlay.opaque":
            v = v.encode("utf-8", "surrogateescape")
            F("xattr", "%s %s=%s" % (where(e.name), k[13:], v.decode() if len(v) < 4 else "<%d bytes>" % len(v)))
assert any("/etc/motd" in n for n in wh) and any(n.endswith("/diff/opt/data") for n in opq)
assert any(n.endswith("/diff/usr/share/lab") for n in opq) and any(n.endswith("/diff/usr/share/doc/base") for n in wh)
other_x = sorted({k for e in t.getmembers() for k in e.pax_headers if k.startswith("SCHILY.xattr.")})
F("xattr_keys_in_tarball", ",".join(other_x))
F("dataroot_members", len(M))
F("dataroot_top_folders", ",".join(sorted({n.split("/")[1] for n in M if n.count("/") >= 1})))
with open(os.path.join(out, "facts.txt"), "w") as f:
    f.write("# written by make.sh; key=value, one a line; keys may repeat\n" + "\n".join(facts) + "\n")
print("checks ok: %d facts" % len(facts))
EOF
chmod -R a+rX "$OUT"
for c in stopped-one running-one created-one; do echo "== docker diff $c"; cat "$OUT/$c.diff.txt"; done
echo "== whiteouts"; cat "$W/whiteouts.txt"
ls -l "$OUT"; du -sh "$OUT"
