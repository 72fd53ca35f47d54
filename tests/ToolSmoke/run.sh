#!/usr/bin/env bash
# sstpgen installed as users install it: pack the tool into a temporary feed, `dotnet tool install --tool-path` from
# it, then run the installed command: --help, a bad command line (exit 2), and one extraction from ../shared/pe when it
# is beside the checkout (else from the tool's own DLL, which has no message table: exit 1 with a clear error).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/cli/SstpGen.Cli.csproj" | head -n 1)"

dotnet pack "$repo/cli/SstpGen.Cli.csproj" -c Release -o "$work/feed" >/dev/null
[ -f "$work/feed/SstpGen.Cli.$version.nupkg" ] || { echo "tool smoke: the package was not created"; exit 1; }
dotnet tool install SstpGen.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
sstpgen="$work/tools/sstpgen"

"$sstpgen" --help | grep -q "extract" || { echo "tool smoke: sstpgen --help does not list extract"; exit 1; }
"$sstpgen" extract --help | grep -q -- "--into" || { echo "tool smoke: sstpgen extract --help does not list --into"; exit 1; }
set +e
"$sstpgen" extract --no-such-option x.dll >/dev/null 2>&1; usage=$?
set -e
[ "$usage" -eq 2 ] || { echo "tool smoke: a bad command line exited with $usage, not 2"; exit 1; }

shared="$repo/../shared/pe/sstpsvc/sstpsvc.dll"
if [ -f "$shared" ]; then
  "$sstpgen" extract "$shared" -o "$work/sstpsvc.md" 2>/dev/null
  grep -q '^### 10.0.26100.1$' "$work/sstpsvc.md" && grep -q '^0x00000001 | CoId=%1:The initial Secure Socket' "$work/sstpsvc.md" \
    || { echo "tool smoke: the extracted table is not sstpsvc's"; exit 1; }
else
  set +e
  message="$("$sstpgen" extract "$work/tools/.store/sstpgen.cli/$version/sstpgen.cli/$version/tools/net10.0/any/SstpGen.Cli.dll" 2>&1)"; code=$?
  set -e
  [ "$code" -eq 1 ] && grep -q "has no message table" <<<"$message" || { echo "tool smoke: expected a clear 'no message table' error, got $code: $message"; exit 1; }
fi
echo "tool smoke: sstpgen $version installed and ran"
