#!/usr/bin/env bash
# Consumers people really have, each built from the packed NuGet package: pack SstpGen into a temporary local
# feed, then create fresh projects that reference that package (the machine's package source stays configured for
# the compiler toolset and reference assemblies; packages restore into an empty folder, and the restored SstpGen
# is checked to be the one just packed), add messages.md with the one-line SstpMessageTable item, build them with
# TreatWarningsAsErrors, and run what can run. Also checks the .nupkg holds exactly the expected files.
#   app        net10.0 console app, a README.md and a docs/**/*.md glob beside the table: builds with no warning, runs
#   library    netstandard2.0 library (no string.Create) with LangVersion 8
#   compiler   the app built by an older compiler than the SDK's (Microsoft.Net.Compilers.Toolset 4.14.0)
#   net472     .NET Framework 4.7.2 library, loaded and called from .NET 10: renders the same text
#   multi      multi-targeting net8.0;net10.0
#   nullable   Nullable disabled
#   vb         a Visual Basic project: gets nothing from a C# generator, and no error
#   languages  a table with satellites (tests/SstpGen.Tests/Tables/languages) by one glob: renders de-AT; built again
#              with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 (an invariant-globalization container), the same generated files
# All of them run by default; name some to run only those (bash tests/PackageSmoke/run.sh app library).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/generator/SstpGen.csproj" | head -n 1)"

dotnet pack "$repo/generator/SstpGen.csproj" -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true >/dev/null
package="$work/feed/SstpGen.$version.nupkg"
[ -f "$package" ] || { echo "package smoke: $package was not created"; exit 1; }

commit="$(git -C "$repo" rev-parse HEAD 2>/dev/null || true)"
python3 - "$package" "$version" "$commit" <<'PY'
import sys, zipfile, re
package, version, commit = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(package) as z:
    names = sorted(n for n in z.namelist() if not (n.startswith("_rels/") or n.startswith("package/") or n == "[Content_Types].xml"))
    expected = sorted(["SstpGen.nuspec", "README.md", "analyzers/dotnet/cs/SstpGen.dll",
                       "build/SstpGen.props", "build/SstpGen.targets", "buildTransitive/SstpGen.props", "buildTransitive/SstpGen.targets"])
    if names != expected:
        sys.exit(f"package smoke: unexpected package contents {names}")
    nuspec = z.read("SstpGen.nuspec").decode()
    for needle in (f"<version>{version}</version>", "<license type=\"expression\">MIT</license>", "<readme>README.md</readme>", "<developmentDependency>true</developmentDependency>"):
        if needle not in nuspec:
            sys.exit(f"package smoke: nuspec lacks {needle}")
    if commit and not re.search(r'<repository type="git" commit="' + commit + '"', nuspec):
        sys.exit(f"package smoke: nuspec lacks the repository commit {commit}")
    if "<dependencies" in nuspec and re.search(r"<dependency ", nuspec):
        sys.exit("package smoke: the package must not bring dependencies")
    dll = z.read("analyzers/dotnet/cs/SstpGen.dll")
    if f"{version}".encode("utf-16-le") not in dll:
        sys.exit(f"package smoke: the analyzer DLL does not carry version {version}")
PY

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="smoke" value="$work/feed" />
  </packageSources>
</configuration>
XML
expected="CoId=smoke-42:The Secure Socket Tunneling Protocol (SSTP) negotiation has failed."

# consumer NAME LANGUAGE-EXTENSION PROPERTIES ITEMS: a project in $work/NAME with messages.md as its table.
consumer() {
  local name="$1" extension="$2" properties="$3" items="$4"
  mkdir -p "$work/$name"
  cp "$repo/messages.md" "$work/$name/messages.md"
  cat > "$work/$name/$name.$extension" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <RootNamespace>$name</RootNamespace>
    $properties
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SstpGen" Version="$version" PrivateAssets="all" />
    <SstpMessageTable Include="messages.md" ClassName="VpnMessages" />
    $items
  </ItemGroup>
</Project>
XML
}

