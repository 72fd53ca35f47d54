using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Turns message text into the lines of an XML doc comment: XML-escaped, one doc line per message line,
    /// and invisible or line-ending characters shown as <c>\uXXXX</c> so nothing can end the comment.
    /// </summary>
    internal static class XmlDocText
    {
        public static List<string> Lines(string text)
        {
            if (IsPlain(text))
            {
                return new List<string> { text };
            }

            var lines = new List<string>();
            var line = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' || c == '\n')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    lines.Add(line.ToString());
                    line.Clear();
                    continue;
                }

                bool pairedSurrogate = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                if (pairedSurrogate)
                {
                    line.Append(c).Append(text[++i]);
                    continue;
                }

                switch (c)
                {
                    case '<': line.Append("&lt;"); break;
                    case '>': line.Append("&gt;"); break;
                    case '&': line.Append("&amp;"); break;
                    case '\t': line.Append("    "); break;
                    default:
                        if (CSharpLiteral.NeedsEscape(c))
                        {
                            line.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            line.Append(c);
                        }

                        break;
                }
            }

            lines.Add(line.ToString());
            while (lines.Count > 1 && lines[lines.Count - 1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return lines;
        }

        public static string Escape(string text) => IsPlain(text) ? text : string.Join(" ", Lines(text));

        /// <summary>Whether the text is one line of printable ASCII that needs no escape (most message text): it is its own doc text.</summary>
        private static bool IsPlain(string text)
        {
            foreach (char c in text)
            {
                if (c < ' ' || c > '~' || c is '<' or '>' or '&')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
