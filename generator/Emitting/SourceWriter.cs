using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Builds C# text with indentation and '\n' line ends whatever the machine's newline is. The text grows in one
    /// buffer borrowed from the shared array pool and given back by <see cref="ToString"/>, which ends the writer:
    /// a big table's files are megabytes, and building them in fresh memory every run is a good part of what
    /// the garbage collector has to do.
    /// </summary>
    internal sealed class SourceWriter
    {
        /// <summary>
        /// Buffers bigger than this (32 MB, a file of some 16 million characters: a table of over 10,000 messages)
        /// are left to the garbage collector: the pool would keep them long after a table that big.
        /// </summary>
        private const int MaxPooledLength = 16 * 1024 * 1024;

        private char[] _buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
        private int _length;
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                Indent();
                Append(line);
            }

            return Append('\n');
        }

        /// <summary>
        /// Writes an interpolated line: its pieces go straight into the text (no string per line, which is most of
        /// what a big table's emit would allocate), and numbers are formatted invariantly.
        /// </summary>
        public SourceWriter Line([InterpolatedStringHandlerArgument("")] LineHandler line) => Append('\n');

        /// <summary>Starts a line written in pieces (<see cref="Append(string)"/>, <see cref="AppendLiteral"/>, then <see cref="EndLine"/>), for lines of many parts.</summary>
        public SourceWriter BeginLine() => Indent();

        public SourceWriter Append(string text) => Append(text, 0, text.Length);

        public SourceWriter Append(string text, int start, int count)
        {
            Reserve(count);
            text.CopyTo(start, _buffer, _length, count);
            _length += count;
            return this;
        }

        public SourceWriter Append(char c)
        {
            Reserve(1);
            _buffer[_length++] = c;
            return this;
        }

        /// <summary>Appends <paramref name="value"/> as a C# string literal.</summary>
        public SourceWriter AppendLiteral(string value)
        {
            CSharpLiteral.Append(this, value);
            return this;
        }

        public SourceWriter EndLine() => Append('\n');

        /// <summary>How many levels lines are indented by now (four spaces each).</summary>
        public int IndentLevel => _indent;

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

        /// <summary>The text written; the buffer goes back to the pool, so nothing can be written after this.</summary>
        public override string ToString()
        {
            string text = new(_buffer, 0, _length);
            GiveBack(_buffer);
            _buffer = Array.Empty<char>();
            _length = 0;
            return text;
        }

        /// <summary>
        /// The text written, as the compiler takes it; the buffer goes back to the pool, so nothing can be written after
        /// this. Read straight from the buffer: a big file is kept by Roslyn in chunks, never copied into one string of
        /// hundreds of kilobytes (which the garbage collector would have to sweep from its large object heap).
        /// </summary>
        public SourceText ToSourceText()
        {
            SourceText text = SourceText.From(new BufferReader(_buffer, _length), _length, Encoding.UTF8);
            GiveBack(_buffer);
            _buffer = Array.Empty<char>();
            _length = 0;
            return text;
        }

        /// <summary>Reads the first characters of a buffer, without copying them first.</summary>
        private sealed class BufferReader : TextReader
        {
            private readonly char[] _chars;
            private readonly int _length;
            private int _at;

            public BufferReader(char[] chars, int length)
            {
                _chars = chars;
                _length = length;
            }

            public override int Peek() => _at < _length ? _chars[_at] : -1;

            public override int Read() => _at < _length ? _chars[_at++] : -1;

            public override int Read(char[] buffer, int index, int count)
            {
                int read = Math.Min(count, _length - _at);
                Array.Copy(_chars, _at, buffer, index, read);
                _at += read;
                return read;
            }
        }

        private SourceWriter Indent()
        {
            int count = _indent * 4;
            Reserve(count);
            for (int i = 0; i < count; i++)
            {
                _buffer[_length++] = ' ';
            }

            return this;
        }

        private void Reserve(int count)
        {
            if (_length + count > _buffer.Length)
            {
                char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
                Array.Copy(_buffer, bigger, _length);
                GiveBack(_buffer);
                _buffer = bigger;
            }
        }

        private static void GiveBack(char[] buffer)
        {
            if (buffer.Length <= MaxPooledLength)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        /// <summary>Appends the pieces of an interpolated <see cref="Line(LineHandler)"/> after the indentation.</summary>
        [InterpolatedStringHandler]
        internal readonly struct LineHandler
        {
            private readonly SourceWriter _writer;

            public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
            {
                _writer = writer;
                writer.Indent();
            }

            public void AppendLiteral(string literal) => _writer.Append(literal);

            public void AppendFormatted(string? value) => _writer.Append(value ?? string.Empty);

            public void AppendFormatted(int value) => _writer.Append(value.ToString(CultureInfo.InvariantCulture));

            public void AppendFormatted(char value) => _writer.Append(value);

            public void AppendFormatted(CSharpLiteral.Quoted literal) => CSharpLiteral.Append(_writer, literal.Value);
        }
    }
}
