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
    }
}
