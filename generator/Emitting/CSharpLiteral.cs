using System.Globalization;
using System.Text;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Writes any string as a regular C# string literal that no content can break out of: quotes, backslashes,
    /// control and line-separator characters, lone surrogates and invisible formatting characters (bidi
    /// overrides) are all written as escapes; other text stays readable.
    /// </summary>
    internal static class CSharpLiteral
    {
        public static string String(string value)
        {
            var text = new StringBuilder(value.Length + 2);
            text.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': text.Append("\\\""); continue;
                    case '\\': text.Append("\\\\"); continue;
                    case '\r': text.Append("\\r"); continue;
                    case '\n': text.Append("\\n"); continue;
                    case '\t': text.Append("\\t"); continue;
                    case '\0': text.Append("\\0"); continue;
                }

                bool pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                if (pairedSurrogate)
                {
                    text.Append(c).Append(value[++i]);
                }
                else if (NeedsEscape(c))
                {
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.Append('"').ToString();
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
            UnicodeCategory category = char.GetUnicodeCategory(c);
            return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse;
        }
    }
}
