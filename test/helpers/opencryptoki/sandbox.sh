#!/usr/bin/env bash
# Runs inside `unshare --mount --ipc --pid --fork --mount-proc` (index.ts): an openCryptoki of its own. Fresh tmpfs
# over /run (the daemon's socket, pid file and locks), /var/lib/opencryptoki (the token store) and /dev/shm (the
# token's shared state), and an IPC namespace for the daemon's System V memory: parallel sandboxes share nothing,
# and the machine's own openCryptoki is never touched. When the worker (PID 1 here) ends, the kernel ends
# pkcsslotd with it and the mounts vanish.
# Usage: sandbox.sh NODE WORKER
set -euo pipefail
pkcs11_gid=$(getent group pkcs11 | cut -d: -f3)
mount -t tmpfs -o mode=0755 tmpfs /run
install -d -m 1777 /run/lock
install -d -m 0770 -g pkcs11 /run/lock/opencryptoki /run/lock/opencryptoki/swtok
mount -t tmpfs -o "mode=0770,gid=$pkcs11_gid" tmpfs /var/lib/opencryptoki
install -d -m 0770 -g pkcs11 /var/lib/opencryptoki/swtok /var/lib/opencryptoki/swtok/TOK_OBJ
mount -t tmpfs -o mode=1777 tmpfs /dev/shm
if [ "${SUDO_UID:-0}" != 0 ] && [ -n "${SUDO_USER:-}" ]; then
  # openCryptoki admits a user only if /etc/group lists it in pkcs11: list the tests' user, inside the sandbox only.
  sed -E "s/^(pkcs11:[^:]*:[0-9]+:)(.+)$/\1\2,${SUDO_USER}/; s/^(pkcs11:[^:]*:[0-9]+:)$/\1${SUDO_USER}/" /etc/group >/run/group
  mount --bind /run/group /etc/group
fi

/usr/sbin/pkcsslotd
for _ in $(seq 100); do [ -S /run/pkcsslotd.socket ] && break; sleep 0.02; done
[ -S /run/pkcsslotd.socket ] || { echo "sandbox: pkcsslotd did not start" >&2; exit 1; }
exec "$1" --import tsx "$2"
