#!/usr/bin/env bash
# Build mediasoup's C++ worker without internet access, against Debian's own
# libraries, and install it into the LiveFair cache:
#   ${LIVEFAIR_CACHE_DIR:-$HOME/.cache/livefair}/mediasoup-worker-<version>/mediasoup-worker
#
# Usage: bash infra/mediasoup/build-worker.sh [--force] [--setup-only] [--keep]
#   --force       rebuild even when the cached binary already exists
#   --setup-only  stop after `meson setup` succeeded (nothing is installed)
#   --keep        keep the temporary build directory (path is printed)
#
# Environment:
#   LIVEFAIR_CACHE_DIR          cache root (default: $HOME/.cache/livefair)
#   LIVEFAIR_MEDIASOUP_VERSION  mediasoup version to build (default: the one
#                               pinned in package-lock.json / package.json)
#   LIVEFAIR_MEDIASOUP_SRC      directory of an unpacked mediasoup npm package
#                               (default: node_modules/mediasoup when its
#                               version matches, else `npm pack` into a tmp dir)
#   LIVEFAIR_WORKER_SRTP        bundled (default): libsrtp 2.5.0 built from
#                               Debian's orig tarball with OpenSSL crypto;
#                               system: link Debian's libsrtp2 (NSS-based, slower)
#   LIVEFAIR_MESON_ARGS         extra arguments for `meson setup`
#   LIVEFAIR_BUILD_JOBS         ninja -j value (default: ninja's own choice)
#   TMPDIR                      where the temporary build directory goes
#
# See infra/mediasoup/README.md for why this route exists.
set -euo pipefail

readonly LOG_PREFIX='[livefair:worker]'
readonly T0=$SECONDS
log() { printf '%s %s (+%ss)\n' "$LOG_PREFIX" "$*" "$((SECONDS - T0))" >&2; }
die() { printf '%s ERROR: %s\n' "$LOG_PREFIX" "$*" >&2; exit 1; }
trap 'rc=$?; printf "%s ERROR: command failed (exit %s) at line %s: %s\n" "$LOG_PREFIX" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR

# Long steps run in the background and are waited for, so that a signal sent
# to this script alone (e.g. forwarded by bootstrap) stops them as well.
CHILD=
on_signal() {
  if [[ -n "$CHILD" ]]; then kill -TERM "$CHILD" 2>/dev/null || true; wait "$CHILD" 2>/dev/null || true; fi
  die "interrupted by $1"
}
trap 'on_signal SIGTERM' TERM
trap 'on_signal SIGINT' INT
trap 'on_signal SIGHUP' HUP
run_child() { # run_child LOGFILE COMMAND...
  local rc=0 logfile=$1
  shift
  "$@" >"$logfile" 2>&1 &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=
  return "$rc"
}

FORCE=0 SETUP_ONLY=0 KEEP=0
for arg in "$@"; do
  case "$arg" in
    --force) FORCE=1 ;;
    --setup-only) SETUP_ONLY=1 ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) die "unknown argument: $arg (try --help)" ;;
  esac
done

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
[[ "$(uname -s)" == Linux ]] || die "this route is for Debian/Linux only"
command -v node >/dev/null || die "node is not on PATH"

# --------------------------------------------------------------------------
# Which mediasoup version, and where the result goes
# --------------------------------------------------------------------------
VERSION=${LIVEFAIR_MEDIASOUP_VERSION:-}
if [[ -z "$VERSION" ]]; then
  VERSION=$(cd "$REPO_ROOT" && node -e '
    const fs = require("fs");
    let v = "";
    try { v = JSON.parse(fs.readFileSync("package-lock.json", "utf8")).packages["node_modules/mediasoup"].version; } catch {}
    if (!v) { try { v = JSON.parse(fs.readFileSync("package.json", "utf8")).dependencies.mediasoup; } catch {} }
    process.stdout.write(v || "");')
fi
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] \
  || die "cannot determine an exact mediasoup version (got '${VERSION}'); pin it exactly in package.json or set LIVEFAIR_MEDIASOUP_VERSION"

CACHE_ROOT=${LIVEFAIR_CACHE_DIR:-${HOME:?HOME is not set}/.cache/livefair}
DEST_DIR="$CACHE_ROOT/mediasoup-worker-$VERSION"
DEST="$DEST_DIR/mediasoup-worker"
SRC_CACHE="$CACHE_ROOT/sources"

