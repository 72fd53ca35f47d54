using System.Globalization;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Writes any string as a regular C# string literal that no content can break out of: quotes, backslashes,
    /// control and line-separator characters, lone surrogates and invisible formatting characters (bidi
    /// overrides) are all written as escapes; other text stays readable.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string value) => Append(new SourceWriter(), value).ToString();

        /// <summary>Appends <paramref name="value"/> as a literal to <paramref name="text"/> (no copy of a long text on the way).</summary>
        public static SourceWriter Append(SourceWriter text, string value)
        {
            text.Append('"');
            int plain = 0;     // start of the run of characters written as they are
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
                {
                    continue;
                }

                text.Append(value, plain, i - plain);
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\0': text.Append("\\0"); break;
                    default:
                        i = AppendVisibly(text, value, i, value.Length);
                        break;
                }

                plain = i + 1;
            }

            return text.Append(value, plain, value.Length - plain).Append('"');
        }

        /// <summary>
        /// Appends <paramref name="text"/>[<paramref name="i"/>] so a reader sees it: a surrogate pair whole, a
        /// character that is invisible or ends a line (<see cref="NeedsEscape"/>) as <c>\uXXXX</c>, any other as it is.
        /// Returns the index of the last character written (the low surrogate of a pair). Shared by C# literals and
        /// doc comments, whose other escapes differ.
        /// </summary>
        internal static int AppendVisibly(SourceWriter writer, string text, int i, int end)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                writer.Append(c).Append(text[i + 1]);
                return i + 1;
            }

            if (NeedsEscape(c))
            {
                writer.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.Append(c);
            }

            return i;
        }

        /// <summary>A string to write as a literal straight into a <see cref="SourceWriter"/> line: <c>{CSharpLiteral.Of(text)}</c>.</summary>
        public static Quoted Of(string value) => new(value);

        public readonly struct Quoted
        {
            public Quoted(string value) => Value = value;

            public string Value { get; }
        }

        public static string Char(char value) => value switch
        {
            '\'' => "'\\''",
            '\\' => "'\\\\'",
            _ when NeedsEscape(value) || value is '\r' or '\n' or '\t' or '\0' => "'\\u" + ((int)value).ToString("X4", CultureInfo.InvariantCulture) + "'",
            _ => "'" + value + "'",
        };

        public static string UInt(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture);

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Characters a reader could not see or that end a line: controls, separators, format characters, surrogates.</summary>
        internal static bool NeedsEscape(char c)
        {
            if (c >= ' ' && c <= '~')
            {
                return false;
            }

            UnicodeCategory category = char.GetUnicodeCategory(c);
            return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse;
        }
    }
}
