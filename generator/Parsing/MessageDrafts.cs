using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Parsing
{
    /// <summary>
    /// The step every input form shares after reading: each message text parsed as FormatMessage reads it (located
    /// problems reported), and the texts of each identifier gathered into one draft for naming.
    /// </summary>
    internal static class MessageDrafts
    {
        /// <summary>
        /// Parses every row's message string (each distinct string once, added to <paramref name="templates"/> unless it has it) and gathers
        /// the rows of each identifier into a draft of the message, identifiers ascending.
        /// </summary>
        public static List<MessageDraft> FromRows(List<RawTable> tables, List<ParsedTemplate> templates, DiagnosticSink sink, CancellationToken cancellationToken)
        {
            // A text another language (an earlier call) already has is that text, not a second one.
            var templateIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int known = 0; known < templates.Count; known++)
            {
                templateIndexes[templates[known].Template] = known;
            }

            var rows = new List<ParsedRow>();
            // Most rows repeat a string an older table already has: each distinct string is parsed once, and its
            // problems are reported again, relative to each row that has it.
            var parsed = new Dictionary<string, ParsedString>(StringComparer.Ordinal);
            for (int tableIndex = 0; tableIndex < tables.Count; tableIndex++)
            {
                foreach (RawRow row in tables[tableIndex].Rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!parsed.TryGetValue(row.Written, out ParsedString? result))
                    {
                        var problems = new List<TemplateProblem>();
                        result = new ParsedString(TemplateParser.Parse(row.Text(), problems), problems);
                        parsed.Add(row.Written, result);
                    }

                    foreach (TemplateProblem problem in result.Problems)
                    {
                        string[] args = problem.Args;
                        if (problem.DescriptorId == SstpDiagnostics.InvalidTemplate.Id)
                        {
                            args = new string[problem.Args.Length + 1];
                            args[0] = MessageIdText.Format(row.Id);
                            Array.Copy(problem.Args, 0, args, 1, problem.Args.Length);
                        }

                        sink.Report(SstpDiagnostics.ById(problem.DescriptorId), row.SpanOf(problem.Start, problem.Length), args);
                    }

                    if (result.Template is not { } template)
                    {
                        continue;
                    }

                    if (!templateIndexes.TryGetValue(template.Template, out int templateIndex))
                    {
                        templateIndex = templates.Count;
                        templateIndexes.Add(template.Template, templateIndex);
                        templates.Add(template);
                    }

                    rows.Add(new ParsedRow(row, templateIndex, tableIndex));
                }
            }

            // By identifier, then table: each message's rows together, oldest first.
            rows.Sort((a, b) => a.Row.Id != b.Row.Id ? a.Row.Id.CompareTo(b.Row.Id) : a.Table.CompareTo(b.Table));
            var drafts = new List<MessageDraft>();
            for (int start = 0; start < rows.Count;)
            {
                int end = start + 1;
                while (end < rows.Count && rows[end].Row.Id == rows[start].Row.Id)
                {
                    end++;
                }

                drafts.Add(Draft(rows, start, end));
                start = end;
            }

            return drafts;
        }

        /// <summary>A message from its rows [<paramref name="start"/>, <paramref name="end"/>): each text with the tables that have it, newest text last.</summary>
        private static MessageDraft Draft(List<ParsedRow> rows, int start, int end)
        {
            var variants = new List<VariantDraft>();
            for (int i = start; i < end; i++)
            {
                VariantDraft? variant = null;
                foreach (VariantDraft existing in variants)
                {
                    variant = existing.TemplateIndex == rows[i].Template ? existing : variant;
                }

                if (variant is null)
                {
                    variant = new VariantDraft(rows[i].Template);
                    variants.Add(variant);
                }

                // Rows come oldest table first, so a variant's tables are ascending and its last is its newest.
                variant.Tables.Add(rows[i].Table);
            }

            // Newest text last: by the newest table that has each (a stable insertion sort; messages have few texts).
            for (int i = 1; i < variants.Count; i++)
            {
                VariantDraft moved = variants[i];
                int at = i;
                for (; at > 0 && variants[at - 1].NewestTable > moved.NewestTable; at--)
                {
                    variants[at] = variants[at - 1];
                }

                variants[at] = moved;
            }

            RawRow newest = rows[end - 1].Row;
            var draft = new MessageDraft(newest.Id, variants, newest.IdSpan);
            for (int i = start; i < end; i++)
            {
                // The newest table that pins a name wins.
                draft.SymbolicName = rows[i].Row.SymbolicName ?? draft.SymbolicName;
                draft.InsertNames = rows[i].Row.InsertNames ?? draft.InsertNames;
            }

            return draft;
        }

        /// <summary>A message string parsed once, with its problems (relative to the string), for every row that has it.</summary>
        private sealed class ParsedString
        {
            public ParsedString(ParsedTemplate? template, List<TemplateProblem> problems)
            {
                Template = template;
                Problems = problems;
            }

            public ParsedTemplate? Template { get; }

            public List<TemplateProblem> Problems { get; }
        }

        /// <summary>A row whose string parsed: the number of its text and of its table.</summary>
        private sealed class ParsedRow
        {
            public ParsedRow(RawRow row, int template, int table)
            {
                Row = row;
                Template = template;
                Table = table;
            }

            public RawRow Row { get; }

            public int Template { get; }

            public int Table { get; }
        }
    }
}
