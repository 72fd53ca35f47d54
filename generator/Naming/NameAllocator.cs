using System;
using System.Collections.Generic;
using System.Globalization;
using SstpGen.Model;

namespace SstpGen.Naming
{
    /// <summary>A message waiting for its name: <see cref="Text"/> is its newest literal text, inserts as '\u0001'.</summary>
    internal sealed class NameRequest
    {
        public NameRequest(uint id, MessageKind kind, string text, string? pinnedName)
        {
            Id = id;
            Kind = kind;
            Text = text;
            PinnedName = pinnedName;
        }

        public uint Id { get; }

        public MessageKind Kind { get; }

        public string Text { get; }

        public string? PinnedName { get; }

        public string Name { get; set; } = string.Empty;

        /// <summary>The words of <see cref="Text"/>, split once: the table's common words and telling colliding names apart both read them.</summary>
        public List<string> Words(WordPool pool) => _words ??= Naming.Words.Split(Text, pool);

        /// <summary>The content words of <see cref="Text"/>, read once: colliding names compare them pairwise.</summary>
        public List<string> ContentWords(WordPool pool)
        {
            if (_contentWords is null)
            {
                _contentWords = new List<string>();
                foreach (string word in Words(pool))
                {
                    if (MessageNamer.IsContentWord(word))
                    {
                        _contentWords.Add(word);
                    }
                }
            }

            return _contentWords;
        }

        /// <summary>The name derived from the text, before colliding names are told apart.</summary>
        public string BaseName { get; set; } = string.Empty;

        private List<string>? _words;
        private List<string>? _contentWords;
    }

    /// <summary>
    /// Gives every message of a table a unique member name. Pinned names (the <c>Symbolic name</c> column) win;
    /// manifest strings are named by kind and value (<c>KeywordClassic</c>, <c>ChannelSystem</c>); events by
    /// <see cref="MessageNamer"/>. When derived names collide, the lowest identifier keeps the name and each
    /// other one gets the words of its text that the colliding messages lack ("…Proxy", "…IPv6"); only when no
    /// word tells them apart does the severity, then the facility (each only where it differs), then the
    /// identifier, decide.
    /// </summary>
    internal static class NameAllocator
    {
        /// <summary>Names every request in <paramref name="scope"/> (the message names' scope of <see cref="TableNamer"/>); pinned names must already be valid and free there.</summary>
        public static void Allocate(IReadOnlyList<NameRequest> requests, NameScope scope)
        {
            var pool = new WordPool();
            var eventTexts = new List<List<string>>();
            foreach (NameRequest request in requests)
            {
                if (request.PinnedName is not null)
                {
                    request.Name = request.PinnedName;
                    scope.TryClaim(request.Name);
                }
                else if (request.Kind == MessageKind.EventLog)
                {
                    eventTexts.Add(request.Words(pool));
                }
            }

            // The derived names, grouped by name in the order of their lowest identifier (the requests come by identifier).
            HashSet<string> common = MessageNamer.CommonWords(eventTexts);
            var groups = new Dictionary<string, List<NameRequest>>(StringComparer.Ordinal);
            var order = new List<List<NameRequest>>();
            foreach (NameRequest request in requests)
            {
                if (request.PinnedName is not null)
                {
                    continue;
                }

                string name = BaseName(request, common, pool);
                request.BaseName = scope.IsReserved(name) ? name + "Message" : name;
                if (!groups.TryGetValue(request.BaseName, out List<NameRequest>? members))
                {
                    members = new List<NameRequest>();
                    groups.Add(request.BaseName, members);
                    order.Add(members);
                }

                members.Add(request);
            }

            foreach (List<NameRequest> members in order)
            {
                CollidingGroup? colliding = null;
                for (int i = 0; i < members.Count; i++)
                {
                    NameRequest request = members[i];
                    string name = request.BaseName;
                    if (i > 0 || !scope.IsFree(name))
                    {
                        colliding ??= new CollidingGroup(members, pool);
                        name = Distinguish(request, request.BaseName, colliding, scope, pool);
                    }

                    request.Name = scope.ClaimUnique(name);
                }
            }
        }

        private static string BaseName(NameRequest request, ISet<string> common, WordPool pool)
        {
            switch (request.Kind)
            {
                case MessageKind.ProviderName:
                    int provider = MessageKinds.ProviderIndex(request.Id);
                    return provider == 0 ? "ProviderName" : "Provider" + (provider + 1).ToString(CultureInfo.InvariantCulture) + "Name";
                case MessageKind.Keyword:
                case MessageKind.Opcode:
                case MessageKind.Level:
                case MessageKind.Task:
                case MessageKind.Channel:
                case MessageKind.ValueMap:
                    var name = new System.Text.StringBuilder(GeneratedNames.Prefix(request.Kind));
                    foreach (string word in request.Words(pool))
                    {
                        name.Append(Words.ToPascal(word));
                    }

                    return Truncate(name.ToString(), GeneratedNames.Prefix(request.Kind).Length);
                default:
                    string words = string.Concat(MessageNamer.NameWords(request.Text, common, pool));
                    if (words.Length == 0)
                    {
                        return request.Kind == MessageKind.EventLog
                            ? "Event" + (request.Id & 0xFFFF).ToString(CultureInfo.InvariantCulture)
                            : "Message" + request.Id.ToString("X8", CultureInfo.InvariantCulture);
                    }

                    return char.IsDigit(words[0]) ? GeneratedNames.Prefix(request.Kind) + words : words;
            }
        }

