using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Every real message table of the shared corpus, added with default options: the generator never fails, the
/// table is valid (no error diagnostics), the generated code compiles with zero errors and zero warnings at C# 8
/// and the highest warning level, loads, renders every message of every version by identifier, and parses every
/// rendering back to a message that renders the same text.
/// </summary>
public class CorpusTests(Xunit.Abstractions.ITestOutputHelper log)
{
    public static TheoryData<string> Files => new(SharedCorpus.FileNames());

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Each_corpus_file_generates_clean_code_that_loads_and_renders_every_message(string fileName)
    {
        Skip.If(fileName == SharedCorpus.Absent, SharedCorpus.SkipReason);

        string path = SharedCorpus.PathOf(fileName);
        var (result, output) = GeneratorHarness.Run(new TableFile(path, File.ReadAllBytes(path), new System.Collections.Generic.Dictionary<string, string>()));

        GeneratorRunResult run = result.Results.Single();
        Assert.Null(run.Exception);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        Assert.Equal(3, run.GeneratedSources.Length);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output).Select(d => d.ToString()));
        System.Type messages = GeneratedAssembly.LoadMessagesClass(output);
        Assert.Empty(GeneratedAssembly.RenderEveryMessage(messages));

        // And back: every rendering parses to a message that renders the same text.
        var (problems, count, ambiguous) = GeneratedAssembly.ParseEveryMessage(messages);
        Assert.Empty(problems);
        log.WriteLine($"parsed back: {fileName} {count} messages, {ambiguous} ambiguous");
    }
    /// <summary>
    /// The same tables with the culture API (<c>CultureApi="true"</c>): its code compiles and loads for every real table, and a
    /// culture renders each message as the default language does. On demand (SSTPGEN_CORPUS_CULTURE_API=1, about a minute):
    /// it loads another 178 assemblies into the test process, and a CI run with both corpus theories once lost its test host.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Each_corpus_file_with_the_culture_API_compiles_loads_and_renders_every_message_in_a_culture(string fileName)
    {
        Skip.If(fileName == SharedCorpus.Absent, SharedCorpus.SkipReason);
        Skip.IfNot(System.Environment.GetEnvironmentVariable("SSTPGEN_CORPUS_CULTURE_API") == "1", "on demand: SSTPGEN_CORPUS_CULTURE_API=1");

        string path = SharedCorpus.PathOf(fileName);
        var (result, output) = GeneratorHarness.Run(new TableFile(path, File.ReadAllBytes(path), new System.Collections.Generic.Dictionary<string, string> { ["CultureApi"] = "true" }));
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output).Select(d => d.ToString()));
        System.Type messages = GeneratedAssembly.LoadMessagesClass(output);
        System.Reflection.MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), typeof(string?[]), typeof(string).MakeByRefType()])!;
        System.Reflection.MethodInfo tryFormatIn = messages.GetMethod("TryFormat", [typeof(uint), typeof(System.Globalization.CultureInfo), typeof(string?[]), typeof(string).MakeByRefType()])!;
        string?[] inserts = Enumerable.Range(1, 200).Select(i => "insert" + i).ToArray();
        System.Globalization.CultureInfo german = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        foreach (System.Reflection.FieldInfo field in messages.GetNestedType("Ids")!.GetFields())
        {
            object?[] plain = [field.GetRawConstantValue(), inserts, null];
            object?[] inCulture = [field.GetRawConstantValue(), german, inserts, null];
            Assert.Equal(tryFormat.Invoke(null, plain), tryFormatIn.Invoke(null, inCulture));
            Assert.Equal(plain[2], inCulture[3]);
        }
    }
}
