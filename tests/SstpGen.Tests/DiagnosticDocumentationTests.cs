using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>Every diagnostic is documented where users look: a README section (its help link's target) and the analyzer release files.</summary>
public class DiagnosticDocumentationTests
{
    public static TheoryData<string> Ids => new(Descriptors().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_has_a_README_anchor_its_help_link_targets(string id)
    {
        string readme = File.ReadAllText(RepositoryPaths.File("README.md"));
        string anchor = id.ToLowerInvariant();
        Assert.Contains($"<a id=\"{anchor}\"></a>{id}", readme);

        DiagnosticDescriptor descriptor = Descriptors().Single(d => d.Id == id);
        // Empty until SstpGen.csproj knows the repository URL; then it must point at this anchor.
        Assert.True(descriptor.HelpLinkUri.Length == 0 || descriptor.HelpLinkUri.EndsWith("/README.md#" + anchor, System.StringComparison.Ordinal), descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_is_tracked_in_the_analyzer_release_files(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors().Single(d => d.Id == id);
        string releases = File.ReadAllText(RepositoryPaths.File("generator", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(RepositoryPaths.File("generator", "AnalyzerReleases.Shipped.md"));

        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", releases);
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(SstpGenerator).Assembly.GetType("SstpGen.Diagnostics.SstpDiagnostics", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, System.StringComparer.Ordinal);
}
