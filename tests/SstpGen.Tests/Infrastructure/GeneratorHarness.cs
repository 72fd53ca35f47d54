using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// A table file for a generator run: its path, bytes, and AdditionalFiles item metadata. Without metadata it is an
/// <c>SstpMessageTable</c> item (marked as a table, as the package's one-line item is), so that broken tables are read
/// as tables; tests of which files are tables give their metadata.
/// </summary>
internal sealed record TableFile(string Path, byte[] Bytes, IReadOnlyDictionary<string, string> Metadata)
{
    public static readonly IReadOnlyDictionary<string, string> Marked = new Dictionary<string, string> { ["SstpMessageTable"] = "true" };

    public static TableFile FromText(string path, string content, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(path, System.Text.Encoding.UTF8.GetBytes(content), metadata ?? Marked);
}

/// <summary>Runs SstpGen in memory over a small consumer compilation, the way the compiler runs it in a build.</summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "Consumer";

    /// <summary>
    /// C# 8 is the oldest language version the generated code promises to compile with. Doc comments are
    /// checked as a project that builds its XML documentation checks them (well-formed XML, every public
    /// member and parameter documented, every cref resolved): their warnings count as the code's warnings.
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    public static readonly string MessagesMd = Path.Combine(AppContext.BaseDirectory, "Tables", "messages.md");

    public static CSharpCompilation Consumer(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver CreateDriver(IEnumerable<TableFile> tables, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        List<TableFile> files = tables.ToList();
        return CreateDriver(
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Bytes)),
            files.ToDictionary(f => f.Path, f => f.Metadata),
            globalOptions);
    }

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> texts,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> metadataByPath,
        IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new SstpGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestOptionsProvider(globalOptions ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = RootNamespace }, metadataByPath),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(params TableFile[] tables)
    {
        GeneratorDriver driver = CreateDriver(tables).RunGeneratorsAndUpdateCompilation(Consumer("class Unrelated { }"), out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>Every diagnostic the generated code causes in the consumer, warnings included.</summary>
    public static ImmutableArray<Diagnostic> CompileDiagnostics(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}
