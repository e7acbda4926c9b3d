#!/usr/bin/env bash
# Issue 10 in one command: fault injection (SIGKILL during import and editorial saves, index loss, PostgreSQL
# restart, disk full), the fuzz run, backup/restore and the security tests, then the 10-minute soak.
# Every part appends one line to the report; the script prints them all at the end and fails if any part failed.
#
#   bash bench/reliability/run-all.sh            # full size (about 1 hour on 2 cores)
#   bash bench/reliability/run-all.sh --quick    # the sizes of the normal test run, soak 1 minute
#
# Needs what .ci/run installs (PostgreSQL binaries; root for the tmpfs of the disk-full test).
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

kills=20; offers=10000; restarts=5; inputs=20000; minutes=10; rate=${SOAK_RATE:-20}
if [ "${1:-}" = "--quick" ]; then kills=2; offers=300; restarts=2; inputs=1200; minutes=1; fi

mkdir -p bench/results
report="bench/results/$(date -u +%Y-%m-%d-%H%M)-reliability.txt"
: > "$report"
report=$(realpath "$report")
status=0

run() {
  local name=$1; shift
  echo "== $name"
  if ! "$@"; then
    echo "$name: FAILED (see output above)" >> "$report"
    status=1
  fi
}

dotnet build tests/Lotse.Tests -v q || exit 1
dotnet build -c Release bench/Lotse.Bench -v q || exit 1
dotnet build -c Release src/Lotse -v q || exit 1

run "fault injection" env CI=true LOTSE_FAULT_KILLS=$kills LOTSE_FAULT_OFFERS=$offers LOTSE_FAULT_PG_RESTARTS=$restarts \
  LOTSE_RELIABILITY_REPORT="$report" dotnet test tests/Lotse.Tests --no-build --filter "FullyQualifiedName~Lotse.Tests.Faults"

run "fuzz" env LOTSE_FUZZ_INPUTS=$inputs LOTSE_FUZZ_REPORT="$report.fuzz" \
  dotnet test tests/Lotse.Tests --no-build --filter "FullyQualifiedName~Lotse.Tests.Hostile"
cat "$report.fuzz" >> "$report" 2>/dev/null; rm -f "$report.fuzz"

run "backup, restore and security" env CI=true \
  dotnet test tests/Lotse.Tests --no-build --filter "FullyQualifiedName~Operations.Backup|FullyQualifiedName~Lotse.Tests.Security|FullyQualifiedName~BackOfficeAccessMatrix"

echo "== dependency audit"
if dotnet list Lotse.slnx package --vulnerable --include-transitive 2>&1 | tee /tmp/lotse-audit.txt | grep -q "has the following vulnerable packages"; then
  echo "dependency audit: vulnerable packages found (see output)" >> "$report"; status=1
else
  echo "dependency audit: none reported by the configured NuGet sources ($(grep -c 'no vulnerable packages' /tmp/lotse-audit.txt) projects)" >> "$report"
fi

echo "== component inventory (CycloneDX SBOM)"
sbom="${report%-reliability.txt}-sbom.json"
if dotnet tool restore > /dev/null && dotnet CycloneDX src/Lotse/Lotse.csproj -o "$(dirname "$sbom")" -fn "$(basename "$sbom")" -F Json -sn Lotse -dhc > /dev/null; then
  echo "sbom: $(grep -o '"bom-ref"' "$sbom" | wc -l) components of src/Lotse in $(basename "$sbom")" >> "$report"
else
  echo "sbom: FAILED" >> "$report"; status=1
fi

echo "== soak ($minutes min at $rate req/s)"
if dotnet run -c Release --no-build --project bench/Lotse.Bench -- soak --minutes "$minutes" --rate "$rate" --accounts 4 | tee /tmp/lotse-soak.txt; then
  grep '^soak:' /tmp/lotse-soak.txt >> "$report"
else
  { grep '^soak:' /tmp/lotse-soak.txt || echo "soak: FAILED"; } >> "$report"; status=1
fi

echo
echo "== reliability report ($report)"
cat "$report"
# The two kill scenarios together: "faults: N kills, N survived, N inconsistencies".
awk '/^faults\/kill-/ { k += $2; s += $4; i += $6 } END { if (k > 0) printf "faults: %d kills, %d survived, %d inconsistencies\n", k, s, i }' "$report" | tee -a "$report"
exit "$status"
