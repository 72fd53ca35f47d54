using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Naming;

namespace SstpGen.Parsing
{
    /// <summary>
    /// One table of a message-table file as a reader found it: a markdown <c>###</c> table (the file versions it applies
    /// to, and its rows), or the messages of a Message Compiler source in one language (no file versions).
    /// </summary>
    internal sealed class RawTable
    {
        public List<string> FileVersions { get; } = new();

        public List<RawRow> Rows { get; } = new();
    }

    /// <summary>
    /// One message text as read. <see cref="Written"/> is the text as the file writes it: with the markdown layout's
    /// <c>\r</c>, <c>\n</c>, <c>\t</c> escapes, or (<see cref="Lines"/> set) a Message Compiler text exactly as mc.exe
    /// stores it, each of its source lines followed by CR LF. <see cref="IdSpan"/> is where the message's identifier is
    /// written (a markdown row's <c>0x…</c>, a .mc file's <c>MessageId</c>), so a problem of the whole message can be
    /// reported there.
    /// </summary>
    internal sealed class RawRow
    {
        private readonly int _textStart;

        public RawRow(uint id, string written, Pin? symbolicName, Pin? insertNames, TextSpan idSpan, int textStart)
        {
            Id = id;
            Written = written;
            SymbolicName = symbolicName;
            InsertNames = insertNames;
            IdSpan = idSpan;
            _textStart = textStart;
        }

        /// <summary>A stored text made of source lines (a Message Compiler source's), located by <paramref name="lines"/>.</summary>
        public RawRow(uint id, string stored, Pin? symbolicName, TextSpan idSpan, StoredTextLines lines)
            : this(id, stored, symbolicName, null, idSpan, textStart: 0)
        {
            Lines = lines;
        }

        public uint Id { get; }

        public string Written { get; }

        public Pin? SymbolicName { get; }

        public Pin? InsertNames { get; }

        public TextSpan IdSpan { get; }

        /// <summary>Where each line of a stored text stands in the file; null for a markdown row, whose text has escapes instead.</summary>
        public StoredTextLines? Lines { get; }

        /// <summary>The text as FormatMessage reads it, each character mapped back to where the file writes it.</summary>
        public Unescaped Text() => Lines is null ? Unescaped.From(Written) : Unescaped.Verbatim(Written);

        /// <summary>Where characters [<paramref name="start"/>, +<paramref name="length"/>) of <see cref="Written"/> stand in the file.</summary>
        public TextSpan SpanOf(int start, int length)
        {
            if (Lines is null)
            {
                return new TextSpan(_textStart + start, length);
            }

            int from = Lines.FileOffset(start);
            return TextSpan.FromBounds(from, System.Math.Max(from, Lines.FileOffset(start + length)));
        }
    }

    /// <summary>
    /// The source lines a stored Message Compiler text is made of: where each starts in the file, how long it is, and how
    /// long the line break mc.exe stored after it is. An index into the stored text maps back to a column of one line
    /// (the line break maps to the end of its line).
    /// </summary>
    internal sealed class StoredTextLines
    {
        private readonly List<int> _fileStarts = new();
        private readonly List<int> _lengths = new();
        private readonly List<int> _breakLengths = new();

        public void Add(int fileStart, int length, int breakLength)
        {
            _fileStarts.Add(fileStart);
            _lengths.Add(length);
            _breakLengths.Add(breakLength);
        }

        /// <summary>Where character <paramref name="index"/> of the stored text (or its end) stands in the file.</summary>
        public int FileOffset(int index)
        {
            int storedStart = 0;
            for (int line = 0; line < _fileStarts.Count; line++)
            {
                int storedEnd = storedStart + _lengths[line] + _breakLengths[line];
                if (index < storedEnd || line == _fileStarts.Count - 1)
                {
                    return _fileStarts[line] + System.Math.Min(System.Math.Max(index - storedStart, 0), _lengths[line]);
                }

                storedStart = storedEnd;
            }

            return 0;
        }
    }
}
