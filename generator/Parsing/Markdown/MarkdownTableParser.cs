using System;
using System.Collections.Generic;
using System.Threading;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Parsing.Markdown
{
    /// <summary>
    /// Turns one markdown message table into the equatable <see cref="MessageTableModel"/> the emitter needs,
    /// and every problem into a located diagnostic: its tables ordered by version, then the steps every input form
    /// shares (<see cref="MessageDrafts"/>, <see cref="TableNamer"/>). Rows that cannot be used are reported and left
    /// out; all others are kept.
    /// </summary>
    internal static class MarkdownTableParser
    {
        public static ParseResult Parse(TableInput input, CancellationToken cancellationToken, int methodsPerType = CodeLimits.MethodsPerType)
        {
            var lines = new TextLines(input.Content);
            var sink = new DiagnosticSink(input.Path, lines);
            MarkdownDocument document = MarkdownTableReader.Read(lines, sink, cancellationToken);
            if (document.ModuleName is null)
            {
                sink.Report(SstpDiagnostics.MissingModuleHeading, 0, 0, lines[0].Length);
            }

            List<RawTable> tables = TablesOldestFirst(document.Tables);
            var templates = new List<ParsedTemplate>();
            List<MessageDraft> drafts = MessageDrafts.FromRows(tables, templates, sink, cancellationToken);
            var fileVersions = new List<FileVersion>();
            for (int table = 0; table < tables.Count; table++)
            {
                foreach (string version in tables[table].FileVersions)
                {
                    fileVersions.Add(new FileVersion(Version.Parse(version), version, table));
                }
            }

            fileVersions.Sort((a, b) => a.Version.CompareTo(b.Version));
            var (versions, messages) = TableNamer.Name(drafts, templates, fileVersions, input.Options, sink, methodsPerType, cancellationToken);
            var model = new MessageTableModel(
                input.HintName,
                input.Options,
                document.ModuleName ?? System.IO.Path.GetFileNameWithoutExtension(input.Path),
                document.ModulePath,
                tables.Count,
                versions,
                templates.ToEquatableArray(),
                messages,
                Compiler: null);
            return new ParseResult(input.Path, model, sink.ToEquatableArray());
        }

        /// <summary>The tables that list a file version, ordered by the newest version each applies to (a stable sort).</summary>
        private static List<RawTable> TablesOldestFirst(List<RawTable> all)
        {
            var tables = new List<RawTable>();
            var newest = new List<Version>();
            foreach (RawTable table in all)
            {
                if (table.FileVersions.Count == 0)
                {
                    continue;
                }

                Version max = Version.Parse(table.FileVersions[0]);
                foreach (string version in table.FileVersions)
                {
                    Version parsed = Version.Parse(version);
                    max = parsed > max ? parsed : max;
                }

                int at = tables.Count;
                while (at > 0 && newest[at - 1] > max)
                {
                    at--;
                }

                tables.Insert(at, table);
                newest.Insert(at, max);
            }

            return tables;
        }
    }
}
