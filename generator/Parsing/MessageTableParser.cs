using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Turns one markdown message table into the equatable <see cref="MessageTableModel"/> the emitter needs,
    /// and every problem into a located diagnostic. Rows that cannot be used are reported and left out; all
    /// others are kept.
    /// </summary>
    internal static class MessageTableParser
    {
        public static ParseResult Parse(TableInput input, CancellationToken cancellationToken, int methodsPerType = CodeLimits.MethodsPerType)
        {
            var lines = new MarkdownLines(input.Content);
            var sink = new DiagnosticSink(input.Path, lines);
            RawDocument document = MarkdownTableReader.Read(lines, sink, cancellationToken);
            if (document.ModuleName is null)
            {
                sink.Report(SstpDiagnostics.MissingModuleHeading, 0, 0, lines[0].Length);
            }

            List<RawTable> tables = document.Tables
                .Where(t => t.FileVersions.Count > 0)
                .OrderBy(t => t.FileVersions.Select(Version.Parse).Max())
                .ToList();

            var (templates, rowsById) = ParseRows(tables, sink, cancellationToken);
            var drafts = new List<MessageDraft>(rowsById.Count);
            foreach (KeyValuePair<uint, List<(int Template, int Table, RawRow Row)>> pair in rowsById)
            {
                RawRow newest = pair.Value[pair.Value.Count - 1].Row;
                drafts.Add(new MessageDraft(pair.Key, Variants(pair.Value), new TextSpan(newest.Start, MessageIdLength))
                {
                    // The newest table that pins a name wins.
                    SymbolicName = pair.Value.Select(r => r.Row.SymbolicName).LastOrDefault(p => p is not null),
                    InsertNames = pair.Value.Select(r => r.Row.InsertNames).LastOrDefault(p => p is not null),
                });
            }

            var fileVersions = tables
                .SelectMany((table, index) => table.FileVersions.Select(v => (Version: Version.Parse(v), Text: v, Table: index)))
                .OrderBy(v => v.Version)
                .ToList();
            var (versions, messages) = TableNamer.Name(drafts, templates, fileVersions, input.Options, sink, methodsPerType, cancellationToken);
            var model = new MessageTableModel(
                input.HintName,
                input.Options,
                document.ModuleName ?? System.IO.Path.GetFileNameWithoutExtension(input.Path),
                document.ModulePath,
                tables.Count,
                versions,
                templates.ToEquatableArray(),
                messages);
            return new ParseResult(input.Path, model, sink.ToEquatableArray());
        }

        /// <summary>
        /// Parses every row's message string (each distinct string once) and groups the rows by identifier, each
        /// with its template and table, oldest table first.
        /// </summary>
        internal static (List<ParsedTemplate> Templates, SortedDictionary<uint, List<(int Template, int Table, RawRow Row)>> RowsById) ParseRows(
            List<RawTable> tables, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            var templates = new List<ParsedTemplate>();
            var templateIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
            var rowsById = new SortedDictionary<uint, List<(int Template, int Table, RawRow Row)>>();
            // Most rows repeat a string an older table already has: each distinct string is parsed once, and its
            // problems are reported again, relative to each row that has it.
            var parsed = new Dictionary<string, (ParsedTemplate? Template, List<TemplateProblem> Problems)>(StringComparer.Ordinal);
            for (int tableIndex = 0; tableIndex < tables.Count; tableIndex++)
            {
                foreach (RawRow row in tables[tableIndex].Rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!parsed.TryGetValue(row.Written, out var result))
                    {
                        var found = new List<TemplateProblem>();
                        result = (TemplateParser.Parse(row.Written, found), found);
                        parsed.Add(row.Written, result);
                    }

                    ParsedTemplate? template = result.Template;
                    foreach (TemplateProblem problem in result.Problems)
                    {
                        string[] args = problem.DescriptorId == SstpDiagnostics.InvalidTemplate.Id
                            ? new[] { MessageIdText.Format(row.Id) }.Concat(problem.Args).ToArray()
                            : problem.Args;
                        sink.Report(SstpDiagnostics.ById(problem.DescriptorId), new TextSpan(row.TextStart + problem.Start, problem.Length), args);
                    }

                    if (template is null)
                    {
                        continue;
                    }

                    if (!templateIndexes.TryGetValue(template.Template, out int templateIndex))
                    {
                        templateIndex = templates.Count;
                        templateIndexes.Add(template.Template, templateIndex);
                        templates.Add(template);
                    }

                    if (!rowsById.TryGetValue(row.Id, out var rows))
                    {
                        rows = new List<(int, int, RawRow)>();
                        rowsById.Add(row.Id, rows);
                    }

                    rows.Add((templateIndex, tableIndex, row));
                }
            }

            return (templates, rowsById);
        }

        /// <summary>The length of a written message identifier: <c>0x</c> and 8 hex digits.</summary>
        private const int MessageIdLength = 10;

        /// <summary>A message's rows grouped by text: each text with the tables that have it, newest text last.</summary>
        private static List<(int TemplateIndex, EquatableArray<int> Tables)> Variants(List<(int Template, int Table, RawRow Row)> rows)
        {
            if (rows.Count == 1)
            {
                // Most messages of most tables: one row, one text.
                return new List<(int, EquatableArray<int>)> { (rows[0].Template, new EquatableArray<int>(ImmutableArray.Create(rows[0].Table))) };
            }

            return rows
                .GroupBy(r => r.Template)
                .Select(g => (g.Key, g.Select(r => r.Table).OrderBy(t => t).ToEquatableArray()))
                .OrderBy(v => v.Item2[v.Item2.Count - 1])
                .ToList();
        }
    }
}
