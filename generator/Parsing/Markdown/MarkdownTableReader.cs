using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Naming;

namespace SstpGen.Parsing.Markdown
{
    /// <summary>
    /// Reads the markdown layout of shared/spec/message-table-format.md line by line: the module heading, the
    /// path, and each <c>###</c> table with its rows. It reports what it cannot read and keeps every row it can.
    /// </summary>
    internal static class MarkdownTableReader
    {
        private const string RowSeparator = " | ";
        private const string IdentifierHeader = "Message identifier";
        private const string TextHeader = "Message string";
        private const string NameColumnHeader = "Symbolic name";
        private const string InsertNamesColumnHeader = "Insert names";

        private enum State
        {
            OutsideTable,
            ExpectHeader,
            ExpectSeparator,
            InRows,
        }

        public static MarkdownDocument Read(TextLines lines, DiagnosticSink sink, System.Threading.CancellationToken cancellationToken)
        {
            var document = new MarkdownDocument();
            var versionLines = new Dictionary<string, int>(StringComparer.Ordinal);
            State state = State.OutsideTable;
            RawTable? table = null;
            var extraColumns = new List<string>();
            bool reportedMissingHeader = false;
            var idLines = new Dictionary<string, int>(StringComparer.Ordinal);     // by the identifier as written: one way to write each

            for (int number = 0; number < lines.Count; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TextLine textLine = lines[number];
                string line = lines.TextOf(textLine);
                int lineNumber = textLine.LineNumber;

                if (line.Trim().Length == 0)
                {
                    if (state == State.InRows)
                    {
                        state = State.OutsideTable;
                    }

                    continue;
                }

                if (line.StartsWith("#", StringComparison.Ordinal))
                {
                    if (line.StartsWith("### ", StringComparison.Ordinal) && !line.StartsWith("####", StringComparison.Ordinal))
                    {
                        table = new RawTable();
                        document.Tables.Add(table);
                        ReadVersions(line, lineNumber, table, versionLines, sink);
                        state = State.ExpectHeader;
                        extraColumns.Clear();
                        reportedMissingHeader = false;
                        idLines.Clear();
                    }
                    else if (line.StartsWith("## ", StringComparison.Ordinal) && document.ModuleName is null && document.Tables.Count == 0)
                    {
                        document.ModuleName = line.Substring(3).Trim();
                    }
                    else
                    {
                        sink.Report(SstpDiagnostics.UnexpectedLine, lineNumber, 0, line.Length,
                            document.ModuleName is not null && line.StartsWith("## ", StringComparison.Ordinal)
                                ? "a file has one module heading ('## <module>'), before its first table"
                                : "only '## <module>' and '### <versions>' headings belong in a message table");
                    }

                    continue;
                }

                if (state == State.ExpectHeader && line.StartsWith(IdentifierHeader, StringComparison.Ordinal))
                {
                    ReadExtraColumns(line, extraColumns);
                    state = State.ExpectSeparator;
                    continue;
                }

                if (state == State.ExpectSeparator && IsSeparatorRow(line))
                {
                    state = State.InRows;
                    continue;
                }

                if (state == State.OutsideTable && table is null && line.StartsWith("Path:", StringComparison.Ordinal))
                {
                    document.ModulePath = line.Substring(5).Trim();
                    continue;
                }

                if (!LooksLikeRow(line))
                {
                    sink.Report(SstpDiagnostics.UnexpectedLine, lineNumber, 0, line.Length, "it is neither a heading, a 'Path:' line, nor a table row");
                    continue;
                }

                if (table is null || state == State.OutsideTable)
                {
                    sink.Report(SstpDiagnostics.RowOutsideTable, lineNumber, 0, line.Length);
                    continue;
                }

                if (state != State.InRows && !reportedMissingHeader)
                {
                    sink.Report(SstpDiagnostics.MissingTableHeader, lineNumber, 0, line.Length);
                    reportedMissingHeader = true;
                }

                state = State.InRows;
                RawRow? row = ReadRow(textLine, line, extraColumns, sink);
                if (row is null)
                {
                    continue;
                }

                string idText = MessageIdText.Format(row.Id);
                if (idLines.TryGetValue(idText, out int firstLine))
                {
                    sink.Report(SstpDiagnostics.DuplicateMessageId, lineNumber, 0, 10, idText, (firstLine + 1).ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                idLines.Add(idText, lineNumber);
                table.Rows.Add(row);
            }

            return document;
        }

        /// <summary>
        /// Whether a text has the layout's header row (<c>Message identifier | Message string</c>) at the start of a
        /// line: what makes an unmarked <c>.md</c> file a message table rather than a README.
        /// </summary>
        public static bool HasTableHeader(string content)
        {
            for (int at = content.IndexOf(IdentifierHeader, StringComparison.Ordinal); at >= 0; at = content.IndexOf(IdentifierHeader, at + 1, StringComparison.Ordinal))
            {
                int lineEnd = content.IndexOfAny(new[] { '\r', '\n' }, at);
                string rest = content.Substring(at + IdentifierHeader.Length, (lineEnd < 0 ? content.Length : lineEnd) - at - IdentifierHeader.Length).TrimStart();
                if ((at == 0 || content[at - 1] is '\n' or '\r') && rest.StartsWith("|", StringComparison.Ordinal) && rest.Substring(1).TrimStart().StartsWith(TextHeader, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool LooksLikeRow(string line) =>
            line.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || line.Contains(" |") || line.Contains("| ");

        private static bool IsSeparatorRow(string line)
        {
            foreach (char c in line)
            {
                if (c is not ('-' or '|' or ' ' or ':'))
                {
                    return false;
                }
            }

            return line.Contains("-");
        }

        private static void ReadVersions(string line, int lineNumber, RawTable table, Dictionary<string, int> versionLines, DiagnosticSink sink)
        {
            int position = 4;
            foreach (string part in line.Substring(4).Split(','))
            {
                string version = part.Trim();
                int column = position + (part.Length - part.TrimStart().Length);
                position += part.Length + 1;
                if (!IsFourPartVersion(version))
                {
                    sink.Report(SstpDiagnostics.InvalidVersionHeading, lineNumber, column, Math.Max(version.Length, 1), version);
                }
                else if (versionLines.TryGetValue(version, out int firstLine))
                {
                    sink.Report(SstpDiagnostics.DuplicateFileVersion, lineNumber, column, version.Length, version, (firstLine + 1).ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    versionLines.Add(version, lineNumber);
                    table.FileVersions.Add(version);
                }
            }
        }

        private static bool IsFourPartVersion(string version)
        {
            string[] parts = version.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            foreach (string part in parts)
            {
                if (part.Length is 0 or > 5 || !ushort.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The columns the header names after the message string (<c>Symbolic name</c>, <c>Insert names</c>), in order.</summary>
        private static void ReadExtraColumns(string header, List<string> extraColumns)
        {
            string[] columns = header.Split('|');
            for (int i = 2; i < columns.Length; i++)
            {
                extraColumns.Add(columns[i].Trim());
            }
        }

        private static RawRow? ReadRow(TextLine textLine, string line, List<string> extraColumns, DiagnosticSink sink)
        {
            int lineNumber = textLine.LineNumber;
            int separator = line.IndexOf(RowSeparator, StringComparison.Ordinal);
            if (separator < 0)
            {
                sink.Report(SstpDiagnostics.InvalidMessageRow, lineNumber, 0, line.Length, "there is no ' | ' between the identifier and the message string");
                return null;
            }

            string idText = line.Substring(0, separator);
            if (!MessageIdText.TryParse(idText, out uint id))
            {
                sink.Report(SstpDiagnostics.InvalidMessageRow, lineNumber, 0, separator, $"'{idText}' is not a message identifier");
                return null;
            }

            int textColumn = separator + RowSeparator.Length;
            string written = line.Substring(textColumn);
            Pin? symbolicName = null, insertNames = null;

            // The message string may itself hold ' | ', so a row with k extra columns is split at its last k pipes.
            for (int column = extraColumns.Count - 1; column >= 0; column--)
            {
                int cellSeparator = written.LastIndexOf(" |", StringComparison.Ordinal);
                if (cellSeparator < 0)
                {
                    break;
                }

                string cell = written.Substring(cellSeparator + 2);
                string value = cell.Trim();
                int cellColumn = textColumn + cellSeparator + 2 + (cell.Length - cell.TrimStart().Length);
                written = written.Substring(0, cellSeparator);
                if (value.Length == 0)
                {
                    continue;
                }

                var pin = new Pin(value, new TextSpan(textLine.Start + cellColumn, value.Length));
                if (extraColumns[column] == NameColumnHeader)
                {
                    symbolicName = pin;
                }
                else if (extraColumns[column] == InsertNamesColumnHeader)
                {
                    insertNames = pin;
                }
            }

            return new RawRow(id, written, symbolicName, insertNames, new TextSpan(textLine.Start, MessageIdText.Length), textLine.Start + textColumn);
        }
    }
}
