namespace SstpGen.Emitting
{
    /// <summary>
    /// The helpers of the typed renderers: <c>PrintfInteger</c> and <c>PrintfText</c> lay out one printf
    /// conversion as Windows' C runtime prints it (flags, width, precision, size) and know its length before
    /// writing it, so a message is written straight into the one string it returns. Written only when a
    /// renderer calls them (the compilation has <c>string.Create</c>).
    /// </summary>
    internal static class SpanPrintfSource
    {
        public const string Source =
@"private static int Append(global::System.Span<char> destination, int at, string text)
{
    global::System.MemoryExtensions.AsSpan(text).CopyTo(destination.Slice(at));
    return at + text.Length;
}

private static int Fill(global::System.Span<char> destination, int at, char c, int count)
{
    destination.Slice(at, count).Fill(c);
    return at + count;
}

/// <summary>A printf integer conversion (d i u o x X p) of the low <c>bitCount</c> bits of a value, laid out.</summary>
private readonly struct PrintfInteger
{
    private readonly ulong _magnitude;
    private readonly string _prefix;
    private readonly int _zeros;
    private readonly int _digits;
    private readonly int _padding;
    private readonly bool _left;
    private readonly int _radix;
    private readonly bool _upper;

    public PrintfInteger(ulong bits, int bitCount, char conversion, PrintfFlags flags, int width, int precision)
    {
        _left = (flags & PrintfFlags.LeftAlign) != 0 || width < 0;
        width = width < 0 ? unchecked(-width) : width;
        if (bitCount < 64)
        {
            bits &= (1UL << bitCount) - 1;
        }

        bool signed = conversion == 'd' || conversion == 'i';
        bool negative = signed && ((bits >> (bitCount - 1)) & 1) != 0;
        _magnitude = !negative ? bits : bitCount < 64 ? (1UL << bitCount) - bits : unchecked(0UL - bits);
        _radix = conversion == 'o' ? 8 : conversion == 'x' || conversion == 'X' || conversion == 'p' ? 16 : 10;
        _upper = conversion == 'X' || conversion == 'p';
        _digits = CountDigits(_magnitude, _radix);
        _prefix = string.Empty;
        _zeros = 0;
        bool zeroPad = (flags & PrintfFlags.ZeroPad) != 0 && !_left;
        if (conversion == 'p')
        {
            // A 64-bit pointer: always 16 digits, no prefix.
            _zeros = 16 - _digits;
            zeroPad = false;
        }
        else
        {
            if (precision >= 0)
            {
                zeroPad = false;
                if (precision == 0 && _magnitude == 0)
                {
                    _digits = 0;
                }
                else if (precision > _digits)
                {
                    _zeros = precision - _digits;
                }
            }

            if ((flags & PrintfFlags.Alternate) != 0 && _magnitude != 0)
            {
                if (_radix == 16)
                {
                    _prefix = _upper ? ""0X"" : ""0x"";
                }
                else if (_radix == 8 && _zeros == 0)
                {
                    _zeros = 1;
                }
            }

            if (signed)
            {
                _prefix = negative ? ""-"" : (flags & PrintfFlags.Plus) != 0 ? ""+"" : (flags & PrintfFlags.Space) != 0 ? "" "" : string.Empty;
            }
        }

        int length = _prefix.Length + _zeros + _digits;
        _padding = width > length ? width - length : 0;
        if (zeroPad)
        {
            _zeros += _padding;
            _padding = 0;
        }
    }

    public int Length => _padding + _prefix.Length + _zeros + _digits;

    public int Write(global::System.Span<char> destination, int at)
    {
        if (!_left)
        {
            at = Fill(destination, at, ' ', _padding);
        }

        at = Fill(destination, Append(destination, at, _prefix), '0', _zeros);
        ulong value = _magnitude;
        if (_radix == 10)
        {
            for (int i = at + _digits - 1; i >= at; i--)
            {
                ulong quotient = value / 10;
                destination[i] = (char)('0' + (int)(value - (quotient * 10)));
                value = quotient;
            }
        }
        else
        {
            // Hex and octal digits are bit groups: shifts, no division.
            int shift = _radix == 16 ? 4 : 3;
            ulong mask = (ulong)_radix - 1;
            string alphabet = _upper ? ""0123456789ABCDEF"" : ""0123456789abcdef"";
            for (int i = at + _digits - 1; i >= at; i--)
            {
                destination[i] = alphabet[(int)(value & mask)];
                value >>= shift;
            }
        }

        at += _digits;
        return _left ? Fill(destination, at, ' ', _padding) : at;
    }

    private static int CountDigits(ulong value, int radix)
    {
        int count = 1;
        if (radix == 10)
        {
            for (value /= 10; value != 0; value /= 10)
            {
                count++;
            }
        }
        else
        {
            for (int shift = radix == 16 ? 4 : 3; (value >>= shift) != 0;)
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>A printf string (s S) or character (c C) conversion with a width or precision, laid out.</summary>
private readonly struct PrintfText
{
    private readonly string? _text;
    private readonly char _character;
    private readonly int _count;
    private readonly int _padding;
    private readonly bool _left;

    public PrintfText(string? value, int width, int precision, PrintfFlags flags)
    {
        _text = value ?? ""(null)"";
        _character = '\0';
        _count = precision >= 0 && precision < _text.Length ? precision : _text.Length;
        _left = (flags & PrintfFlags.LeftAlign) != 0 || width < 0;
        width = width < 0 ? unchecked(-width) : width;
        _padding = width > _count ? width - _count : 0;
    }

    public PrintfText(char value, int width, PrintfFlags flags)
    {
        _text = null;
        _character = value;
        _count = 1;
        _left = (flags & PrintfFlags.LeftAlign) != 0 || width < 0;
        width = width < 0 ? unchecked(-width) : width;
        _padding = width > 1 ? width - 1 : 0;
    }

    public int Length => _padding + _count;

    public int Write(global::System.Span<char> destination, int at)
    {
        if (!_left)
        {
            at = Fill(destination, at, ' ', _padding);
        }

        if (_text is null)
        {
            destination[at++] = _character;
        }
        else
        {
            global::System.MemoryExtensions.AsSpan(_text, 0, _count).CopyTo(destination.Slice(at));
            at += _count;
        }

        return _left ? Fill(destination, at, ' ', _padding) : at;
    }
}";
    }
}
