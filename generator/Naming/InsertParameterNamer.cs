using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Parsing;

namespace SstpGen.Naming
{
    /// <summary>
    /// Names a typed format method's parameters. An insert is named, in order of preference:
    /// <list type="number">
    /// <item>as the table pins it (the <c>Insert names</c> column: <c>CoId, ErrorMessage</c> → <c>coId</c>, <c>errorMessage</c>);</item>
    /// <item>after the label right before it (<c>CoId=%1</c> → <c>coId</c>, <c>URL: %1</c> → <c>url</c>);</item>
    /// <item>after the sentence before it that says what follows (<c>The detailed error message is provided
    /// below. Correct the problem and try again. %2</c> → <c>errorMessage</c>);</item>
    /// <item><c>insertN</c>.</item>
    /// </list>
    /// A printf width or precision argument is <c>widthN</c> / <c>precisionN</c>. Names are unique in the method
    /// and never one the method's body refers to (<c>version</c>, the messages class's members).
    /// </summary>
    internal static class InsertParameterNamer
    {
        private const int MaxLabelWords = 4;
        private const int MaxDescribedWords = 3;

        /// <summary>Words that point at text after them: "… is provided below", "… is given at the end of this message", "… follows".</summary>
        private static readonly HashSet<string> s_pointers = new(StringComparer.OrdinalIgnoreCase) { "below", "follows", "end" };

        private static readonly HashSet<string> s_linkingVerbs = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "follows", "appears" };

        /// <summary>Words that describe rather than name what follows: "the detailed error message" is the error message.</summary>
        private static readonly HashSet<string> s_descriptive = new(StringComparer.OrdinalIgnoreCase)
        {
            "detailed", "additional", "more", "following", "full", "complete", "specific", "exact", "actual", "further", "extended",
        };

        private static readonly HashSet<string> s_ofWords = new(StringComparer.OrdinalIgnoreCase) { "of", "on", "about", "for", "from" };

