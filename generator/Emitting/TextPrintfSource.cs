namespace SstpGen.Emitting
{
    /// <summary>
    /// The private printf helpers of the text-typed renderers (the by-id methods), needed only when a
    /// template has a <c>%N!spec!</c> other than a plain string. Inserts arrive as strings (as an event log
    /// record holds them); integer conversions read them as decimal or <c>0x</c> hex and print them as Windows'
    /// C runtime does; a value that is not a number is printed as it is.
    /// </summary>
    internal static class TextPrintfSource
    {
        /// <summary><c>ParseInt32</c>: the by-id methods read a width, precision or number from an insert's text.</summary>
        public const string IntegerParsingSource =
@"private static int ParseInt32(string? value) => TryParseInteger(value, out ulong bits) ? unchecked((int)bits) : 0;

private static bool TryParseInteger(string? value, out ulong bits)
{
    bits = 0;
    if (value is null)
    {
        return false;
    }

    string text = value.Trim();
    if (text.StartsWith(""0x"", global::System.StringComparison.OrdinalIgnoreCase))
    {
        return ulong.TryParse(text.Substring(2), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture, out bits);
    }

    if (long.TryParse(text, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out long signed))
    {
        bits = unchecked((ulong)signed);
        return true;
    }

    return ulong.TryParse(text, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out bits);
}";

        /// <summary><c>Printf</c>: one conversion of an insert given as text.</summary>
        public const string PrintfSource =
@"/// <summary>Renders one insert as FormatMessage's printf does. <paramref name=""size""/> is 'h' (16-bit), 'l' (32-bit) or 'L' (64-bit).</summary>
private static string Printf(string? value, int width, int precision, PrintfFlags flags, char size, char conversion, string suffix)
{
    if (conversion == '\0')
    {
        return suffix;
    }

    bool left = (flags & PrintfFlags.LeftAlign) != 0;
    if (width < 0)
    {
        left = true;
        width = -width;
    }

    string prefix = string.Empty;
    string body;
    bool zeroPad = (flags & PrintfFlags.ZeroPad) != 0 && !left;
    switch (conversion)
    {
        case 's':
        case 'S':
            body = value ?? ""(null)"";
            if (precision >= 0 && body.Length > precision)
            {
                body = body.Substring(0, precision);
            }

            zeroPad = false;
            break;
        case 'c':
        case 'C':
            body = string.IsNullOrEmpty(value) ? ""\0"" : value!.Substring(0, 1);
            zeroPad = false;
            break;
        default:
            if (!TryParseInteger(value, out ulong bits))
            {
                body = value ?? ""(null)"";
                zeroPad = false;
                break;
            }

            if (conversion == 'p')
            {
                body = bits.ToString(""X16"", global::System.Globalization.CultureInfo.InvariantCulture);
                zeroPad = false;
                break;
            }

            int bitCount = size == 'h' ? 16 : size == 'L' ? 64 : 32;
            if (bitCount < 64)
            {
                bits &= (1UL << bitCount) - 1;
            }

            bool isSigned = conversion == 'd' || conversion == 'i';
            bool negative = isSigned && ((bits >> (bitCount - 1)) & 1) != 0;
            if (negative)
            {
                bits = bitCount < 64 ? (1UL << bitCount) - bits : unchecked(0UL - bits);
            }

            body = conversion == 'x' ? bits.ToString(""x"", global::System.Globalization.CultureInfo.InvariantCulture)
                : conversion == 'X' ? bits.ToString(""X"", global::System.Globalization.CultureInfo.InvariantCulture)
                : conversion == 'o' ? ToOctal(bits)
                : bits.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
            if (precision >= 0)
            {
                zeroPad = false;
                body = precision == 0 && bits == 0 ? string.Empty : body.PadLeft(precision, '0');
            }

            if ((flags & PrintfFlags.Alternate) != 0 && bits != 0)
            {
                if (conversion == 'x' || conversion == 'X')
                {
                    prefix = conversion == 'x' ? ""0x"" : ""0X"";
                }
                else if (conversion == 'o' && !body.StartsWith(""0"", global::System.StringComparison.Ordinal))
                {
                    body = ""0"" + body;
                }
            }

            if (isSigned)
            {
                prefix = negative ? ""-"" : (flags & PrintfFlags.Plus) != 0 ? ""+"" : (flags & PrintfFlags.Space) != 0 ? "" "" : string.Empty;
            }

            break;
    }

    int padding = width - prefix.Length - body.Length;
    if (padding <= 0)
    {
        return prefix + body + suffix;
    }

    return left ? prefix + body + new string(' ', padding) + suffix
        : zeroPad ? prefix + new string('0', padding) + body + suffix
        : new string(' ', padding) + prefix + body + suffix;
}

private static string ToOctal(ulong value)
{
    if (value == 0)
    {
        return ""0"";
    }

    var digits = new global::System.Text.StringBuilder();
    for (; value != 0; value >>= 3)
    {
        digits.Insert(0, (char)('0' + (int)(value & 7)));
    }

    return digits.ToString();
}";
    }
}
