using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using SstpGen.Diagnostics;
using SstpGen.Model;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Reads a message string exactly as Windows' FormatMessage does (see shared/spec/formatmessage.md) and
    /// turns it into literal text and inserts. Positions in problems are indexes into the string as written in
    /// the table, where <c>\r</c>, <c>\n</c> and <c>\t</c> are still two-character escapes (a markdown table's), or into
    /// the text as stored (a Message Compiler source's, which has no escapes).
    /// </summary>
    internal static class TemplateParser
    {
        private const int MaxSpecLength = 30;

        public static ParsedTemplate? Parse(string written, List<TemplateProblem> problems) => Parse(Unescaped.From(written), problems);

        public static ParsedTemplate? Parse(Unescaped text, List<TemplateProblem> problems)
        {
            string s = text.Value;
            var segments = ImmutableArray.CreateBuilder<TemplateSegment>();
            // One chunk big enough for any literal of the text: clearing a builder that grew in chunks reallocates it.
            var literal = new StringBuilder(s.Length + 2);
            int lastArgument = 0;   // FormatMessage's counter L: the highest argument consumed so far
            int argumentCount = 0;
            var types = new ArgumentTypeCollector();
            var program = new RenderProgramBuilder();
            bool fatal = false;

            int i = 0;
            while (i < s.Length)
            {
                char c = s[i];
                if (c == '\r')
                {
                    literal.Append("\r\n");
                    program.LineBreak();
                    i += i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                    continue;
                }

                if (c == '\n')
                {
                    literal.Append("\r\n");
                    program.LineBreak();
                    i++;
                    continue;
                }

                if (c != '%')
                {
                    literal.Append(c);
                    program.Copy(i);
                    i++;
                    continue;
                }

                if (i + 1 >= s.Length)
                {
                    problems.Add(new TemplateProblem(SstpDiagnostics.InvalidTemplate.Id, text.SourceIndex(i), 1, "it ends with a lone '%'; write '%%' for a percent sign"));
                    fatal = true;
                    break;
                }

                char next = s[i + 1];
                if (next == '0')
                {
                    break;
                }

                if (next is >= '1' and <= '9')
                {
                    int start = i;
                    int number = next - '0';
                    i += 2;
                    if (i < s.Length && s[i] is >= '0' and <= '9')
                    {
                        number = (number * 10) + (s[i] - '0');
                        i++;
                        if (i < s.Length && s[i] is >= '0' and <= '9')
                        {
                            problems.Add(new TemplateProblem(SstpDiagnostics.InsertNumberTruncated.Id, text.SourceIndex(start), text.SourceIndex(i + 1) - text.SourceIndex(start), number.ToString(System.Globalization.CultureInfo.InvariantCulture), s[i].ToString()));
                        }
                    }

                    PrintfSpec? spec = null;
                    if (i < s.Length && s[i] == '!')
                    {
                        int close = s.IndexOf('!', i + 1);
                        if (close < 0)
                        {
                            problems.Add(new TemplateProblem(SstpDiagnostics.InvalidTemplate.Id, text.SourceIndex(start), text.SourceIndex(s.Length) - text.SourceIndex(start), $"the format spec of %{number} has no closing '!'"));
                            fatal = true;
                            break;
                        }

                        string specText = s.Substring(i + 1, close - i - 1);
                        string? error = CheckSpecText(specText);
                        if (error is not null)
                        {
                            problems.Add(new TemplateProblem(SstpDiagnostics.InvalidTemplate.Id, text.SourceIndex(start), text.SourceIndex(close + 1) - text.SourceIndex(start), $"the format spec '!{specText}!' of %{number} {error}"));
                            fatal = true;
                            break;
                        }

                        spec = PrintfSpecParser.Parse(specText);
                        if (spec is not null && !spec.IsLiteral && !PrintfSpecParser.IsSupported(spec))
                        {
                            problems.Add(new TemplateProblem(SstpDiagnostics.InvalidTemplate.Id, text.SourceIndex(start), text.SourceIndex(close + 1) - text.SourceIndex(start), $"the format spec '!{specText}!' of %{number} uses a conversion FormatMessage does not support"));
                            fatal = true;
                            break;
                        }

                        i = close + 1;
                        if (spec is null)
                        {
                            // An empty spec renders nothing but still consumes its insert.
                            lastArgument = System.Math.Max(lastArgument, number);
                            argumentCount = System.Math.Max(argumentCount, number);
                            continue;
                        }
                    }

                    FlushLiteral(literal, segments);
                    lastArgument = System.Math.Max(lastArgument, number);
                    // A conversion printf does not know prints its text and reads no argument.
                    int stars = spec is null || spec.IsLiteral ? 0 : spec.StarCount;
                    int width = 0, precision = 0, value = number;
                    if (stars > 0)
                    {
                        // The insert number names the first printf argument; the rest follow the counter.
                        var arguments = new List<int> { number };
                        for (int k = 1; k <= stars; k++)
                        {
                            arguments.Add(lastArgument + k);
                        }

                        lastArgument += stars;
                        value = arguments[arguments.Count - 1];
                        int taken = 0;
                        if (spec!.WidthFromArgument)
                        {
                            width = arguments[taken++];
                        }

                        if (spec.PrecisionFromArgument)
                        {
                            precision = arguments[taken];
                        }
                    }

                    argumentCount = System.Math.Max(argumentCount, System.Math.Max(value, System.Math.Max(width, precision)));
                    types.Read(width, InsertType.Int32, text, start, i, problems);
                    types.Read(precision, InsertType.Int32, text, start, i, problems);
                    types.Read(value, InsertTypes.Of(spec), text, start, i, problems);
                    var insert = new InsertReference(number, value, width, precision, spec);
                    segments.Add(TemplateSegment.ForInsert(insert));
                    WriteInsert(program, insert, i);
                    continue;
                }

                if (next == 'n')
                {
                    literal.Append("\r\n");
                    program.LineBreak();
                }
                else
                {
                    if (next == '%' && i + 2 < s.Length && s[i + 2] is >= '1' and <= '9')
                    {
                        problems.Add(new TemplateProblem(SstpDiagnostics.EscapedPercentBeforeDigit.Id, text.SourceIndex(i), text.SourceIndex(i + 3) - text.SourceIndex(i), "%" + s[i + 2]));
                    }

                    // %r %t %b, and %% %. %! %<space> %\ and every other character: the character itself (a CR stays a lone CR).
                    char rendered = next == 'r' ? '\r' : next == 't' ? '\t' : next == 'b' ? ' ' : next;
                    literal.Append(rendered);
                    program.Character(rendered);
                }

                i += 2;
            }

            if (fatal)
            {
                return null;
            }

            FlushLiteral(literal, segments);
            return new ParsedTemplate(s, segments.ToImmutable().ToEquatableArray(), argumentCount, types.ToArray(argumentCount), program.Build(argumentCount, s.Length));
        }

        /// <summary>An insert whose spec (if any) closes just before <paramref name="end"/>, in the renderer's program.</summary>
        private static void WriteInsert(RenderProgramBuilder program, InsertReference insert, int end)
        {
            PrintfSpec? spec = insert.Spec;
            if (insert.IsPrintf)
            {
                program.Printf(insert, spec!);
            }
            else if (spec is not { IsLiteral: true })
            {
                // %1, %1!s!, %1!ws!: the string as it is.
                program.StringInsert(insert.Number);
            }

            if (spec is not null && spec.Suffix.Length > 0)
            {
                // What follows the conversion up to the closing '!' prints as it is (all of it when printf does not know the conversion).
                int close = end - 1;
                program.Copy(close - spec.Suffix.Length, spec.Suffix.Length);
            }
        }

        private static string? CheckSpecText(string specText)
        {
            if (specText.Length > MaxSpecLength)
            {
                return $"is longer than {MaxSpecLength} characters";
            }

            int stars = 0;
            foreach (char c in specText)
            {
                if (c == '*')
                {
                    stars++;
                }
            }

            return stars > 2 ? "has more than two '*'" : null;
        }

        private static void FlushLiteral(StringBuilder literal, ImmutableArray<TemplateSegment>.Builder segments)
        {
            if (literal.Length > 0)
            {
                segments.Add(TemplateSegment.Text(literal.ToString()));
                literal.Clear();
            }
        }
    }
}