        /// <summary>
        /// <paramref name="templates"/> are the message's texts, newest first: the first to say what an argument is
        /// names it. <paramref name="isReserved"/> tells the names the method must not declare.
        /// </summary>
        public static EquatableArray<InsertParameter> Name(
            IReadOnlyList<ParsedTemplate> templates, Pin? pinned, uint id, Func<string, bool> isReserved, DiagnosticSink sink)
        {
            if (templates.All(t => t.ReadArguments.Count == 0))
            {
                ReportUnusedPins(pinned, id, sink);
                return EquatableArray<InsertParameter>.Empty;
            }

            var derived = new SortedDictionary<int, (string Name, string? Phrase)>();
            var argumentOfNumber = new Dictionary<int, int>();     // %N → the argument that holds its value
            foreach (ParsedTemplate template in templates)
            {
                // The literal texts since the last unlabelled insert: a sentence among them may say what the next unlabelled insert is.
                int describedFrom = 0;
                for (int i = 0; i < template.Segments.Count; i++)
                {
                    if (template.Segments[i].Insert is not { } insert)
                    {
                        continue;
                    }

                    string previous = i > 0 && template.Segments[i - 1].Insert is null ? template.Segments[i - 1].Literal : string.Empty;

                    // Each argument is named by the first insert that reads it; the label is read only then, as a text can hold thousands of inserts.
                    if (IsNew(derived, insert.WidthArgument))
                    {
                        derived.Add(insert.WidthArgument, ("width" + insert.Number.ToString(CultureInfo.InvariantCulture), "the width of %" + insert.Number.ToString(CultureInfo.InvariantCulture)));
                    }

                    if (IsNew(derived, insert.PrecisionArgument))
                    {
                        derived.Add(insert.PrecisionArgument, ("precision" + insert.Number.ToString(CultureInfo.InvariantCulture), "the precision of %" + insert.Number.ToString(CultureInfo.InvariantCulture)));
                    }

                    if (IsNew(derived, insert.ValueArgument))
                    {
                        List<string>? phrase = LabelWords(previous);
                        if (phrase is null)
                        {
                            phrase = DescribedBefore(template.Segments, describedFrom, i);
                            describedFrom = i + 1;
                        }

                        derived.Add(insert.ValueArgument, phrase is null
                            ? ("insert" + insert.ValueArgument.ToString(CultureInfo.InvariantCulture), null)
                            : (Words.ToCamel(phrase), string.Join(" ", phrase)));
                    }

                    if (!argumentOfNumber.ContainsKey(insert.Number))
                    {
                        argumentOfNumber.Add(insert.Number, insert.ValueArgument);
                    }
                }
            }

            var scope = new NameScope(Array.Empty<string>(), isReserved);
            var names = new Dictionary<int, string>();
            foreach ((int number, string name, TextSpan span) in PinnedNames(pinned))
            {
                string? problem =
                    !argumentOfNumber.TryGetValue(number, out int argument) ? "the message has no insert %" + number.ToString(CultureInfo.InvariantCulture)
                    : !SyntaxFacts.IsValidIdentifier(name) ? "it is not a C# identifier"
                    : names.ContainsKey(argument) ? "the insert is already named"
                    : scope.IsReserved(ToParameterName(name)) ? "it is a name the generated method uses itself"
                    : !scope.TryClaim(ToParameterName(name)) ? "another insert of the message has that name"
                    : null;
                if (problem is null)
                {
                    names.Add(argument, ToParameterName(name));
                }
                else
                {
                    string used = argumentOfNumber.TryGetValue(number, out int other) && !names.ContainsKey(other)
                        ? "it is named after the text instead"
                        : "the name is not used";
                    sink.Report(SstpDiagnostics.InvalidInsertName, span, name, number.ToString(CultureInfo.InvariantCulture), MessageIdText.Format(id), problem + "; " + used);
                }
            }

            var parameters = new List<InsertParameter>(derived.Count);
            foreach (KeyValuePair<int, (string Name, string? Phrase)> pair in derived)
            {
                string name = names.TryGetValue(pair.Key, out string? pinnedName) ? pinnedName : scope.ClaimUnique(pair.Value.Name);
                parameters.Add(new InsertParameter(pair.Key, Identifiers.EscapeKeyword(name), CommonType(templates, pair.Key), pair.Value.Phrase));
            }

            return parameters.ToEquatableArray();
        }

        /// <summary>A message without inserts: every pinned insert name names nothing.</summary>
        private static void ReportUnusedPins(Pin? pinned, uint id, DiagnosticSink sink)
        {
            foreach ((int number, string name, TextSpan span) in PinnedNames(pinned))
            {
                sink.Report(SstpDiagnostics.InvalidInsertName, span, name, number.ToString(CultureInfo.InvariantCulture), MessageIdText.Format(id),
                    "the message has no insert %" + number.ToString(CultureInfo.InvariantCulture) + "; the name is not used");
            }
        }

        /// <summary>The names of the <c>Insert names</c> cell, by insert number, each with where it is written; empty entries name nothing.</summary>
        private static IEnumerable<(int Number, string Name, TextSpan Span)> PinnedNames(Pin? pinned)
        {
            if (pinned is null)
            {
                yield break;
            }

            int at = 0;
            int number = 1;
            foreach (string part in pinned.Value.Split(','))
            {
                string name = part.Trim();
                if (name.Length > 0)
                {
                    int column = at + (part.Length - part.TrimStart().Length);
                    yield return (number, name, new TextSpan(pinned.Span.Start + column, name.Length));
                }

                at += part.Length + 1;
                number++;
            }
        }

        /// <summary>A pinned insert name as a parameter name: <c>CoId</c> → <c>coId</c>, <c>URL</c> → <c>url</c>.</summary>
        private static string ToParameterName(string name) => Words.ToCamel(new[] { name });

