// TryParse of every generated messages class: from a rendered text back to the message and its inserts. Copied
// between the emit markers into the class (Emitting/RuntimeSource), with SstpWindowsVersion renamed to the
// table's version enum.
//
// Each distinct text is read, on first use, from its program (Rendering.cs) as its literal pieces between
// inserts, as FormatMessage renders them with line breaks written \n. A text is matched against the messages
// whose first piece starts it (an index of the first up to 64 characters, so the cost does not grow with the
// table), each insert taking as little text as lets the rest match (with a bounded backtrack). Of the messages
// that match, the one whose literal text covers the most characters wins, then an exact rendering, then the
// newest text. Like the renderer, it keeps to arrays and loops, which cost every consumer's build the least.
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
#nullable enable
        /// <summary>How a text is compared with the messages by <c>TryParse</c> and <see cref="ParseAll"/>.</summary>
        [global::System.Flags]
        public enum MessageParseOptions
        {
            /// <summary>Line ends may be CRLF, LF or CR, and the text may lack its trailing line break or have trailing whitespace.</summary>
            None = 0,

            /// <summary>The text must be exactly what FormatMessage renders: CRLF line ends, every character, nothing after it.</summary>
            Exact = 1,

            /// <summary>Line breaks may have been flattened (as syslog forwarders and one-line log formats do): a line break of the message matches any run of whitespace.</summary>
            FlattenedLineBreaks = 2,
        }

        /// <summary>A message that explains a text: which message, and what each insert rendered as.</summary>
        public sealed partial class MessageMatch
        {
            internal MessageMatch(uint id, string template, string?[] inserts, int literalLength)
            {
                Id = id;
                Template = template;
                Inserts = inserts;
                LiteralLength = literalLength;
            }

            /// <summary>The message identifier.</summary>
            public uint Id { get; }

            /// <summary>The template (the message string as Windows stores it) the text was rendered from.</summary>
            public string Template { get; }

            /// <summary><c>Inserts[k - 1]</c> is the text insert %k rendered as (for a printf conversion, its rendered characters); null for an argument no insert shows.</summary>
            public string?[] Inserts { get; }

            /// <summary>How many characters of the text the message's own words matched: the more, the better the message explains the text.</summary>
            public int LiteralLength { get; }
        }

        /// <summary>
        /// The message whose rendering is <paramref name="text"/> and the text each insert rendered as (<c>inserts[k - 1]</c> for %k).
        /// Line ends may be CRLF, LF or CR and the trailing line break and whitespace may be missing; when several messages explain
        /// the text, the one whose own words cover most of it wins, then the newest text. What it returns renders back to the text
        /// through <c>TryFormat(id, inserts)</c>, up to those line-end and trailing-whitespace differences.
        /// </summary>
        public static bool TryParse(string text, out uint id, out string?[] inserts)
        {
            int literalLength;
            int best = FindBest(text, MessageParseOptions.None, out literalLength);
            id = best < 0 ? 0 : ParseIndex.Ids[best];
            inserts = best < 0 ? global::System.Array.Empty<string?>() : InsertsOf(text, best, ParseScratch(1));
            return best >= 0;
        }

        /// <summary>The message that best explains <paramref name="text"/>, compared as <paramref name="options"/> say; null when none does.</summary>
        public static bool TryParse(string text, MessageParseOptions options, out MessageMatch? match)
        {
            int literalLength;
            int best = FindBest(text, options, out literalLength);
            match = best < 0 ? null : NewMatch(text, best, ParseScratch(1), literalLength);
            return best >= 0;
        }

        /// <summary>Every message that explains <paramref name="text"/>, the best first: a text can fit more than one (a bare %1 fits anything).</summary>
        public static MessageMatch[] ParseAll(string text, MessageParseOptions options = MessageParseOptions.None)
        {
            int candidates = FindCandidates(text);
            int[] entries = new int[candidates];
            global::System.Array.Copy(t_candidates!, entries, candidates);
            var matches = new MessageMatch[candidates];
            var exact = new bool[candidates];
            int count = 0;
            for (int i = 0; i < candidates; i++)
            {
                int entry = entries[i];
                int literalLength;
                bool isExact;
                if (MatchCandidate(text, entry, options, out literalLength, out isExact))
                {
                    // Kept in order, best first: an insertion sort, as a text has few candidates.
                    MessageMatch match = NewMatch(text, entry, ParseScratch(0), literalLength);
                    int at = count;
                    for (; at > 0 && IsBetter(literalLength, isExact, entry, matches[at - 1].LiteralLength, exact[at - 1], entries[at - 1]); at--)
                    {
                        matches[at] = matches[at - 1];
                        exact[at] = exact[at - 1];
                        entries[at] = entries[at - 1];
                    }

                    matches[at] = match;
                    exact[at] = isExact;
                    entries[at] = entry;
                    count++;
                }
            }

            var result = new MessageMatch[count];
            global::System.Array.Copy(matches, result, count);
            return result;
        }
