using System;
using System.Collections.Generic;
using System.Text;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// Reads a message table as mc.exe (or windmc) writes it to a <c>.bin</c> file: MESSAGE_RESOURCE_DATA, a count of
/// blocks, each block <c>LowId, HighId, OffsetToEntries</c>, and at that offset one entry per identifier from LowId to
/// HighId: <c>Length</c> (16 bits, header included), <c>Flags</c> (16 bits: 1 = UTF-16LE, 0 = ANSI, 2 = UTF-8), the text,
/// NUL padding. The text comes back as stored, trailing NULs removed.
/// </summary>
internal static class MessageResourceData
{
    public static SortedDictionary<uint, string> Read(byte[] data, Encoding ansi)
    {
        var texts = new SortedDictionary<uint, string>();
        uint blocks = BitConverter.ToUInt32(data, 0);
        for (int block = 0; block < blocks; block++)
        {
            int at = 4 + (block * 12);
            uint low = BitConverter.ToUInt32(data, at);
            uint high = BitConverter.ToUInt32(data, at + 4);
            int entry = checked((int)BitConverter.ToUInt32(data, at + 8));
            for (uint id = low; id <= high; id++)
            {
                int length = BitConverter.ToUInt16(data, entry);
                int flags = BitConverter.ToUInt16(data, entry + 2);
                Encoding encoding = flags == 1 ? Encoding.Unicode : flags == 2 ? Encoding.UTF8 : ansi;
                texts[id] = encoding.GetString(data, entry + 4, length - 4).TrimEnd('\0');
                entry += length;
            }
        }

        return texts;
    }
}
