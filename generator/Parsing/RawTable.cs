using System.Collections.Generic;
using SstpGen.Naming;

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
    /// problems can be located at their exact column; <see cref="Start"/> is where the row (its identifier) starts.
    /// </summary>
    internal sealed class RawRow
    {
        public RawRow(uint id, string written, Pin? symbolicName, Pin? insertNames, int start, int textStart)
        {
            Id = id;
            Written = written;
            SymbolicName = symbolicName;
            InsertNames = insertNames;
            Start = start;
            TextStart = textStart;
        }

        public uint Id { get; }

        public string Written { get; }

        public Pin? SymbolicName { get; }

        public Pin? InsertNames { get; }

        public int Start { get; }

        public int TextStart { get; }
    }
}
