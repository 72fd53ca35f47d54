using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SstpGen.Model;

namespace SstpGen.Naming
{
    /// <summary>
    /// Names a typed format method's parameters after the label that precedes each insert in the text
    /// (<c>CoId=%1</c> → <c>coId</c>, <c>URL: %1</c> → <c>url</c>, <c>Certificate Name - %2</c> →
    /// <c>certificateName</c>); an insert without a label is <c>insertN</c>, a printf width or precision
    /// argument <c>widthN</c> / <c>precisionN</c>.
    /// </summary>
    internal static class InsertParameterNamer
    {
        private const int MaxLabelWords = 4;

        /// <summary><paramref name="templates"/> are the message's texts, newest first: its labels name the parameters.</summary>
        public static EquatableArray<InsertParameter> Name(IReadOnlyList<ParsedTemplate> templates)
        {
            if (templates.All(t => t.ReadArguments.Count == 0))
            {
                return EquatableArray<InsertParameter>.Empty;
            }

            var names = new SortedDictionary<int, string>();
            foreach (ParsedTemplate template in templates)
            {
                string previous = string.Empty;
                foreach (TemplateSegment segment in template.Segments)
                {
                    if (segment.Insert is not { } insert)
                    {
                        previous = segment.Literal;
                        continue;
                    }

                    // Each argument is named by the first insert that reads it; the label is read only then, as a text can hold thousands of inserts.
                    if (IsNew(names, insert.WidthArgument))
                    {
                        names.Add(insert.WidthArgument, "width" + insert.Number.ToString(CultureInfo.InvariantCulture));
                    }

                    if (IsNew(names, insert.PrecisionArgument))
                    {
                        names.Add(insert.PrecisionArgument, "precision" + insert.Number.ToString(CultureInfo.InvariantCulture));
                    }

                    if (IsNew(names, insert.ValueArgument))
                    {
                        names.Add(insert.ValueArgument, Label(previous) ?? "insert" + insert.ValueArgument.ToString(CultureInfo.InvariantCulture));
                    }

                    previous = string.Empty;
                }
            }

            // "version" is the Windows-version parameter of every typed method's version overload.
            var used = new HashSet<string>(StringComparer.Ordinal) { "version" };
            var parameters = new List<InsertParameter>();
            foreach (KeyValuePair<int, string> pair in names)
            {
                string name = pair.Value;
                for (int n = 2; !used.Add(name); n++)
                {
                    name = pair.Value + n.ToString(CultureInfo.InvariantCulture);
                }

                parameters.Add(new InsertParameter(pair.Key, Identifiers.EscapeKeyword(name), CommonType(templates, pair.Key)));
            }

            return parameters.ToEquatableArray();
        }

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
        private static bool IsNew(SortedDictionary<int, string> names, int argument) => argument > 0 && !names.ContainsKey(argument);

        /// <summary>"…below.\r\n\r\nSHA1 Certificate Hash: " → "sha1CertificateHash"; null when no label ends the text.</summary>
        private static string? Label(string text)
        {
            string trimmed = text.TrimEnd(' ', '\t');
            if (trimmed.Length == 0 || trimmed[trimmed.Length - 1] is not ('=' or ':' or '-'))
            {
                return null;
            }

            string body = trimmed.Substring(0, trimmed.Length - 1);
            int start = Math.Max(body.LastIndexOfAny(new[] { '\r', '\n', '.', ',', ';', '(', ')', ':' }) + 1, 0);
            List<string> words = Words.Split(body.Substring(start)).Where(w => w.Length > 0).ToList();
            if (words.Count is 0 or > MaxLabelWords || !char.IsLetter(words[0][0]))
            {
                return null;
            }

            return Words.ToCamel(words);
        }
    }
}
