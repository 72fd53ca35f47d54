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
            string moduleName = document.ModuleName ?? System.IO.Path.GetFileNameWithoutExtension(input.Path);
            var cultures = new List<string> { input.Language };
            var diagnostics = new List<DiagnosticInfo>();
            foreach (SatelliteInput satellite in input.Satellites)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (cultures.Exists(culture => string.Equals(culture, satellite.Culture, StringComparison.OrdinalIgnoreCase)))
                {
                    // The table's own language, or a culture an earlier satellite (by path) already brought: "messages.DE.md" beside "messages.de.md".
                    string holder = string.Equals(satellite.Culture, input.Language, StringComparison.OrdinalIgnoreCase) ? "its own texts" : "an earlier satellite";
                    var satelliteLines = new TextLines(satellite.Content);
                    var satelliteSink = new DiagnosticSink(satellite.Path, satelliteLines);
                    satelliteSink.Report(SstpDiagnostics.SatelliteLanguageTaken, 0, 0, satelliteLines[0].Length, satellite.Culture, System.IO.Path.GetFileName(input.Path), holder);
                    diagnostics.AddRange(satelliteSink.ToEquatableArray());
                    continue;
                }

                if (ReadSatellite(input, satellite, moduleName, tables, drafts, cultures.Count, templates, cancellationToken, diagnostics))
                {
                    cultures.Add(satellite.Culture);
                }
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
                cultures.ToEquatableArray(),
                Compiler: null);
            diagnostics.InsertRange(0, sink.ToEquatableArray());
            return new ParseResult(input.Path, model, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// Reads a satellite table (<c>messages.de-DE.md</c>) as language <paramref name="language"/>: each of its tables stands
        /// for the default tables that list one of its file versions (where two of its tables do, the newer's text wins), and its messages become translations of the default
        /// language's (<see cref="Translations"/>). Its problems are reported in its own file. False when none of its texts is used (another module, or no message of the table).
        /// </summary>
        private static bool ReadSatellite(TableInput input, SatelliteInput satellite, string moduleName, List<RawTable> defaultTables, List<MessageDraft> drafts, int language, List<ParsedTemplate> templates, CancellationToken cancellationToken, List<DiagnosticInfo> diagnostics)
        {
            var lines = new TextLines(satellite.Content);
            var sink = new DiagnosticSink(satellite.Path, lines);
            MarkdownDocument document = MarkdownTableReader.Read(lines, sink, cancellationToken);
            string defaultFile = System.IO.Path.GetFileName(input.Path);
            if (document.ModuleName is { } module && module != moduleName)
            {
                sink.Report(SstpDiagnostics.SatelliteModuleDiffers, 0, 0, lines[0].Length, satellite.Culture, module, defaultFile, moduleName);
                diagnostics.AddRange(sink.ToEquatableArray());
                return false;
            }

            // A message whose default text is left out (reported there) has no translation either: its rows are not read.
            var leftOut = new HashSet<uint>();
            foreach (RawTable table in defaultTables)
            {
                foreach (RawRow row in table.Rows)
                {
                    leftOut.Add(row.Id);
                }
            }

            foreach (MessageDraft draft in drafts)
            {
                leftOut.Remove(draft.Id);
            }

            var tables = new List<RawTable>();
            var standsFor = new List<List<int>>();
            foreach (RawTable table in TablesOldestFirst(document.Tables))
            {
                var covered = new List<int>();
                for (int defaultTable = 0; defaultTable < defaultTables.Count; defaultTable++)
                {
                    foreach (string version in table.FileVersions)
                    {
                        if (defaultTables[defaultTable].FileVersions.Contains(version) && !covered.Contains(defaultTable))
                        {
                            covered.Add(defaultTable);
                        }
                    }
                }

                if (covered.Count == 0)
                {
                    if (table.Rows.Count > 0)
                    {
                        sink.Report(SstpDiagnostics.SatelliteVersionsUnknown, table.Rows[0].IdSpan, satellite.Culture, string.Join(", ", table.FileVersions), defaultFile);
                    }

                    continue;
                }

                table.Rows.RemoveAll(row => leftOut.Contains(row.Id));
                tables.Add(table);
                standsFor.Add(covered);
            }

            List<MessageDraft> translated = MessageDrafts.FromRows(tables, templates, sink, cancellationToken);
            int attached = Translations.Attach(drafts, translated, language, satellite.Culture, input.Language, defaultFile, table => standsFor[table], templates, sink);
            diagnostics.AddRange(sink.ToEquatableArray());
            return attached > 0;
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
