using System;
using System.Collections.Generic;

namespace SstpGen.Naming
{
    /// <summary>
    /// Derives a short PascalCase name from a message's text, the way a person would name the event:
    /// <list type="number">
    /// <item>Read the first sentence, without a leading label such as <c>CoId=%1:</c>.</item>
    /// <item>Drop filler words and the words most of the table's messages share (the module's own subject,
    /// e.g. "Secure Socket Tunneling Protocol service").</item>
    /// <item>Recognise the failure phrase: "could not / was not able to / failed to VERB OBJECT" →
    /// <c>ObjectVerbFailed</c> (<c>find</c> → <c>ObjectNotFound</c>); "SUBJECT could not be VERBed" →
    /// <c>SubjectVerbFailed</c>; "has failed" → <c>SubjectFailed</c>; "is missing" → <c>SubjectMissing</c>;
    /// "do not match" / "is different" → <c>SubjectMismatch</c>; "does not have X" → <c>SubjectXMissing</c>;
    /// "is not supported" → <c>SubjectNotSupported</c>; "was VERBed" or "has VERBed OBJECT" →
    /// <c>SubjectVerbedObject</c>. Anything else: its first content words.</item>
    /// <item>Keep phrases short: a subject or object stops at a preposition, conjunction or participle,
    /// and a name has at most <see cref="MaxWords"/> words.</item>
    /// </list>
    /// Names that collide are told apart by <see cref="NameAllocator"/>.
    /// </summary>
    internal static class MessageNamer
    {
        public const int MaxWords = 6;
        private const int MaxPhraseWords = 4;

        private static readonly HashSet<string> s_fillers = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "the", "this", "that", "these", "those", "its", "their", "your", "our", "my", "his", "her",
            "either", "neither", "nor", "not", "no", "successfully", "following", "some", "any", "all", "each",
            "also", "please", "very", "just", "currently", "specified", "given", "provided", "requested",
            "may", "might", "can", "could", "will", "would", "should", "must", "shall", "been", "be", "being",
            "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "it", "there",
        };

        private static readonly HashSet<string> s_boundaries = new(StringComparer.OrdinalIgnoreCase)
        {
            "of", "for", "to", "from", "with", "in", "on", "at", "by", "between", "into", "onto", "over", "under",
            "about", "that", "which", "who", "because", "so", "while", "when", "where", "if", "or", "and", "but",
            "than", "as", "since", "until", "after", "before", "during", "without", "within", "through", "via",
            "per", "due", "is", "are", "was", "were", "has", "have", "had", "could", "can", "cannot", "will",
            "would", "should", "may", "might", "must", "does", "do", "did", "failed", "fails", "unable",
        };

        private static readonly HashSet<string> s_irregularParticiples = new(StringComparer.OrdinalIgnoreCase)
        {
            "bound", "used", "sent", "found", "given", "made", "held", "built", "known", "shown", "taken", "written",
            "set", "run", "seen", "done", "gotten", "got", "lost", "left", "kept", "begun", "read",
        };

        private static readonly Dictionary<string, string> s_irregularVerbs = new(StringComparer.OrdinalIgnoreCase)
        {
            ["sent"] = "send", ["found"] = "find", ["got"] = "get", ["gotten"] = "get", ["made"] = "make",
            ["written"] = "write", ["taken"] = "take", ["given"] = "give", ["built"] = "build", ["bound"] = "bind",
            ["held"] = "hold", ["begun"] = "begin", ["done"] = "do", ["lost"] = "lose", ["left"] = "leave",
            ["kept"] = "keep", ["shown"] = "show", ["known"] = "know", ["seen"] = "see", ["brought"] = "bring",
            ["read"] = "read", ["set"] = "set", ["run"] = "run", ["put"] = "put", ["shut"] = "shut",
        };

