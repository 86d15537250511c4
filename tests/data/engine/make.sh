#!/bin/bash
# Rebuild the real-engine evidence of this folder from scratch.
#
# Runs as root on Debian 12 with the Debian packages
#   docker.io (20.10) busybox-static skopeo python3
# (apt-get install -y --no-install-recommends docker.io busybox-static skopeo).
# It starts its own dockerd (overlay2, no network, private socket) in a temporary
# folder, builds the scenario image offline, writes the evidence next to this
# script and stops the daemon again. Nothing outside the temporary folder and this
# folder is touched. Image ids and digests change from run to run (time stamps):
# run it, then update README.md with the facts it prints at the end.
set -euo pipefail
umask 022
export LC_ALL=C TZ=UTC

OUT=$(cd "$(dirname "$0")" && pwd)
DOCKER=/usr/bin/docker          # Debian's 20.10 client (a newer one may shadow it in PATH)
PY=/usr/bin/python3
BUSYBOX=/bin/busybox            # from busybox-static: must be statically linked
STORAGE_DRIVER=${STORAGE_DRIVER:-overlay2}

[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 1; }
for t in dockerd "$DOCKER" "$PY" "$BUSYBOX" skopeo tar sha256sum; do
    command -v "$t" >/dev/null || { echo "missing: $t" >&2; exit 1; }
done
file -L "$BUSYBOX" 2>/dev/null | grep -q 'statically linked' \
    || echo "warning: $BUSYBOX may not be static (install busybox-static)" >&2

W=$(mktemp -d /tmp/dockscope-engine.XXXXXX)
DPID=
cleanup() {
    set +e
    if [ -n "$DPID" ] && kill -0 "$DPID" 2>/dev/null; then
        kill "$DPID"
        for _ in $(seq 1 30); do kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
        kill -0 "$DPID" 2>/dev/null && kill -9 "$DPID"
        wait "$DPID" 2>/dev/null
    fi
    # anything the daemon left mounted below the temporary folder
    grep -F " $W/" /proc/mounts | awk '{print $2}' | sort -r | while read -r m; do umount -l "$m"; done
    rm -rf "$W"
}
trap cleanup EXIT

# ---------------------------------------------------------------- daemon
dockerd --data-root "$W/root" --exec-root "$W/exec" --pidfile "$W/docker.pid" \
    -H "unix://$W/docker.sock" --iptables=false --ip6tables=false --bridge=none \
    --storage-driver "$STORAGE_DRIVER" >"$W/dockerd.log" 2>&1 &
DPID=$!
d() { "$DOCKER" -H "unix://$W/docker.sock" "$@"; }
for _ in $(seq 1 60); do d version >/dev/null 2>&1 && break; sleep 1; done
d version >/dev/null || { cat "$W/dockerd.log" >&2; exit 1; }
DRIVER=$(d info --format '{{.Driver}}')
NATIVE=$(d info --format '{{range .DriverStatus}}{{if eq (index . 0) "Native Overlay Diff"}}{{index . 1}}{{end}}{{end}}')
SERVER_VERSION=$(d version --format '{{.Server.Version}}')
echo "dockerd $SERVER_VERSION, storage driver $DRIVER, native overlay diff: ${NATIVE:-n/a}"

# ---------------------------------------------------------------- base:1
R="$W/rootfs"
mkdir -p "$R"/{bin,etc,opt/app,root,tmp,home/user}
cp "$BUSYBOX" "$R/bin/busybox"
for a in sh ls cat echo mkdir rm chmod chown ln touch cp mv find stat id env \
         sleep grep sed head tail wc date printf true false uname seq; do
    ln -s busybox "$R/bin/$a"
done
cat >"$R/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
user:x:1000:1000:user:/home/user:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >"$R/etc/group" <<'EOF'
root:x:0:
user:x:1000:
nogroup:x:65534:
EOF
printf '# this file is deleted by a later layer\nsetting=1\n' >"$R/etc/deleteme.conf"
printf 'alpha\n' >"$R/opt/app/a.txt"
printf 'bravo\n' >"$R/opt/app/b.txt"
chmod 0755 "$R"/bin "$R"/etc "$R"/opt "$R"/opt/app "$R"/home
chmod 0700 "$R/root"
chmod 1777 "$R/tmp"
chown 1000:1000 "$R/home/user"
chmod 0755 "$R/home/user"
# deterministic tar: sorted names without "./", fixed time, numeric owners
(cd "$R" && tar --sort=name --mtime='2024-01-01 00:00:00Z' --numeric-owner \
    --format=gnu -cf "$W/base.tar" bin etc home opt root tmp)
