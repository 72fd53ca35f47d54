using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.Parsing
{
    /// <summary>One line of a markdown file: where it starts and ends (without its line break), and its 0-based number.</summary>
    internal readonly struct TextLine
    {
        public TextLine(int lineNumber, int start, int end)
        {
            LineNumber = lineNumber;
            Start = start;
            End = end;
        }

        public int LineNumber { get; }

        public int Start { get; }

        public int End { get; }

        public int Length => End - Start;
    }

    /// <summary>
    /// A markdown file cut into lines as markdown cuts them: at CR, LF and CRLF only. (Roslyn's SourceText also
    /// breaks at U+0085, U+2028 and U+2029, which would cut a message string that holds one in two.)
    /// </summary>
    internal sealed class TextLines
    {
        // Where each line starts and ends: two lists of numbers, which cost less to start up than a list of lines.
        private readonly List<int> _starts = new();
        private readonly List<int> _ends = new();

        public TextLines(string content)
        {
            Content = content;
            int start = 0;
            for (int i = 0; i < content.Length; i++)
            {
                char c = content[i];
                if (c is '\r' or '\n')
                {
                    _starts.Add(start);
                    _ends.Add(i);
                    if (c == '\r' && i + 1 < content.Length && content[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            _starts.Add(start);
            _ends.Add(content.Length);
        }

        public string Content { get; }

        public int Count => _starts.Count;

        public TextLine this[int lineNumber] => new(lineNumber, _starts[lineNumber], _ends[lineNumber]);

        public string TextOf(TextLine line) => Content.Substring(line.Start, line.Length);

        /// <summary>The line and column of both ends of <paramref name="span"/>.</summary>
        public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(Position(span.Start), Position(span.End));

        private LinePosition Position(int offset)
        {
            // The last line starting at or before the offset.
            int low = 0, high = _starts.Count - 1;
            while (low < high)
            {
                int middle = (low + high + 1) / 2;
                if (_starts[middle] <= offset)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return new LinePosition(low, System.Math.Min(offset, _ends[low]) - _starts[low]);
        }
    }
}
