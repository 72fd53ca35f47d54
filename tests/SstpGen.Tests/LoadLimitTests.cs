using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SstpGen.Emitting;
using SstpGen.Model;
using SstpGen.Parsing;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Generated code must load, not only compile: the runtime refuses a type of more than 65,535 methods. The rule
/// (CodeLimits): events get typed format methods, lowest identifiers first, while the messages class stays within
/// the limit; the rest render by identifier, and SSTP019 says so on the first row left out. CI proves the rule
/// with a lower limit and the real method counts; SSTPGEN_FULL_SIZE=1 proves it at full size (65,536 messages).
/// </summary>
public class LoadLimitTests
{
    private static readonly TableOptions s_options = new(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);

    [Fact]
    public void A_table_with_more_events_than_typed_methods_fit_stays_within_the_limit_and_renders_every_message_by_id()
    {
        const int limit = 1_000;
        const int events = 1_200;
        ParseResult parsed = MessageTableParser.Parse(Input(BareInsertTable(events, distinctTexts: true)), CancellationToken.None, limit);

        Diagnostic warning = Assert.Single(parsed.Diagnostics.Select(d => d.ToDiagnostic()));
        Assert.Equal("SSTP019", warning.Id);
        int typed = (limit - CodeLimits.FixedMessagesClassMethods) / 2;
        Assert.Equal(6 + typed, warning.Location.GetLineSpan().StartLinePosition.Line);      // the row of the first event left out
        Assert.StartsWith($"{events - typed} events, from message 0x{typed + 1:x8} on,", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        Compilation compiled = Compile(parsed.Table!);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        Dictionary<string, int> methods = GeneratedAssembly.MethodsPerType(compiled);
        Assert.InRange(methods["SstpMessages"], 2 * typed, limit);
        Assert.All(methods, type => Assert.True(type.Value <= limit, $"{type.Key}: {type.Value} methods"));

        Type messages = GeneratedAssembly.LoadMessagesClass(compiled, "SstpMessages");
        Assert.Equal(2 * typed, messages.GetMethods().Count(m => m.Name.StartsWith("Format", StringComparison.Ordinal) && m.Name != "Format"));
        Assert.Empty(GeneratedAssembly.RenderEveryMessage(messages));
    }

    [Fact]
    public void The_fixed_methods_of_the_messages_class_fit_the_allowance_the_rule_counts_with()
    {
        // sstpsvc and the printf table between them have every runtime part.
        foreach (string table in new[] { System.IO.File.ReadAllText(GeneratorHarness.MessagesMd), System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Tables", "printf-specs.md")) })
        {
            MessageTableModel model = MessageTableParser.Parse(Input(table), CancellationToken.None).Table!;
            int typedMethods = 2 * model.Messages.Count(m => m.FormatMethodName is not null);
            int fixedMethods = GeneratedAssembly.MethodsPerType(Compile(model))["SstpMessages"] - typedMethods;
            Assert.InRange(fixedMethods, 1, CodeLimits.FixedMessagesClassMethods);
        }
    }

    [SkippableFact]
    public void Full_size_a_table_of_65536_messages_generates_compiles_loads_and_renders_every_identifier()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("SSTPGEN_FULL_SIZE") == "1", "Full-size proof (about two minutes): set SSTPGEN_FULL_SIZE=1.");

        // As eventlogmessages.dll: one message per identifier of a 16-bit range, each a bare insert.
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/eventlogmessages.md", BareInsertTable(65_536, distinctTexts: false)));
        Assert.Equal(["SSTP019"], result.Diagnostics.Select(d => d.Id));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        Assert.All(GeneratedAssembly.MethodsPerType(compiled), type => Assert.True(type.Value <= CodeLimits.MethodsPerType, $"{type.Key}: {type.Value} methods"));
        Assert.Empty(GeneratedAssembly.RenderEveryMessage(GeneratedAssembly.LoadMessagesClass(compiled)));
    }

    private static TableInput Input(string content) =>
        new("/t/big.md", "SstpMessages", content, s_options, EquatableArray<DiagnosticInfo>.Empty);

    private static string BareInsertTable(int messages, bool distinctTexts)
    {
        var text = new StringBuilder("## big.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n");
        for (int i = 0; i < messages; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"0x{i + (distinctTexts ? 1 : 0):x8} | ");
            text.Append(distinctTexts ? $"Message number {i + 1}: %1\\r\\n\n" : "%1\n");
        }

        return text.ToString();
    }

    private static Compilation Compile(MessageTableModel model) =>
        GeneratorHarness.Consumer()
            .AddSyntaxTrees(TableEmitter.Emit(model, CancellationToken.None)
                .Select(source => CSharpSyntaxTree.ParseText(source.Source, GeneratorHarness.ParseOptions, source.HintName)));
}
