#!/usr/bin/env bash
# Install what the runner sandbox needs from Debian/Ubuntu packages: bubblewrap, prlimit
# (util-linux), libseccomp (to build the sandbox's seccomp filter) and the language toolchains,
# whose packages the languages manifest names (contracts/languages.ts, read by
# scripts/lib/toolchain-packages.mjs). Idempotent: installs only what is missing.
# As root it runs apt-get; otherwise it prints the exact command and fails only when
# bubblewrap itself is missing (a missing toolchain just makes its language unavailable).
set -euo pipefail

# The sandbox's own tools: file → Debian package providing it.
declare -A PACKAGES=(
  [/usr/bin/bwrap]=bubblewrap
  [/usr/bin/prlimit]=util-linux
  [/usr/include/seccomp.h]=libseccomp-dev
)

missing=()
for file in "${!PACKAGES[@]}"; do
  [[ -e "$file" ]] || missing+=("${PACKAGES[$file]}")
done
# The toolchains of the languages this host lacks (TypeScript/JavaScript need none: the runner's node and npm's esbuild).
if languages=$(node "$(dirname "$0")/lib/toolchain-packages.mjs" --missing); then
  while read -r package; do
    if [[ -n "$package" ]]; then missing+=("$package"); fi
  done <<<"$languages"
else
  echo "install-toolchains: cannot read the languages manifest (node and npm ci first): toolchains not checked" >&2
fi
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-toolchains: all runner toolchains present"
  exit 0
fi
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
cmd=(apt-get install -y --no-install-recommends "${missing[@]}")

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "install-toolchains: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they are absent (fresh image) or an install fails.
  if ! compgen -G "/var/lib/apt/lists/*_Packages" >/dev/null || ! "${cmd[@]}"; then
    apt-get update -q
    "${cmd[@]}"
  fi
  exit 0
fi

echo "install-toolchains: missing packages: ${missing[*]}" >&2
echo "install-toolchains: run:  sudo ${cmd[*]}" >&2
[[ -x /usr/bin/bwrap ]] || exit 1
exit 0