d import -m 'dockscope base rootfs (busybox-static)' "$W/base.tar" base:1
BASE_SHA=sha256:$(sha256sum "$W/base.tar" | cut -d' ' -f1)

# ---------------------------------------------------------------- scenario image
B="$W/build"
mkdir -p "$B"
cat >"$B/Dockerfile" <<'EOF'
FROM base:1
# layer 1: new file, setuid file, symlink, hard link pair
RUN mkdir -p /usr/local/bin /data \
 && echo "charlie" > /opt/app/c.txt \
 && printf '#!/bin/sh\necho "suid tool running as $(id -u)"\n' > /usr/local/bin/suid-tool \
 && chmod 4755 /usr/local/bin/suid-tool \
 && ln -s suid-tool /usr/local/bin/tool-link \
 && echo "same inode for h1 and h2" > /data/h1 \
 && ln /data/h1 /data/h2
# layer 2: /opt/app/a.txt written a second time, larger
RUN seq -w 1 400 > /opt/app/a.txt
# layer 3: whiteout etc/.wh.deleteme.conf
RUN rm /etc/deleteme.conf
# layer 4: opaque directory opt/app/.wh..wh..opq
RUN rm -rf /opt/app && mkdir /opt/app && echo fresh > /opt/app/new.txt
ENV APP_MODE=forensic
LABEL org.dockscope.scenario="engine" org.dockscope.version="1"
WORKDIR /opt/app
EXPOSE 8080
USER 1000
ENTRYPOINT ["/bin/sh", "-c"]
CMD ["echo hello from scenario"]
EOF
DOCKER_BUILDKIT=0 d build --network none --no-cache -t dockscope/scenario:1 "$B"

IMAGE_ID=$(d image inspect --format '{{.Id}}' dockscope/scenario:1)

# ---------------------------------------------------------------- artefacts of the image
rm -rf "$OUT"/scenario-*
d save dockscope/scenario:1 -o "$OUT/scenario-save.tar"

skopeo --insecure-policy copy --quiet "docker-archive:$OUT/scenario-save.tar" "oci:$OUT/scenario-oci:1"
(cd "$OUT/scenario-oci" && tar --sort=name --mtime='2024-01-01 00:00:00Z' --owner=0 --group=0 \
    --numeric-owner --format=gnu -cf "$OUT/scenario-oci.tar" oci-layout index.json blobs)

# flattened file system as the engine sees it
d run --rm --network none --user 0:0 --entrypoint /bin/busybox dockscope/scenario:1 \
    find / -xdev >"$W/find.txt"
RUNTIME_RE='^/(proc|sys|dev)(/|$)|^/\.dockerenv$|^/etc/(hosts|hostname|resolv\.conf|mtab)$|^/$'
grep -Ev "$RUNTIME_RE" "$W/find.txt" | sort >"$OUT/scenario-expected.txt"
# the same with mode, owner, size (regular files only), link count (not for directories:
# overlayfs reports odd counts for merged ones), type and link target
d run --rm --network none --user 0:0 --entrypoint /bin/sh dockscope/scenario:1 -c '
find / -xdev | while read -r p; do
    t=$(stat -c %F "$p")
    h=$(stat -c %h "$p"); l=""
    case "$t" in
        "regular file"|"regular empty file") s=$(stat -c %s "$p") ;;
        "symbolic link") s=-; l=" -> $(busybox readlink "$p")" ;;
        directory) s=-; h=- ;;
        *) s=- ;;
    esac
    printf "%s\t%s\t%s\t%s\t%s\t%s%s\n" "$p" "$(stat -c %A "$p")" "$(stat -c %u:%g "$p")" "$s" "$h" "$t" "$l"
done' >"$W/stat.txt"
{
    printf '# path\tmode\tuid:gid\tsize\tlinks\ttype [-> target]\n'
    TAB=$'\t'
    grep -Ev "^(/|/(proc|sys|dev)(/[^$TAB]*)?|/\.dockerenv|/etc/(hosts|hostname|resolv\.conf|mtab))$TAB" "$W/stat.txt" | sort
} >"$OUT/scenario-expected-stat.txt"
cut -f1 "$OUT/scenario-expected-stat.txt" | tail -n +2 | cmp - "$OUT/scenario-expected.txt"

# ---------------------------------------------------------------- container
d create --name scenario-run --network none --user 0:0 --entrypoint /bin/sh \
    dockscope/scenario:1 -c '
