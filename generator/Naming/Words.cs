using System;
using System.Collections.Generic;
using System.Text;

namespace SstpGen.Naming
{
    /// <summary>Splits message text into words and turns words into C# identifier parts.</summary>
    internal static class Words
    {
        [ThreadStatic]
        private static char[]? t_pascalBuffer;

        /// <summary>
        /// Splits on everything that is not a letter or digit, keeping hyphenated compounds ("SSTP-based") as one
        /// word and dropping apostrophes inside words ("don't" → "dont"). A '\u0001' (an insert) and sentence
        /// punctuation come back as the boundary word "".
        /// </summary>
        public static List<string> Split(string text, WordPool? pool = null) => Split(text, 0, text.Length, pool);

        /// <summary><see cref="Split(string, WordPool?)"/> of <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>]; words come from <paramref name="pool"/> when given.</summary>
        public static List<string> Split(string text, int from, int to, WordPool? pool)
        {
            var words = new List<string>((to - from) / 5);     // about one word per five characters: few regrowths
            int start = -1;                 // where the current word starts; -1 between words
            bool apostrophe = false;        // whether the current word has an apostrophe to drop
            for (int i = from; i < to; i++)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                bool inWord = start >= 0 && i + 1 < to && char.IsLetterOrDigit(text[i + 1]);
                if (inWord && c == '-')
                {
                    continue;
                }

                if (inWord && c is '\'' or '\u2019')
                {
                    apostrophe = true;
                    continue;
                }

                Flush(text, ref start, i, ref apostrophe, words, pool);
                if (c is '\u0001' or ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201c' or '\u201d' or '=' or '\r' or '\n')
                {
                    words.Add(string.Empty);
                }
            }

            Flush(text, ref start, to, ref apostrophe, words, pool);
            return words;
        }

        /// <summary>For each word (ignoring case), how many of the texts' word lists hold it; a word repeated within one text counts once.</summary>
        public static Dictionary<string, int> CountTextsWithEachWord(IEnumerable<IEnumerable<string>> texts)
        {
            var counts = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (IEnumerable<string> words in texts)
            {
                seen.Clear();
                foreach (string word in words)
                {
                    if (seen.Add(word))
                    {
                        counts[word] = counts.TryGetValue(word, out int n) ? n + 1 : 1;
                    }
                }
            }

            return counts;
        }

        /// <summary>"SSTP" → "Sstp", "IP" → "IP", "ConfigStore" → "ConfigStore", "IPv4" → "IPv4", "server-side" → "ServerSide".</summary>
        public static string ToPascal(string word)
        {
            // Written into one reused buffer: this runs for every word of every name.
            char[] result = t_pascalBuffer is { } buffer && buffer.Length >= word.Length ? buffer : (t_pascalBuffer = new char[Math.Max(word.Length, 64)]);
            int length = 0;
            for (int partStart = 0; partStart < word.Length;)
            {
                int dash = word.IndexOf('-', partStart);
                int partEnd = dash < 0 ? word.Length : dash;
                if (partEnd > partStart)
                {
                    length = AppendPascalPart(word, partStart, partEnd, result, length);
                }

                partStart = partEnd + 1;
            }

            return length == word.Length && SameAs(word, result) ? word : new string(result, 0, length);
        }

        /// <summary>The camelCase form of PascalCase words joined: "CoId" → "coId", "URL" → "url", "SHA256" + "Hash" → "sha256Hash".</summary>
        public static string ToCamel(IReadOnlyList<string> words)
        {
            var result = new StringBuilder();
            for (int i = 0; i < words.Count; i++)
            {
                string pascal = ToPascal(words[i]);
                if (i == 0)
                {
                    pascal = LowerLeadingCapitals(pascal);
                }

                result.Append(pascal);
            }

            return result.ToString();
        }

        public static bool IsNumber(string word)
        {
            foreach (char c in word)
            {
                if (!char.IsDigit(c))
                {
                    return false;
                }
            }

            return word.Length > 0;
        }

        private static string LowerLeadingCapitals(string pascal)
        {
            // "Url" → "url", "IO" → "io", "IPv4" → "ipv4", "IOError" → "ioError", "CoId" → "coId".
            int upper = 0;
            while (upper < pascal.Length && char.IsUpper(pascal[upper]))
            {
                upper++;
            }

            int lower = upper switch
            {
                _ when upper == pascal.Length || upper <= 1 => upper,
                2 when char.IsLower(pascal[2]) => 2,
                _ => upper - 1,
            };
            return pascal.Substring(0, lower).ToLowerInvariant() + pascal.Substring(lower);
        }

        /// <summary>Appends one dash-separated part of a word in PascalCase; returns the new length.</summary>
        private static int AppendPascalPart(string word, int start, int end, char[] result, int length)
        {
            bool hasLower = false, hasUpper = false;
            int letters = 0;
            for (int i = start; i < end; i++)
            {
                char c = word[i];
                hasLower |= char.IsLower(c);
                hasUpper |= char.IsUpper(c);
                letters += char.IsLetter(c) ? 1 : 0;
            }

            // Already mixed case (ConfigStore, IPv4) or a two-letter acronym (IP, IO): kept as written.
            bool keep = (hasLower && hasUpper && char.IsUpper(word[start])) || (!hasLower && letters == 2 && end - start == 2);
            for (int i = start; i < end; i++)
            {
                result[length++] = keep ? word[i] : i == start ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]);
            }

            return length;
        }

        private static bool SameAs(string word, char[] chars)
        {
            for (int i = 0; i < word.Length; i++)
            {
                if (word[i] != chars[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static void Flush(string text, ref int start, int end, ref bool apostrophe, List<string> words, WordPool? pool)
        {
            if (start < 0)
            {
                return;
            }

            string word = pool is null ? text.Substring(start, end - start) : pool.Get(text, start, end - start);
            words.Add(apostrophe ? word.Replace("'", string.Empty).Replace("\u2019", string.Empty) : word);
            start = -1;
            apostrophe = false;
        }
    }
}
