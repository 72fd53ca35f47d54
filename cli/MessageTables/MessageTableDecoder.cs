using System;
using System.Collections.Generic;
using System.Text;

namespace SstpGen.Cli.MessageTables;

/// <summary>
/// Decodes an RT_MESSAGETABLE resource (MESSAGE_RESOURCE_DATA): a count of blocks, each <c>LowId, HighId,
/// OffsetToEntries</c>, and at that offset one entry per identifier: <c>Length</c> (16 bits, header included),
/// <c>Flags</c> (0 ANSI in the code page of the resource's language, 1 UTF-16LE, 2 UTF-8), the text, NUL padding.
/// Trailing NULs are stripped. An empty text is dropped: the layout's source data holds no empty message (none among
/// the 178 tables in ../shared/corpus), and FormatMessage renders nothing for one.
/// </summary>
internal static class MessageTableDecoder
{
    public static SortedDictionary<uint, string> Decode(byte[] data, Encoding ansi, string what)
    {
        var texts = new SortedDictionary<uint, string>();
        uint blocks = U32(data, 0, what, "the block count");
        if (blocks > (uint)(data.Length / 12))
        {
            throw new ExtractionException($"{what}: {blocks} blocks do not fit in its {data.Length} bytes: the resource is corrupt");
        }

        for (int block = 0; block < blocks; block++)
        {
            int at = 4 + (block * 12);
            uint low = U32(data, at, what, $"block {block}");
            uint high = U32(data, at + 4, what, $"block {block}");
            uint entry = U32(data, at + 8, what, $"block {block}");
            if (high < low)
            {
                throw new ExtractionException($"{what}: block {block} runs from 0x{low:X8} down to 0x{high:X8}: the resource is corrupt");
            }

            for (ulong id = low; id <= high; id++)
            {
                // Each entry is at least its 4-byte header, so a block claiming more identifiers than its bytes hold stops here.
                int length = U16(data, entry, what, $"the entry of 0x{id:X8}");
                int flags = U16(data, entry + 2, what, $"the entry of 0x{id:X8}");
                if (length < 4 || entry + (ulong)length > (ulong)data.Length)
                {
                    throw new ExtractionException($"{what}: the entry of 0x{id:X8} at offset 0x{entry:X} claims {length} bytes: the resource is truncated or corrupt");
                }

                Encoding encoding = flags switch
                {
                    0 => ansi,
                    1 => Encoding.Unicode,
                    2 => Encoding.UTF8,
                    _ => throw new ExtractionException($"{what}: the entry of 0x{id:X8} at offset 0x{entry:X} has flags 0x{flags:X} (0 ANSI, 1 UTF-16 and 2 UTF-8 are known)"),
                };
                string text = encoding.GetString(data, (int)entry + 4, length - 4).TrimEnd('\0');
                if (text.Length > 0)
                {
                    texts[(uint)id] = text;
                }

                entry += (uint)length;
            }
        }

        return texts;
    }

    private static uint U32(byte[] data, long offset, string what, string field) =>
        offset + 4 <= data.Length ? BitConverter.ToUInt32(data, (int)offset)
        : throw new ExtractionException($"{what}: {field} at offset 0x{offset:X} is cut off (the resource has {data.Length} bytes)");

    private static int U16(byte[] data, long offset, string what, string field) =>
        offset + 2 <= data.Length ? BitConverter.ToUInt16(data, (int)offset)
        : throw new ExtractionException($"{what}: {field} at offset 0x{offset:X} is cut off (the resource has {data.Length} bytes)");
}
