using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.Parsing
{
    /// <summary>The markdown file as read, before templates are parsed and names are given.</summary>
    internal sealed class RawDocument
    {
        public string? ModuleName { get; set; }

        public string? ModulePath { get; set; }

        public List<RawTable> Tables { get; } = new();
    }

    /// <summary>One <c>###</c> table: the file versions it applies to and its rows.</summary>
    internal sealed class RawTable
    {
        public List<string> FileVersions { get; } = new();

        public List<RawRow> Rows { get; } = new();
    }

    /// <summary>
    /// One message row. <see cref="TextStart"/> is where the message string starts in the file, so template
    /// problems can be located at their exact column.
    /// </summary>
    internal sealed class RawRow
    {
        public RawRow(uint id, string written, string? symbolicName, int line, int textStart, int textColumn, TextSpan symbolicNameSpan)
        {
            Id = id;
            Written = written;
            SymbolicName = symbolicName;
            Line = line;
            TextStart = textStart;
            TextColumn = textColumn;
            SymbolicNameSpan = symbolicNameSpan;
        }

        public uint Id { get; }

        public string Written { get; }

        public string? SymbolicName { get; }

        public int Line { get; }

        public int TextStart { get; }

        public int TextColumn { get; }

        public TextSpan SymbolicNameSpan { get; }
    }
}