# build NAME: restore from the local feed only for SstpGen, build, and fail on any warning in the build output.
build() {
  local name="$1" project
  project="$(ls "$work/$1"/*.??proj)"
  # $work/nuget.config adds the local feed to the machine's sources (NuGet finds it above the project).
  dotnet restore "$project" --packages "$work/packages" >"$work/$name.restore.log" 2>&1 \
    || { cat "$work/$name.restore.log"; echo "package smoke ($name): restore failed"; exit 1; }
  cmp -s "$package" "$work/packages/sstpgen/$version/sstpgen.$version.nupkg" \
    || { echo "package smoke ($name): the restored SstpGen is not the package just packed"; exit 1; }
  dotnet build "$project" --no-restore -c Release >"$work/$name.build.log" 2>&1 \
    || { grep -E "error|warn" "$work/$name.build.log" | head -20; echo "package smoke ($name): build failed"; exit 1; }
  if grep -qE ": warning [A-Z]+[0-9]+" "$work/$name.build.log"; then
    grep -E ": warning" "$work/$name.build.log" | head -10; echo "package smoke ($name): the build has warnings"; exit 1
  fi
}

program='System.Console.Write(NAME.VpnMessages.FormatNegotiationFailed("smoke-42"));'

run_app() {
  consumer app csproj "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>" \
    '<AdditionalFiles Include="README.md;docs/**/*.md" />'
  printf '# Smoke app\n\nThe events are in messages.md.\n' > "$work/app/README.md"
  mkdir -p "$work/app/docs" && printf '## Guide\n\n| Column | Meaning |\n| --- | --- |\n| id | the event |\n' > "$work/app/docs/guide.md"
  echo "${program//NAME/app}" > "$work/app/Program.cs"
  build app
  local output
  output="$(dotnet run --project "$work/app/app.csproj" --no-build -c Release)"
  case "$output" in "$expected"*) ;; *) echo "package smoke (app): unexpected output: $output"; exit 1 ;; esac
  local generated="$work/app/obj/Release/net10.0/generated/SstpGen/SstpGen.SstpGenerator"
  [ -f "$generated/app.VpnMessages.g.cs" ] || { echo "package smoke (app): no readable generated file in $generated"; exit 1; }
  [ "$(ls "$generated" | wc -l)" = 3 ] || { echo "package smoke (app): README.md or docs were read as tables: $(ls "$generated")"; exit 1; }
}

run_library() {
  consumer library csproj "<TargetFramework>netstandard2.0</TargetFramework><LangVersion>8</LangVersion><Nullable>enable</Nullable>" ""
  echo 'namespace library { public static class Use { public static string Render() => VpnMessages.FormatNegotiationFailed("smoke-42"); } }' > "$work/library/Use.cs"
  build library
}

run_compiler() {
  consumer compiler csproj "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>" \
    '<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />'
  echo "${program//NAME/compiler}" > "$work/compiler/Program.cs"
  build compiler
  grep -q "microsoft.net.compilers.toolset/4.14.0" "$work/compiler.build.log" || dotnet build "$work/compiler/compiler.csproj" --no-restore -c Release -v:d 2>&1 | grep -q "microsoft.net.compilers.toolset/4.14.0" \
    || { echo "package smoke (compiler): the build did not use the 4.14.0 compiler"; exit 1; }
  local output
  output="$(dotnet run --project "$work/compiler/compiler.csproj" --no-build -c Release)"
  case "$output" in "$expected"*) ;; *) echo "package smoke (compiler): unexpected output: $output"; exit 1 ;; esac
}