        /// <summary>
        /// Returns the candidate name's words, most important first. <paramref name="text"/> is the rendered
        /// literal text with each insert replaced by '\u0001'; <paramref name="commonWords"/> are the words
        /// most of the table's messages share.
        /// </summary>
        public static List<string> NameWords(string text, ISet<string> commonWords, WordPool pool)
        {
            // A text that is itself a symbolic name (STATUS_WAIT_0, DXGI_SWAP_CHAIN_FLAG_ALLOW_MODE_SWITCH) keeps all its parts.
            if (MaybeSymbolicName(text) && IsSymbolicName(text.Trim()))
            {
                var parts = new List<string>();
                foreach (string part in text.Trim().Split('_'))
                {
                    parts.Add(Words.ToPascal(part.ToLowerInvariant()));
                }

                return parts;
            }

            int start = FirstNonWhiteSpace(text, AfterLeadingLabel(text));
            int end = FirstSentenceEnd(text, start);
            List<string> words = text.IndexOf('(', start, end - start) < 0
                ? Words.Split(text, start, end, pool)
                : Words.Split(WithoutAsides(text.Substring(start, end - start)), pool);
            List<string> name = FromFailurePhrase(words, commonWords) ?? ContentWords(words, 0, words.Count, commonWords, MaxWords);
            if (name.Count == 0)
            {
                // Only common words: keep them rather than invent a name.
                name = ContentWords(words, 0, words.Count, new HashSet<string>(), MaxWords);
            }

            if (name.Count > MaxWords)
            {
                name.RemoveRange(MaxWords, name.Count - MaxWords);
            }

            return name;
        }

        public static bool IsContentWord(string word) =>
            word.Length > 0 && !s_fillers.Contains(word) && !s_boundaries.Contains(word) && !Words.IsNumber(word);

        /// <summary>Words to leave out of names: those in at least half of the messages (given as their words) of a table of some size.</summary>
        public static HashSet<string> CommonWords(IReadOnlyList<List<string>> texts)
        {
            var common = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (texts.Count < 6)
            {
                return common;
            }

            Dictionary<string, int> counts = Words.CountTextsWithEachWord(texts);
            foreach (KeyValuePair<string, int> pair in counts)
            {
                if (pair.Key.Length > 0 && pair.Value * 2 >= texts.Count)
                {
                    common.Add(pair.Key);
                }
            }

            return common;
        }

        /// <summary>Whether the text could be a symbolic name: it starts (after white space) with a capital and has an underscore.</summary>
        private static bool MaybeSymbolicName(string text)
        {
            int first = FirstNonWhiteSpace(text, 0);
            return first < text.Length && text[first] is >= 'A' and <= 'Z' && text.IndexOf('_', first) > 0;
        }

        /// <summary>Capitals and digits in parts joined by single underscores, the first starting with a capital: <c>STATUS_WAIT_0</c>.</summary>
        private static bool IsSymbolicName(string text)
        {
            if (text.Length == 0 || text[0] is not (>= 'A' and <= 'Z') || text[text.Length - 1] == '_' || text.IndexOf('_') < 0 || text.Contains("__"))
            {
                return false;
            }

            foreach (char c in text)
            {
                if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static int FirstNonWhiteSpace(string text, int start)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return start;
        }

        /// <summary>Where the text starts after a leading label: "CoId=\u0001:The initial …" → at "The initial …".</summary>
        private static int AfterLeadingLabel(string text)
        {
            int colon = text.IndexOf(':', 0, Math.Min(text.Length, 40));
            return colon > 0 && text.IndexOf('\u0001', 0, colon) >= 0 && text.IndexOf(' ', 0, colon) < 0 ? colon + 1 : 0;
        }

        /// <summary>"The Secure Socket Tunneling Protocol (SSTP) response" → "The Secure Socket Tunneling Protocol response".</summary>
        private static string WithoutAsides(string text)
        {
            var result = new System.Text.StringBuilder(text.Length);
            int depth = 0;
            foreach (char c in text)
            {
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')' && depth > 0)
                {
                    depth--;
                }
                else if (depth == 0)
                {
                    result.Append(c);
                }
            }

            return result.ToString();
        }

        /// <summary>Where the first sentence that starts at <paramref name="start"/> ends (the whole text when none ends).</summary>
        private static int FirstSentenceEnd(string text, int start)
        {
            int words = 0;
            for (int i = start; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text[i]) && (i == start || !char.IsLetterOrDigit(text[i - 1])))
                {
                    words++;
                }

