#!/usr/bin/env bash
# Fetches the upstream NRI api.proto that Debian ships in golang-github-containerd-nri-dev
# (trixie: 0.6.1, sid: 0.8.0) into .cache/nri-upstream/<suite>/, for the conformance test.
# apt runs against private lists under .cache/apt, so the machine's own sources, pins and
# installed packages stay untouched and nothing can be upgraded by accident.
set -euo pipefail

repo_root=$(cd "$(dirname "$0")/.." && pwd)
cache="$repo_root/.cache"
apt_dir="$cache/apt"
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(trixie sid)

mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$apt_dir/etc"
: > "$apt_dir/etc/sources.list"
for suite in "${suites[@]}"; do
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >> "$apt_dir/etc/sources.list"
done

apt_opts=(
  -o "Dir::Etc::sourcelist=$apt_dir/etc/sources.list"
  -o "Dir::Etc::sourceparts=-"
  -o "Dir::State::Lists=$apt_dir/lists"
  -o "Dir::Cache=$apt_dir/cache"
  -o "Dir::Cache::archives=$apt_dir/archives"
  -o "APT::Get::List-Cleanup=0"
  -o "Debug::NoLocking=1"
)
mkdir -p "$apt_dir/cache"
apt-get "${apt_opts[@]}" -qq update

for suite in "${suites[@]}"; do
  target="$cache/nri-upstream/$suite"
  work=$(mktemp -d)
  chmod 0777 "$work" # apt downloads as the unprivileged _apt user
  (cd "$work" && apt-get "${apt_opts[@]}" -qq download "golang-github-containerd-nri-dev/$suite")
  deb=$(ls "$work"/*.deb)
  rm -rf "$target" && mkdir -p "$target"
  dpkg-deb -x "$deb" "$work/root"
  src="$work/root/usr/share/gocode/src/github.com/containerd/nri/pkg/api/api.proto"
  [ -f "$src" ] || { echo "api.proto missing in $deb" >&2; exit 1; }
  cp "$src" "$target/api.proto"
  basename "$deb" > "$target/package"
  rm -rf "$work"
  echo "$suite: $(cat "$target/package")"
done
