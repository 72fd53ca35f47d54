using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
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
        public static ParseResult Parse(TableInput input, CancellationToken cancellationToken)
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

            var templates = new List<ParsedTemplate>();
            var templateIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
            var variantsById = new SortedDictionary<uint, List<(int Template, int Table)>>();
            var pinnedNames = new Dictionary<uint, RawRow>();
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

                    if (!variantsById.TryGetValue(row.Id, out var variants))
                    {
                        variants = new List<(int, int)>();
                        variantsById.Add(row.Id, variants);
                    }

                    variants.Add((templateIndex, tableIndex));
                    if (row.SymbolicName is not null)
                    {
                        pinnedNames[row.Id] = row;     // the newest table's name wins
                    }
                }
            }

            List<MessageModel> messages = BuildMessages(variantsById, templates, pinnedNames, input.Options.EnumName, sink);
            var model = new MessageTableModel(
                input.HintName,
                input.Options,
                document.ModuleName ?? System.IO.Path.GetFileNameWithoutExtension(input.Path),
                document.ModulePath,
                tables.Count,
                BuildVersions(tables),
                templates.ToEquatableArray(),
                messages.ToEquatableArray());
            return new ParseResult(input.Path, model, sink.ToEquatableArray());
        }

        private static EquatableArray<WindowsVersionModel> BuildVersions(List<RawTable> tables)
        {
            var versions = tables
                .SelectMany((table, index) => table.FileVersions.Select(v => (Version: Version.Parse(v), Text: v, Table: index)))
                .OrderBy(v => v.Version)
                .ToList();
            var result = new List<WindowsVersionModel>();
            foreach (var group in versions.GroupBy(v => WindowsReleases.Name(v.Version)))
            {
                bool shared = group.Count() > 1;
                foreach (var version in group)
                {
                    // Two file versions of one release (e.g. 10.0.19041.1 and .1202) are told apart by revision.
                    string member = shared ? group.Key.Member + "Revision" + version.Version.Revision.ToString(CultureInfo.InvariantCulture) : group.Key.Member;
                    string display = shared ? group.Key.Display + " (" + version.Text + ")" : group.Key.Display;
                    result.Add(new WindowsVersionModel(member, display, version.Text, version.Table));
                }
            }

            return result.ToEquatableArray();
        }

        private static List<MessageModel> BuildMessages(
            SortedDictionary<uint, List<(int Template, int Table)>> variantsById,
            List<ParsedTemplate> templates,
            Dictionary<uint, RawRow> pinnedNames,
            string enumName,
            DiagnosticSink sink)
        {
            var requests = new List<NameRequest>();
            var pinnedBy = new Dictionary<string, uint>(StringComparer.Ordinal);
            foreach (KeyValuePair<uint, List<(int Template, int Table)>> pair in variantsById)
            {
                ParsedTemplate latest = templates[pair.Value[pair.Value.Count - 1].Template];
                requests.Add(new NameRequest(pair.Key, MessageKinds.Classify(pair.Key), NamingText(latest), PinnedName(pair.Key, pinnedNames, pinnedBy, enumName, sink)));
            }

            NameAllocator.Allocate(requests, enumName);

            var messages = new List<MessageModel>();
            foreach (NameRequest request in requests)
            {
                List<MessageVariant> variants = Variants(variantsById[request.Id]);
                List<ParsedTemplate> newestFirst = variants.Select(v => templates[v.TemplateIndex]).Reverse().ToList();
                string? manifestValue = request.Kind == MessageKind.EventLog ? null : ManifestValue(newestFirst[0]);
                messages.Add(new MessageModel(
                    request.Id,
                    request.Name,
                    request.Kind,
                    variants.ToEquatableArray(),
                    InsertParameterNamer.Name(newestFirst),
                    newestFirst.Max(t => t.ArgumentCount),
                    manifestValue));
            }

            return messages;
        }

        /// <summary>A message's rows grouped by text: each text with the tables that have it, newest text last.</summary>
        private static List<MessageVariant> Variants(List<(int Template, int Table)> rows)
        {
            if (rows.Count == 1)
            {
                // Most messages of most tables: one row, one text.
                return new List<MessageVariant> { new(rows[0].Template, new EquatableArray<int>(ImmutableArray.Create(rows[0].Table))) };
            }

            return rows
                .GroupBy(r => r.Template)
                .Select(g => new MessageVariant(g.Key, g.Select(r => r.Table).OrderBy(t => t).ToEquatableArray()))
                .OrderBy(v => v.Tables[v.Tables.Count - 1])
                .ToList();
        }

        private static string? PinnedName(uint id, Dictionary<uint, RawRow> pinnedNames, Dictionary<string, uint> pinnedBy, string enumName, DiagnosticSink sink)
        {
            if (!pinnedNames.TryGetValue(id, out RawRow? row) || row.SymbolicName is not { } name)
            {
                return null;
            }

            if (!Identifiers.IsValid(name))
            {
                sink.Report(SstpDiagnostics.InvalidSymbolicName, row.SymbolicNameSpan, name);
                return null;
            }

            if (NameAllocator.IsReserved(name, enumName))
            {
                sink.Report(SstpDiagnostics.ReservedSymbolicName, row.SymbolicNameSpan, name);
                return null;
            }

            if (pinnedBy.TryGetValue(name, out uint other))
            {
                sink.Report(SstpDiagnostics.NameCollision, row.SymbolicNameSpan, name, MessageIdText.Format(id), MessageIdText.Format(other));
                return null;
            }

            pinnedBy.Add(name, id);
            return name;
        }

        /// <summary>The literal text with each insert as '\u0001', for naming.</summary>
        private static string NamingText(ParsedTemplate template)
        {
            var text = new StringBuilder();
            foreach (TemplateSegment segment in template.Segments)
            {
                text.Append(segment.Insert is null ? segment.Literal : "\u0001");
            }

            return text.ToString();
        }

        /// <summary>A manifest string without its trailing line break: "Classic\r\n" → "Classic".</summary>
        private static string ManifestValue(ParsedTemplate template) => NamingText(template).TrimEnd('\r', '\n');
    }
}
