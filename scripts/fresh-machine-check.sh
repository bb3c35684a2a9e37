#!/usr/bin/env bash
# Proves that the README's set-up works on a fresh Debian 12 machine: builds a
# minimal bookworm root with debootstrap (--variant=minbase: no compiler, no
# CMake, no Node.js), lays a fresh clone of this repository with ../shared
# beside it, chroots, and runs `make demo` then `make test` as root.
# The only thing installed before that is `make` itself (the README's one
# prerequisite). Too slow for CI (~20-40 min); run it before resolving set-up
# changes. Needs root and network access to the Debian mirror.
#
#   scripts/fresh-machine-check.sh [WORKDIR]    (default: a new temp dir)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
work=${1:-$(mktemp -d /var/tmp/dyad-fresh.XXXXXX)}
root=$work/root
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
log=$work/fresh-machine-check.log

command -v debootstrap >/dev/null || apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends debootstrap

cleanup() {
  for m in dev/pts dev proc; do
    mountpoint -q "$root/$m" && umount -l "$root/$m" || true
  done
  mountpoint -q "$root/sys" && umount -R -l "$root/sys" || true
}
trap cleanup EXIT

if [ ! -x "$root/bin/bash" ]; then
  echo "== debootstrap bookworm (minbase) into $root"
  debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log" 2>&1
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --rbind /sys "$root/sys"   # with /sys/fs/cgroup: slurmd needs it
cp /etc/resolv.conf "$root/etc/resolv.conf"
# Machines of this workplace reach package registries through an egress proxy
# whose CA is installed locally; a new machine here has it too, so the chroot
# gets the same local CA files (ca-certificates adds them to the system bundle)
# and the same CA environment variables.
if compgen -G "/usr/local/share/ca-certificates/*.crt" > /dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi

echo "== fresh clone of $(git -C "$repo" rev-parse --short HEAD) and ../shared"
rm -rf "$root/work"
mkdir -p "$root/work"
git clone -q "$repo" "$root/work/main"
cp -a "$shared" "$root/work/shared"

run_in() {
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 ${NODE_EXTRA_CA_CERTS:+NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS} \
    ${SSL_CERT_FILE:+SSL_CERT_FILE=$SSL_CERT_FILE} bash -c "$1"
}

echo "== installing make (the only prerequisite)"
run_in "apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends make ca-certificates >/dev/null && update-ca-certificates >/dev/null"

status=0
echo "== make demo"
start=$(date +%s)
run_in "cd /work/main && make demo" > "$work/demo.log" 2>&1 || status=$?
echo "   exit $status after $(( $(date +%s) - start )) s (log: $work/demo.log)"
tail -n 25 "$work/demo.log"
if [ $status -eq 0 ]; then
  echo "== make test"
  start=$(date +%s)
  run_in "cd /work/main && make test" > "$work/test.log" 2>&1 || status=$?
  echo "   exit $status after $(( $(date +%s) - start )) s (log: $work/test.log)"
  grep -E "tests passed|tests failed|Total Test time" "$work/test.log" || tail -n 30 "$work/test.log"
fi
echo "== fresh-machine check: $([ $status -eq 0 ] && echo PASS || echo FAIL)" | tee -a "$log"
exit $status
