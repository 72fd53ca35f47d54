using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// A Binary XML value as Windows' XML rendering writes it, by its type: strings as they are, integers in decimal,
    /// HexInt32/HexInt64 and SizeT as 0x and lower-case hex without leading zeros (Windows' <c>0x3e7</c> logon id, where
    /// libevtx and python-evtx pad to the type's width), GUIDs in braces, SIDs as S-1-…, FILETIME and SYSTEMTIME in
    /// ISO 8601 UTC, binary as upper-case hex, booleans as true/false; an array's items joined with ", ".
    /// </summary>
    internal static class BinXmlValues
    {
        public const byte BinXmlType = 0x21;
        private const byte ArrayFlag = 0x80;

        public static string Format(byte type, ReadOnlySpan<byte> data)
        {
            if ((type & ArrayFlag) != 0)
            {
                return FormatArray((byte)(type & ~ArrayFlag), data);
            }

            switch (type)
            {
                case 0x00:
                    return string.Empty;
                case 0x01:
                    return TrimNul(Encoding.Unicode.GetString(data[..(data.Length & ~1)]));
                case 0x02:
                    return TrimNul(Encoding.Latin1.GetString(data));
                case 0x03 when data.Length >= 1:
                    return ((sbyte)data[0]).ToString(CultureInfo.InvariantCulture);
                case 0x04 when data.Length >= 1:
                    return data[0].ToString(CultureInfo.InvariantCulture);
                case 0x05 when data.Length >= 2:
                    return BinaryPrimitives.ReadInt16LittleEndian(data).ToString(CultureInfo.InvariantCulture);
                case 0x06 when data.Length >= 2:
                    return BinaryPrimitives.ReadUInt16LittleEndian(data).ToString(CultureInfo.InvariantCulture);
                case 0x07 when data.Length >= 4:
                    return BinaryPrimitives.ReadInt32LittleEndian(data).ToString(CultureInfo.InvariantCulture);
                case 0x08 when data.Length >= 4:
                    return BinaryPrimitives.ReadUInt32LittleEndian(data).ToString(CultureInfo.InvariantCulture);
                case 0x09 when data.Length >= 8:
                    return BinaryPrimitives.ReadInt64LittleEndian(data).ToString(CultureInfo.InvariantCulture);
                case 0x0A when data.Length >= 8:
                    return BinaryPrimitives.ReadUInt64LittleEndian(data).ToString(CultureInfo.InvariantCulture);
                case 0x0B when data.Length >= 4:
                    return BinaryPrimitives.ReadSingleLittleEndian(data).ToString("R", CultureInfo.InvariantCulture);
                case 0x0C when data.Length >= 8:
                    return BinaryPrimitives.ReadDoubleLittleEndian(data).ToString("R", CultureInfo.InvariantCulture);
                case 0x0D:
                    return IsTrue(data) ? "true" : "false";
                case 0x0E:
                    return Convert.ToHexString(data);
                case 0x0F when data.Length >= 16:
                    return new Guid(data[..16]).ToString("B").ToUpperInvariant();
                case 0x10 when data.Length is 4 or 8:
                    return "0x" + (data.Length == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(data) : BinaryPrimitives.ReadUInt64LittleEndian(data)).ToString("x", CultureInfo.InvariantCulture);
                case 0x11 when data.Length >= 8:
                    return FileTime(BinaryPrimitives.ReadInt64LittleEndian(data));
                case 0x12 when data.Length >= 16:
                    return SystemTime(data);
                case 0x13:
                    return Sid(data);
                case 0x14 when data.Length >= 4:
                    return "0x" + BinaryPrimitives.ReadUInt32LittleEndian(data).ToString("x", CultureInfo.InvariantCulture);
                case 0x15 when data.Length >= 8:
                    return "0x" + BinaryPrimitives.ReadUInt64LittleEndian(data).ToString("x", CultureInfo.InvariantCulture);
                default:
                    // A value shorter than its type, or a type Windows does not define: its bytes, so nothing is lost.
                    return Convert.ToHexString(data);
            }
        }

        /// <summary>A FILETIME (100 ns since 1601) as ISO 8601 UTC with seven fractional digits, as Windows writes SystemTime.</summary>
        public static string FileTime(long ticks) =>
            ticks >= 0 && ticks <= DateTime.MaxValue.Ticks - DateTime.FromFileTimeUtc(0).Ticks
                ? DateTime.FromFileTimeUtc(ticks).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)
                : "0x" + ticks.ToString("x16", CultureInfo.InvariantCulture);

        // Windows writes a bool as 4 bytes; some writers leave other bits set (irregular bool values): anything non-zero is true.
        private static bool IsTrue(ReadOnlySpan<byte> data)
        {
            foreach (byte b in data)
            {
                if (b != 0)
                {
                    return true;
                }
            }

            return false;
        }

        // SYSTEMTIME: year, month, day of week, day, hour, minute, second, milliseconds (16-bit each).
        private static string SystemTime(ReadOnlySpan<byte> data)
        {
            Span<int> parts = stackalloc int[8];
            for (int i = 0; i < 8; i++)
            {
                parts[i] = BinaryPrimitives.ReadUInt16LittleEndian(data[(i * 2)..]);
            }

            return string.Create(CultureInfo.InvariantCulture, $"{parts[0]:D4}-{parts[1]:D2}-{parts[3]:D2}T{parts[4]:D2}:{parts[5]:D2}:{parts[6]:D2}.{parts[7]:D3}Z");
        }

        private static string Sid(ReadOnlySpan<byte> data)
        {
            if (data.Length < 8 || data.Length < 8 + (data[1] * 4))
            {
                return Convert.ToHexString(data);
            }

            ulong authority = 0;
            for (int i = 2; i < 8; i++)
            {
                authority = (authority << 8) | data[i];
            }

            var sid = new StringBuilder("S-").Append(data[0].ToString(CultureInfo.InvariantCulture)).Append('-').Append(authority.ToString(CultureInfo.InvariantCulture));
            for (int i = 0; i < data[1]; i++)
            {
                sid.Append('-').Append(BinaryPrimitives.ReadUInt32LittleEndian(data[(8 + (i * 4))..]).ToString(CultureInfo.InvariantCulture));
            }

            return sid.ToString();
        }

        private static string FormatArray(byte type, ReadOnlySpan<byte> data)
        {
            if (type is 0x01 or 0x02)
            {
                string all = type == 0x01 ? Encoding.Unicode.GetString(data[..(data.Length & ~1)]) : Encoding.Latin1.GetString(data);
                return string.Join(", ", TrimNul(all).Split('\0'));
            }

            int size = type switch
            {
                0x03 or 0x04 => 1,
                0x05 or 0x06 => 2,
                0x07 or 0x08 or 0x0B or 0x0D or 0x14 => 4,
                0x09 or 0x0A or 0x0C or 0x11 or 0x15 => 8,
                0x0F or 0x12 => 16,
                _ => 0,
            };
            if (size == 0)
            {
                return Convert.ToHexString(data);
            }

            var items = new string[data.Length / size];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = Format(type, data.Slice(i * size, size));
            }

            return string.Join(", ", items);
        }

        private static string TrimNul(string text) => text.TrimEnd('\0');
    }
}
