#!/bin/bash
# A Debian image made with a real engine: a root file system holding a few of this machine's
# installed packages (their dpkg status paragraphs, info/*.list and *.md5sums, and their files),
# `docker import`ed into a private dockerd and `docker save`d; `dockscope-cli analyze` must list
# exactly the packages `dpkg-query --admindir` lists for that root and, hashing every file the
# md5sums name, find none altered; then a layer the engine adds (docker cp, docker commit) that
# replaces sed's program must be FS-08 with sed's expected and the actual MD5.
# Needs root and Debian's docker.io (scripts/deps.sh). Usage: dpkg-live.sh DOCKSCOPE_CLI
set -euo pipefail
export LC_ALL=C TZ=UTC
CLI=${1:?usage: dpkg-live.sh DOCKSCOPE_CLI}
fail() { echo "dpkg-live: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "needs root to start its own dockerd"
for t in dockerd containerd runc /usr/bin/docker python3 dpkg-query md5sum; do
    command -v "$t" >/dev/null || fail "missing $t (install docker.io: scripts/deps.sh)"
done
W=$(mktemp -d /tmp/dockscope-dpkg.XXXXXX)
. "$(dirname "$0")/private-dockerd.sh"
cleanup() {
    set +e
    dockerd_stop
    rm -rf "$W"
}
trap cleanup EXIT

# The root file system: a few small packages of this machine, as dpkg installed them.
R="$W/rootfs"
A="$R/var/lib/dpkg"
mkdir -p "$A/info" "$R/etc"
for l in bin sbin lib lib32 lib64 libx32; do   # usr-merged like this machine
    if [ -L "/$l" ]; then mkdir -p "$R/usr/$l"; ln -s "$(readlink "/$l")" "$R/$l"; fi
done
PKGS="base-files debianutils sed grep gzip hostname libacl1 libattr1 libpcre2-8-0 zlib1g"
: >"$A/status"
for p in $PKGS; do
    dpkg-query -W "$p" >/dev/null 2>&1 || continue
    dpkg-query -s "$p" >>"$A/status"
    echo >>"$A/status"
    for f in /var/lib/dpkg/info/"$p".list /var/lib/dpkg/info/"$p":*.list \
             /var/lib/dpkg/info/"$p".md5sums /var/lib/dpkg/info/"$p":*.md5sums; do
        [ -f "$f" ] && cp "$f" "$A/info/"
    done
    # The package's own files (not directories), copied as they are.
    dpkg-query -L "$p" | while read -r f; do
        if [ -L "$f" ] || [ -f "$f" ]; then
            [ -d "$f" ] || { mkdir -p "$R$(dirname "$f")"; cp -a "$f" "$R$f"; }
        fi
    done
done
[ -f "$R/etc/os-release" ] || cp -L /etc/os-release "$R/etc/os-release"
dpkg-query --admindir="$A" -W -f '${Package} ${Version}\n' | sort >"$W/expected.txt"
[ "$(wc -l <"$W/expected.txt")" -ge 5 ] || fail "too few packages on this machine: $(cat "$W/expected.txt")"

dockerd_start
tar -C "$R" --numeric-owner -c . | d import - dockscope/dpkg-live:1 >/dev/null
d save -o "$W/image.tar" dockscope/dpkg-live:1

"$CLI" analyze --verify-package-files --json "$W/analysis.json" "$W/image.tar" >/dev/null || [ $? -eq 1 ] || fail "analyze failed"
python3 - "$W/analysis.json" "$W/expected.txt" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
img = a["images"][0]["packages"]
got = sorted("%s %s" % (p["name"], p["version"]) for p in img["packages"] if p["ecosystem"] == "deb")
want = open(sys.argv[2]).read().split("\n")[:-1]
if got != want:
    print("dpkg-live: FAIL: inventory differs from dpkg-query:\n  got  %s\n  want %s" % (got, want))
    sys.exit(1)
if img.get("alteredFiles"):
    print("dpkg-live: FAIL: altered files reported: %s" % img["alteredFiles"])
    sys.exit(1)
if img.get("verifiedFiles", 0) < 20:
    print("dpkg-live: FAIL: only %s package files verified" % img.get("verifiedFiles"))
    sys.exit(1)
print("dpkg-live: %d packages, as dpkg-query lists them; %d files verified, none altered" % (len(got), img["verifiedFiles"]))
# An unmodified Debian file system is a quiet control: nothing above low apart from configuration
# facts of the image (it runs as root: IMG-07).
facts = {"IMG-07"}
loud = [(f["rule"], f["severity"], f.get("path")) for f in a["findings"]
        if f["severity"] in ("medium", "high", "critical") and f["rule"] not in facts]
if loud:
    print("dpkg-live: FAIL: findings above low on unmodified Debian packages: %s" % loud)
    sys.exit(1)
print("dpkg-live: quiet control: %d findings, none above low apart from %s" % (len(a["findings"]), sorted(facts)))
PY

# A later layer made by the engine (docker cp, docker commit) replaces sed's program: FS-08.
SED=$(readlink -f /bin/sed)
printf '#!/bin/sh\necho trojaned\n' >"$W/sed"
d create --name victim dockscope/dpkg-live:1 "$SED" >/dev/null
d cp "$W/sed" "victim:$SED"
d commit victim dockscope/dpkg-live:2 >/dev/null
d save -o "$W/altered.tar" dockscope/dpkg-live:2
"$CLI" analyze --json "$W/altered.json" "$W/altered.tar" >/dev/null || [ $? -eq 1 ] || fail "analyze of the altered image failed"
# The path as sed's md5sums names it (bin/sed on a usr-merged system, reached through the bin link).
LISTED=$(awk '$2 == "bin/sed" || $2 == "usr/bin/sed" {print $2; exit}' "$A/info/sed.md5sums")
[ -n "$LISTED" ] || fail "sed.md5sums lists no bin/sed"
python3 - "$W/altered.json" "$LISTED" "$(md5sum <"$SED" | cut -d' ' -f1)" "$(md5sum <"$W/sed" | cut -d' ' -f1)" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
path, expected, actual = sys.argv[2:5]
altered = a["images"][0]["packages"]["alteredFiles"]
want = [(path, "sed", "md5", expected, actual, 1)]
got = [(f["path"], f["package"], f["algorithm"], f["expected"], f["actual"], f["layer"]) for f in altered]
if got != want:
    print("dpkg-live: FAIL: altered files %s, expected %s" % (got, want))
    sys.exit(1)
fs08 = [f for f in a["findings"] if f["rule"] == "FS-08" and f.get("path") == "/" + path and expected in f.get("evidence", "")]
if not fs08:
    print("dpkg-live: FAIL: no FS-08 finding naming /%s and its expected hash" % path)
    sys.exit(1)
print("dpkg-live: the engine's layer replacing /%s is FS-08: %s" % (path, fs08[0]["evidence"]))
PY
