using System;
using System.IO;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// The first bytes of a stream that may not seek (standard input), to tell an .evtx from an XML export, and a stream
    /// that gives those bytes again followed by the rest.
    /// </summary>
    internal sealed class StreamStart : Stream
    {
        private readonly Stream _rest;
        private readonly byte[] _head;
        private int _headAt;

        private StreamStart(Stream rest, byte[] head)
        {
            _rest = rest;
            _head = head;
        }

        public ReadOnlySpan<byte> Head => _head;

        public static StreamStart Read(Stream stream, int count)
        {
            var head = new byte[count];
            int read = 0;
            while (read < count && stream.Read(head, read, count - read) is var n && n > 0)
            {
                read += n;
            }

            return new StreamStart(stream, head[..read]);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_headAt < _head.Length)
            {
                int n = Math.Min(count, _head.Length - _headAt);
                Array.Copy(_head, _headAt, buffer, offset, n);
                _headAt += n;
                return n;
            }

            return _rest.Read(buffer, offset, count);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _rest.Length;

        public override long Position
        {
            get => _rest.CanSeek ? _rest.Position - (_head.Length - _headAt) : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
