using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SstpGen.Emitting
{
    /// <summary>Builds C# text with indentation and '\n' line ends whatever the machine's newline is.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _text = new();
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * 4);
                _text.Append(line);
            }

            _text.Append('\n');
            return this;
        }

        /// <summary>
        /// Writes an interpolated line: its pieces go straight into the text (no string per line, which is most of
        /// what a big table's emit would allocate), and numbers are formatted invariantly.
        /// </summary>
        public SourceWriter Line([InterpolatedStringHandlerArgument("")] LineHandler line)
        {
            _text.Append('\n');
            return this;
        }

        /// <summary>Starts a line written in pieces (<see cref="Append"/>, <see cref="AppendLiteral"/>, then <see cref="EndLine"/>), for lines of many parts.</summary>
        public SourceWriter BeginLine()
        {
            _text.Append(' ', _indent * 4);
            return this;
        }

        public SourceWriter Append(string text)
        {
            _text.Append(text);
            return this;
        }

        /// <summary>Appends <paramref name="value"/> as a C# string literal.</summary>
        public SourceWriter AppendLiteral(string value)
        {
            CSharpLiteral.Append(_text, value);
            return this;
        }

        public SourceWriter EndLine()
        {
            _text.Append('\n');
            return this;
        }

        /// <summary>Writes a block of fixed source text line by line, at the current indentation.</summary>
        public SourceWriter Block(string text)
        {
            foreach (string line in text.Split('\n'))
            {
                Line(line);
            }

            return this;
        }

        public SourceWriter Open(string line)
        {
            Line(line);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        public override string ToString() => _text.ToString();

        /// <summary>Appends the pieces of an interpolated <see cref="Line(LineHandler)"/> after the indentation.</summary>
        [InterpolatedStringHandler]
        internal readonly struct LineHandler
        {
            private readonly StringBuilder _text;

            public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
            {
                _text = writer._text;
                _text.Append(' ', writer._indent * 4);
            }

            public void AppendLiteral(string literal) => _text.Append(literal);

            public void AppendFormatted(string? value) => _text.Append(value);

            public void AppendFormatted(int value) => _text.Append(value.ToString(CultureInfo.InvariantCulture));

            public void AppendFormatted(char value) => _text.Append(value);

            public void AppendFormatted(CSharpLiteral.Quoted literal) => CSharpLiteral.Append(_text, literal.Value);
        }
    }
}
