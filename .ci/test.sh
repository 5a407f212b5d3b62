#!/usr/bin/env bash
# Runs every test from a fresh Debian machine with the .NET SDK: installs what the tests need
# (Debian packages only), builds, tests, and prints one "N passed, N failed, N skipped" line.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the test suites start themselves (e.g. redis-server, chromium, python3 for the example
# agents); each suite finds its own and skips nothing silently.
packages=(chromium chromium-driver redis-server python3)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test TechPactOrleans.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one summary per test project; add them up into the plain closing line.
awk '/(Passed|Failed)! +- +Failed: /{
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:")  f += $(i+1);
         if ($i == "Passed:")  p += $(i+1);
         if ($i == "Skipped:") s += $(i+1);
       }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' FS='[ ,]+' "$log"
exit "$status"
