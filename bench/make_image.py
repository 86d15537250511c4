#!/usr/bin/env python3
"""Deterministic generator of a large `docker save`-style image archive.

The output is a plain (uncompressed) outer tar, in one of two layouts:

* legacy `docker save` (default):
      <id>/  <id>/VERSION  <id>/json  <id>/layer.tar   (one set per layer,
                                                       ordered by id, as docker does)
      <hex>.json  manifest.json  repositories
* `--gzip` (kaniko / crane style):
      <hex>.json  <sha256-of-blob>.tar.gz ...  manifest.json
  the manifest lists the `.tar.gz` names; rootfs.diff_ids stay the sha256 of
  the *uncompressed* layer tars.

The same seed produces byte-identical layer tars in both layouts, so the two
variants have the same diff_ids and the same file entries.

Layer content is meant to look like a real image: many small files
(100 B - 8 KiB), some 8 - 100 KiB, some 100 KiB - 5 MiB, a few big ones;
directories nested up to 5 deep; symlinks, a few hard links, setuid files,
long (PAX) and UTF-8 names, files overwritten in later layers, whiteouts
(`.wh.NAME`) and one opaque directory marker (`.wh..wh..opq`).  Content is a
mix of text-like, machine-code-like and incompressible bytes (about 2.5-3x
with gzip -6).

Layers are streamed: each layer tar is written to a temporary file while it is
hashed (and gzipped, in a worker thread), then copied into the outer tar.

Next to `<name>.tar` the generator writes `<name>.tar.entries` (one integer:
the number of tar entries over all layers) and `<name>.tar.summary.json`.
If those exist and were made with the same parameters by the same version of
this script, nothing is done (use --force to rebuild).
"""

import argparse
import bisect
import hashlib
import itertools
import json
import math
import os
import queue
import random
import shutil
import sys
import tarfile
import threading
import time
import zlib

GEN_VERSION = 1
BLOCK = 512
RECORD = 20 * BLOCK
POOL_SIZE = 16 << 20
BASE_MTIME = 1_700_000_000
ENC = "utf-8"
ERR = "surrogateescape"

KiB = 1024
MiB = 1024 * KiB


# --------------------------------------------------------------------------
# content pools
# --------------------------------------------------------------------------

