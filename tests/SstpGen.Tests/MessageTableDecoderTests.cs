using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SstpGen.Cli;
using SstpGen.Cli.MessageTables;
using Xunit;

namespace SstpGen.Tests;

/// <summary>MESSAGE_RESOURCE_DATA as Windows defines it, byte by byte: every entry flag, the empty-entry rule, and damage.</summary>
public class MessageTableDecoderTests
{
    [Fact]
    public void Entries_in_ANSI_UTF_16_and_UTF_8_decode_and_trailing_NULs_and_empty_entries_go()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] data = Resource(
            (0x10, [Entry(0, Encoding.GetEncoding(1251).GetBytes("Ошибка %1\r\n")), Entry(1, Encoding.Unicode.GetBytes("Wide\0\0")), Entry(2, Encoding.UTF8.GetBytes("Grüße\0")), Entry(1, [0, 0])]));

        SortedDictionary<uint, string> texts = MessageTableDecoder.Decode(data, Encoding.GetEncoding(WindowsLanguages.AnsiCodePage(0x419)), "test");

        Assert.Equal(new Dictionary<uint, string> { [0x10] = "Ошибка %1\r\n", [0x11] = "Wide", [0x12] = "Grüße" }, texts);
        Assert.Equal(1251, WindowsLanguages.AnsiCodePage(0x419));
        Assert.Equal(932, WindowsLanguages.AnsiCodePage(0x411));
        Assert.Equal(950, WindowsLanguages.AnsiCodePage(0x404));
        Assert.Equal(936, WindowsLanguages.AnsiCodePage(0x804));
    }

    [Theory]
    [InlineData("a block count its bytes cannot hold", "blocks do not fit")]
    [InlineData("a block claiming four billion identifiers", "is cut off")]
    [InlineData("an entry of length 0", "claims 0 bytes")]
    [InlineData("an unknown flag", "has flags 0x7")]
    [InlineData("a block that runs backwards", "runs from 0x00000010 down to 0x00000001")]
    public void Damage_is_an_error_that_says_which_entry_and_where(string what, string expected)
    {
        byte[] data = what switch
        {
            "a block count its bytes cannot hold" => [.. BitConverter.GetBytes(1_000_000u)],
            "a block claiming four billion identifiers" => Block(0, uint.MaxValue, 16, Entry(1, Encoding.Unicode.GetBytes("x\0"))),
            "an entry of length 0" => Block(1, 1, 16, [0, 0, 1, 0]),
            "an unknown flag" => Block(1, 1, 16, Entry(7, [65, 0])),
            _ => Block(0x10, 0x1, 16, Entry(1, [65, 0])),
        };

        var error = Assert.Throws<ExtractionException>(() => MessageTableDecoder.Decode(data, Encoding.Latin1, "file.dll: message table 1"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("file.dll: message table 1: ", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Entry(int flags, byte[] text)
    {
        int length = (4 + text.Length + 3) & ~3;
        var entry = new byte[length];
        BitConverter.TryWriteBytes(entry.AsSpan(0), (ushort)length);
        BitConverter.TryWriteBytes(entry.AsSpan(2), (ushort)flags);
        text.CopyTo(entry, 4);
        return entry;
    }

    private static byte[] Block(uint low, uint high, uint offset, byte[] entries) =>
        [.. BitConverter.GetBytes(1u), .. BitConverter.GetBytes(low), .. BitConverter.GetBytes(high), .. BitConverter.GetBytes(offset), .. entries];

    private static byte[] Resource((uint Low, byte[][] Entries) block)
    {
        using var data = new MemoryStream();
        data.Write(Block(block.Low, block.Low + (uint)block.Entries.Length - 1, 16, block.Entries.SelectMany(e => e).ToArray()));
        return data.ToArray();
    }
}
