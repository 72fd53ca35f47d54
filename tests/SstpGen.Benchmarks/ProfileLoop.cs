using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using SstpGen.Emitting;
using SstpGen.Model;
using SstpGen.Naming;
using SstpGen.Parsing;
using SstpGen.Parsing.Markdown;
using SstpGen.Parsing.MessageCompiler;

namespace SstpGen.Benchmarks;

/// <summary>
/// <c>-- profile [sstpsvc|largest|winerror|winerror-md] [iterations] [phase]</c>: each phase of a generator run (the
/// reader: markdown or mc; for markdown rows and naming; parse as a whole, plan, each emitter) on sstpsvc, the largest
/// corpus file, Wine's winerror.mc or its messages as markdown, run in a loop, timed and its allocations counted, one phase or all. Quicker than BenchmarkDotNet and
/// made to be run under a profiler, e.g. <c>dotnet-trace collect --profile dotnet-sampled-thread-time -- dotnet
/// SstpGen.Benchmarks.dll profile sstpsvc 20000 naming</c>.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string[] args)
    {
        TableText table = args.FirstOrDefault() switch
        {
            "largest" => BenchmarkTables.LargestCorpusFile(),
            "winerror" => BenchmarkTables.WineWinerror(),
            "winerror-md" => BenchmarkTables.AsMarkdown(BenchmarkTables.WineWinerror()),
            _ => BenchmarkTables.Sstpsvc,
        };
        int iterations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3000;
        string? only = args.Length > 2 ? args[2] : null;
        var options = new TableOptions(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);
        var input = new TableInput("/t/" + table.FileName, "SstpMessages", table.Content, options, EquatableArray<DiagnosticInfo>.Empty);
        MessageTableModel model = MessageTableParser.Parse(input, CancellationToken.None).Table!;
        var lines = new TextLines(input.Content);
        var sink = new DiagnosticSink(input.Path, lines);
        MarkdownDocument document = MarkdownTableReader.Read(lines, sink, CancellationToken.None);
        var templates = new List<ParsedTemplate>();
        List<MessageDraft> drafts = MessageDrafts.FromRows(document.Tables, templates, sink, CancellationToken.None);
        var versions = new List<FileVersion>();
        for (int i = 0; i < document.Tables.Count; i++)
        {
            foreach (string version in document.Tables[i].FileVersions)
            {
                versions.Add(new FileVersion(Version.Parse(version), version, i));
            }
        }

        var plan = new TablePlan(model, CancellationToken.None);
        Console.WriteLine($"{table.FileName}, {iterations} iterations");
        if (MessageTableParser.IsMessageCompilerSource(input.Path))
        {
            // A sink of its own each time: winerror.mc's four SSTP026 would pile up in a shared one.
            Time("mc", () =>
            {
                var sourceLines = new TextLines(input.Content);
                MessageCompilerReader.Read(sourceLines, new DiagnosticSink(input.Path, sourceLines), customerBit: false, CancellationToken.None);
            });
        }
        else
        {
            Time("markdown", () => MarkdownTableReader.Read(new TextLines(input.Content), sink, CancellationToken.None));
            Time("rows", () => MessageDrafts.FromRows(document.Tables, new List<ParsedTemplate>(), sink, CancellationToken.None));
            Time("naming", () => TableNamer.Name(drafts, templates, versions, options, sink, CodeLimits.MethodsPerType, CancellationToken.None));
        }

        Time("parse", () => MessageTableParser.Parse(input, CancellationToken.None));
        Time("plan", () => new TablePlan(model, CancellationToken.None));
        Time("enum", () => EventIdEnumEmitter.Emit(plan));
        Time("versions", () => WindowsVersionEnumEmitter.Emit(plan));
        Time("messages", () => MessagesClassEmitter.Emit(plan));

        void Time(string phase, Action run)
        {
            if (only is not null && only != phase)
            {
                return;
            }

            for (int i = 0; i < Math.Max(1, iterations / 10); i++)
            {
                run();
            }

            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < iterations; i++)
            {
                run();
            }

            double microseconds = clock.Elapsed.TotalMilliseconds * 1000 / iterations;
            double kilobytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / iterations;
            Console.WriteLine($"{phase,-10} {microseconds,10:N1} µs {kilobytes,10:N1} KB");
        }
    }
}
