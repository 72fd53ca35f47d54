using System;

namespace SstpGen.Cli.MessageTables;

/// <summary>
/// The four-part file version of an RT_VERSION resource: <c>VS_FIXEDFILEINFO</c>, found by its signature 0xFEEF04BD
/// (after the <c>VS_VERSION_INFO</c> key, 32-bit aligned), <c>dwFileVersionMS</c> and <c>dwFileVersionLS</c>.
/// </summary>
internal static class VersionResourceDecoder
{
    private const uint Signature = 0xFEEF04BD;

    public static Version? FileVersion(byte[] data)
    {
        for (int at = 0; at + 16 <= data.Length; at += 4)
        {
            if (BitConverter.ToUInt32(data, at) == Signature)
            {
                uint ms = BitConverter.ToUInt32(data, at + 8);
                uint ls = BitConverter.ToUInt32(data, at + 12);
                return new Version((int)(ms >> 16), (int)(ms & 0xFFFF), (int)(ls >> 16), (int)(ls & 0xFFFF));
            }
        }

        return null;
    }
}