echo "dropper: starting"
printf "#!/bin/sh\necho pwned\n" > /tmp/dropper.sh
chmod 755 /tmp/dropper.sh
echo "backdoor:x:0:0::/root:/bin/sh" >> /etc/passwd
echo "dropper: passwd changed" >&2
rm /opt/app/new.txt
echo "dropper: done"' >/dev/null
d start -a scenario-run >/dev/null 2>&1 || true
[ "$(d inspect --format '{{.State.ExitCode}}' scenario-run)" = 0 ] || { echo "container failed" >&2; exit 1; }
d export scenario-run -o "$OUT/scenario-export.tar"
d diff scenario-run >"$OUT/scenario-diff.txt"
d inspect scenario-run >"$OUT/scenario-inspect.json"
d logs --timestamps scenario-run >"$OUT/scenario-logs.txt" 2>&1
cp "$(d inspect --format '{{.LogPath}}' scenario-run)" "$OUT/scenario-json.log"
CONTAINER_ID=$(d inspect --format '{{.Id}}' scenario-run)
d rm scenario-run >/dev/null

# ---------------------------------------------------------------- per-layer listing
X="$W/save"
mkdir -p "$X"
tar -C "$X" -xf "$OUT/scenario-save.tar"
CONFIG=$($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["Config"])' "$X/manifest.json")
{
    echo "# docker save of dockscope/scenario:1 ($SERVER_VERSION, $DRIVER)"
    echo "# image id: $IMAGE_ID"
    echo "# config:   $CONFIG  sha256=$(sha256sum "$X/$CONFIG" | cut -d' ' -f1)"
    echo "# listings: TZ=UTC tar --numeric-owner --full-time -tvf <member>"
    n=0
    for L in $($PY -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))[0]["Layers"]))' "$X/manifest.json"); do
        echo
        echo "== layer $n: $L"
        echo "sha256 (diff_id): sha256:$(sha256sum "$X/$L" | cut -d' ' -f1)"
        echo "size: $(stat -L -c %s "$X/$L")"
        tar --numeric-owner --full-time -tvf "$X/$L"
        n=$((n + 1))
    done
} >"$OUT/scenario-layers.txt"

# ---------------------------------------------------------------- checks and facts
# 1. image id = sha256(config); every diff_id matches its layer member, in order
#    (docker save and the OCI layout)
# 2. our own flattening of the layers (OCI whiteout rules) equals what the engine shows
# 3. the whiteout and the opaque marker really are in the layer tars
# then write scenario-facts.txt (key=value) for the tests
$PY - "$X" "$OUT" "$IMAGE_ID" "$BASE_SHA" "$CONTAINER_ID" "$SERVER_VERSION" "$DRIVER" "${NATIVE:-n/a}" <<'EOF'
import gzip, hashlib, json, sys, tarfile, os
root, out, image_id, base_sha, container_id, version, driver, native = sys.argv[1:]
sha = lambda b: "sha256:" + hashlib.sha256(b).hexdigest()
m = json.load(open(os.path.join(root, "manifest.json")))[0]
cfg_bytes = open(os.path.join(root, m["Config"]), "rb").read()
cfg = json.loads(cfg_bytes)
assert sha(cfg_bytes) == image_id, "image id != sha256(config)"
diff_ids = cfg["rootfs"]["diff_ids"]
assert len(diff_ids) == len(m["Layers"]), "layer count"
hist = cfg["history"]
assert sum(1 for h in hist if not h.get("empty_layer")) == len(diff_ids)
tree = {}
found = {"whiteout": [], "opaque": []}
members_of = []
for i, (name, did) in enumerate(zip(m["Layers"], diff_ids)):
    path = os.path.join(root, name)
    assert sha(open(path, "rb").read()) == did, name
    with tarfile.open(path) as t:
        members = t.getmembers()
    members_of.append(members)
    for e in members:                      # whiteouts first: they act on lower layers only
        p = "/" + e.name.strip("/").removeprefix("./")
        d, b = os.path.split(p)
        if b == ".wh..wh..opq":
            found["opaque"].append((i, e.name))
            for k in [k for k in tree if k.startswith(d.rstrip("/") + "/")]:
                del tree[k]
        elif b.startswith(".wh."):
            found["whiteout"].append((i, e.name))
            victim = os.path.join(d, b[4:])
            for k in [k for k in tree if k == victim or k.startswith(victim + "/")]:
                del tree[k]
    for e in members:
        p = "/" + e.name.strip("/").removeprefix("./")
        if os.path.basename(p).startswith(".wh.") or p == "/":
            continue
        parts = p.split("/")
        for j in range(2, len(parts)):
            tree.setdefault("/".join(parts[:j]), "dir")
        tree[p] = e.type