if [[ $FORCE == 0 && $SETUP_ONLY == 0 && -x "$DEST" ]]; then
  log "mediasoup-worker $VERSION already built: $DEST"
  exit 0
fi

mkdir -p "$DEST_DIR" "$SRC_CACHE"
# One build at a time per version (two bootstraps started together).
if command -v flock >/dev/null; then
  exec 9>"$DEST_DIR/.build.lock"
  flock -w 3600 9 || die "timed out waiting for another build of mediasoup-worker $VERSION"
  if [[ $FORCE == 0 && $SETUP_ONLY == 0 && -x "$DEST" ]]; then
    log "mediasoup-worker $VERSION was built meanwhile: $DEST"
    exit 0
  fi
fi

# --------------------------------------------------------------------------
# Root / apt helpers
# --------------------------------------------------------------------------
as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    if [[ -t 0 ]]; then sudo "$@"; else sudo -n "$@"; fi
  else
    die "root is needed for: $* (run as root or install sudo)"
  fi
}

APT_UPDATED=0
apt_get() {
  as_root env DEBIAN_FRONTEND=noninteractive NEEDRESTART_MODE=a \
    apt-get -y -qq -o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0 "$@"
}
apt_update() {
  log "apt-get update"
  apt_get update >/dev/null || die "apt-get update failed (is the Debian mirror reachable?)"
  APT_UPDATED=1
}
pkg_installed() { dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'; }
# apt_install [-t SUITE] PKG...   installs the ones that are missing
apt_install() {
  local target=()
  if [[ "${1:-}" == -t ]]; then target=(-t "$2"); shift 2; fi
  local missing=() p
  for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  log "apt-get install ${target[*]} ${missing[*]}"
  [[ $APT_UPDATED == 1 ]] || apt_update
  apt_get install --no-install-recommends "${target[@]}" "${missing[@]}" \
    || die "apt-get install ${missing[*]} failed"
}
version_ge() { [[ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" == "$2" ]]; }

command -v apt-get >/dev/null && command -v dpkg-query >/dev/null \
  || die "apt-get/dpkg not found: this route needs Debian (bookworm)"
CODENAME=$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")
[[ -n "$CODENAME" ]] || die "cannot read VERSION_CODENAME from /etc/os-release"
[[ "$CODENAME" == bookworm ]] || log "warning: route verified on Debian bookworm only, this is '$CODENAME'"

# The Debian mirror and keyring the machine already uses for suite $CODENAME.
find_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    awk -v suite="$CODENAME" '
      function flush() {
        if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " suite " ") && uri != "") { print uri "\t" key; found = 1; exit }
        types = ""; suites = ""; uri = ""; key = ""
      }
      /^[ \t]*$/ { flush(); next }
      /^#/ { next }
      tolower($1) == "types:" { $1 = ""; types = substr($0, 2) }
      tolower($1) == "suites:" { $1 = ""; suites = substr($0, 2) }
      tolower($1) == "uris:" { uri = $2 }
      tolower($1) == "signed-by:" { key = $2 }
      END { if (!found) flush() }' "$f"
  done | head -n1
  { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true; } \
    | awk -v suite="$CODENAME" '
        $1 == "deb" { i = 2; if ($2 ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                      if ($(i + 1) == suite) { print $i "\t"; exit } }'
}
MIRROR_LINE=$(find_mirror | head -n1 || true)
MIRROR=${MIRROR_LINE%%$'\t'*}
KEYRING=${MIRROR_LINE#*$'\t'}
[[ -n "$MIRROR" ]] || die "no apt source for Debian suite '$CODENAME' found under /etc/apt; cannot add backports/deb-src on the same mirror"
if [[ ! -f "$KEYRING" ]]; then KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg; fi

SOURCES_CHANGED=0
# write_source FILE CONTENT: (re)write an apt deb822 source when it differs
write_source() {
  local file=$1 content=$2
  if [[ -f "$file" ]] && [[ "$(cat "$file")" == "$content" ]]; then return 0; fi
  log "adding apt source $file"
  printf '%s\n' "$content" | as_root tee "$file" >/dev/null
  SOURCES_CHANGED=1
}
signed_by_line() { [[ -f "$KEYRING" ]] && printf 'Signed-By: %s\n' "$KEYRING" || true; }

# --------------------------------------------------------------------------
# 1. Build dependencies
# --------------------------------------------------------------------------
SRTP_MODE=${LIVEFAIR_WORKER_SRTP:-bundled}
[[ "$SRTP_MODE" == bundled || "$SRTP_MODE" == system ]] \
  || die "LIVEFAIR_WORKER_SRTP must be 'bundled' or 'system' (got '$SRTP_MODE')"

BUILD_PKGS=(build-essential ninja-build pkg-config libssl-dev libuv1-dev libusrsctp-dev libabsl-dev nlohmann-json3-dev)
[[ "$SRTP_MODE" == system ]] && BUILD_PKGS+=(libsrtp2-dev)

MESON_MIN=1.1.0
meson_ok() { command -v meson >/dev/null && version_ge "$(meson --version 2>/dev/null || echo 0)" "$MESON_MIN"; }
if ! meson_ok; then
  write_source /etc/apt/sources.list.d/livefair-backports.sources "$(printf 'Types: deb\nURIs: %s\nSuites: %s-backports\nComponents: main\n%s' "$MIRROR" "$CODENAME" "$(signed_by_line)")"
fi
if [[ "$SRTP_MODE" == bundled ]]; then
  write_source /etc/apt/sources.list.d/livefair-src.sources "$(printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: main\n%s' "$MIRROR" "$CODENAME" "$(signed_by_line)")"
fi
[[ $SOURCES_CHANGED == 1 ]] && apt_update

log "checking build dependencies"
apt_install "${BUILD_PKGS[@]}"
if ! meson_ok; then
  if pkg_installed meson; then
    log "meson $(meson --version 2>/dev/null || echo '?') is too old (need >= $MESON_MIN), upgrading from $CODENAME-backports"
    [[ $APT_UPDATED == 1 ]] || apt_update
    apt_get install --no-install-recommends -t "$CODENAME-backports" meson || die "installing meson from $CODENAME-backports failed"
  else
    apt_install -t "$CODENAME-backports" meson
  fi
fi
meson_ok || die "meson >= $MESON_MIN is required, found: $(command -v meson >/dev/null && meson --version || echo none)"
for pc in openssl libuv nlohmann_json absl_strings absl_flat_hash_map; do
  pkg-config --exists "$pc" || die "pkg-config cannot find '$pc' although its Debian package is installed"
done
log "build deps ok (meson $(meson --version), ninja $(ninja --version), gcc $(gcc -dumpversion))"

# --------------------------------------------------------------------------
# 2. mediasoup worker source, copied into a temporary build directory
# --------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/livefair-worker-$VERSION.XXXXXX")
cleanup() {
  if [[ $KEEP == 1 ]]; then log "build directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

pkg_version() { node -e 'try{process.stdout.write(require(process.argv[1]).version||"")}catch{}' "$1/package.json"; }
SRC=${LIVEFAIR_MEDIASOUP_SRC:-}
if [[ -z "$SRC" && -f "$REPO_ROOT/node_modules/mediasoup/worker/meson.build" \
      && "$(pkg_version "$REPO_ROOT/node_modules/mediasoup")" == "$VERSION" ]]; then
  SRC="$REPO_ROOT/node_modules/mediasoup"
fi
if [[ -z "$SRC" ]]; then
  log "fetching mediasoup@$VERSION source with npm pack"
  (cd "$WORK" && npm pack --silent "mediasoup@$VERSION" >/dev/null) || die "npm pack mediasoup@$VERSION failed"
  tar -xzf "$WORK/mediasoup-$VERSION.tgz" -C "$WORK"
  SRC="$WORK/package"
fi
[[ -f "$SRC/worker/meson.build" ]] || die "no worker/meson.build in $SRC"
[[ "$(pkg_version "$SRC")" == "$VERSION" ]] || die "$SRC is not mediasoup $VERSION"
log "worker source: $SRC"

W="$WORK/worker"
cp -a "$SRC/worker" "$W"
rm -rf "$W/out"
find "$W/subprojects" -mindepth 1 -maxdepth 1 ! -name '*.wrap' -exec rm -rf {} +

# wrap_get NAME KEY: a key of the [wrap-file] section of subprojects/NAME.wrap
wrap_get() {
  local f="$W/subprojects/$1.wrap"
  [[ -f "$f" ]] || die "missing $f in the mediasoup package"
  local v
  v=$(awk -F' *= *' -v k="$2" '/^\[/{s=$0} s=="[wrap-file]" && $1==k {print $2; exit}' "$f")
  [[ -n "$v" ]] || die "no '$2' in $f"
  printf '%s' "$v"
}
# shim NAME BUILD [OPTIONS]: a subproject folder exposing system libraries
shim() {
  local dir
  dir="$W/subprojects/$(wrap_get "$1" directory)"
  mkdir -p "$dir"
  printf '%s\n' "$2" >"$dir/meson.build"
  printf '%s' "${3:-}" >"$dir/meson_options.txt"
}

# --------------------------------------------------------------------------
# 3. Shims: Debian's libraries under the variable names mediasoup reads.
#    The *_lib variables only feed `libmediasoup-worker`, which is not built
#    by default, so they are empty lists.
# --------------------------------------------------------------------------
shim openssl "project('openssl', 'c')
openssl_dep = dependency('openssl', allow_fallback: false)
libssl_dep = dependency('libssl', allow_fallback: false)
libcrypto_dep = dependency('libcrypto', allow_fallback: false)
libssl_lib = []
libcrypto_lib = []"

shim nlohmann_json "project('nlohmann_json', 'cpp')
nlohmann_json_dep = dependency('nlohmann_json', allow_fallback: false)"

shim libuv "project('libuv', 'c')
libuv_dep = dependency('libuv', allow_fallback: false)
libuv = []" \
"option('build_tests', type: 'boolean', value: false)
option('build_benchmarks', type: 'boolean', value: false)
"

shim usrsctp "project('usrsctp', 'c')
usrsctp_dep = dependency('usrsctp', required: false, allow_fallback: false)
if not usrsctp_dep.found()
  usrsctp_dep = meson.get_compiler('c').find_library('usrsctp', has_headers: ['usrsctp.h'])
endif
usrsctp = []" \
"option('sctp_build_programs', type: 'boolean', value: false)
"

shim abseil-cpp "project('abseil-cpp', 'cpp')
absl = {}
foreach m : ['base', 'btree', 'flat_hash_map', 'flat_hash_set', 'node_hash_map', 'node_hash_set',
             'inlined_vector', 'memory', 'strings', 'str_format', 'optional', 'variant',
             'span', 'hash', 'utility', 'meta']
  absl += {m: dependency('absl_' + m, allow_fallback: false)}
endforeach
absl_base_dep = absl['base']
absl_hash_dep = absl['hash']
absl_container_dep = declare_dependency(dependencies: [absl['btree'], absl['flat_hash_map'],
  absl['flat_hash_set'], absl['node_hash_map'], absl['node_hash_set'], absl['inlined_vector']])
absl_strings_dep = declare_dependency(dependencies: [absl['strings'], absl['str_format']])
absl_types_dep = declare_dependency(dependencies: [absl['optional'], absl['variant'], absl['span'],
  absl['memory'], absl['utility'], absl['meta']])
absl_container_lib = []"

shim catch2 "project('catch2', 'cpp')
catch2_dep = declare_dependency()"

SRTP_DIR=$(wrap_get libsrtp2 directory)
if [[ "$SRTP_MODE" == system ]]; then
  log "libsrtp: Debian's libsrtp2 (LIVEFAIR_WORKER_SRTP=system)"
  shim libsrtp2 "project('libsrtp2', 'c')
libsrtp2_dep = declare_dependency(dependencies: dependency('libsrtp2', allow_fallback: false),
  compile_args: ['-I/usr/include/srtp2'])
libsrtp2 = []" \
"option('crypto-library', type: 'string', value: 'openssl')
option('crypto-library-kdf', type: 'string', value: 'disabled')
option('tests', type: 'string', value: 'disabled')
"
else
  # ------------------------------------------------------------------------
  # 4. libsrtp: Debian's orig tarball is byte-identical to the one mediasoup
  #    pins; meson then builds it statically with OpenSSL crypto.
  # ------------------------------------------------------------------------
  SRTP_FILE=$(wrap_get libsrtp2 source_filename)
  SRTP_SHA=$(wrap_get libsrtp2 source_hash)
  SRTP_VER=${SRTP_DIR#libsrtp-}
  ORIG="libsrtp2_${SRTP_VER}.orig.tar.gz"
  CACHED_ORIG="$SRC_CACHE/$ORIG"
  sha_of() { sha256sum "$1" | cut -d' ' -f1; }
  if [[ -f "$CACHED_ORIG" && "$(sha_of "$CACHED_ORIG")" == "$SRTP_SHA" ]]; then
    log "libsrtp $SRTP_VER source from cache ($CACHED_ORIG)"
  else
    log "downloading Debian source of libsrtp2 ($CODENAME)"
    DL="$WORK/srtp-src"
    mkdir -p "$DL"
    chmod 0777 "$DL" # lets apt's unprivileged _apt user write there
    if ! (cd "$DL" && apt-get source -q --download-only "libsrtp2/$CODENAME" >"$WORK/apt-source.log" 2>&1); then
      # lists may be stale or the deb-src source just added: refresh once
      apt_update
      (cd "$DL" && apt-get source -q --download-only "libsrtp2/$CODENAME" >"$WORK/apt-source.log" 2>&1) || {
        cat "$WORK/apt-source.log" >&2
        die "apt-get source --download-only libsrtp2/$CODENAME failed"
      }
    fi
    [[ -f "$DL/$ORIG" ]] || die "Debian's libsrtp2 source has no $ORIG (found: $(ls "$DL" | tr '\n' ' ')); mediasoup $VERSION wants libsrtp $SRTP_VER. Set LIVEFAIR_WORKER_SRTP=system to link Debian's libsrtp2 instead"
    GOT=$(sha_of "$DL/$ORIG")
    [[ "$GOT" == "$SRTP_SHA" ]] || die "sha256 mismatch for $ORIG: got $GOT, mediasoup's libsrtp2.wrap pins $SRTP_SHA"
    log "sha256 of $ORIG matches libsrtp2.wrap ($SRTP_SHA)"
    cp "$DL/$ORIG" "$CACHED_ORIG.tmp.$$" && mv -f "$CACHED_ORIG.tmp.$$" "$CACHED_ORIG"
  fi
  mkdir -p "$W/subprojects/packagecache"
  cp "$CACHED_ORIG" "$W/subprojects/packagecache/$SRTP_FILE"
fi

# --------------------------------------------------------------------------
# 5. Configure and build
# --------------------------------------------------------------------------
BUILD="$W/out/Release"
read -r -a EXTRA_MESON_ARGS <<<"${LIVEFAIR_MESON_ARGS:-}"
log "meson setup"
run_child "$WORK/meson-setup.log" meson setup --buildtype release -Db_ndebug=true -Db_pie=true -Db_staticpic=true \
  --wrap-mode=nodownload "${EXTRA_MESON_ARGS[@]}" "$BUILD" "$W" || {
  tail -n 60 "$WORK/meson-setup.log" >&2
  die "meson setup failed (full log: $WORK/meson-setup.log; rerun with --keep to inspect)"
}
log "meson setup ok"
if [[ $SETUP_ONLY == 1 ]]; then
  log "--setup-only: stopping before compilation"
  exit 0
fi

JOBS=()
[[ -n "${LIVEFAIR_BUILD_JOBS:-}" ]] && JOBS=(-j "$LIVEFAIR_BUILD_JOBS")
log "compiling mediasoup-worker (several minutes on 2 cores)"
run_child "$WORK/ninja.log" ninja -C "$BUILD" "${JOBS[@]}" mediasoup-worker || {
  tail -n 60 "$WORK/ninja.log" >&2
  die "ninja failed (rerun with --keep to inspect $WORK/ninja.log)"
}
BIN="$BUILD/mediasoup-worker"
[[ -x "$BIN" ]] || die "ninja finished but $BIN is missing"
log "compiled ($(du -h "$BIN" | cut -f1))"

# --------------------------------------------------------------------------
# 6. Check, then install atomically into the cache
# --------------------------------------------------------------------------
if ldd "$BIN" | grep -q 'not found'; then
  ldd "$BIN" >&2
  die "mediasoup-worker has unresolved shared libraries"
fi
TMP_DEST="$DEST.tmp.$$"
cp "$BIN" "$TMP_DEST"
chmod 0755 "$TMP_DEST"
if [[ -f "$SRC/node/lib/index.js" ]]; then
  log "smoke test: createWorker() + createRouter()"
  MEDIASOUP_WORKER_BIN="$TMP_DEST" node -e '
    const ms = require(process.argv[1]);
    const t = setTimeout(() => { console.error("smoke test timed out"); process.exit(1); }, 15000);
    ms.createWorker({ logLevel: "warn" }).then(async (w) => {
      await w.createRouter({ mediaCodecs: [{ kind: "audio", mimeType: "audio/opus", clockRate: 48000, channels: 2 }] });
      w.close(); clearTimeout(t);
    }).catch((e) => { console.error(e); process.exit(1); });' "$SRC" \
    || { rm -f "$TMP_DEST"; die "the freshly built mediasoup-worker failed its smoke test"; }
fi
mv -f "$TMP_DEST" "$DEST"
log "installed $DEST"