run_net472() {
  consumer net472 csproj "<TargetFramework>net472</TargetFramework><LangVersion>latest</LangVersion><Nullable>enable</Nullable>" \
    '<PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />'
  build net472
  # .NET 10 loads the .NET Framework library and calls it: the fallback code renders the same text.
  mkdir -p "$work/loader"
  cat > "$work/loader/loader.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>
XML
  echo 'var type = System.Reflection.Assembly.LoadFrom(args[0]).GetType("net472.VpnMessages", true)!; System.Console.Write(type.GetMethod("FormatNegotiationFailed", new[] { typeof(string) })!.Invoke(null, new object[] { "smoke-42" }));' > "$work/loader/Program.cs"
  dotnet build "$work/loader/loader.csproj" -c Release >"$work/loader.build.log" 2>&1 || { tail -20 "$work/loader.build.log"; exit 1; }
  local output
  output="$(dotnet run --project "$work/loader/loader.csproj" --no-build -c Release -- "$work/net472/bin/Release/net472/net472.dll")"
  case "$output" in "$expected"*) ;; *) echo "package smoke (net472): unexpected output: $output"; exit 1 ;; esac
}

run_multi() {
  consumer multi csproj "<TargetFrameworks>net8.0;net10.0</TargetFrameworks><Nullable>enable</Nullable>" ""
  echo 'namespace multi { public static class Use { public static string Render() => VpnMessages.FormatNegotiationFailed("smoke-42"); } }' > "$work/multi/Use.cs"
  build multi
}

run_nullable() {
  consumer nullable csproj "<OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>disable</Nullable>" ""
  echo "${program//NAME/nullable}" > "$work/nullable/Program.cs"
  build nullable
}

run_vb() {
  consumer vb vbproj "<TargetFramework>net10.0</TargetFramework>" ""
  printf 'Public Module Use\n    Public Function Answer() As Integer\n        Return 42\n    End Function\nEnd Module\n' > "$work/vb/Use.vb"
  build vb
  [ ! -d "$work/vb/obj/Release/net10.0/generated/SstpGen" ] || { echo "package smoke (vb): a C# generator ran for Visual Basic"; exit 1; }
}

run_languages() {
  mkdir -p "$work/languages"
  cp "$repo"/tests/SstpGen.Tests/Tables/languages/*.md "$work/languages/"
  cat > "$work/languages/languages.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <RootNamespace>languages</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="SstpGen" Version="$version" PrivateAssets="all" />
    <AdditionalFiles Include="*.md" />
  </ItemGroup>
</Project>
XML
  echo 'System.Console.Write(languages.SstpMessages.FormatHelloAgain(System.Globalization.CultureInfo.GetCultureInfo("de-AT"), "smoke"));' > "$work/languages/Program.cs"
  build languages
  local output generated="$work/languages/obj/Release/net10.0/generated/SstpGen/SstpGen.SstpGenerator"
  output="$(dotnet run --project "$work/languages/languages.csproj" --no-build -c Release)"
  case "$output" in "Servus smoke."*) ;; *) echo "package smoke (languages): unexpected output: $output"; exit 1 ;; esac
  cp -r "$generated" "$work/languages-icu"
  rm -rf "$generated"
  # The compiler in-process (no server started under other settings), in invariant-globalization mode.
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 dotnet build "$work/languages/languages.csproj" --no-restore -c Release --no-incremental -p:UseSharedCompilation=false >"$work/languages-invariant.log" 2>&1 \
    || { tail -20 "$work/languages-invariant.log"; echo "package smoke (languages): the invariant-globalization build failed"; exit 1; }
  diff -r "$work/languages-icu" "$generated" >/dev/null \
    || { echo "package smoke (languages): the generated files differ under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1"; exit 1; }
}

consumers=("$@")
[ ${#consumers[@]} -gt 0 ] || consumers=(app library compiler net472 multi nullable vb languages)
for name in "${consumers[@]}"; do
  "run_$name"
done
echo "package smoke: SstpGen $version packed and restored from a local feed; consumers built with warnings as errors: ${consumers[*]}"