        /// <summary>The type every text that reads <paramref name="argument"/> agrees on; string when they disagree.</summary>
        private static InsertType CommonType(IReadOnlyList<ParsedTemplate> templates, int argument)
        {
            InsertType? common = null;
            foreach (ParsedTemplate template in templates)
            {
                if (!template.ReadArguments.Contains(argument))
                {
                    continue;
                }

                InsertType type = template.TypeOf(argument);
                common = common is { } earlier ? InsertTypes.Unify(earlier, type) ?? InsertType.String : type;
            }

            return common ?? InsertType.String;
        }

        /// <summary>Whether <paramref name="argument"/> (0: none) still needs a name.</summary>
        private static bool IsNew(SortedDictionary<int, (string Name, string? Phrase)> names, int argument) => argument > 0 && !names.ContainsKey(argument);

        /// <summary>What a sentence in the literal texts of segments <paramref name="from"/>..<paramref name="to"/> (exclusive) says follows, the last such sentence first.</summary>
        private static List<string>? DescribedBefore(EquatableArray<TemplateSegment> segments, int from, int to)
        {
            for (int i = to - 1; i >= from; i--)
            {
                if (segments[i].Insert is null && DescribedWords(segments[i].Literal) is { } phrase)
                {
                    return phrase;
                }
            }

            return null;
        }

        /// <summary>"…below.\r\n\r\nSHA1 Certificate Hash: " → ["SHA1", "Certificate", "Hash"]; null when no label ends the text.</summary>
        private static List<string>? LabelWords(string text)
        {
            string trimmed = text.TrimEnd(' ', '\t');
            if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is not ('=' or ':' or '-'))
            {
                return null;
            }

            string body = trimmed.Substring(0, trimmed.Length - 1);
            int start = Math.Max(body.LastIndexOfAny(new[] { '\r', '\n', '.', ',', ';', '(', ')', ':' }) + 1, 0);
            List<string> words = Words.Split(body.Substring(start)).Where(w => w.Length > 0).ToList();
            return words.Count is 0 or > MaxLabelWords || !char.IsLetter(words[0][0]) ? null : words;
        }

        /// <summary>
        /// The thing a sentence of <paramref name="text"/> says comes next, named by the sentence's subject:
        /// "The detailed error message is provided below." → "errorMessage"; "The detailed information on the
        /// error is given below." → "errorInformation". Sentences are read from the last; null when none points
        /// at what follows.
        /// </summary>
        internal static string? Described(string text) => DescribedWords(text) is { } phrase ? Words.ToCamel(phrase) : null;

        private static List<string>? DescribedWords(string text)
        {
            string[] sentences = text.Split(new[] { '.', '!', '?', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            for (int s = sentences.Length - 1; s >= 0; s--)
            {
                List<string> words = Words.Split(sentences[s]).Where(w => w.Length > 0).ToList();
                int pointer = words.FindIndex(w => s_pointers.Contains(w));
                if (pointer < 0 || (words[pointer].Equals("end", StringComparison.OrdinalIgnoreCase) && !IsAtTheEnd(words, pointer)))
                {
                    continue;
                }

                int verb = words.FindIndex(w => s_linkingVerbs.Contains(w));
                if (verb <= 0 || verb > pointer)
                {
                    continue;
                }

                List<string> subject = words.Take(verb).Where(w => MessageNamer.IsContentWord(w) || s_ofWords.Contains(w)).Where(w => !s_descriptive.Contains(w)).ToList();
                int of = subject.FindIndex(w => s_ofWords.Contains(w));
                if (of >= 0)
                {
                    // "information on the error" → "error information"
                    subject = subject.Skip(of + 1).Where(w => !s_ofWords.Contains(w)).Concat(subject.Take(of)).ToList();
                }

                return subject.Count is 0 or > MaxDescribedWords || !char.IsLetter(subject[0][0]) ? null : subject;
            }

            return null;
        }

        /// <summary>"at the end of this message".</summary>
        private static bool IsAtTheEnd(List<string> words, int end) =>
            end >= 2 && words[end - 2].Equals("at", StringComparison.OrdinalIgnoreCase) && words[end - 1].Equals("the", StringComparison.OrdinalIgnoreCase);
    }
}
