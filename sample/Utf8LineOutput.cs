using System;
using System.IO;
using System.Text;

namespace SstpExplainer
{
    /// <summary>
    /// Lines already encoded as UTF-8, written to the command's output: straight to the stream beneath it when the output
    /// is a UTF-8 <see cref="StreamWriter"/> (the console redirected to a file or a pipe), so a record is not decoded and
    /// encoded again; otherwise decoded and written as text. Dispose to flush.
    /// </summary>
    internal sealed class Utf8LineOutput : IDisposable
    {
        private readonly TextWriter _output;
        private readonly BufferedStream? _stream;

        public Utf8LineOutput(TextWriter output)
        {
            _output = output;
            if (output is StreamWriter { Encoding.CodePage: 65001 } writer)
            {
                writer.Flush();             // what was written as text goes first
                _stream = new BufferedStream(writer.BaseStream, 1 << 16);
            }
        }

        public void Write(byte[] line)
        {
            if (_stream is not null)
            {
                _stream.Write(line);
            }
            else
            {
                _output.Write(Encoding.UTF8.GetString(line));
            }
        }

        // Flushed, not disposed: the stream beneath belongs to the output.
        public void Dispose() => _stream?.Flush();
    }
}