mine = sorted(tree)
engine = [l.rstrip("\n") for l in open(os.path.join(out, "scenario-expected.txt"))]
if mine != engine:
    print("flattening differs from the engine:")
    print("  only ours:  ", sorted(set(mine) - set(engine)))
    print("  only engine:", sorted(set(engine) - set(mine)))
    sys.exit(1)
assert found["whiteout"] and found["opaque"], "missing whiteout or opaque marker"
print("diff_ids ok, flattened tree ok (%d paths)" % len(mine))

chain = [diff_ids[0]]
for did in diff_ids[1:]:
    chain.append(sha((chain[-1] + " " + did).encode()))

# OCI layout made by skopeo
oci = os.path.join(out, "scenario-oci")
blob = lambda dg: open(os.path.join(oci, "blobs", *dg.split(":")), "rb").read()
index = json.load(open(os.path.join(oci, "index.json")))
assert len(index["manifests"]) == 1
mdesc = index["manifests"][0]
mbytes = blob(mdesc["digest"])
assert sha(mbytes) == mdesc["digest"] and len(mbytes) == mdesc["size"]
oman = json.loads(mbytes)
ocfg_bytes = blob(oman["config"]["digest"])
assert sha(ocfg_bytes) == oman["config"]["digest"]
ocfg = json.loads(ocfg_bytes)
assert ocfg["rootfs"]["diff_ids"] == diff_ids, "OCI diff_ids differ"
oci_layers = []
for l, did in zip(oman["layers"], diff_ids):
    b = blob(l["digest"])
    assert sha(b) == l["digest"] and len(b) == l["size"]
    assert b[:2] == b"\x1f\x8b", "expected gzip"
    assert sha(gzip.decompress(b)) == did
    oci_layers.append((l["digest"], l["size"], l["mediaType"]))
print("OCI layout ok")

facts = [
    ("docker_version", version), ("storage_driver", driver), ("native_overlay_diff", native),
    ("image_ref", "dockscope/scenario:1"), ("image_id", image_id), ("config_member", m["Config"]),
    ("config_size", len(cfg_bytes)), ("layer_count", len(diff_ids)),
    ("history_count", len(hist)), ("empty_layer_count", sum(1 for h in hist if h.get("empty_layer"))),
    ("base_import_tar_sha256", base_sha), ("base_layer_is_import_tar", base_sha == diff_ids[0]),
]
for i, (name, did) in enumerate(zip(m["Layers"], diff_ids)):
    es = members_of[i]
    facts += [("layer%d_member" % i, name), ("layer%d_diff_id" % i, did),
              ("layer%d_chain_id" % i, chain[i]),
              ("layer%d_tar_size" % i, os.path.getsize(os.path.join(root, name))),
              ("layer%d_entries" % i, len(es)),
              ("layer%d_regular_bytes" % i, sum(e.size for e in es if e.isreg()))]
for i, n in found["whiteout"]:
    facts.append(("whiteout", "%d %s" % (i, n)))
for i, n in found["opaque"]:
    facts.append(("opaque", "%d %s" % (i, n)))
facts += [("expected_path_count", len(mine)),
          ("oci_manifest_digest", mdesc["digest"]), ("oci_manifest_size", mdesc["size"]),
          ("oci_ref_name", mdesc.get("annotations", {}).get("org.opencontainers.image.ref.name", "")),
          ("oci_config_digest", oman["config"]["digest"]), ("oci_config_size", oman["config"]["size"]),
          ("oci_config_is_docker_config", ocfg_bytes == cfg_bytes)]
for i, (dg, size, mt) in enumerate(oci_layers):
    facts += [("oci_layer%d_digest" % i, dg), ("oci_layer%d_size" % i, size),
              ("oci_layer%d_media_type" % i, mt)]
facts.append(("container_id", container_id))
with open(os.path.join(out, "scenario-facts.txt"), "w") as f:
    f.write("# written by make.sh; key=value, one a line (whiteout/opaque: <layer index> <tar member>)\n")
    for k, v in facts:
        f.write("%s=%s\n" % (k, str(v).lower() if isinstance(v, bool) else v))
EOF

chmod -R a+rX "$OUT"
echo
cat "$OUT/scenario-facts.txt"
echo "docker diff:"; cat "$OUT/scenario-diff.txt"
ls -l "$OUT"
du -sh "$OUT"
