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
}
