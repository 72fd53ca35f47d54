using System.Collections.Generic;
using System.Text;

namespace SstpGen.Naming
{
    /// <summary>Splits message text into words and turns words into C# identifier parts.</summary>
    internal static class Words
    {
        /// <summary>
        /// Splits on everything that is not a letter or digit, keeping hyphenated compounds ("SSTP-based") as one
        /// word and dropping apostrophes inside words ("don't" → "dont"). A '\u0001' (an insert) and sentence
        /// punctuation come back as the boundary word "".
        /// </summary>
        public static List<string> Split(string text)
        {
            var words = new List<string>();
            int start = -1;                 // where the current word starts; -1 between words
            bool apostrophe = false;        // whether the current word has an apostrophe to drop
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    start = start < 0 ? i : start;
                    continue;
                }

                bool inWord = start >= 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (inWord && c == '-')
                {
                    continue;
                }

                if (inWord && c is '\'' or '\u2019')
                {
                    apostrophe = true;
                    continue;
                }

                Flush(text, ref start, i, ref apostrophe, words);
                if (c is '\u0001' or ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201c' or '\u201d' or '=' or '\r' or '\n')
                {
                    words.Add(string.Empty);
                }
            }

            Flush(text, ref start, text.Length, ref apostrophe, words);
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
            var result = new StringBuilder(word.Length);
            foreach (string part in word.Split('-'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                bool hasLower = false, hasUpper = false;
                foreach (char c in part)
                {
                    hasLower |= char.IsLower(c);
                    hasUpper |= char.IsUpper(c);
                }

                if (hasLower && hasUpper && char.IsUpper(part[0]))
                {
                    result.Append(part);                                   // already mixed case: ConfigStore, IPv4
                }
                else if (!hasLower && LetterCount(part) == 2 && part.Length == 2)
                {
                    result.Append(part);                                   // two-letter acronym: IP, IO
                }
                else
                {
                    result.Append(char.ToUpperInvariant(part[0]));
                    result.Append(part.Substring(1).ToLowerInvariant());
                }
            }

            return result.ToString();
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

        private static int LetterCount(string part)
        {
            int count = 0;
            foreach (char c in part)
            {
                if (char.IsLetter(c))
                {
                    count++;
                }
            }

            return count;
        }

        private static void Flush(string text, ref int start, int end, ref bool apostrophe, List<string> words)
        {
            if (start < 0)
            {
                return;
            }

            string word = text.Substring(start, end - start);
            words.Add(apostrophe ? word.Replace("'", string.Empty).Replace("\u2019", string.Empty) : word);
            start = -1;
            apostrophe = false;
        }
    }
}