        /// <summary>At most 60 characters after the prefix.</summary>
        private static string Truncate(string value, int prefix) => value.Length <= prefix + 60 ? value : value.Substring(0, prefix + 60);

        private static string Distinguish(NameRequest request, string baseName, CollidingGroup group, NameScope scope, WordPool pool)
        {
            List<string> mine = request.ContentWords(pool);
            var mySet = new HashSet<string>(mine, StringComparer.OrdinalIgnoreCase);

            // Whether another message of the group has the word: more members have it than this one alone.
            bool OthersHave(string word) => group.MembersWith(word) > (mySet.Contains(word) ? 1 : 0);

            // Its words the others lack, each once, the one it repeats most (its topic) first, then the earliest.
            var distinct = new List<string>();
            var counts = new List<int>();
            foreach (string word in mine)
            {
                if (OthersHave(word) || baseName.Contains(Words.ToPascal(word)))
                {
                    continue;
                }

                int known = distinct.FindIndex(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));
                if (known >= 0)
                {
                    counts[known]++;
                    continue;
                }

                distinct.Add(word);
                counts.Add(1);
            }

            var ranked = new List<int>();
            for (int i = 0; i < distinct.Count; i++)
            {
                int at = ranked.Count;
                while (at > 0 && counts[ranked[at - 1]] < counts[i])
                {
                    at--;
                }

                ranked.Insert(at, i);
            }

            List<string>? allWords = null;
            foreach (int index in ranked)
            {
                allWords ??= request.Words(pool);
                string candidate = baseName + Words.ToPascal(distinct[index]) + FollowingWord(allWords, distinct[index], OthersHave);
                if (scope.IsFree(candidate))
                {
                    return candidate;
                }
            }

            // Ids that only differ by severity or facility are told apart by it, when it differs from another's.
            string severity = (request.Id >> 30) switch { 0 => "Success", 1 => "Informational", 2 => "Warning", _ => "Error" };
            if (group.SeveritiesDiffer && scope.IsFree(baseName + severity))
            {
                return baseName + severity;
            }

            string facility = "Facility" + ((request.Id >> 16) & 0xFFF).ToString(CultureInfo.InvariantCulture);
            if (group.FacilitiesDiffer && scope.IsFree(baseName + facility))
            {
                return baseName + facility;
            }

            return baseName + "X" + request.Id.ToString("X8", CultureInfo.InvariantCulture);
        }

        /// <summary>"proxy" in "… Proxy authentication is not supported" → "Authentication", when that word is distinct too.</summary>
        private static string FollowingWord(List<string> words, string word, Func<string, bool> othersHave)
        {
            for (int i = 0; i + 1 < words.Count; i++)
            {
                string next = words[i + 1];
                if (string.Equals(words[i], word, StringComparison.OrdinalIgnoreCase) && MessageNamer.IsContentWord(next)
                    && !othersHave(next) && !string.Equals(next, word, StringComparison.OrdinalIgnoreCase))
                {
                    return Words.ToPascal(words[i + 1]);
                }
            }

            return string.Empty;
        }

        /// <summary>
        /// Messages whose derived names collide, with what telling them apart asks of the whole group, worked out
        /// once: a group can hold thousands of messages, and asking per member would be quadratic.
        /// </summary>
        private sealed class CollidingGroup
        {
            private readonly Dictionary<string, int> _membersWithWord;

            public CollidingGroup(List<NameRequest> members, WordPool pool)
            {
                var texts = new List<List<string>>(members.Count);
                foreach (NameRequest member in members)
                {
                    texts.Add(member.ContentWords(pool));
                    // A member differs from another in severity (facility) exactly when the group has two of them.
                    SeveritiesDiffer |= member.Id >> 30 != members[0].Id >> 30;
                    FacilitiesDiffer |= (member.Id & 0x0FFF0000) != (members[0].Id & 0x0FFF0000);
                }

                _membersWithWord = Words.CountTextsWithEachWord(texts);
            }

            public bool SeveritiesDiffer { get; }

            public bool FacilitiesDiffer { get; }

            /// <summary>How many members have <paramref name="word"/> among their content words.</summary>
            public int MembersWith(string word) => _membersWithWord.TryGetValue(word, out int n) ? n : 0;
        }
    }
}
