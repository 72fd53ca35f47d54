// The printf conversions (%N!spec!) of the generated renderer, copied between the emit markers into the messages
// class of a table whose texts have any (Emitting/RuntimeSource). A text with one is written into the renderer's
// buffer, then copied into the string it returns: by its program (RenderPrintf, for the by-id methods and a
// version's text), or by the typed format method's own calls (Write().Append(…).Printf(…)…Finish()). An insert is
// a number (from a typed format method) or a text (from a by-id call, as an event log record holds it: read as
// decimal or 0x hex, and printed as it is when it is not a number).
//
// Its operation in a text's program: P, then the insert number as written (%N), the arguments holding the value,
// the width (0: none) and the precision (0: none), the width, the precision + 1 (0: none), each a number; then
// the flags, the size ('h' 16-bit, 'l' 32-bit, 'L' 64-bit) and the conversion character.
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
#nullable disable
        private sealed partial class Renderer
        {
            /// <summary>The printf flags: <c>-</c>, <c>+</c>, space, <c>#</c>, <c>0</c>.</summary>
            internal const int LeftAlign = 1;
            internal const int Plus = 2;
            internal const int Space = 4;
            internal const int Alternate = 8;
            internal const int ZeroPad = 16;

            /// <summary>A buffer grown past this many characters (a huge message) is left to the garbage collector after its render.</summary>
            private const int KeptBufferLength = 64 * 1024;

            /// <summary>Stands in <c>_inserts</c> for an insert given as a number, whose value is in <c>_numbers</c>.</summary>
            private static readonly string s_number = new string('#', 1);

            private ulong[] _numbers = new ulong[4];
            private char[] _buffer = new char[256];
            private int _at;

            /// <summary>Adds the next insert as a signed number (any integer type, or a char, that fits), sign-extended: printf reads the bits its size says.</summary>
            internal Renderer Add(long number) => Add(unchecked((ulong)number));

            internal Renderer Add(ulong number)
            {
                Add(s_number);
                if (_numbers.Length < _inserts.Length)
                {
                    ulong[] larger = new ulong[_inserts.Length];
                    global::System.Array.Copy(_numbers, larger, _numbers.Length);
                    _numbers = larger;
                }

                _numbers[_count - 1] = number;
                return this;
            }

            /// <summary>This thread's renderer, with an empty buffer: a typed format method writes its text into it.</summary>
            internal static Renderer Write()
            {
                Renderer renderer = Start();
                renderer._at = 0;
                return renderer;
            }

            internal Renderer Append(string text)
            {
                Reserve(text.Length);
                if (text.Length <= 8)
                {
                    // A short piece ("[", " (0x") costs less copied by hand than through CopyTo's checks.
                    for (int i = 0; i < text.Length; i++)
                    {
                        _buffer[_at++] = text[i];
                    }
                }
                else
                {
                    text.CopyTo(0, _buffer, _at, text.Length);
                    _at += text.Length;
                }

                return this;
            }

            /// <summary>The text written, as the one string returned. A buffer grown past <see cref="KeptBufferLength"/> characters is not kept.</summary>
            internal string Finish()
            {
                string result = new string(_buffer, 0, _at);
                if (_buffer.Length > KeptBufferLength)
                {
                    _buffer = new char[256];
                }

                return result;
            }

            partial void RenderPrintf(int text, ref string result)
            {
                string template = Data.Texts[text];
                _at = 0;
                for (int pc = ProgramStart(text) + Data.NumberLength; Data.Programs[pc] != 'E'; pc += OperationLength(Data.Programs[pc]))
                {
                    char op = Data.Programs[pc];
                    if (op == 'L')
                    {
                        Append(template, Number(pc + 1), Number(pc + 1 + Data.NumberLength));
                    }
                    else if (op == 'N')
                    {
                        Append("\r\n", 0, 2);
                    }
                    else if (op == 'C')
                    {
                        Append(Data.Programs, pc + 1, 1);
                    }
                    else if (op == 'S')
                    {
                        string insert = Insert(Number(pc + 1)) ?? "(null)";
                        Append(insert, 0, insert.Length);
                    }
                    else
                    {
                        WritePrintf(pc + 1);
                    }
                }

                result = Finish();
            }

            /// <summary>Writes the printf conversion whose operands start at <paramref name="pc"/>, with the inserts added.</summary>
            private void WritePrintf(int pc)
            {
                int value = Number(pc + Data.NumberLength);
                int widthArgument = Number(pc + (2 * Data.NumberLength));
                int precisionArgument = Number(pc + (3 * Data.NumberLength));
                int width = widthArgument > 0 ? IntegerOf(widthArgument) : Number(pc + (4 * Data.NumberLength));
                int precision = precisionArgument > 0 ? IntegerOf(precisionArgument) : Number(pc + (5 * Data.NumberLength)) - 1;
                int at = pc + (6 * Data.NumberLength);
                string text = Insert(value);
                bool isNumber = (object)text == (object)s_number;
                Write(isNumber ? null : text, isNumber ? _numbers[value - 1] : 0, isNumber, Data.Programs[at], width, precision, Data.Programs[at + 1], Data.Programs[at + 2]);
            }

            /// <summary>A width or precision read from insert %<paramref name="k"/>: a number as it is, a text as a decimal or 0x hex number (0 when it is none).</summary>
            private int IntegerOf(int k)
            {
                string text = Insert(k);
                return (object)text == (object)s_number ? unchecked((int)_numbers[k - 1]) : IntegerOf(text);
            }

            /// <summary>A width or precision given as a text: a decimal or 0x hex number (0 when it is none).</summary>
            internal static int IntegerOf(string text)
            {
                ulong bits;
                return TryParseInteger(text, out bits) ? unchecked((int)bits) : 0;
            }

            /// <summary>Writes a printf conversion of a signed number (any integer type, or a char, that fits), sign-extended.</summary>
            internal Renderer Printf(long value, int flags, int width, int precision, char size, char conversion) =>
                Printf(unchecked((ulong)value), flags, width, precision, size, conversion);

            internal Renderer Printf(ulong value, int flags, int width, int precision, char size, char conversion)
            {
                Write(null, value, true, flags, width, precision, size, conversion);
                return this;
            }

            /// <summary>Writes a printf conversion of a text: a string as it is, a number read from it (printed as it is when it is none).</summary>
            internal Renderer Printf(string value, int flags, int width, int precision, char size, char conversion)
            {
                Write(value, 0, false, flags, width, precision, size, conversion);
                return this;
            }

            /// <summary>Writes one printf conversion as Windows' C runtime prints it: laid out first (its length known), then written.</summary>
            private void Write(string text, ulong number, bool isNumber, int flags, int width, int precision, char size, char conversion)
            {
                bool left = (flags & LeftAlign) != 0 || width < 0;
                width = width < 0 ? unchecked(-width) : width;
                bool zeroPad = (flags & ZeroPad) != 0 && !left;
                char character = '\0';
                ulong magnitude = 0;
                string prefix = string.Empty;
                int zeros = 0;
                int count;
                if (conversion == 's' || conversion == 'S')
                {
                    text = text ?? "(null)";
                    count = precision >= 0 && precision < text.Length ? precision : text.Length;
                    zeroPad = false;
                }
                else if (conversion == 'c' || conversion == 'C')
                {
                    // The character itself: from a number, its code; from a text, its first character (none: NUL).
                    character = isNumber ? unchecked((char)number) : string.IsNullOrEmpty(text) ? '\0' : text[0];
                    text = null;
                    count = 1;
                    zeroPad = false;
                }
                else if (!isNumber && !TryParseInteger(text, out number))
                {
                    // An integer conversion of a text that is not a number: the text, as it is.
                    text = text ?? "(null)";
                    count = text.Length;
                    zeroPad = false;
                }
                else
                {
                    text = null;
                    int bitCount = conversion == 'p' || size == 'L' ? 64 : size == 'h' ? 16 : 32;
                    if (bitCount < 64)
                    {
                        number &= (1UL << bitCount) - 1;
                    }

                    bool signed = conversion == 'd' || conversion == 'i';
                    bool negative = signed && ((number >> (bitCount - 1)) & 1) != 0;
                    magnitude = !negative ? number : bitCount < 64 ? (1UL << bitCount) - number : unchecked(0UL - number);
                    count = CountDigits(magnitude, conversion);
                    if (conversion == 'p')
                    {
                        // A 64-bit pointer: always 16 digits, no prefix.
                        zeros = 16 - count;
                        zeroPad = false;
                    }
                    else
                    {
                        if (precision >= 0)
                        {
                            zeroPad = false;
                            if (precision == 0 && magnitude == 0)
                            {
                                count = 0;
                            }
                            else if (precision > count)
                            {
                                zeros = precision - count;
                            }
                        }

                        if ((flags & Alternate) != 0 && magnitude != 0)
                        {
                            if (conversion == 'x' || conversion == 'X')
                            {
                                prefix = conversion == 'x' ? "0x" : "0X";
                            }
                            else if (conversion == 'o' && zeros == 0)
                            {
                                zeros = 1;
                            }
                        }

                        if (signed)
                        {
                            prefix = negative ? "-" : (flags & Plus) != 0 ? "+" : (flags & Space) != 0 ? " " : string.Empty;
                        }
                    }
                }

                int padding = width - prefix.Length - zeros - count;
                if (zeroPad && padding > 0)
                {
                    zeros += padding;
                    padding = 0;
                }

                Reserve(global::System.Math.Max(padding, 0) + prefix.Length + zeros + count);
                if (!left)
                {
                    Fill(' ', padding);
                }

                for (int i = 0; i < prefix.Length; i++)
                {
                    _buffer[_at++] = prefix[i];
                }

                Fill('0', zeros);
                if (text != null)
                {
                    text.CopyTo(0, _buffer, _at, count);
                    _at += count;
                }
                else if (conversion == 'c' || conversion == 'C')
                {
                    _buffer[_at++] = character;
                }
                else
                {
                    WriteDigits(magnitude, conversion, count);
                }

                if (left)
                {
                    Fill(' ', padding);
                }
            }

            /// <summary>Makes room for <paramref name="count"/> more characters.</summary>
            private void Reserve(int count)
            {
                if (_at + count > _buffer.Length)
                {
                    char[] larger = new char[global::System.Math.Max(2 * _buffer.Length, _at + count)];
                    global::System.Array.Copy(_buffer, larger, _at);
                    _buffer = larger;
                }
            }

            private void Append(string text, int start, int count)
            {
                Reserve(count);
                text.CopyTo(start, _buffer, _at, count);
                _at += count;
            }

            private void Fill(char c, int count)
            {
                for (int end = _at + count; _at < end; _at++)
                {
                    _buffer[_at] = c;
                }
            }

            /// <summary>Writes the last <paramref name="count"/> digits of <paramref name="value"/>, the lowest last.</summary>
            private void WriteDigits(ulong value, char conversion, int count)
            {
                int shift = Shift(conversion);
                int end = _at + count;
                if (shift == 0)
                {
                    for (int i = end - 1; i >= _at; i--)
                    {
                        ulong quotient = value / 10;
                        _buffer[i] = (char)('0' + (int)(value - (quotient * 10)));
                        value = quotient;
                    }
                }
                else
                {
                    // Hex and octal digits are bit groups: shifts, no division.
                    string digits = conversion == 'x' ? "0123456789abcdef" : "0123456789ABCDEF";
                    ulong mask = (1UL << shift) - 1;
                    for (int i = end - 1; i >= _at; i--)
                    {
                        _buffer[i] = digits[(int)(value & mask)];
                        value >>= shift;
                    }
                }

                _at = end;
            }

            /// <summary>The bits of an octal (3) or hex (4) digit; 0 for decimal.</summary>
            private static int Shift(char conversion) => conversion == 'o' ? 3 : conversion == 'x' || conversion == 'X' || conversion == 'p' ? 4 : 0;

            private static int CountDigits(ulong value, char conversion)
            {
                int shift = Shift(conversion);
                int count = 1;
                while ((shift == 0 ? value /= 10 : value >>= shift) != 0)
                {
                    count++;
                }

                return count;
            }

            /// <summary>Reads an insert's text as a number, as the by-id methods do: decimal (signed or not) or 0x hex, around whitespace.</summary>
            private static bool TryParseInteger(string value, out ulong bits)
            {
                bits = 0;
                if (value == null)
                {
                    return false;
                }

                string text = value.Trim();
                if (text.StartsWith("0x", global::System.StringComparison.OrdinalIgnoreCase))
                {
                    return ulong.TryParse(text.Substring(2), global::System.Globalization.NumberStyles.AllowHexSpecifier, global::System.Globalization.CultureInfo.InvariantCulture, out bits);
                }

                long signed;
                if (long.TryParse(text, global::System.Globalization.NumberStyles.AllowLeadingSign, global::System.Globalization.CultureInfo.InvariantCulture, out signed))
                {
                    bits = unchecked((ulong)signed);
                    return true;
                }

                return ulong.TryParse(text, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out bits);
            }
        }
        // </emit>
    }
}
