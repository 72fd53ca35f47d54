using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Emitting;
using SstpGen.Model;
using SstpGen.Parsing;
using SstpGen.Parsing.Markdown;
using SstpGen.Parsing.MessageCompiler;
using SstpGen.Naming;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>The IDE cancels a generator run on the next keystroke: the parse and emit loops stop when asked.</summary>
public class CancellationTests
{
    private static readonly TableOptions s_options = new(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);

    [Fact]
    public void A_run_cancelled_once_it_has_read_the_table_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var text = new CancellingText("/t/big.md", BigTable(20_000), cancellation);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([text], new Dictionary<string, IReadOnlyDictionary<string, string>>());

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.Consumer("class Unrelated { }"), cancellation.Token));
        Assert.True(text.WasRead);
    }

    [Fact]
    public void A_run_on_a_message_compiler_source_cancelled_once_it_has_read_the_source_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        var text = new CancellingText("/t/big.mc", BigSource(20_000), cancellation);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([text], new Dictionary<string, IReadOnlyDictionary<string, string>>());

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.Consumer("class Unrelated { }"), cancellation.Token));
        Assert.True(text.WasRead);
    }

    // Each check is tested alone: with any one of them removed, exactly its test fails.
    [Fact]
    public void The_markdown_reader_checks_the_token()
    {
        var lines = new TextLines(BigTable(1_000));
        Assert.ThrowsAny<OperationCanceledException>(() => MarkdownTableReader.Read(lines, new DiagnosticSink("/t/big.md", lines), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_message_compiler_reader_checks_the_token()
    {
        var lines = new TextLines(BigSource(1_000));
        Assert.ThrowsAny<OperationCanceledException>(() => MessageCompilerReader.Read(lines, new DiagnosticSink("/t/big.mc", lines), customerBit: false, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_row_parsing_loop_checks_the_token()
    {
        var lines = new TextLines(BigTable(1_000));
        var sink = new DiagnosticSink("/t/big.md", lines);
        MarkdownDocument document = MarkdownTableReader.Read(lines, sink, CancellationToken.None);
        Assert.ThrowsAny<OperationCanceledException>(() => MessageDrafts.FromRows(document.Tables, [], sink, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_naming_loops_check_the_token()
    {
        var lines = new TextLines(BigTable(1_000));
        var sink = new DiagnosticSink("/t/big.md", lines);
        MarkdownDocument document = MarkdownTableReader.Read(lines, sink, CancellationToken.None);
        var templates = new List<ParsedTemplate>();
        List<MessageDraft> drafts = MessageDrafts.FromRows(document.Tables, templates, sink, CancellationToken.None);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            TableNamer.Name(drafts, templates, [new FileVersion(new Version(10, 0, 19041, 1), "10.0.19041.1", 0)], s_options, sink, CodeLimits.MethodsPerType, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void The_emit_loops_check_the_token()
    {
        var input = new TableInput("/t/big.md", "SstpMessages", BigTable(1_000), s_options, EquatableArray<DiagnosticInfo>.Empty);
        MessageTableModel model = MessageTableParser.Parse(input, CancellationToken.None).Table!;
        Assert.ThrowsAny<OperationCanceledException>(() => new TablePlan(model, new CancellationToken(canceled: true)));

        // Cancelled after the plan was made: each file's own loops notice.
        using var cancellation = new CancellationTokenSource();
        var plan = new TablePlan(model, cancellation.Token);
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EventIdEnumEmitter.Emit(plan));
        Assert.ThrowsAny<OperationCanceledException>(() => MessagesClassEmitter.Emit(plan));
    }

    private static string BigTable(int rows)
    {
        var text = new StringBuilder("## big.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n");
        for (int i = 1; i <= rows; i++)
        {
            text.Append("0x").Append(i.ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).Append(" | Message number ").Append(i).Append(" about %1.\\r\\n\n");
        }

        return text.ToString();
    }

    private static string BigSource(int messages)
    {
        var text = new StringBuilder();
        for (int i = 1; i <= messages; i++)
        {
            text.Append("MessageId=").Append(i).Append(" SymbolicName=MSG_").Append(i).Append("\nLanguage=English\nMessage number ").Append(i).Append(" about %1.\n.\n");
        }

        return text.ToString();
    }

    /// <summary>An AdditionalFile that cancels the run as the generator reads it, so cancellation lands mid-run.</summary>
    private sealed class CancellingText(string path, string content, CancellationTokenSource cancellation) : AdditionalText
    {
        public bool WasRead { get; private set; }

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            WasRead = true;
            cancellation.Cancel();
            return SourceText.From(content);
        }
    }
}
