using System;
using System.Text;

namespace SstpGen.Cli.MessageTables;

/// <summary>
/// The "MUI" resource that binds a language-neutral module to its .mui files, as libyal's libexe documents it:
/// signature 0xFECDFECD, size, version, file type (0x11 language-neutral, 0x12 .mui) at 16, the checksum both files
/// share at 44 (16 bytes), and the language name (UTF-16, offset and size at 116).
/// </summary>
internal sealed record MuiResource(bool IsLanguageNeutral, byte[] Checksum, string? Language)
{
    private const uint Signature = 0xFECDFECD;

    public static MuiResource? Decode(byte[] data)
    {
        if (data.Length < 132 || BitConverter.ToUInt32(data, 0) != Signature)
        {
            return null;
        }

        uint type = BitConverter.ToUInt32(data, 16);
        byte[] checksum = data.AsSpan(44, 16).ToArray();
        uint offset = BitConverter.ToUInt32(data, 116);
        uint size = BitConverter.ToUInt32(data, 120);
        string? language = size > 0 && offset + (ulong)size <= (ulong)data.Length
            ? Encoding.Unicode.GetString(data, (int)offset, (int)size).TrimEnd('\0')
            : null;
        return new MuiResource(type == 0x11, checksum, string.IsNullOrEmpty(language) ? null : language);
    }
}
