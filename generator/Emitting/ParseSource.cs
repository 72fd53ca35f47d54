namespace SstpGen.Emitting
{
    /// <summary>
    /// The fixed part of the generated <c>TryParse</c>: from a rendered text back to the message and its inserts.
    /// Each distinct text is its literal pieces between inserts (<c>s_parsePieces</c>, line breaks as <c>\n</c>);
    /// a text is matched against the messages whose first piece starts it (an index on up to 64 characters, so the
    /// cost does not grow with the table), each insert taking as little text as lets the rest match (with a
    /// bounded backtrack). Of the messages that match, the one whose literal text covers the most characters
    /// wins, then the newest text. <c>{VersionEnum}</c> is replaced by the version enum's name.
    /// </summary>
    internal static class ParseSource
    {
        public const string Source =
@"/// <summary>How a text is compared with the messages by <c>TryParse</c> and <see cref=""ParseAll""/>.</summary>
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

/// <summary>A message that explains a text: which message, what each insert rendered as, and the Windows versions whose text it is.</summary>
public sealed class MessageMatch
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

    /// <summary>The Windows versions whose text of the message this is, oldest first.</summary>
    public {VersionEnum}[] Versions
    {
        get
        {
            var versions = new global::System.Collections.Generic.List<{VersionEnum}>();
            for (int i = 0; i < s_tableOfVersion.Length; i++)
            {
                if (GetTemplate(Id, s_tableOfVersion[i]) == Template)
                {
                    versions.Add(({VersionEnum})i);
                }
            }

            return versions.ToArray();
        }
    }
}

/// <summary>
/// The message whose rendering is <paramref name=""text""/> and the text each insert rendered as (<c>inserts[k - 1]</c> for %k).
/// Line ends may be CRLF, LF or CR and the trailing line break and whitespace may be missing; when several messages explain
/// the text, the one whose own words cover most of it wins, then the newest text. What it returns renders back to the text
/// through <c>TryFormat(id, inserts)</c>, up to those line-end and trailing-whitespace differences.
/// </summary>
public static bool TryParse(string text, out uint id, out string?[] inserts)
{
    int best = FindBest(text, MessageParseOptions.None, out _);
    id = best < 0 ? 0 : s_parseIds[best];
    inserts = best < 0 ? global::System.Array.Empty<string?>() : Inserts(text, best, ParseScratch(1));
    return best >= 0;
}

/// <summary>The message that best explains <paramref name=""text""/>, compared as <paramref name=""options""/> say; null when none does.</summary>
public static bool TryParse(string text, MessageParseOptions options, out MessageMatch? match)
{
    int best = FindBest(text, options, out int literalLength);
    match = best < 0 ? null : new MessageMatch(s_parseIds[best], s_parseTemplates[best], Inserts(text, best, ParseScratch(1)), literalLength);
    return best >= 0;
}

/// <summary>The entry that best explains the text (-1: none), its inserts' spans left in ParseScratch(1).</summary>
private static int FindBest(string text, MessageParseOptions options, out int bestLength)
{
    int best = -1;
    bestLength = -1;
    bool? bestExact = null;     // worked out only when another candidate ties with the best
    int[] bestGaps = ParseScratch(1);
    foreach (int entry in ParseCandidates(text ?? throw new global::System.ArgumentNullException(nameof(text))))
    {
        if (!MatchEntry(text, entry, options, out int literalLength) || literalLength < bestLength)
        {
            continue;
        }

        if (literalLength == bestLength)
        {
            bool exact = IsExact(text, entry, options);
            bestExact ??= IsExact(text, best, options);
            if (!IsBetter(literalLength, exact, entry, bestLength, bestExact.Value, best) || !MatchEntry(text, entry, options, out literalLength))
            {
                continue;
            }

            bestExact = exact;
        }
        else
        {
            bestExact = null;
        }

        (best, bestLength) = (entry, literalLength);
        global::System.Array.Copy(ParseScratch(0), bestGaps, bestGaps.Length);
    }

    return best;
}

/// <summary>Whether the entry renders exactly as the text (leaves its spans in ParseScratch(0)).</summary>
private static bool IsExact(string text, int entry, MessageParseOptions options) =>
    (options & MessageParseOptions.Exact) != 0 || MatchEntry(text, entry, MessageParseOptions.Exact, out _);

/// <summary>Every message that explains <paramref name=""text""/>, the best first: a text can fit more than one (a bare %1 fits anything).</summary>
public static MessageMatch[] ParseAll(string text, MessageParseOptions options = MessageParseOptions.None)
{
    var matches = new global::System.Collections.Generic.List<(MessageMatch Match, bool Exact, int Entry)>();
    foreach (int entry in ParseCandidates(text ?? throw new global::System.ArgumentNullException(nameof(text))))
    {
        if (MatchCandidate(text, entry, options, out int literalLength, out bool exact))
        {
            matches.Add((NewMatch(text, entry, ParseScratch(0), literalLength), exact, entry));
        }
    }

    matches.Sort((a, b) => a.Entry == b.Entry ? 0 : IsBetter(a.Match.LiteralLength, a.Exact, a.Entry, b.Match.LiteralLength, b.Exact, b.Entry) ? -1 : 1);
    var result = new MessageMatch[matches.Count];
    for (int i = 0; i < result.Length; i++)
    {
        result[i] = matches[i].Match;
    }

    return result;
}

/// <summary>More of the text explained by the message's own words; then a text that is exactly the message's rendering; then the newer text.</summary>
private static bool IsBetter(int literalLength, bool exact, int entry, int otherLength, bool otherExact, int other) =>
    literalLength != otherLength ? literalLength > otherLength : exact != otherExact ? exact : entry < other;

/// <summary>Whether the entry explains the text as <paramref name=""options""/> allow, and whether exactly as FormatMessage renders it; its inserts' spans are left in ParseScratch(0).</summary>
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
    new MessageMatch(s_parseIds[entry], s_parseTemplates[entry], Inserts(text, entry, gaps), literalLength);

/// <summary>The text of each insert of a match: <c>inserts[k - 1]</c> for %k.</summary>
private static string?[] Inserts(string text, int entry, int[] gaps)
{
    int texts = s_parseTexts[entry];
    byte[] numbers = s_parseInserts[texts];
    var inserts = new string?[s_parseArgumentCounts[texts]];
    for (int k = 0; k < numbers.Length; k++)
    {
        inserts[numbers[k] - 1] = text.Substring(gaps[2 * k], gaps[(2 * k) + 1] - gaps[2 * k]);
    }

    return inserts;
}

/// <summary>
/// The entries whose first piece can start the text, each once: looked up by the text's first characters (up to 64); where many
/// messages share a short first piece (""CoId="" and an insert), by the characters that can start their second piece too;
/// then those that start with an insert. The list is per thread and reused: a parse allocates only what it returns.
/// </summary>
private static global::System.Collections.Generic.List<int> ParseCandidates(string text)
{
    var candidates = t_parseCandidates ??= new global::System.Collections.Generic.List<int>();
    int[] seen = t_parseSeen ??= new int[s_parseIds.Length];
    int stamp = ++t_parseStamp;
    candidates.Clear();
    ulong hash = 14695981039346656037UL;
    bool[] hasKeys = ParseIndex.HasKeysOfLength;
    for (int length = 1; length <= ParseIndex.LongestKey && length <= text.Length; length++)
    {
        hash = unchecked((hash ^ text[length - 1]) * 1099511628211UL);
        if (hasKeys[length] && ParseIndex.ByPrefix[length].TryGetValue(hash, out ParseBucket? bucket))
        {
            AddCandidates(candidates, seen, stamp, bucket.Entries);
            if (bucket.FollowChars != null)
            {
                for (int at = NextFollow(text, bucket, length); at >= 0 && at + bucket.FollowLength <= text.Length; at = NextFollow(text, bucket, at + 1))
                {
                    if (bucket.Follow!.TryGetValue(ParseHash(text, at, bucket.FollowLength), out int[]? following))
                    {
                        AddCandidates(candidates, seen, stamp, following);
                    }
                }
            }
        }
    }

    AddCandidates(candidates, seen, stamp, ParseIndex.StartingWithAnInsert);
    return candidates;
}

private static int NextFollow(string text, ParseBucket bucket, int from) =>
    bucket.FollowChars!.Length == 1 ? text.IndexOf(bucket.FollowChars[0], from) : text.IndexOfAny(bucket.FollowChars, from);

private static void AddCandidates(global::System.Collections.Generic.List<int> candidates, int[] seen, int stamp, int[] entries)
{
    foreach (int entry in entries)
    {
        if (seen[entry] != stamp)
        {
            seen[entry] = stamp;
            candidates.Add(entry);
        }
    }
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

[global::System.ThreadStatic]
private static global::System.Collections.Generic.List<int>? t_parseCandidates;

[global::System.ThreadStatic]
private static int[]? t_parseSeen;

[global::System.ThreadStatic]
private static int t_parseStamp;

/// <summary>
/// The entries whose first piece starts with one key. Where several of them have a first piece that is the whole key
/// followed by an insert, those are found by the start of their second piece instead (<see cref=""Follow""/>).
/// </summary>
private sealed class ParseBucket
{
    internal int[] Entries = global::System.Array.Empty<int>();

    internal char[]? FollowChars;

    internal int FollowLength;

    internal global::System.Collections.Generic.Dictionary<ulong, int[]>? Follow;
}

/// <summary>Whether entry <paramref name=""entry""/> renders as <paramref name=""text""/>; the inserts' spans are left in ParseScratch(0).</summary>
private static bool MatchEntry(string text, int entry, MessageParseOptions options, out int literalLength)
{
    string[] pieces = s_parsePieces[s_parseTexts[entry]];
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
    if (last > 0 && !MatchGaps(text, end, pieces, s_parseWidths[s_parseTexts[entry]], 0, at, options, gaps, ref budget))
    {
        return false;
    }

    byte[] numbers = s_parseInserts[s_parseTexts[entry]];
    for (int k = 0; k < numbers.Length; k++)
    {
        for (int j = 0; j < k; j++)
        {
            // An insert shown twice (%1 … %1) shows the same text twice.
            int length = gaps[(2 * k) + 1] - gaps[2 * k];
            if (numbers[j] == numbers[k] && (gaps[(2 * j) + 1] - gaps[2 * j] != length || string.CompareOrdinal(text, gaps[2 * j], text, gaps[2 * k], length) != 0))
            {
                return false;
            }
        }
    }

    // Scored on the text without its trailing whitespace, so that exact and tolerant matches compare.
    literalLength = TrimmedEnd(text, text.Length);
    for (int k = 0; k < numbers.Length; k++)
    {
        literalLength -= gaps[(2 * k) + 1] - gaps[2 * k];
    }

    return true;
}

/// <summary>
/// Insert <paramref name=""k""/> starts at <paramref name=""at""/>: the shortest text for it after which piece k + 1 and all
/// the rest match, the last piece ending at <paramref name=""end""/> or later (only whitespace after it).
/// </summary>
private static bool MatchGaps(string text, int end, string[] pieces, int[]? widths, int k, int at, MessageParseOptions options, int[] gaps, ref int budget)
{
    string piece = pieces[k + 1];
    bool last = k + 2 == pieces.Length;
    int pieceEnd = last ? PieceEnd(piece, options) : piece.Length;
    int from = last && pieceEnd == 0 ? global::System.Math.Max(at, end) : at + (widths == null ? 0 : widths[k]);
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

/// <summary>Where <paramref name=""piece""/>[0..<paramref name=""pieceEnd""/>) ends when it matches the text at <paramref name=""at""/>; -1 when it does not.</summary>
private static int MatchPiece(string text, int at, int end, string piece, int pieceEnd, MessageParseOptions options)
{
    bool exact = (options & MessageParseOptions.Exact) != 0, flattened = !exact && (options & MessageParseOptions.FlattenedLineBreaks) != 0;
    for (int p = 0; p < pieceEnd;)
    {
        // The text up to the next line break compares as it is (ordinal, a block at a time).
        int lineBreak = piece.IndexOf('\n', p, pieceEnd - p);
        int runEnd = lineBreak < 0 ? pieceEnd : lineBreak;
        if (flattened && lineBreak >= 0)
        {
            while (runEnd > p && (piece[runEnd - 1] == ' ' || piece[runEnd - 1] == '\t'))
            {
                runEnd--;
            }
        }

        int run = runEnd - p;
        if (run > 0)
        {
            if (at + run > end || string.CompareOrdinal(text, at, piece, p, run) != 0)
            {
                return -1;
            }

            at += run;
        }

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
    int[][] scratch = t_parseScratch ??= new[] { new int[2 * ParseIndex.MostInserts], new int[2 * ParseIndex.MostInserts] };
    return scratch[which];
}

[global::System.ThreadStatic]
private static int[][]? t_parseScratch;

/// <summary>The entries by the first characters of their first piece (up to the first line break), built on first use.</summary>
private static class ParseIndex
{
    internal const int KeyLength = 64;

    /// <summary>Buckets of this many entries or more that share a short first piece are split by their second piece.</summary>
    private const int FollowAbove = 4;

    internal static readonly global::System.Collections.Generic.Dictionary<ulong, ParseBucket>[] ByPrefix = new global::System.Collections.Generic.Dictionary<ulong, ParseBucket>[KeyLength + 1];

    internal static readonly int[] StartingWithAnInsert;

    internal static readonly int MostInserts;

    /// <summary>The key lengths some entry has, and the longest: a lookup is made only for those.</summary>
    internal static readonly bool[] HasKeysOfLength = new bool[KeyLength + 1];

    internal static readonly int LongestKey;

    static ParseIndex()
    {
        var byPrefix = new global::System.Collections.Generic.Dictionary<ulong, global::System.Collections.Generic.List<int>>[KeyLength + 1];
        var startingWithAnInsert = new global::System.Collections.Generic.List<int>();
        int mostInserts = 1;
        for (int entry = 0; entry < s_parseIds.Length; entry++)
        {
            string[] pieces = s_parsePieces[s_parseTexts[entry]];
            mostInserts = global::System.Math.Max(mostInserts, pieces.Length);
            int length = KeyOf(pieces[0]);
            if (length == 0)
            {
                startingWithAnInsert.Add(entry);
                continue;
            }

            var table = byPrefix[length] ??= new global::System.Collections.Generic.Dictionary<ulong, global::System.Collections.Generic.List<int>>();
            ulong hash = ParseHash(pieces[0], 0, length);
            if (!table.TryGetValue(hash, out var entries))
            {
                table.Add(hash, entries = new global::System.Collections.Generic.List<int>());
            }

            entries.Add(entry);
        }

        for (int length = 0; length <= KeyLength; length++)
        {
            ByPrefix[length] = new global::System.Collections.Generic.Dictionary<ulong, ParseBucket>();
            if (byPrefix[length] is { } table)
            {
                foreach (var pair in table)
                {
                    ByPrefix[length].Add(pair.Key, Bucket(pair.Value, length));
                }

                HasKeysOfLength[length] = true;
                LongestKey = length;
            }
        }

        StartingWithAnInsert = startingWithAnInsert.ToArray();
        MostInserts = mostInserts;
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

    private static ParseBucket Bucket(global::System.Collections.Generic.List<int> entries, int keyLength)
    {
        // Entries whose whole first piece is the key, then an insert, then a second piece with a key of its own.
        var followed = new global::System.Collections.Generic.List<int>();
        var others = new global::System.Collections.Generic.List<int>();
        int followLength = KeyLength;
        foreach (int entry in entries)
        {
            string[] pieces = s_parsePieces[s_parseTexts[entry]];
            int second = pieces.Length > 1 ? KeyOf(pieces[1]) : 0;
            if (pieces[0].Length == keyLength && second > 0 && !IsLineBreakOrSpace(pieces[1][0]))
            {
                followed.Add(entry);
                followLength = global::System.Math.Min(followLength, second);
            }
            else
            {
                others.Add(entry);
            }
        }

        var bucket = new ParseBucket();
        if (followed.Count < FollowAbove)
        {
            bucket.Entries = entries.ToArray();
            return bucket;
        }

        var follow = new global::System.Collections.Generic.Dictionary<ulong, global::System.Collections.Generic.List<int>>();
        var chars = new global::System.Collections.Generic.HashSet<char>();
        foreach (int entry in followed)
        {
            string piece = s_parsePieces[s_parseTexts[entry]][1];
            chars.Add(piece[0]);
            ulong hash = ParseHash(piece, 0, followLength);
            if (!follow.TryGetValue(hash, out var list))
            {
                follow.Add(hash, list = new global::System.Collections.Generic.List<int>());
            }

            list.Add(entry);
        }

        bucket.Entries = others.ToArray();
        bucket.FollowLength = followLength;
        bucket.FollowChars = new char[chars.Count];
        chars.CopyTo(bucket.FollowChars);
        global::System.Array.Sort(bucket.FollowChars);
        bucket.Follow = new global::System.Collections.Generic.Dictionary<ulong, int[]>();
        foreach (var pair in follow)
        {
            bucket.Follow.Add(pair.Key, pair.Value.ToArray());
        }

        return bucket;
    }
}";
    }
}