class Pools:
    """Three 16 MiB pools of bytes; file content is sliced out of them at
    random offsets (so gzip cannot see the reuse: its window is 32 KiB)."""

    def __init__(self, rng):
        letters = "abcdefghijklmnopqrstuvwxyz"
        self.words = ["".join(rng.choices(letters, k=rng.randint(2, 11)))
                      for _ in range(6000)]
        self.text = self._make_text(rng)
        self.rand = rng.randbytes(POOL_SIZE)
        self.bin = self._make_bin(rng)
        self.by_kind = {"text": self.text, "bin": self.bin, "rand": self.rand}

    def _make_text(self, rng):
        words = self.words
        cum = list(itertools.accumulate(1.0 / (i + 1) ** 1.25 for i in range(len(words))))
        keys = ["import", "return", "def", "if", "else", "for", "static", "const",
                "int", "void", "struct", "#include", "self", "true", "false", "null",
                "value", "name", "path", "export", "local", "function"]
        parts, n, recent = [], 0, []
        while n < POOL_SIZE:
            if recent and rng.random() < 0.25:
                line = rng.choice(recent)
            else:
                ind = " " * rng.choice((0, 0, 4, 4, 8, 12))
                r = rng.random()
                if r < 0.3:
                    line = ind + " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(3, 14))) + "\n"
                elif r < 0.6:
                    a, b = rng.choices(words, cum_weights=cum, k=2)
                    line = (f'{ind}{rng.choice(keys)} {a}_{b} = {rng.choice(keys)}'
                            f'({rng.randint(0, 999)}, "{rng.choice(words[:300])}")\n')
                elif r < 0.7:
                    line = (f"{ind}{rng.choice(words)}.{rng.choice(words)}: "
                            f"{rng.getrandbits(16):04x} {rng.choice(words)}\n")
                else:
                    line = ind + " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(1, 6))) + "\n"
                recent.append(line)
                if len(recent) > 64:
                    recent.pop(0)
            parts.append(line)
            n += len(line)
        return "".join(parts).encode()[:POOL_SIZE]

    def _make_bin(self, rng):
        # "machine code": random bytes folded onto a skewed alphabet
        common = [0x00, 0x00, 0x00, 0x00, 0x48, 0x89, 0x8B, 0xFF, 0xE8, 0x0F, 0x85,
                  0xC3, 0x01, 0x24, 0x44, 0x41, 0x4C, 0x8D, 0x31, 0xC0, 0x83, 0xEC]
        tbl = bytes(common[i % len(common)] if i < 160 else i for i in range(256))
        code = rng.randbytes(POOL_SIZE).translate(tbl)
        # "data/bss/padding": mostly zeros with sparse values
        ztbl = bytes(i if i >= 240 else 0 for i in range(256))
        sparse = rng.randbytes(POOL_SIZE).translate(ztbl)
        blocks, bs = [], 4096
        for _ in range(POOL_SIZE // bs):
            r = rng.random()
            src = code if r < 0.35 else (sparse if r < 0.70 else self.text)
            o = rng.randrange(POOL_SIZE - bs)
            blocks.append(src[o:o + bs])
        return b"".join(blocks)


# --------------------------------------------------------------------------
# layer sink: hash (+ gzip) + write, in a worker thread
# --------------------------------------------------------------------------

class Sink:
    FLUSH = 1 * MiB

    def __init__(self, path, gz):
        self.path = path
        self.f = open(path, "wb")
        self.sha = hashlib.sha256()            # of the uncompressed tar
        self.blob_sha = hashlib.sha256()       # of what is written to disk
        self.comp = zlib.compressobj(6, zlib.DEFLATED, 31) if gz else None  # gzip, mtime 0, no name
        self.q = queue.Queue(maxsize=16)
        self.buf, self.buflen = [], 0
        self.size = 0          # uncompressed bytes
        self.blob_size = 0     # bytes on disk
        self.err = None
        self.t = threading.Thread(target=self._run, daemon=True)
        self.t.start()

    def write(self, b):
        self.buf.append(b)
        self.buflen += len(b)
        self.size += len(b)
        if self.buflen >= self.FLUSH:
            self._flush()

    def _flush(self):
        if self.buf:
            self.q.put(b"".join(self.buf))
            self.buf, self.buflen = [], 0

    def _out(self, c):
        if c:
            self.blob_sha.update(c)
            self.blob_size += len(c)
            self.f.write(c)

    def _run(self):
        try:
            while True:
                chunk = self.q.get()
                if chunk is None:
                    break
                self.sha.update(chunk)
                self._out(self.comp.compress(chunk) if self.comp else chunk)
            if self.comp:
                self._out(self.comp.flush())
            self.f.close()
        except BaseException as e:  # pragma: no cover
            self.err = e
            while self.q.get() is not None:
                pass

    def close(self):
        self._flush()
        self.q.put(None)
        self.t.join()
        if self.err:
            raise self.err


def tar_header(ti):
    return ti.tobuf(tarfile.PAX_FORMAT, ENC, ERR)


def finish_tar(sink, size):
    end = 2 * BLOCK
    total = size + end
    end += (-total) % RECORD
    sink.write(b"\0" * end)


# --------------------------------------------------------------------------
# image plan
# --------------------------------------------------------------------------

def log_uniform(rng, lo, hi):
    return int(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def plan_sizes(rng, nfiles, total):
    """Returns a list of (size, kind) for the regular files."""
    n_big = max(1, round(nfiles / 30000))
    n_med = max(1, round(nfiles * 0.0015))
    n_mid = round(nfiles * 0.04)
    n_small = max(0, nfiles - n_big - n_med - n_mid)

    def kind(weights):
        return rng.choices(("text", "bin", "rand"), weights=weights)[0]

    small = []
    for _ in range(n_small):
        if rng.random() < 0.02:
            small.append([0, "text"])                      # empty files exist
        else:
            small.append([log_uniform(rng, 100, 8 * KiB), kind((75, 20, 5))])
    mid = [[log_uniform(rng, 8 * KiB, 100 * KiB), kind((45, 47, 8))] for _ in range(n_mid)]
    med = [[log_uniform(rng, 100 * KiB, 5 * MiB), kind((35, 55, 10))] for _ in range(n_med)]

    fixed = sum(s for s, _ in small)
    rest = total - fixed - sum(s for s, _ in mid) - sum(s for s, _ in med)
    min_big = min(8 * MiB, max(1 * MiB, total // 20))
    if rest < n_big * min_big:
        # shrink the mid/medium files so the big ones keep a sensible size
        avail = max(0, total - fixed - n_big * min_big)
        cur = sum(s for s, _ in mid) + sum(s for s, _ in med)
        f = avail / cur if cur else 0
        for e in mid + med:
            e[0] = int(e[0] * f)
        rest = total - fixed - sum(s for s, _ in mid) - sum(s for s, _ in med)
    rest = max(rest, n_big)
    w = [rng.uniform(1, 3) for _ in range(n_big)]
    big = [[int(rest * x / sum(w)), "mixed"] for x in w]
    big[-1][0] += rest - sum(s for s, _ in big)
    out = [tuple(e) for e in small + mid + med + big]
    rng.shuffle(out)
    return out


ROOTS = ["usr", "etc", "var", "opt", "srv", "app", "home", "root"]
ROOT_DIRS2 = ["usr/bin", "usr/sbin", "usr/lib", "usr/share", "usr/include", "var/lib",
              "var/log", "etc/ssl", "home/app", "opt/tools"]
ROOT_LINKS = [("bin", "usr/bin"), ("sbin", "usr/sbin"), ("lib", "usr/lib")]
EXT = {
    "text": [".py", ".h", ".c", ".conf", ".txt", ".md", ".json", ".sh", ".js", ".yaml", ".html", ""],
    "bin": [".so", ".so.1", "", ".a", ".o", ".pyc", ".mo", ".db"],
    "rand": [".gz", ".png", ".jar", ".whl", ".zip", ".jpg", ".xz"],
    "mixed": [".bin", ".data", ".pack", ".img", ".so"],
}
UNICODE_NAMES = ["résumé", "naïve-café", "日本語", "данные", "ümlaut", "ελληνικά", "emoji-✓"]


class Entry:
    __slots__ = ("path", "type", "size", "kind", "mode", "uid", "link", "mtime", "pax")

    def __init__(self, path, type_, size=0, kind=None, mode=0o644, uid=0, link="", mtime=0):
        self.path, self.type, self.size, self.kind = path, type_, size, kind
        self.mode, self.uid, self.link, self.mtime = mode, uid, link, mtime
        self.pax = None


class Planner:
    """Plans the entries of every layer, keeping track of the merged tree."""

    def __init__(self, rng, pools, nlayers, nfiles, nbytes):
        self.rng, self.pools = rng, pools
        self.nlayers = nlayers
        self.live = {}          # path -> 'd' | 'f' | 'l'
        self.dirs = []          # live directories usable as parents (depth >= 1)
        self.files = []         # live regular files from finished layers
        sizes = plan_sizes(rng, nfiles, nbytes)
        w = [rng.uniform(1.0, 10.0) for _ in range(nlayers)]
        if nlayers > 3:
            w[-1] = min(w) / 4  # a small last layer ("COPY config")
        if nlayers > 1:
            w[0] = max(0.4 * sum(w[1:]), 1.3 * max(w[1:]))   # the "base OS" layer is the biggest
        counts = [max(1, int(nfiles * x / sum(w))) for x in w]
        counts[0] += nfiles - sum(counts)
        self.layer_files = []
        i = 0
        for c in counts:
            self.layer_files.append(sizes[i:i + c])
            i += c
        self.n_hardlinks = max(2, nfiles // 3000)
        self.hardlink_layers = [rng.randrange(nlayers) for _ in range(self.n_hardlinks)]
        self.opaque_layer = max(1, nlayers - 3) if nlayers > 1 else None

    # -- helpers ---------------------------------------------------------
    def name(self, kind):
        rng = self.rng
        r = rng.random()
        base = rng.choice(self.pools.words)
        if r < 0.25:
            base += "-" + rng.choice(self.pools.words)
        elif r < 0.45:
            base += f"-{rng.randint(0, 9)}.{rng.randint(0, 30)}"
        elif r < 0.4505:
            base = rng.choice(UNICODE_NAMES) + "-" + base
        elif r < 0.4515:
            base = "-".join(rng.choices(self.pools.words, k=14))[:120]   # long name => PAX
        return base + (rng.choice(EXT[kind]) if kind in EXT else "")

    def new_path(self, parent, kind):
        for _ in range(50):
            p = parent + "/" + self.name(kind)
            if p not in self.live and p not in self.blocked:
                return p
        n = 0
        while True:
            p = f"{parent}/{kind}-{n}"
            if p not in self.live and p not in self.blocked:
                return p
            n += 1

    @staticmethod
    def depth(p):
        return p.count("/") + 1

    def remove_tree(self, d, keep_dir):
        pre = d + "/"
        for p in [p for p in self.live if p.startswith(pre)]:
            del self.live[p]
        if not keep_dir:
            self.live.pop(d, None)
        self.dirs = [x for x in self.dirs if x in self.live]
        self.files = [x for x in self.files if x in self.live]

    # -- one layer -------------------------------------------------------
    def plan_layer(self, L):
        rng = self.rng
        mt = BASE_MTIME + L * 86400
        ent = {}            # path -> Entry (non-dir entries and new dirs)
        self.blocked = set()  # paths whited out in this layer: not re-created here
        new_dirs = []

        if L == 0:
            for r in ROOTS:
                self.live[r] = "d"
                new_dirs.append(r)
                ent[r] = Entry(r, "d", mode=0o755, mtime=mt)
            for d in ROOT_DIRS2:
                self.live[d] = "d"
                new_dirs.append(d)
                ent[d] = Entry(d, "d", mode=0o755, mtime=mt)
            ent["root"].mode = 0o700
            for name, target in ROOT_LINKS:
                self.live[name] = "l"
                ent[name] = Entry(name, "l", link=target, mode=0o777, mtime=mt)
            self.dirs.extend(new_dirs)

        files = self.layer_files[L]
        nf = len(files)

        # whiteouts (before new content: a deleted path may be re-created)
        if L >= 2 and self.files:
            for _ in range(max(1, nf // 400)):
                p = rng.choice(self.files)
                if self.live.get(p) != "f":
                    continue
                d, b = p.rsplit("/", 1)
                w = f"{d}/.wh.{b}"
                ent[w] = Entry(w, "w", mode=0o600, mtime=mt)
                del self.live[p]
                self.blocked.add(p)
            if L % 3 == 2:
                cands = [d for d in self.dirs if self.depth(d) >= 3]
                if cands:
                    d = rng.choice(cands)
                    parent, b = d.rsplit("/", 1)
                    w = f"{parent}/.wh.{b}"
                    ent[w] = Entry(w, "w", mode=0o600, mtime=mt)
                    self.remove_tree(d, keep_dir=False)
                    self.blocked.add(d)
            self.files = [x for x in self.files if x in self.live]

        opaque_dir = None
        if L == self.opaque_layer:
            cands = [d for d in self.dirs if self.depth(d) >= 2 and d not in ROOT_DIRS2]
            if cands:
                opaque_dir = rng.choice(cands)
                self.remove_tree(opaque_dir, keep_dir=True)
                m = f"{opaque_dir}/.wh..wh..opq"
                ent[m] = Entry(m, "w", mode=0o600, mtime=mt)

        # new directories for this layer, nested up to 5 deep
        n_new_dirs = max(2, nf // 20)
        for _ in range(n_new_dirs):
            for _try in range(10):
                pool = new_dirs if (new_dirs and rng.random() < 0.6) else self.dirs
                parent = rng.choice(pool)
                if self.depth(parent) < 5:
                    break
            else:
                parent = rng.choice(ROOTS)
            d = self.new_path(parent, "dir")
            self.live[d] = "d"
            new_dirs.append(d)
            self.dirs.append(d)
            ent[d] = Entry(d, "d", mode=0o755, mtime=mt + rng.randrange(3600))
        fresh = [d for d in new_dirs if self.depth(d) >= 1]

        # regular files; a few % overwrite files of earlier layers
        layer_regular = []
        for i, (size, kind) in enumerate(files):
            if L >= 1 and self.files and rng.random() < 0.015:
                p = rng.choice(self.files)
                if p not in ent and self.live.get(p) == "f":
                    e = Entry(p, "f", size, kind, mode=0o644, mtime=mt + rng.randrange(3600))
                    ent[p] = e
                    layer_regular.append(p)
                    continue
            if opaque_dir and i < 20:
                parent = opaque_dir
            else:
                parent = rng.choice(fresh) if (fresh and rng.random() < 0.7) else rng.choice(self.dirs)
            p = self.new_path(parent, kind if kind != "mixed" else "mixed")
            mode = 0o644
            if kind == "bin" and rng.random() < 0.4:
                mode = 0o755
            if kind == "text" and p.endswith(".sh"):
                mode = 0o755
            uid = 1000 if p.startswith(("home/", "app/")) else 0
            if L == 0 and rng.random() < 0.0005 and kind == "bin":
                mode = 0o4755   # setuid
            e = Entry(p, "f", size, kind, mode=mode, uid=uid, mtime=mt + rng.randrange(3600))
            if rng.random() < 0.0005:
                e.pax = {"SCHILY.xattr.security.capability": "\x01\x00\x00\x02\x00\x04\x00\x00"}
            ent[p] = e
            self.live[p] = "f"
            layer_regular.append(p)

        # symlinks
        for _ in range(max(2, nf // 70)):
            parent = rng.choice(fresh) if (fresh and rng.random() < 0.7) else rng.choice(self.dirs)
            p = self.new_path(parent, "text")
            r = rng.random()
            if r < 0.5 and layer_regular:
                t = rng.choice(layer_regular)
                link = t.rsplit("/", 1)[1] if t.rsplit("/", 1)[0] == parent else "/" + t
            elif r < 0.8 and self.dirs:
                link = "/" + rng.choice(self.dirs)
            else:
                link = "../" + rng.choice(self.pools.words) + ".missing"   # dangling
            ent[p] = Entry(p, "l", link=link, mode=0o777, mtime=mt)
            self.live[p] = "l"

        # parent directories of everything in the layer (docker includes them)
        for p in list(ent):
            parts = p.split("/")
            for k in range(1, len(parts)):
                d = "/".join(parts[:k])
                if d not in ent:
                    ent[d] = Entry(d, "d", mode=0o755, mtime=mt)

        entries = sorted(ent.values(), key=lambda e: e.path.split("/"))

        # hard links: an extra name for a regular file of this layer; the
        # name extends the target's, so it sorts (and is written) after it
        n_hl = self.hardlink_layers.count(L)
        regs = [e for e in entries if e.type == "f"]
        added = False
        for _ in range(n_hl if regs else 0):
            t = rng.choice(regs)
            k = 1
            while f"{t.path}.{k}" in self.live or f"{t.path}.{k}" in ent:
                k += 1
            p = f"{t.path}.{k}"
            ent[p] = Entry(p, "h", link=t.path, mode=t.mode, uid=t.uid, mtime=t.mtime)
            self.live[p] = "f"
            entries.append(ent[p])
            added = True
        if added:
            entries.sort(key=lambda e: e.path.split("/"))

        self.files.extend(p for p in layer_regular if self.live.get(p) == "f")
        return entries


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------

def write_content(sink, rng, pools, size, kind):
    if size <= 0:
        return
    if kind != "mixed" and size <= POOL_SIZE // 4:
        pool = pools.by_kind[kind]
        o = rng.randrange(POOL_SIZE - size)
        sink.write(pool[o:o + size])
        return
    left = size
    while left > 0:
        k = kind if kind != "mixed" else rng.choices(("text", "bin", "rand"), (40, 52, 8))[0]
        n = min(left, rng.randint(64 * KiB, 1 * MiB))
        pool = pools.by_kind[k]
        o = rng.randrange(POOL_SIZE - n)
        sink.write(pool[o:o + n])
        left -= n


def write_layer(path, gz, entries, rng, pools):
    sink = Sink(path, gz)
    stats = {"entries": len(entries), "dirs": 0, "files": 0, "hardlinks": 0, "symlinks": 0,
             "whiteouts": 0, "opaque": 0, "file_bytes": 0}
    for e in entries:
        ti = tarfile.TarInfo(e.path)
        ti.mtime = e.mtime
        ti.mode = e.mode
        ti.uid = ti.gid = e.uid
        ti.uname = ti.gname = "root" if e.uid == 0 else ""
        if e.type == "d":
            ti.type = tarfile.DIRTYPE
            stats["dirs"] += 1
        elif e.type == "l":
            ti.type, ti.linkname = tarfile.SYMTYPE, e.link
            stats["symlinks"] += 1
        elif e.type == "h":
            ti.type, ti.linkname = tarfile.LNKTYPE, e.link
            stats["hardlinks"] += 1
        elif e.type == "w":
            ti.type = tarfile.REGTYPE
            stats["opaque" if e.path.endswith(".wh..wh..opq") else "whiteouts"] += 1
        else:
            ti.type, ti.size = tarfile.REGTYPE, e.size
            stats["files"] += 1
            stats["file_bytes"] += e.size
        if e.pax:
            ti.pax_headers = dict(e.pax)
        sink.write(tar_header(ti))
        if ti.type == tarfile.REGTYPE and e.size:
            write_content(sink, rng, pools, e.size, e.kind)
            pad = (-e.size) % BLOCK
            if pad:
                sink.write(b"\0" * pad)
    finish_tar(sink, sink.size)
    sink.close()
    stats["tar_bytes"] = sink.size
    stats["blob_bytes"] = sink.blob_size
    return sink.sha.hexdigest(), sink.blob_sha.hexdigest(), stats


class OuterTar:
    def __init__(self, path):
        self.f = open(path, "wb")
        self.size = 0

    def _w(self, b):
        self.f.write(b)
        self.size += len(b)

    def _ti(self, name, mtime):
        ti = tarfile.TarInfo(name)
        ti.mtime, ti.mode, ti.uid, ti.gid = mtime, 0o644, 0, 0
        return ti

    def add_dir(self, name, mtime):
        ti = self._ti(name, mtime)
        ti.type, ti.mode = tarfile.DIRTYPE, 0o755
        self._w(tar_header(ti))

    def add_bytes(self, name, data, mtime):
        ti = self._ti(name, mtime)
        ti.size = len(data)
        self._w(tar_header(ti))
        self._w(data)
        self._w(b"\0" * ((-len(data)) % BLOCK))

    def add_file(self, name, path, mtime):
        ti = self._ti(name, mtime)
        ti.size = os.path.getsize(path)
        self._w(tar_header(ti))
        with open(path, "rb") as src:
            shutil.copyfileobj(src, self.f, 8 * MiB)
        self.size += ti.size
        self._w(b"\0" * ((-ti.size) % BLOCK))

    def close(self):
        end = 2 * BLOCK
        end += (-(self.size + end)) % RECORD
        self._w(b"\0" * end)
        self.f.close()


def iso(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


HISTORY_CMDS = [
    "/bin/sh -c #(nop) ADD file:{h} in / ",
    "/bin/sh -c apt-get update && apt-get install -y --no-install-recommends build-essential python3",
    "/bin/sh -c pip install --no-cache-dir -r /app/requirements.txt",
    "/bin/sh -c #(nop) COPY dir:{h} in /usr/share/data ",
    "RUN /bin/sh -c make -C /src install # buildkit",
    "COPY . /app # buildkit",
    "RUN /bin/sh -c rm -rf /var/lib/apt/lists/* /tmp/* # buildkit",
    "/bin/sh -c npm ci --omit=dev",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--layers", type=int, default=12)
    ap.add_argument("--files", type=int, default=150000, help="regular files over all layers (hard links, symlinks, dirs, whiteouts come on top)")
    ap.add_argument("--bytes", type=int, default=1100000000, help="total file content bytes")
    ap.add_argument("--gzip", action="store_true", help="store layers as gzip blobs <sha256>.tar.gz")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", default=os.path.join(here, ".cache"))
    ap.add_argument("--name", help="output name without .tar (default: large / large-gz)")
    ap.add_argument("--force", action="store_true", help="rebuild even if up to date")
    a = ap.parse_args()
    if a.layers < 1 or a.files < a.layers:
        ap.error("need --layers >= 1 and --files >= --layers")

    name = a.name or ("large-gz" if a.gzip else "large")
    os.makedirs(a.out, exist_ok=True)
    out_tar = os.path.join(a.out, name + ".tar")
    with open(os.path.abspath(__file__), "rb") as f:
        me = hashlib.sha256(f.read()).hexdigest()   # any edit of the generator => rebuild
    params = {"gen_version": GEN_VERSION, "generator_sha256": me, "layers": a.layers,
              "files": a.files, "bytes": a.bytes, "gzip": a.gzip, "seed": a.seed}
    summary_path = out_tar + ".summary.json"
    entries_path = out_tar + ".entries"
    if not a.force and os.path.exists(out_tar) and os.path.exists(entries_path):
        try:
            with open(summary_path) as f:
                if json.load(f).get("params") == params:
                    print(f"{out_tar}: up to date")
                    return 0
        except (OSError, ValueError):
            pass

    t0 = time.time()
    rng = random.Random(a.seed)
    pools = Pools(rng)
    planner = Planner(rng, pools, a.layers, a.files, a.bytes)
    tmp = os.path.join(a.out, name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)

    layers = []
    for L in range(a.layers):
        entries = planner.plan_layer(L)
        lp = os.path.join(tmp, f"layer{L}")
        diff_id, blob_sha, st = write_layer(lp, a.gzip, entries, rng, pools)
        layers.append({"path": lp, "diff_id": diff_id, "blob_sha": blob_sha, "stats": st})
        print(f"  layer {L:2d}: {st['entries']:7d} entries, {st['tar_bytes'] / 1e6:9.1f} MB tar"
              + (f", {st['blob_bytes'] / 1e6:8.1f} MB gz" if a.gzip else "")
              + f"  [{time.time() - t0:6.1f} s]", flush=True)

    # config
    created0 = BASE_MTIME
    history = []
    for L in range(a.layers):
        h = {"created": iso(created0 + L * 86400),
             "created_by": HISTORY_CMDS[L % len(HISTORY_CMDS)].format(h=layers[L]["diff_id"][:64])}
        if L % 4 == 3:
            h["comment"] = "buildkit.dockerfile.v0"
        history.append(h)
        if L == 0:
            history.append({"created": iso(created0 + 1), "created_by": '/bin/sh -c #(nop)  CMD ["bash"]',
                            "empty_layer": True})
        if L == a.layers // 2:
            history.append({"created": iso(created0 + L * 86400 + 1),
                            "created_by": "ENV PATH=/opt/tools/bin:/usr/local/bin:/usr/bin:/bin",
                            "comment": "buildkit.dockerfile.v0", "empty_layer": True})
    history.append({"created": iso(created0 + a.layers * 86400), "created_by": 'ENTRYPOINT ["/app/run.sh"]',
                    "comment": "buildkit.dockerfile.v0", "empty_layer": True})
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": iso(created0 + a.layers * 86400),
        "config": {
            "Env": ["PATH=/opt/tools/bin:/usr/local/bin:/usr/bin:/bin", "LANG=C.UTF-8"],
            "Entrypoint": ["/app/run.sh"],
            "Cmd": ["bash"],
            "WorkingDir": "/app",
            "User": "1000",
            "Labels": {"org.opencontainers.image.title": "dockscope-bench",
                       "org.opencontainers.image.version": "1"},
        },
        "history": history,
        "rootfs": {"type": "layers", "diff_ids": ["sha256:" + l["diff_id"] for l in layers]},
    }
    config_bytes = json.dumps(config, separators=(",", ":")).encode()
    config_hex = hashlib.sha256(config_bytes).hexdigest()
    config_name = config_hex + ".json"
    mt = created0 + a.layers * 86400
    repo, tag = "bench/large", "1"

    part = out_tar + ".part"
    outer = OuterTar(part)
    if a.gzip:
        # kaniko / crane style: config, blobs, manifest
        names = [l["blob_sha"] + ".tar.gz" for l in layers]
        outer.add_bytes(config_name, config_bytes, mt)
        done = set()
        for l, n in zip(layers, names):
            if n not in done:
                outer.add_file(n, l["path"], mt)
                done.add(n)
        manifest = [{"Config": config_name, "RepoTags": [f"{repo}:{tag}"], "Layers": names}]
        outer.add_bytes("manifest.json", json.dumps(manifest, separators=(",", ":")).encode(), mt)
    else:
        # legacy docker save: v1 ids chained from the diff_ids, dirs in id order
        ids, parent = [], ""
        for l in layers:
            lid = hashlib.sha256(f"{parent}\n{l['diff_id']}\n".encode()).hexdigest()
            ids.append(lid)
            parent = lid
        names = [f"{i}/layer.tar" for i in ids]
        for k in sorted(range(a.layers), key=lambda k: ids[k]):
            lid = ids[k]
            v1 = {"id": lid, "created": iso(created0 + k * 86400),
                  "container_config": {"Cmd": [history[0]["created_by"] if k == 0 else "/bin/sh -c #(nop) layer"]},
                  "os": "linux"}
            if k:
                v1["parent"] = ids[k - 1]
            if k == a.layers - 1:
                v1["config"] = config["config"]
                v1["architecture"] = "amd64"
            outer.add_dir(lid + "/", mt)
            outer.add_bytes(lid + "/VERSION", b"1.0", mt)
            outer.add_bytes(lid + "/json", json.dumps(v1, separators=(",", ":")).encode(), mt)
            outer.add_file(lid + "/layer.tar", layers[k]["path"], mt)
        outer.add_bytes(config_name, config_bytes, mt)
        manifest = [{"Config": config_name, "RepoTags": [f"{repo}:{tag}"], "Layers": names}]
        outer.add_bytes("manifest.json", json.dumps(manifest, separators=(",", ":")).encode(), mt)
        outer.add_bytes("repositories", json.dumps({repo: {tag: ids[-1]}}, separators=(",", ":")).encode(), mt)
    outer.close()
    os.replace(part, out_tar)
    shutil.rmtree(tmp, ignore_errors=True)

    tot = {k: sum(l["stats"][k] for l in layers) for k in layers[0]["stats"]}
    elapsed = time.time() - t0
    summary = {
        "params": params,
        "archive": os.path.basename(out_tar),
        "archive_bytes": os.path.getsize(out_tar),
        "layers_uncompressed_bytes": tot["tar_bytes"],
        "layers_stored_bytes": tot["blob_bytes"],
        "entries": tot["entries"],
        "totals": tot,
        "manifest_layers": names,
        "diff_ids": ["sha256:" + l["diff_id"] for l in layers],
        "per_layer": [l["stats"] for l in layers],
        "generation_seconds": round(elapsed, 1),
    }
    with open(summary_path, "w") as f:
        json.dump(summary, f, indent=1)
    with open(entries_path, "w") as f:
        f.write(f"{tot['entries']}\n")
    ratio = tot["tar_bytes"] / tot["blob_bytes"] if a.gzip else None
    print(f"{out_tar}: {summary['archive_bytes'] / 1e6:.1f} MB archive, {a.layers} layers, "
          f"{tot['entries']} entries ({tot['files']} files, {tot['dirs']} dirs, {tot['symlinks']} symlinks, "
          f"{tot['hardlinks']} hardlinks, {tot['whiteouts']} whiteouts, {tot['opaque']} opaque), "
          f"{tot['tar_bytes'] / 1e6:.1f} MB of layer tars"
          + (f", gzip ratio {ratio:.2f}" if ratio else "") + f", {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
