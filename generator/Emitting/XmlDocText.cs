namespace SstpGen.Emitting
{
    /// <summary>
    /// Turns message text into XML doc comment text: XML-escaped, one doc line per message line (blank lines at
    /// the end dropped), and invisible or line-ending characters shown as <c>\uXXXX</c> so nothing can end the
    /// comment.
    /// </summary>
    internal static class XmlDocText
    {
        /// <summary>
        /// Writes <paramref name="text"/> as one doc paragraph, straight into the output:
        /// <c>/// &lt;para&gt;first&lt;br/&gt;</c>, <c>/// next&lt;br/&gt;</c>, …, <c>/// last&lt;/para&gt;</c>.
        /// </summary>
        public static void WriteParagraph(SourceWriter writer, string text)
        {
            writer.BeginLine().Append("/// <para>");
            AppendLines(writer, text, asDocLines: true);
            writer.Append("</para>").EndLine();
        }

        /// <summary>The text as one line of doc text: its lines joined by a space.</summary>
        public static string Escape(string text)
        {
            if (IsPlain(text))
            {
                return text;
            }

            var writer = new SourceWriter();
            AppendLines(writer, text, asDocLines: false);
            return writer.ToString();
        }

        /// <summary>Appends the text's lines escaped, up to its last line that shows something: each on a doc line of its own, or joined by a space.</summary>
        private static void AppendLines(SourceWriter writer, string text, bool asDocLines)
        {
            int end = EndOfLastLine(text);
            for (int start = 0; ;)
            {
                int lineEnd = LineEnd(text, start, end);
                AppendEscaped(writer, text, start, lineEnd);
                if (lineEnd == end)
                {
                    return;
                }

                if (asDocLines)
                {
                    writer.Append("<br/>").EndLine().BeginLine().Append("/// ");
                }
                else
                {
                    writer.Append(' ');
                }

                start = NextLineStart(text, lineEnd);
            }
        }

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

        private static void AppendEscaped(SourceWriter writer, string text, int start, int end)
        {
            int plain = start;     // start of the run of characters written as they are
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c >= ' ' && c <= '~' && c is not ('<' or '>' or '&'))
                {
                    continue;
                }

                writer.Append(text, plain, i - plain);
                switch (c)
                {
                    case '<': writer.Append("&lt;"); break;
                    case '>': writer.Append("&gt;"); break;
                    case '&': writer.Append("&amp;"); break;
                    case '\t': writer.Append("    "); break;
                    default:
                        i = CSharpLiteral.AppendVisibly(writer, text, i, end);
                        break;
                }

                plain = i + 1;
            }

            writer.Append(text, plain, end - plain);
        }

        /// <summary>Where the last line that shows something ends (the first line's end when none does): blank lines at the end are left out.</summary>
        private static int EndOfLastLine(string text)
        {
            int end = LineEnd(text, 0, text.Length);
            int start = 0;
            while (true)
            {
                int lineEnd = LineEnd(text, start, text.Length);
                if (!IsBlank(text, start, lineEnd))
                {
                    end = lineEnd;
                }

                if (lineEnd == text.Length)
                {
                    return end;
                }

                start = NextLineStart(text, lineEnd);
            }
        }

        /// <summary>Whether a line shows nothing once escaped: only tabs and white space that is written as it is.</summary>
        private static bool IsBlank(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c != '\t' && !(char.IsWhiteSpace(c) && !CSharpLiteral.NeedsEscape(c)))
                {
                    return false;
                }
            }

            return true;
        }

        private static int LineEnd(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (text[i] is '\r' or '\n')
                {
                    return i;
                }
            }

            return end;
        }

        private static int NextLineStart(string text, int lineEnd) =>
            lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
    }
}
