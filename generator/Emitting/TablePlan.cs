using System.Collections.Generic;
using System.Threading;
using SstpGen.Model;
using SstpGen.Naming;
using SstpGen.Parsing;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Facts about one table's model that every emitter of it reads, worked out once before anything is written:
    /// which texts render as written (their constant is their rendering), how each set of versions is described,
    /// each message's short summary. It never changes while the files are written.
    /// </summary>
    internal sealed class TablePlan
    {
        private const int SummaryLength = 100;

        private readonly string[] _summaries;
        private readonly string?[] _renderedConstants;

        public TablePlan(MessageTableModel table, CancellationToken cancellationToken)
        {
            Table = table;
            CancellationToken = cancellationToken;
            Accessibility = table.Options.IsPublic ? "public" : "internal";
            _renderedConstants = new string?[table.Templates.Count];
            _summaries = new string[table.Messages.Count];
            for (int index = 0; index < table.Messages.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                MessageModel message = table.Messages[index];
                _summaries[index] = ShortSummary(table, message);
                foreach (MessageVariant variant in message.Variants)
                {
                    if (_renderedConstants[variant.TemplateIndex] is null && RenderProgramBuilder.RendersAsWritten(table.Templates[variant.TemplateIndex].Program))
                    {
                        _renderedConstants[variant.TemplateIndex] = GeneratedNames.Templates + "." + variant.ConstantName;
                    }
                }
            }
        }

        public MessageTableModel Table { get; }

        public TableOptions Options => Table.Options;

        public string Accessibility { get; }

        public string GeneratedCodeAttribute =>
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"{GeneratorInfo.Name}\", \"{GeneratorInfo.Version}\")]";

        /// <summary>Cancels the emit loops (the IDE cancels a run on the next keystroke): each checks it before every message.</summary>
        public CancellationToken CancellationToken { get; }

        public string VersionMember(int index) => Options.VersionEnumName + "." + Table.Versions[index].MemberName;

        /// <summary>
        /// The release names of the versions whose tables are <paramref name="tables"/> (ascending), as doc text: "Windows 7,
        /// Windows 8"; every version is "all 12 versions (Windows 7 to Windows 11 version 21H2)".
        /// </summary>
        public string DescribeVersions(EquatableArray<int> tables)
        {
            var names = new List<string>();
            foreach (WindowsVersionModel version in Table.Versions)
            {
                if (tables.Contains(version.TableIndex))
                {
                    names.Add(version.ReleaseName);
                }
            }

            return XmlDocText.Escape(names.Count == Table.Versions.Count && names.Count > 2
                ? "all " + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " versions (" + names[0] + " to " + names[names.Count - 1] + ")"
                : string.Join(", ", names));
        }

        /// <summary>
        /// Where a message's text (in <paramref name="tables"/>) comes from, as doc text: "defined in all 12 versions (…)" for
        /// a table of Windows versions; "<c>MSG_USAGE</c> in msg.mc" (or "in msg.mc") for a Message Compiler source.
        /// </summary>
        public string Origin(MessageModel message, EquatableArray<int> tables)
        {
            if (Table.HasWindowsVersions)
            {
                return "defined in " + DescribeVersions(tables);
            }

            string file = XmlDocText.Escape(Table.ModuleName);
            return message.SourceSymbol is { } symbol ? $"<c>{symbol}</c> in {file}" : "in " + file;
        }

        /// <summary>
        /// The constant that holds what template <paramref name="templateIndex"/> renders, when that needs no
        /// rendering: a text without inserts that FormatMessage renders as written (most texts without inserts) is
        /// its own <c>Templates</c> constant. Null for every other text.
        /// </summary>
        public string? RenderedConstant(int templateIndex) => _renderedConstants[templateIndex];

        /// <summary>The cultures, other than the default, that have a text of the message (in the table's order of languages).</summary>
        public List<string> TranslatedLanguages(MessageModel message)
        {
            var languages = new List<string>();
            for (int language = 1; language < Table.Languages.Count; language++)
            {
                foreach (MessageTranslation translation in message.Translations)
                {
                    if (translation.Language == language)
                    {
                        languages.Add(Table.Languages[language]);
                        break;
                    }
                }
            }

            return languages;
        }

        /// <summary>
        /// Whether a typed method's culture overload passes its numbers as text: when a translation reads a number parameter as
        /// another type than the default language's texts (SSTP032), which only text serves (a printf conversion reads a number from it).
        /// </summary>
        public bool PassesNumbersAsText(MessageModel message)
        {
            foreach (MessageTranslation translation in message.Translations)
            {
                ParsedTemplate text = Table.Templates[translation.TemplateIndex];
                foreach (InsertParameter parameter in message.Parameters)
                {
                    if (parameter.Type != InsertType.String && text.ReadArguments.Contains(parameter.Argument) && text.TypeOf(parameter.Argument) != parameter.Type)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The tables that define a message, ascending.</summary>
        public static EquatableArray<int> TablesOf(MessageModel message)
        {
            if (message.Variants.Count == 1)
            {
                return message.Latest.Tables;
            }

            var tables = new List<int>();
            foreach (MessageVariant variant in message.Variants)
            {
                foreach (int table in variant.Tables)
                {
                    tables.Add(table);
                }
            }

            tables.Sort();
            return tables.ToEquatableArray();
        }

        /// <summary>The identifier (and a Message Compiler source's symbolic name) and the start of message <paramref name="index"/>'s newest text, as one line of XML doc text: "0x00000001: CoId=%1:The initial…". The enum and the <c>Ids</c> constants show it.</summary>
        public string Summary(int index) => _summaries[index];

        private static string ShortSummary(MessageTableModel table, MessageModel message)
        {
            // Read only as far as the summary needs: a message can be a megabyte long.
            string text = ReadableText(table.Templates[message.Latest.TemplateIndex], 2 * SummaryLength, out bool cut);
            string summary = XmlDocText.Escape(text.Trim());
            if (summary.Length > SummaryLength)
            {
                // Never cut an escape (&amp;, \u0085) or a surrogate pair in two.
                int end = SummaryLength;
                int escape = System.Math.Max(summary.LastIndexOf('&', end - 1), summary.LastIndexOf('\\', end - 1));
                if (escape >= 0 && end - escape < 7)
                {
                    end = escape;
                }
                else if (char.IsHighSurrogate(summary[end - 1]))
                {
                    end--;
                }

                summary = summary.Substring(0, end).TrimEnd();
                cut = true;
            }

            // A Message Compiler source's symbolic name, so that a search for MSG_USAGE finds its member.
            string symbol = message.SourceSymbol is { } name ? " <c>" + name + "</c>" : string.Empty;
            return CSharpLiteral.UInt(message.Id) + symbol + ": " + summary + (cut ? "…" : string.Empty);
        }

        /// <summary>The rendered text with each insert written as %N, as Event Viewer users know it.</summary>
        public static string ReadableText(ParsedTemplate template) => ReadableText(template, int.MaxValue, out _);

        /// <summary>
        /// The start of the readable text: reading stops at the first segment that brings it past
        /// <paramref name="enough"/> characters after its leading whitespace; <paramref name="cut"/> says whether
        /// segments were left unread.
        /// </summary>
        private static string ReadableText(ParsedTemplate template, int enough, out bool cut)
        {
            EquatableArray<TemplateSegment> segments = template.Segments;
            if (segments.Count == 1 && segments[0].Insert is null)
            {
                // A text without inserts (most texts) is its own readable text.
                cut = false;
                return segments[0].Literal;
            }

            var text = new System.Text.StringBuilder();
            int leading = 0;    // whitespace at the start, which does not count towards enough
            int next = 0;
            while (next < segments.Count && text.Length - leading <= enough)
            {
                bool allWhitespace = leading == text.Length;
                text.Append(segments[next].Insert is { } insert ? "%" + insert.Number : segments[next].Literal);
                while (allWhitespace && leading < text.Length && char.IsWhiteSpace(text[leading]))
                {
                    leading++;
                }

                next++;
            }

            cut = next < segments.Count;
            return text.ToString();
        }
    }
}
