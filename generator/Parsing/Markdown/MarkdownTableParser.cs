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
    /// shares (<see cref="MessageDrafts"/>, <see cref="TableNamer"/>), its satellites' languages read by
    /// <see cref="SatelliteReader"/>. Rows that cannot be used are reported and left out; all others are kept.
    /// </summary>
    internal static class MarkdownTableParser
    {
        public static ParseResult Parse(TableInput input, CancellationToken cancellationToken, int methodsPerType = CodeLimits.MethodsPerType)
        {
            var lines = new TextLines(input.Content);
            var sink = new DiagnosticSink(input.Path, lines);
            MarkdownDocument document = Read(lines, sink, cancellationToken);

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
            string moduleName = document.ModuleName ?? System.IO.Path.GetFileNameWithoutExtension(input.Path);
            var satellites = new SatelliteReader(input, moduleName, tables, drafts, templates);
            foreach (SatelliteInput satellite in input.Satellites)
            {
                cancellationToken.ThrowIfCancellationRequested();
                satellites.Read(satellite, cancellationToken);
            }

            var (versions, messages) = TableNamer.Name(drafts, templates, fileVersions, input.Options, sink, methodsPerType, cancellationToken);
            var model = new MessageTableModel(
                input.HintName,
                input.Options,
                moduleName,
                document.ModulePath,
                tables.Count,
                versions,
                templates.ToEquatableArray(),
                messages,
                satellites.Cultures.ToEquatableArray(),
                Compiler: null);
            var diagnostics = new List<DiagnosticInfo>(sink.ToEquatableArray());
            diagnostics.AddRange(satellites.Diagnostics);
            return new ParseResult(input.Path, model, diagnostics.ToEquatableArray());
        }

        /// <summary>The document a table file holds, a missing module heading reported (a satellite's too).</summary>
        internal static MarkdownDocument Read(TextLines lines, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            MarkdownDocument document = MarkdownTableReader.Read(lines, sink, cancellationToken);
            if (document.ModuleName is null)
            {
                sink.Report(SstpDiagnostics.MissingModuleHeading, 0, 0, lines[0].Length);
            }

            return document;
        }

        /// <summary>The tables that list a file version, ordered by the newest version each applies to (a stable sort).</summary>
        internal static List<RawTable> TablesOldestFirst(List<RawTable> all)
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
