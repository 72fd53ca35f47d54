using System;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>CRC-32 (IEEE 802.3, reflected, as zlib computes it): the checksum of the file header, chunk headers and chunks' records.</summary>
    internal static class Crc32
    {
        private static readonly uint[] s_table = Table();

        public static uint Compute(ReadOnlySpan<byte> data, uint crc = 0)
        {
            crc = ~crc;
            foreach (byte b in data)
            {
                crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return ~crc;
        }

        private static uint[] Table()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}
