using System;
using System.Collections.Generic;
using System.Threading;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Parsing.Markdown
{
    /// <summary>
    /// Reads the satellite tables of one markdown table (<c>messages.de-DE.md</c> beside <c>messages.md</c>), each as one more
    /// language: each of a satellite's tables stands for the table's tables that list one of its file versions (where two of
    /// its tables do, the newer's text wins), and its messages become translations of the table's (<see cref="Translations"/>).
    /// A satellite's problems are reported in its own file; one that adds nothing (another module, a language the table
    /// already has, no message of the table) is reported and left out.
    /// </summary>
    internal sealed class SatelliteReader
    {
        private readonly TableInput _input;
        private readonly string _moduleName;
        private readonly List<RawTable> _tables;
        private readonly List<MessageDraft> _drafts;
        private readonly List<ParsedTemplate> _templates;
        private readonly string _tableFile;

        /// <summary>The messages whose text in the table is left out (reported there): their translations are not read.</summary>
        private readonly HashSet<uint> _leftOut = new();

        public SatelliteReader(TableInput input, string moduleName, List<RawTable> tables, List<MessageDraft> drafts, List<ParsedTemplate> templates)
        {
            _input = input;
            _moduleName = moduleName;
            _tables = tables;
            _drafts = drafts;
            _templates = templates;
            _tableFile = System.IO.Path.GetFileName(input.Path);
            Cultures.Add(input.Language);
            foreach (RawTable table in tables)
            {
                foreach (RawRow row in table.Rows)
                {
                    _leftOut.Add(row.Id);
                }
            }

            foreach (MessageDraft draft in drafts)
            {
                _leftOut.Remove(draft.Id);
            }
        }

        /// <summary>The table's languages: its own, then each satellite's that added a text.</summary>
        public List<string> Cultures { get; } = new();

        /// <summary>The satellites' diagnostics, each in its own file.</summary>
        public List<DiagnosticInfo> Diagnostics { get; } = new();

        public void Read(SatelliteInput satellite, CancellationToken cancellationToken)
        {
            var lines = new TextLines(satellite.Content);
            var sink = new DiagnosticSink(satellite.Path, lines);
            if (Cultures.Exists(culture => string.Equals(culture, satellite.Culture, StringComparison.OrdinalIgnoreCase)))
            {
                // The table's own language, or a culture an earlier satellite (by path) already brought: "messages.DE.md" beside "messages.de.md".
                string holder = string.Equals(satellite.Culture, _input.Language, StringComparison.OrdinalIgnoreCase) ? "its own texts" : "an earlier satellite";
                sink.Report(SstpDiagnostics.SatelliteLanguageTaken, 0, 0, lines[0].Length, satellite.Culture, _tableFile, holder);
                Diagnostics.AddRange(sink.ToEquatableArray());
                return;
            }

            MarkdownDocument document = MarkdownTableParser.Read(lines, sink, cancellationToken);
            if (document.ModuleName is { } module && module != _moduleName)
            {
                sink.Report(SstpDiagnostics.SatelliteModuleDiffers, 0, 0, lines[0].Length, satellite.Culture, module, _tableFile, _moduleName);
                Diagnostics.AddRange(sink.ToEquatableArray());
                return;
            }

            var tables = new List<RawTable>();
            var standsFor = new List<List<int>>();
            foreach (RawTable table in MarkdownTableParser.TablesOldestFirst(document.Tables))
            {
                List<int> covered = TablesListingAVersionOf(table);
                if (covered.Count == 0)
                {
                    if (table.Rows.Count > 0)
                    {
                        sink.Report(SstpDiagnostics.SatelliteVersionsUnknown, table.Rows[0].IdSpan, satellite.Culture, string.Join(", ", table.FileVersions), _tableFile);
                    }

                    continue;
                }

                table.Rows.RemoveAll(row => _leftOut.Contains(row.Id));
                tables.Add(table);
                standsFor.Add(covered);
            }

            List<MessageDraft> translated = MessageDrafts.FromRows(tables, _templates, sink, cancellationToken);
            if (Translations.Attach(_drafts, translated, Cultures.Count, satellite.Culture, _input.Language, _tableFile, table => standsFor[table], _templates, sink) > 0)
            {
                Cultures.Add(satellite.Culture);
            }

            Diagnostics.AddRange(sink.ToEquatableArray());
        }

        /// <summary>The table's tables (by index) that list one of <paramref name="satelliteTable"/>'s file versions.</summary>
        private List<int> TablesListingAVersionOf(RawTable satelliteTable)
        {
            var covered = new List<int>();
            for (int table = 0; table < _tables.Count; table++)
            {
                foreach (string version in satelliteTable.FileVersions)
                {
                    if (_tables[table].FileVersions.Contains(version))
                    {
                        covered.Add(table);
                        break;
                    }
                }
            }

            return covered;
        }
    }
}
