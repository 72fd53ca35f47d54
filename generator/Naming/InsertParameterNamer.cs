using System;
using System.Collections.Generic;
using System.Globalization;
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
            int arguments = 0;
            foreach (ParsedTemplate template in templates)
            {
                arguments = Math.Max(arguments, template.ArgumentCount);
            }

            if (arguments == 0)
            {
                ReportUnusedPins(pinned, id, sink);
                return EquatableArray<InsertParameter>.Empty;
            }

            // By argument (1-based): the name derived for it and the words of the text it was named after.
            var derived = new string?[arguments + 1];
            var phrases = new string?[arguments + 1];
            var argumentOfNumber = new int[100];     // %N → the argument that holds its value (0: no insert %N)
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
                    string number = insert.Number.ToString(CultureInfo.InvariantCulture);

                    // Each argument is named by the first insert that reads it; the label is read only then, as a text can hold thousands of inserts.
                    if (insert.WidthArgument > 0 && derived[insert.WidthArgument] is null)
                    {
                        derived[insert.WidthArgument] = "width" + number;
                        phrases[insert.WidthArgument] = "the width of %" + number;
                    }

                    if (insert.PrecisionArgument > 0 && derived[insert.PrecisionArgument] is null)
                    {
                        derived[insert.PrecisionArgument] = "precision" + number;
                        phrases[insert.PrecisionArgument] = "the precision of %" + number;
                    }

                    if (derived[insert.ValueArgument] is null)
                    {
                        List<string>? phrase = LabelWords(previous);
                        if (phrase is null)
                        {
                            phrase = DescribedBefore(template.Segments, describedFrom, i);
                            describedFrom = i + 1;
                        }

                        derived[insert.ValueArgument] = phrase is null ? "insert" + insert.ValueArgument.ToString(CultureInfo.InvariantCulture) : Words.ToCamel(phrase);
                        phrases[insert.ValueArgument] = phrase is null ? null : string.Join(" ", phrase);
                    }

                    if (argumentOfNumber[insert.Number] == 0)
                    {
                        argumentOfNumber[insert.Number] = insert.ValueArgument;
                    }
                }
            }

            var scope = new NameScope(Array.Empty<string>(), isReserved);
            var names = new string?[arguments + 1];     // pinned, by argument
            foreach (PinnedName pin in PinnedNames(pinned))
            {
                int argument = pin.Number < argumentOfNumber.Length ? argumentOfNumber[pin.Number] : 0;
                string? problem =
                    argument == 0 ? "the message has no insert %" + pin.Number.ToString(CultureInfo.InvariantCulture)
                    : !SyntaxFacts.IsValidIdentifier(pin.Name) || pin.Name.Length > Identifiers.MaxLength ? "it is not a C# identifier of at most 200 characters"
                    : names[argument] is not null ? "the insert is already named"
                    : scope.IsReserved(ToParameterName(pin.Name)) ? "it is a name the generated method uses itself"
                    : !scope.TryClaim(ToParameterName(pin.Name)) ? "another insert of the message has that name"
                    : null;
                if (problem is null)
                {
                    names[argument] = ToParameterName(pin.Name);
                }
                else
                {
                    string used = argument > 0 && names[argument] is null ? "it is named after the text instead" : "the name is not used";
                    sink.Report(SstpDiagnostics.InvalidInsertName, pin.Span, pin.Name, pin.Number.ToString(CultureInfo.InvariantCulture), MessageIdText.Format(id), problem + "; " + used);
                }
            }

            // In argument order: the typed method's parameters are the inserts in order.
            var parameters = new List<InsertParameter>();
            for (int argument = 1; argument <= arguments; argument++)
            {
                if (derived[argument] is { } name)
                {
                    string parameter = names[argument] ?? scope.ClaimUnique(name);
                    parameters.Add(new InsertParameter(argument, Identifiers.EscapeKeyword(parameter), CommonType(templates, argument), phrases[argument]));
                }
            }

            return parameters.ToEquatableArray();
        }

        /// <summary>A message without inserts: every pinned insert name names nothing.</summary>
        private static void ReportUnusedPins(Pin? pinned, uint id, DiagnosticSink sink)
        {
            foreach (PinnedName pin in PinnedNames(pinned))
            {
                string number = pin.Number.ToString(CultureInfo.InvariantCulture);
                sink.Report(SstpDiagnostics.InvalidInsertName, pin.Span, pin.Name, number, MessageIdText.Format(id), "the message has no insert %" + number + "; the name is not used");
            }
        }

        /// <summary>One name of the <c>Insert names</c> cell: the insert it names (its place in the list) and where it is written.</summary>
        private sealed class PinnedName
        {
            public PinnedName(int number, string name, TextSpan span)
            {
                Number = number;
                Name = name;
                Span = span;
            }

            public int Number { get; }

            public string Name { get; }

            public TextSpan Span { get; }
        }

        /// <summary>The names of the <c>Insert names</c> cell, by insert number; empty entries name nothing.</summary>
        private static List<PinnedName> PinnedNames(Pin? pinned)
        {
            var names = new List<PinnedName>();
            if (pinned is null)
            {
                return names;
            }

            int at = 0;
            int number = 1;
            foreach (string part in pinned.Value.Split(','))
            {
                string name = part.Trim();
                if (name.Length > 0)
                {
                    int column = at + (part.Length - part.TrimStart().Length);
                    names.Add(new PinnedName(number, name, new TextSpan(pinned.Span.Start + column, name.Length)));
                }

                at += part.Length + 1;
                number++;
            }

            return names;
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
            List<string> words = WordsOf(body.Substring(start));
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
                List<string> words = WordsOf(sentences[s]);
                int pointer = IndexOfAny(words, s_pointers);
                if (pointer < 0 || (words[pointer].Equals("end", StringComparison.OrdinalIgnoreCase) && !IsAtTheEnd(words, pointer)))
                {
                    continue;
                }

                int verb = IndexOfAny(words, s_linkingVerbs);
                if (verb <= 0 || verb > pointer)
                {
                    continue;
                }

                // The subject's words, less those that describe; "information on the error" → "error information".
                var named = new List<string>();
                int of = -1;
                for (int i = 0; i < verb; i++)
                {
                    string word = words[i];
                    if ((MessageNamer.IsContentWord(word) || s_ofWords.Contains(word)) && !s_descriptive.Contains(word))
                    {
                        of = of < 0 && s_ofWords.Contains(word) ? named.Count : of;
                        named.Add(word);
                    }
                }

                var subject = new List<string>();
                for (int i = of + 1; of >= 0 && i < named.Count; i++)
                {
                    if (!s_ofWords.Contains(named[i]))
                    {
                        subject.Add(named[i]);
                    }
                }

                for (int i = 0; i < (of >= 0 ? of : named.Count); i++)
                {
                    subject.Add(named[i]);
                }

                return subject.Count is 0 or > MaxDescribedWords || !char.IsLetter(subject[0][0]) ? null : subject;
            }

            return null;
        }

        /// <summary>The words of a text, without the boundary words ("") between them.</summary>
        private static List<string> WordsOf(string text)
        {
            List<string> words = Words.Split(text);
            words.RemoveAll(w => w.Length == 0);
            return words;
        }

        private static int IndexOfAny(List<string> words, HashSet<string> set)
        {
            for (int i = 0; i < words.Count; i++)
            {
                if (set.Contains(words[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>"at the end of this message".</summary>
        private static bool IsAtTheEnd(List<string> words, int end) =>
            end >= 2 && words[end - 2].Equals("at", StringComparison.OrdinalIgnoreCase) && words[end - 1].Equals("the", StringComparison.OrdinalIgnoreCase);
    }
}
