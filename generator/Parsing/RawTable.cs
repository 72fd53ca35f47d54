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
    /// The source lines a stored Message Compiler text is made of: <see cref="Count"/> consecutive lines of the file from
    /// <see cref="First"/>, each stored with the line break mc.exe writes after it (CR LF, or LF alone after an empty
    /// line). An index into the stored text maps back to a column of one line (the line break maps to the end of its line).
    /// </summary>
    internal sealed class StoredTextLines
    {
        private readonly TextLines _lines;

        public StoredTextLines(TextLines lines, int first, int count)
        {
            _lines = lines;
            First = first;
            Count = count;
        }

        public int First { get; }

        public int Count { get; }

        /// <summary>The line break mc.exe stores after a source line: LF alone after an empty line (the devcon golden .bin), else CR LF.</summary>
        public static string BreakAfter(TextLine line) => line.Length == 0 ? "\n" : "\r\n";

        /// <summary>Where character <paramref name="index"/> of the stored text (or its end) stands in the file.</summary>
        public int FileOffset(int index)
        {
            int storedStart = 0;
            for (int i = 0; i < Count; i++)
            {
                TextLine line = _lines[First + i];
                int storedEnd = storedStart + line.Length + BreakAfter(line).Length;
                if (index < storedEnd || i == Count - 1)
                {
                    return line.Start + System.Math.Min(System.Math.Max(index - storedStart, 0), line.Length);
                }

                storedStart = storedEnd;
            }

            return 0;
        }
    }
}
