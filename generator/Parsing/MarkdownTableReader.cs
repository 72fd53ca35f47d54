using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Reads the markdown layout of shared/spec/message-table-format.md line by line: the module heading, the
    /// path, and each <c>###</c> table with its rows. It reports what it cannot read and keeps every row it can.
    /// </summary>
    internal static class MarkdownTableReader
    {
        private const string RowSeparator = " | ";
        private const string IdentifierHeader = "Message identifier";
        private const string NameColumnHeader = "Symbolic name";

        private enum State
        {
            OutsideTable,
            ExpectHeader,
            ExpectSeparator,
            InRows,
        }

        public static RawDocument Read(MarkdownLines lines, DiagnosticSink sink, System.Threading.CancellationToken cancellationToken)
        {
            var document = new RawDocument();
            var versionLines = new Dictionary<string, int>(StringComparer.Ordinal);
            State state = State.OutsideTable;
            RawTable? table = null;
            bool hasNameColumn = false;
            bool reportedMissingHeader = false;
            var idLines = new Dictionary<uint, int>();

            foreach (MarkdownLine textLine in lines)
            {
                cancellationToken.ThrowIfCancellationRequested();
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
                        hasNameColumn = false;
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
                    hasNameColumn = line.TrimEnd().EndsWith(NameColumnHeader, StringComparison.Ordinal);
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
                RawRow? row = ReadRow(textLine, line, hasNameColumn, sink);
                if (row is null)
                {
                    continue;
                }

                if (idLines.TryGetValue(row.Id, out int firstLine))
                {
                    sink.Report(SstpDiagnostics.DuplicateMessageId, lineNumber, 0, 10, MessageIdText.Format(row.Id), (firstLine + 1).ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                idLines.Add(row.Id, lineNumber);
                table.Rows.Add(row);
            }

            return document;
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

        private static RawRow? ReadRow(MarkdownLine textLine, string line, bool hasNameColumn, DiagnosticSink sink)
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
            string? symbolicName = null;
            TextSpan nameSpan = default;
            if (hasNameColumn)
            {
                // The message string may itself hold ' | ', so the name column is whatever follows the last one.
                int nameSeparator = written.LastIndexOf(" |", StringComparison.Ordinal);
                if (nameSeparator >= 0)
                {
                    string name = written.Substring(nameSeparator + 2);
                    int nameColumn = textColumn + nameSeparator + 2 + (name.Length - name.TrimStart().Length);
                    symbolicName = name.Trim();
                    nameSpan = new TextSpan(textLine.Start + nameColumn, symbolicName.Length);
                    written = written.Substring(0, nameSeparator);
                    if (symbolicName.Length == 0)
                    {
                        symbolicName = null;
                    }
                }
            }

            return new RawRow(id, written, symbolicName, lineNumber, textLine.Start + textColumn, textColumn, nameSpan);
        }
    }
}