                bool sentenceEnd = text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
                // A sentence this short is a heading like "{No Quotas}" or "Error." – keep reading.
                if ((sentenceEnd || text[i] is '\r' or '\n') && words >= 2)
                {
                    return i;
                }
            }

            return text.Length;
        }

        private static List<string>? FromFailurePhrase(List<string> words, ISet<string> common)
        {
            for (int i = 0; i < words.Count; i++)
            {
                string w = words[i].ToLowerInvariant();
                string next = At(words, i + 1);
                string afterNext = At(words, i + 2);

                // could not be VERBed / cannot be VERBed (passive): SubjectVerbFailed
                int verbAt = -1;
                if ((w is "could" or "can" && next == "not" && afterNext == "be") || (w == "cannot" && next == "be"))
                {
                    verbAt = w == "cannot" ? i + 2 : i + 3;
                    verbAt = SkipAdverbs(words, verbAt);
                    string verb = Lemma(At(words, verbAt));
                    if (verb.Length > 0)
                    {
                        List<string> subject = Subject(words, i, common);
                        return Join(subject, Words.ToPascal(verb), "Failed");
                    }
                }

                // could not VERB OBJECT / was not able to VERB / unable to VERB / failed to VERB: ObjectVerbFailed
                int activeVerbAt = -1;
                if ((w is "could" or "can" or "did" && next == "not") || (w is "was" or "is" or "were" or "are" && next == "not" && afterNext == "able" && At(words, i + 3) == "to"))
                {
                    activeVerbAt = w is "could" or "can" or "did" ? i + 2 : i + 4;
                }
                else if (w == "cannot")
                {
                    activeVerbAt = i + 1;
                }
                else if (w is "unable" or "failed" or "fails" or "failing" && next == "to")
                {
                    activeVerbAt = i + 2;
                }

                if (activeVerbAt >= 0)
                {
                    activeVerbAt = SkipAdverbs(words, activeVerbAt);
                    string verb = At(words, activeVerbAt);
                    if (verb.Length > 0 && !s_boundaries.Contains(verb))
                    {
                        List<string> obj = Phrase(words, activeVerbAt + 1, common);
                        if (obj.Count == 0)
                        {
                            obj = Subject(words, i, common);
                        }

                        return string.Equals(verb, "find", StringComparison.OrdinalIgnoreCase) || string.Equals(verb, "locate", StringComparison.OrdinalIgnoreCase)
                            ? Join(obj, "Not", "Found")
                            : Join(obj, Words.ToPascal(verb), "Failed");
                    }
                }

                // has failed / failed (at the end of a subject): SubjectFailed
                if (w is "failed" or "fails" && i > 0 && next != "to")
                {
                    return Join(Subject(words, i, common), "Failed");
                }

                if (w is "is" or "are" or "was" or "were" && next == "missing")
                {
                    return Join(Subject(words, i, common), "Missing");
                }

                if ((w is "do" or "does" or "did" && next == "not" && afterNext == "match") || (w is "is" or "are" && next == "different"))
                {
                    return Join(Subject(words, i, common), "Mismatch");
                }

                if (w is "do" or "does" && next == "not" && afterNext == "have")
                {
                    return Join(Subject(words, i, common), Phrase(words, i + 3, common), "Missing");
                }

                if (w is "is" or "are" or "was" or "were" && next == "not" && afterNext == "supported")
                {
                    return Join(Subject(words, i, common), "Not", "Supported");
                }

                // was terminated / has been stopped / has refused the request: SubjectVerbedObject
                if (w is "was" or "were" or "has" or "have" && i > 0)
                {
                    int participleAt = next == "been" ? i + 2 : i + 1;
                    string participle = At(words, participleAt);
                    if (IsParticiple(participle))
                    {
                        List<string> subject = Subject(words, i, common);
                        List<string> obj = w is "has" or "have" && next != "been" ? Phrase(words, participleAt + 1, common) : new List<string>();
                        return Join(subject, Words.ToPascal(participle), obj);
                    }
                }
            }

            return null;
        }

        private static List<string> Join(params object[] parts)
        {
            var result = new List<string>();
            foreach (object part in parts)
            {
                if (part is string word)
                {
                    result.Add(word);
                }
                else
                {
                    result.AddRange((IEnumerable<string>)part);
                }
            }

            return result;
        }

        /// <summary>
        /// The subject of the verb phrase at <paramref name="verbAt"/>: the first noun phrase of its clause
        /// ("The certificates bound to the listener do not match" → Certificates).
        /// </summary>
        private static List<string> Subject(List<string> words, int verbAt, ISet<string> common)
        {
            int from = 0;
            if (words.Count > 0 && words[0].ToLowerInvariant() is "when" or "if" or "while" or "after" or "before" or "because" or "since" or "although")
            {
                from = Math.Max(words.IndexOf(string.Empty) + 1, 0);
                from = from > verbAt ? 0 : from;
            }

            List<string> subject = Phrase(words, from, common, stopAt: verbAt);
            if (subject.Count == 0)
            {
                // The subject was only common words ("The SSTP service"): keep its head noun.
                for (int i = verbAt - 1; i >= from; i--)
                {
                    if (words[i].Length > 0 && !s_fillers.Contains(words[i]) && !s_boundaries.Contains(words[i]))
                    {
                        return new List<string> { Words.ToPascal(words[i]) };
                    }
                }
            }

            return subject;
        }

        /// <summary>Content words from <paramref name="start"/> up to the first boundary, participle or insert.</summary>
        private static List<string> Phrase(List<string> words, int start, ISet<string> common, int stopAt = int.MaxValue)
        {
            var phrase = new List<string>();
            for (int i = start; i < words.Count && i < stopAt; i++)
            {
                string word = words[i];
                bool isFiller = s_fillers.Contains(word) || IsModifierCompound(word);
                if (word.Length == 0 || s_boundaries.Contains(word) || (phrase.Count > 0 && IsParticiple(word)))
                {
                    if (phrase.Count > 0 || word.Length == 0)
                    {
                        break;
                    }

                    continue;
                }

                if (!isFiller && !common.Contains(word))
                {
                    phrase.Add(Words.ToPascal(word));
                    if (phrase.Count == MaxPhraseWords)
                    {
                        break;
                    }
                }
            }

            return phrase;
        }

        private static List<string> ContentWords(List<string> words, int start, int end, ISet<string> common, int max)
        {
            var result = new List<string>();
            for (int i = start; i < end && result.Count < max; i++)
            {
                string word = words[i];
                if (word.Length > 0 && !s_fillers.Contains(word) && !common.Contains(word) && !(result.Count == 0 && s_boundaries.Contains(word)))
                {
                    result.Add(Words.ToPascal(word));
                }
            }

            return result;
        }

        /// <summary>"SSTP-based", "server-side": adjectives that say little in a name.</summary>
        private static bool IsModifierCompound(string word)
        {
            int dash = word.LastIndexOf('-');
            return dash > 0 && word.Substring(dash + 1).ToLowerInvariant() is "based" or "side" or "related" or "like" or "wide" or "level";
        }

        private static int SkipAdverbs(List<string> words, int at)
        {
            while (at < words.Count && words[at].EndsWith("ly", StringComparison.OrdinalIgnoreCase) && words[at].Length > 4)
            {
                at++;
            }

            return at;
        }

        private static bool IsParticiple(string word) =>
            word.Length > 3 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || s_irregularParticiples.Contains(word));

        /// <summary>The base form of a participle: "sent" → "send", "configured" → "configure", "opened" → "open".</summary>
        internal static string Lemma(string participle)
        {
            if (s_irregularVerbs.TryGetValue(participle, out string? irregular))
            {
                return irregular;
            }

            string word = participle.ToLowerInvariant();
            if (!word.EndsWith("ed", StringComparison.Ordinal) || word.Length < 5)
            {
                return word;
            }

            if (word.EndsWith("ied", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 3) + "y";
            }

            string stem = word.Substring(0, word.Length - 2);
            char last = stem[stem.Length - 1];
            if (last == stem[stem.Length - 2] && last is not ('l' or 's' or 'f' or 'z' or 'e') && DoubledItsConsonant(stem))
            {
                return stem.Substring(0, stem.Length - 1);      // stopped → stop, planned → plan; added stays add
            }

            // Stems that drop a final 'e': configured, received, initialized, created, enabled, closed, parsed …
            string[] eEndings = { "ur", "iv", "at", "iz", "ys", "yz", "uc", "ov", "bl", "dl", "gl", "pl", "tl", "lv", "ng", "rs", "os", "us", "ut", "id", "od", "ir", "ar", "ov", "ag" };
            foreach (string ending in eEndings)
            {
                if (stem.EndsWith(ending, StringComparison.Ordinal) && !stem.EndsWith("ead", StringComparison.Ordinal))
                {
                    return stem + "e";
                }
            }

            return stem;
        }

        /// <summary>
        /// Whether a stem ending in a doubled consonant got it by the English doubling rule: a consonant, one
        /// vowel, then the doubled consonant ("stopp", "plann", "committ"); "add", "err" and "bless" were written so.
        /// </summary>
        private static bool DoubledItsConsonant(string stem) =>
            stem.Length >= 4 && IsVowel(stem[stem.Length - 3]) && !IsVowel(stem[stem.Length - 4]);

        private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

        private static string At(List<string> words, int index) =>
            index >= 0 && index < words.Count ? words[index].ToLowerInvariant() : string.Empty;
    }
}