#nullable disable

        /// <summary>The entry that best explains the text (-1: none), its inserts' spans left in ParseScratch(1).</summary>
        private static int FindBest(string text, MessageParseOptions options, out int bestLength)
        {
            int candidates = FindCandidates(text);
            int best = -1;
            bestLength = -1;
            int bestExact = -1;     // 1 or 0 once worked out: only when another candidate ties with the best
            for (int i = 0; i < candidates; i++)
            {
                int entry = t_candidates[i];
                int literalLength;
                if (!MatchEntry(text, entry, options, out literalLength) || literalLength < bestLength)
                {
                    continue;
                }

                if (literalLength == bestLength)
                {
                    bool exact = IsExact(text, entry, options);
                    if (bestExact < 0)
                    {
                        bestExact = IsExact(text, best, options) ? 1 : 0;
                    }

                    if (!IsBetter(literalLength, exact, entry, bestLength, bestExact == 1, best) || !MatchEntry(text, entry, options, out literalLength))
                    {
                        continue;
                    }

                    bestExact = exact ? 1 : 0;
                }
                else
                {
                    bestExact = -1;
                }

                best = entry;
                bestLength = literalLength;
                global::System.Array.Copy(ParseScratch(0), ParseScratch(1), ParseScratch(1).Length);
            }

            return best;
        }

        /// <summary>Whether the entry renders exactly as the text (leaves its spans in ParseScratch(0)).</summary>
        private static bool IsExact(string text, int entry, MessageParseOptions options)
        {
            int literalLength;
            return (options & MessageParseOptions.Exact) != 0 || MatchEntry(text, entry, MessageParseOptions.Exact, out literalLength);
        }

        /// <summary>More of the text explained by the message's own words; then a text that is exactly the message's rendering; then the newer text.</summary>
        private static bool IsBetter(int literalLength, bool exact, int entry, int otherLength, bool otherExact, int other) =>
            literalLength != otherLength ? literalLength > otherLength : exact != otherExact ? exact : entry < other;

        /// <summary>Whether the entry explains the text as <paramref name="options"/> allow, and whether exactly as FormatMessage renders it; its inserts' spans are left in ParseScratch(0).</summary>
        private static bool MatchCandidate(string text, int entry, MessageParseOptions options, out int literalLength, out bool exact)
        {
            // An exact match is also a tolerant one: a text the entry does not explain costs one pass.
            exact = false;
            if (!MatchEntry(text, entry, options, out literalLength))
            {
                return false;
            }

            exact = IsExact(text, entry, options);
            return exact || MatchEntry(text, entry, options, out literalLength);
        }

        private static MessageMatch NewMatch(string text, int entry, int[] gaps, int literalLength) =>
            new MessageMatch(ParseIndex.Ids[entry], Data.Texts[ParseIndex.Texts[entry]], InsertsOf(text, entry, gaps), literalLength);

        /// <summary>The text of each insert of a match: <c>inserts[k - 1]</c> for %k.</summary>
        private static string[] InsertsOf(string text, int entry, int[] gaps)
        {
            int textIndex = ParseIndex.Texts[entry];
            int[] numbers = ParseIndex.Numbers[textIndex];
            var inserts = new string[ArgumentCount(textIndex)];
            for (int k = 0; k < numbers.Length; k++)
            {
                inserts[numbers[k] - 1] = text.Substring(gaps[2 * k], gaps[(2 * k) + 1] - gaps[2 * k]);
            }

            return inserts;
        }

        /// <summary>
        /// Puts into <c>t_candidates</c> the entries whose first piece can start the text, each once, and returns how many: those
        /// looked up by the text's first characters (up to 64); where many messages share a short first piece ("CoId=" and an
        /// insert), by the characters that can start their second piece too; then those that start with an insert. The arrays
        /// are per thread and reused: a parse allocates only what it returns.
        /// </summary>
        private static int FindCandidates(string text)
        {
            if (text == null)
            {
                throw new global::System.ArgumentNullException(nameof(text));
            }

            if (t_candidates == null)
            {
                t_candidates = new int[ParseIndex.Ids.Length];
                t_seen = new int[ParseIndex.Ids.Length];
            }

            t_stamp++;
            int count = 0;
            ulong hash = 14695981039346656037UL;
            for (int length = 1; length <= ParseIndex.KeyLength && length <= text.Length; length++)
            {
                hash = unchecked((hash ^ text[length - 1]) * 1099511628211UL);
                int group = (ParseIndex.KeyLengths & (1UL << (length - 1))) == 0 ? -1 : global::System.Array.BinarySearch(ParseIndex.GroupKeys, hash);
                if (group < 0)
                {
                    continue;
                }

                count = AddCandidates(ParseIndex.GroupEntries, ParseIndex.GroupStarts[group], ParseIndex.GroupStarts[group + 1], count);
                char[] followChars = ParseIndex.FollowChars[group];
                int followLength = ParseIndex.FollowLengths[group];
                for (int at = followChars == null ? -1 : text.IndexOfAny(followChars, length); at >= 0 && at + followLength <= text.Length; at = text.IndexOfAny(followChars, at + 1))
                {
                    int follow = global::System.Array.BinarySearch(ParseIndex.FollowKeys, FollowKey(group, ParseHash(text, at, followLength)));
                    if (follow >= 0)
                    {
                        count = AddCandidates(ParseIndex.FollowEntries, ParseIndex.FollowStarts[follow], ParseIndex.FollowStarts[follow + 1], count);
                    }
                }
            }

            return AddCandidates(ParseIndex.StartingWithAnInsert, 0, ParseIndex.StartingWithAnInsert.Length, count);
        }

        private static int AddCandidates(int[] entries, int start, int end, int count)
        {
            for (int i = start; i < end; i++)
            {
                if (t_seen[entries[i]] != t_stamp)
                {
                    t_seen[entries[i]] = t_stamp;
                    t_candidates[count++] = entries[i];
                }
            }

            return count;
        }

        private static ulong ParseHash(string text, int at, int length)
        {
            ulong hash = 14695981039346656037UL;
            for (int i = at; i < at + length; i++)
            {
                hash = unchecked((hash ^ text[i]) * 1099511628211UL);
            }

            return hash;
        }

        /// <summary>The key of a second piece's start in a group: its hash, told apart by the group.</summary>
        private static ulong FollowKey(int group, ulong hash) => unchecked(hash + ((ulong)group * 0x9E3779B97F4A7C15UL));

        [global::System.ThreadStatic]
        private static int[] t_candidates;

        [global::System.ThreadStatic]
        private static int[] t_seen;

        [global::System.ThreadStatic]
        private static int t_stamp;

        /// <summary>Whether entry <paramref name="entry"/> renders as <paramref name="text"/>; the inserts' spans are left in ParseScratch(0).</summary>
        private static bool MatchEntry(string text, int entry, MessageParseOptions options, out int literalLength)
        {
            int textIndex = ParseIndex.Texts[entry];
            string[] pieces = ParseIndex.Pieces[textIndex];
            // Unless exact, the text may end in whitespace its message lacks: a match may end anywhere from here on.
            int end = (options & MessageParseOptions.Exact) != 0 ? text.Length : TrimmedEnd(text, text.Length);
            int last = pieces.Length - 1;
            literalLength = 0;
            int at = MatchPiece(text, 0, text.Length, pieces[0], last == 0 ? PieceEnd(pieces[0], options) : pieces[0].Length, options);
            if (at < 0 || (last == 0 && at < end))
            {
                return false;
            }

            int budget = 4096;
            int[] gaps = ParseScratch(0);
            if (last > 0 && !MatchGaps(text, end, pieces, ParseIndex.Widths[textIndex], 0, at, options, gaps, ref budget))
            {
                return false;
            }

            int[] numbers = ParseIndex.Numbers[textIndex];
            literalLength = TrimmedEnd(text, text.Length);     // scored without trailing whitespace, so that exact and tolerant matches compare
            for (int k = 0; k < numbers.Length; k++)
            {
                int length = gaps[(2 * k) + 1] - gaps[2 * k];
                literalLength -= length;
                for (int j = 0; j < k; j++)
                {
                    // An insert shown twice (%1 … %1) shows the same text twice.
                    if (numbers[j] == numbers[k] && (gaps[(2 * j) + 1] - gaps[2 * j] != length || string.CompareOrdinal(text, gaps[2 * j], text, gaps[2 * k], length) != 0))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// Insert <paramref name="k"/> starts at <paramref name="at"/>: the shortest text for it after which piece k + 1 and all
        /// the rest match, the last piece ending at <paramref name="end"/> or later (only whitespace after it).
        /// </summary>
        private static bool MatchGaps(string text, int end, string[] pieces, int[] widths, int k, int at, MessageParseOptions options, int[] gaps, ref int budget)
        {
            string piece = pieces[k + 1];
            bool last = k + 2 == pieces.Length;
            int pieceEnd = last ? PieceEnd(piece, options) : piece.Length;
            int from = last && pieceEnd == 0 ? global::System.Math.Max(at, end) : at + widths[k];
            for (int start = from; start <= text.Length; start++)
            {
                if (--budget < 0)
                {
                    return false;
                }

                if (pieceEnd > 0 && !IsLineBreakOrSpace(piece[0]))
                {
                    start = text.IndexOf(piece[0], start);
                    if (start < 0)
                    {
                        return false;
                    }
                }

                int after = MatchPiece(text, start, text.Length, piece, pieceEnd, options);
                if (after < 0 || (last && after < end))
                {
                    continue;
                }

                gaps[2 * k] = at;
                gaps[(2 * k) + 1] = start;
                if (last || MatchGaps(text, end, pieces, widths, k + 1, after, options, gaps, ref budget))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Where <paramref name="piece"/>[0..<paramref name="pieceEnd"/>) ends when it matches the text at <paramref name="at"/>; -1 when it does not.</summary>
        private static int MatchPiece(string text, int at, int end, string piece, int pieceEnd, MessageParseOptions options)
        {
            bool exact = (options & MessageParseOptions.Exact) != 0;
            bool flattened = !exact && (options & MessageParseOptions.FlattenedLineBreaks) != 0;
            for (int p = 0; p < pieceEnd;)
            {
                // The text up to the next line break compares as it is (ordinal, a block at a time).
                int lineBreak = piece.IndexOf('\n', p, pieceEnd - p);
                int runEnd = lineBreak < 0 ? pieceEnd : lineBreak;
                while (flattened && lineBreak >= 0 && runEnd > p && (piece[runEnd - 1] == ' ' || piece[runEnd - 1] == '\t'))
                {
                    runEnd--;
                }

                int run = runEnd - p;
                if (at + run > end || string.CompareOrdinal(text, at, piece, p, run) != 0)
                {
                    return -1;
                }

                at += run;
                if (lineBreak < 0)
                {
                    return at;
                }

                p = lineBreak + 1;
                if (flattened)
                {
                    // A line break, with the whitespace around it, matches any run of whitespace.
                    while (p < pieceEnd && IsLineBreakOrSpace(piece[p]))
                    {
                        p++;
                    }

                    int start = at;
                    while (at < end && IsLineBreakOrSpace(text[at]))
                    {
                        at++;
                    }

                    if (at == start)
                    {
                        return -1;
                    }
                }
                else if (at + 1 < end && text[at] == '\r' && text[at + 1] == '\n')
                {
                    at += 2;
                }
                else if (!exact && at < end && (text[at] == '\n' || text[at] == '\r'))
                {
                    at++;
                }
                else
                {
                    return -1;
                }
            }

            return at;
        }

        /// <summary>The last piece without its trailing line breaks and whitespace, unless the text must be exact.</summary>
        private static int PieceEnd(string piece, MessageParseOptions options) =>
            (options & MessageParseOptions.Exact) != 0 ? piece.Length : TrimmedEnd(piece, piece.Length);

        private static int TrimmedEnd(string text, int end)
        {
            while (end > 0 && IsLineBreakOrSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static bool IsLineBreakOrSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

        /// <summary>Per-thread room for the inserts' spans of one match (0) and of the best match so far (1): a parse allocates only the inserts it returns.</summary>
        private static int[] ParseScratch(int which)
        {
            if (t_spans == null)
            {
                t_spans = new int[2 * ParseIndex.MostInserts];
                t_bestSpans = new int[2 * ParseIndex.MostInserts];
            }

            return which == 0 ? t_spans : t_bestSpans;
        }

        [global::System.ThreadStatic]
        private static int[] t_spans;

        [global::System.ThreadStatic]
        private static int[] t_bestSpans;

        /// <summary>
        /// What TryParse reads, worked out from the table's data on first use: every distinct text as its literal pieces between
        /// inserts, the insert each gap shows and the fewest characters it renders as (a printf width pads it); one entry per
        /// message text, the newest text of every message first, then older ones (on a tie the newer text wins); the entries
        /// grouped by the first characters of their first piece (up to the first line break), sorted by their hash.
        /// </summary>
        private static class ParseIndex
        {
            internal const int KeyLength = 64;

            /// <summary>Groups of this many entries or more that share a short first piece followed by an insert are split by their second piece.</summary>
            private const int FollowAbove = 4;

            internal static readonly string[][] Pieces;
            internal static readonly int[][] Numbers;
            internal static readonly int[][] Widths;
            internal static readonly int MostInserts;

            internal static readonly uint[] Ids;
            internal static readonly int[] Texts;

            /// <summary>Bit n - 1 is set when some key has n characters: the lookup hashes only those lengths.</summary>
            internal static readonly ulong KeyLengths;

            internal static readonly ulong[] GroupKeys;
            internal static readonly int[] GroupStarts;
            internal static readonly int[] GroupEntries;
            internal static readonly char[][] FollowChars;
            internal static readonly int[] FollowLengths;
            internal static readonly ulong[] FollowKeys;
            internal static readonly int[] FollowStarts;
            internal static readonly int[] FollowEntries;
            internal static readonly int[] StartingWithAnInsert;

            static ParseIndex()
            {
                int texts = Data.Texts.Length;
                Pieces = new string[texts][];
                Numbers = new int[texts][];
                Widths = new int[texts][];
                MostInserts = 1;
                for (int text = 0; text < texts; text++)
                {
                    TextParts parts = PartsOf(text);
                    Pieces[text] = new string[parts.Pieces.Length];
                    for (int i = 0; i < parts.Pieces.Length; i++)
                    {
                        Pieces[text][i] = parts.Pieces[i].Replace("\r\n", "\n");
                    }

                    Numbers[text] = parts.Inserts;
                    Widths[text] = parts.Widths;
                    MostInserts = global::System.Math.Max(MostInserts, Pieces[text].Length);
                }

                // The entries: every message's newest text, then the texts before it, each by the newest table that has it.
                int messages = Data.Messages.Length / MessageLength;
                int entries = 0;
                for (int index = 0; index < messages; index++)
                {
                    for (int age = 0; OlderText(index, age) >= 0; age++)
                    {
                        entries++;
                    }
                }

                Ids = new uint[entries];
                Texts = new int[entries];
                entries = 0;
                for (int age = 0; age < Data.Tables; age++)
                {
                    for (int index = 0; index < messages; index++)
                    {
                        int text = OlderText(index, age);
                        if (text >= 0)
                        {
                            Ids[entries] = IdAt(index);
                            Texts[entries++] = text;
                        }
                    }
                }

                // Each entry's key: the hash of its first piece's first characters, sorted so that equal keys form a group.
                var keys = new ulong[entries];
                var byKey = new int[entries];
                int keyed = 0;
                int[] startingWithAnInsert = new int[entries];
                int starting = 0;
                for (int entry = 0; entry < entries; entry++)
                {
                    string first = Pieces[Texts[entry]][0];
                    int length = KeyOf(first);
                    if (length == 0)
                    {
                        startingWithAnInsert[starting++] = entry;
                        continue;
                    }

                    KeyLengths |= 1UL << (length - 1);
                    keys[keyed] = ParseHash(first, 0, length);
                    byKey[keyed++] = entry;
                }

                StartingWithAnInsert = new int[starting];
                global::System.Array.Copy(startingWithAnInsert, StartingWithAnInsert, starting);
                global::System.Array.Sort(keys, byKey, 0, keyed);
                int groups = 0;
                for (int i = 0; i < keyed; i++)
                {
                    groups += i == 0 || keys[i] != keys[i - 1] ? 1 : 0;
                }

                GroupKeys = new ulong[groups];
                GroupStarts = new int[groups + 1];
                GroupEntries = new int[keyed];
                FollowChars = new char[groups][];
                FollowLengths = new int[groups];
                var followKeys = new ulong[keyed];
                var followed = new int[keyed];
                int follows = 0;
                int placed = 0;
                for (int start = 0, group = 0; start < keyed; group++)
                {
                    int end = start + 1;
                    while (end < keyed && keys[end] == keys[start])
                    {
                        end++;
                    }

                    GroupKeys[group] = keys[start];
                    GroupStarts[group] = placed;
                    int followLength = FollowLength(byKey, start, end);
                    string chars = string.Empty;
                    for (int i = start; i < end; i++)
                    {
                        string[] pieces = Pieces[Texts[byKey[i]]];
                        if (followLength > 0 && IsFollowed(pieces))
                        {
                            // Found by the start of the second piece: its hash, and the characters it can start with.
                            chars += chars.IndexOf(pieces[1][0]) < 0 ? pieces[1].Substring(0, 1) : string.Empty;
                            followKeys[follows] = FollowKey(group, ParseHash(pieces[1], 0, followLength));
                            followed[follows++] = byKey[i];
                        }
                        else
                        {
                            GroupEntries[placed++] = byKey[i];
                        }
                    }

                    FollowChars[group] = followLength > 0 ? chars.ToCharArray() : null;
                    FollowLengths[group] = followLength;
                    start = end;
                }

                GroupStarts[groups] = placed;
                global::System.Array.Sort(followKeys, followed, 0, follows);
                int distinct = 0;
                for (int i = 0; i < follows; i++)
                {
                    distinct += i == 0 || followKeys[i] != followKeys[i - 1] ? 1 : 0;
                }

                FollowKeys = new ulong[distinct];
                FollowStarts = new int[distinct + 1];
                FollowEntries = new int[follows];
                global::System.Array.Copy(followed, FollowEntries, follows);
                for (int i = 0, key = -1; i < follows; i++)
                {
                    if (i == 0 || followKeys[i] != followKeys[i - 1])
                    {
                        FollowKeys[++key] = followKeys[i];
                        FollowStarts[key] = i;
                    }
                }

                FollowStarts[distinct] = follows;
            }

            /// <summary>
            /// How many characters of the second piece key the group's entries whose whole first piece is the key, then an insert,
            /// then a second piece (the shortest such key); 0 when fewer than <see cref="FollowAbove"/> entries are so.
            /// </summary>
            private static int FollowLength(int[] byKey, int start, int end)
            {
                int count = 0;
                int length = KeyLength;
                for (int i = start; i < end; i++)
                {
                    string[] pieces = Pieces[Texts[byKey[i]]];
                    if (IsFollowed(pieces))
                    {
                        count++;
                        length = global::System.Math.Min(length, KeyOf(pieces[1]));
                    }
                }

                return count < FollowAbove ? 0 : length;
            }

            private static bool IsFollowed(string[] pieces) =>
                pieces.Length > 1 && pieces[0].Length == KeyOf(pieces[0]) && KeyOf(pieces[1]) > 0 && !IsLineBreakOrSpace(pieces[1][0]);

            /// <summary>The <paramref name="age"/>-th text of message <paramref name="index"/> counting from its newest (0), by the newest table that has each; -1 when it has fewer.</summary>
            private static int OlderText(int index, int age)
            {
                for (int table = Data.Tables - 1; table >= 0; table--)
                {
                    int text = TextAt(index, table);
                    bool newer = false;
                    for (int later = table + 1; later < Data.Tables && !newer; later++)
                    {
                        newer = TextAt(index, later) == text;
                    }

                    if (text >= 0 && !newer && age-- == 0)
                    {
                        return text;
                    }
                }

                return -1;
            }

            /// <summary>How many characters of a piece key it: up to 64, stopping at a line break (the one character a tolerant match may read differently).</summary>
            private static int KeyOf(string piece)
            {
                int length = 0;
                while (length < KeyLength && length < piece.Length && piece[length] != '\n' && piece[length] != '\r')
                {
                    length++;
                }

                return length;
            }
        }
        // </emit>
    }
}
