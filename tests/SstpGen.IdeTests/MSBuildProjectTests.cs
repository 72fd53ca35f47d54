using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using Xunit;

namespace SstpGen.IdeTests;

/// <summary>
/// A consumer project loaded as an IDE loads it: by MSBuild's design-time build (MSBuildWorkspace), with the
/// package's props and targets. The item metadata options must reach the generator there, not only on the
/// command line (ResxSourceGenerator's format methods vanish in the IDE for want of this).
/// </summary>
public class MSBuildProjectTests
{
    [Fact]
    public async Task Options_set_on_the_table_item_are_honoured_in_a_design_time_build()
    {
        string repository = RepositoryRoot();
        string folder = Directory.CreateTempSubdirectory("sstpgen-msbuild-").FullName;
        try
        {
            File.Copy(Path.Combine(repository, "messages.md"), Path.Combine(folder, "messages.md"));
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.Write(Contoso.Vpn.VpnMessages.FormatNegotiationFailed(\"x\"));\n");
            string project = Path.Combine(folder, "Consumer.csproj");
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{repository}/generator/buildTransitive/SstpGen.props" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{typeof(SstpGenerator).Assembly.Location}" />
                    <SstpMessageTable Include="messages.md" Namespace="Contoso.Vpn" ClassName="VpnMessages" />
                    <AdditionalFiles Include="README.md" />
                  </ItemGroup>
                  <Import Project="{repository}/generator/buildTransitive/SstpGen.targets" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "README.md"), "# Consumer\n");
            Run("dotnet", $"restore \"{project}\"");

            using MSBuildWorkspace workspace = MSBuildWorkspace.Create();
            Project loaded = await workspace.OpenProjectAsync(project);
            Assert.Empty(workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure).Select(d => d.Message));

            Assert.Equal(
                ["Contoso.Vpn.SstpEventId.g.cs", "Contoso.Vpn.SstpWindowsVersion.g.cs", "Contoso.Vpn.VpnMessages.g.cs"],
                (await loaded.GetSourceGeneratedDocumentsAsync()).Select(d => d.HintName).Order(StringComparer.Ordinal));
            Compilation compilation = (await loaded.GetCompilationAsync())!;
            Assert.NotNull(compilation.GetTypeByMetadataName("Contoso.Vpn.VpnMessages"));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SstpGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }

    private static void Run(string program, string arguments)
    {
        using Process process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {arguments} failed:\n{output}");
    }
}
