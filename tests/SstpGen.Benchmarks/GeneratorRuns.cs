using System;
using System.Collections.Generic;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SstpGen.Tests.Infrastructure;

namespace SstpGen.Benchmarks;

/// <summary>Sets up generator drivers the way the compiler runs them in a build: files as AdditionalFiles, item metadata as options.</summary>
internal static class GeneratorRuns
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Consumer(string source = "class Unrelated { }") =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, ParseOptions)],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>SstpGen over the tables; each gets its own class names, as a project with many tables would set them.</summary>
    public static GeneratorDriver SstpGen(IReadOnlyList<TableText> tables) =>
        Create(
            new SstpGenerator().AsSourceGenerator(),
            tables.Select((t, i) => (Path: "/tables/" + t.FileName, t.Content, Metadata: TableMetadata(tables.Count, i))));

    /// <summary>A generator that only copies the output of a SstpGen run (<paramref name="ranSstpGen"/>) into the compilation, over the same files.</summary>
    public static GeneratorDriver OutputCopy(IReadOnlyList<TableText> tables, GeneratorDriver ranSstpGen) =>
        Create(
            OutputCopyGenerator.Of(ranSstpGen).AsSourceGenerator(),
            tables.Select((t, i) => (Path: "/tables/" + t.FileName, t.Content, Metadata: TableMetadata(tables.Count, i))));

    /// <summary>ResxSourceGenerator (EmitFormatMethods=true) over the same strings as .resx files.</summary>
    public static GeneratorDriver Resx(IReadOnlyList<TableText> tables) =>
        Create(
            ResxGenerator(),
            tables.Select((t, i) => (
                Path: "/tables/Resources" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".resx",
                Content: t.ToResx(),
                Metadata: new Dictionary<string, string>
                {
                    ["EmitFormatMethods"] = "true",
                    ["RelativeDir"] = "/tables/",
                    ["ClassName"] = "Consumer.Resources" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                })));

    public static int GeneratedCharacters(GeneratorDriver driver) =>
        driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Sum(s => s.SourceText.Length);

    public static void EnsureNoErrors(GeneratorDriver driver, string what)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        Exception? exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (exception is not null || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || result.GeneratedTrees.Length == 0)
        {
            throw new InvalidOperationException($"{what} did not generate cleanly: {exception?.Message ?? string.Join("; ", result.Diagnostics.Take(3))}");
        }
    }

    private static Dictionary<string, string> TableMetadata(int count, int index)
    {
        if (count == 1)
        {
            return new Dictionary<string, string>();
        }

        string suffix = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Dictionary<string, string> { ["Namespace"] = "Consumer.Table" + suffix };
    }

    private static ISourceGenerator ResxGenerator()
    {
        // The generator class is internal: find it in its assembly, as the compiler does.
        Type type = System.Reflection.Assembly.Load("Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp")
            .GetType("Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.CSharpResxGenerator", throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type, nonPublic: true)!).AsSourceGenerator();
    }

    private static GeneratorDriver Create(ISourceGenerator generator, IEnumerable<(string Path, string Content, Dictionary<string, string> Metadata)> files)
    {
        var list = files.ToList();
        return CSharpGeneratorDriver.Create(
            [generator],
            list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Content)),
            ParseOptions,
            new TestOptionsProvider(
                new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" },
                list.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)f.Metadata)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }
}
