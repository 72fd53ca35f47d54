using System.Collections.Generic;
using System.Linq;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>What every emitter of one table shares: the model, type names, and the common file header.</summary>
    internal sealed class EmitContext
    {
        private const int SummaryLength = 100;

        private readonly Dictionary<EquatableArray<int>, string> _versionDescriptions = new();
        private readonly Dictionary<uint, string> _summaries = new();
        private string?[]? _renderedConstants;

        public EmitContext(MessageTableModel table, bool canCreateStrings, System.Threading.CancellationToken cancellationToken)
        {
            Table = table;
            CanCreateStrings = canCreateStrings;
            CancellationToken = cancellationToken;
            Options = table.Options;
            Accessibility = table.Options.IsPublic ? "public" : "internal";
        }

        public MessageTableModel Table { get; }

        public TableOptions Options { get; }

        /// <summary>Whether the compilation has <c>string.Create</c> and spans, so renderers can write into the string they return.</summary>
        public bool CanCreateStrings { get; }

        public string Accessibility { get; }

        public string GeneratedCodeAttribute =>
            $"[global::System.CodeDom.Compiler.GeneratedCode(\"{GeneratorInfo.Name}\", \"{GeneratorInfo.Version}\")]";

        /// <summary>Cancels the emit loops (the IDE cancels a run on the next keystroke).</summary>
        public System.Threading.CancellationToken CancellationToken { get; }

        /// <summary>Every message, checking for cancellation before each: the emitters' loops go through here.</summary>
        public IEnumerable<MessageModel> Messages => WhileNotCancelled(Table.Messages);

        public IEnumerable<MessageModel> Events => WhileNotCancelled(Table.Messages.Where(m => m.IsEvent));

        private IEnumerable<T> WhileNotCancelled<T>(IEnumerable<T> items)
        {
            foreach (T item in items)
            {
                CancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }

        public string VersionMember(int index) => Options.VersionEnumName + "." + Table.Versions[index].MemberName;

        /// <summary>
        /// The release names of the versions whose tables are <paramref name="tables"/> (ascending): "Windows 7,
        /// Windows 8"; every version is "all 12 versions (Windows 7 to Windows 11 version 21H2)". Cached: big
        /// tables ask for the same few sets thousands of times.
        /// </summary>
        public string DescribeVersions(EquatableArray<int> tables)
        {
            if (_versionDescriptions.TryGetValue(tables, out string? description))
            {
                return description;
            }

            var set = new HashSet<int>(tables);
            List<string> names = Table.Versions.Where(v => set.Contains(v.TableIndex)).Select(v => v.ReleaseName).ToList();
            description = XmlDocText.Escape(names.Count == Table.Versions.Count && names.Count > 2
                ? "all " + names.Count + " versions (" + names[0] + " to " + names[names.Count - 1] + ")"
                : string.Join(", ", names));
            _versionDescriptions.Add(tables, description);
            return description;
        }

        /// <summary>
        /// The constant that holds what template <paramref name="templateIndex"/> renders, when that needs no
        /// code: a text without inserts that FormatMessage renders as written (most texts without inserts) is its
        /// own <c>Templates</c> constant, and gets no render method. Null for every other text.
        /// </summary>
        public string? RenderedConstant(int templateIndex) => (_renderedConstants ??= FindRenderedConstants())[templateIndex];

        private string?[] FindRenderedConstants()
        {
            var constants = new string?[Table.Templates.Count];
            foreach (MessageModel message in Table.Messages)
            {
                foreach (MessageVariant variant in message.Variants)
                {
                    int index = variant.TemplateIndex;
                    if (constants[index] is null && RendersAsWritten(Table.Templates[index]))
                    {
                        constants[index] = MessagesClassEmitter.TemplateConstant(this, message, variant);
                    }
                }
            }

            return constants;
        }

        /// <summary>Whether a template has no inserts and its literal pieces, put together, are the template itself.</summary>
        private static bool RendersAsWritten(ParsedTemplate template)
        {
            int at = 0;
            foreach (TemplateSegment segment in template.Segments)
            {
                if (segment.Insert is not null || string.CompareOrdinal(segment.Literal, 0, template.Template, at, segment.Literal.Length) != 0)
                {
                    return false;
                }

                at += segment.Literal.Length;
            }

            return at == template.Template.Length;
        }

        /// <summary>The tables that define a message, ascending.</summary>
        public static EquatableArray<int> TablesOf(MessageModel message) =>
            message.Variants.Count == 1 ? message.Latest.Tables : message.Variants.SelectMany(v => v.Tables).OrderBy(t => t).ToEquatableArray();

        public SourceWriter BeginFile()
        {
            var writer = new SourceWriter()
                .Line("// <auto-generated/>")
                .Line($"// Generated by {GeneratorInfo.Name} from the message table of {XmlDocText.Escape(Table.ModuleName)}. Changes to this file are lost when it is regenerated.")
                .Line("#nullable enable")
                .Line();
            if (Options.Namespace is not null)
            {
                writer.Open("namespace " + Options.Namespace);
            }

            return writer;
        }

        public string EndFile(SourceWriter writer)
        {
            if (Options.Namespace is not null)
            {
                writer.Close();
            }

            return writer.ToString();
        }

        /// <summary>
        /// Writes a summary whose text is the message's readable text (inserts shown as %1, %2…) in full, after
        /// <paramref name="lead"/>. Only the format method shows the whole text: every other mention of a message
        /// gets its <see cref="ShortSummary"/>, which keeps the generated code compact.
        /// </summary>
        public void WriteMessageDoc(SourceWriter writer, MessageModel message, string lead)
        {
            writer.Line("/// <summary>");
            writer.Line($"/// {lead}");
            XmlDocText.WriteParagraph(writer, ReadableText(Table.Templates[message.Latest.TemplateIndex]));

            writer.Line("/// </summary>");
            writer.Line($"/// <remarks>Message {CSharpLiteral.UInt(message.Id)}; defined in {DescribeVersions(TablesOf(message))}.</remarks>");
        }

        /// <summary><see cref="ShortSummary"/> of a message, worked out once: the enum and the <c>Ids</c> constants both show it.</summary>
        public string Summary(MessageModel message)
        {
            if (!_summaries.TryGetValue(message.Id, out string? summary))
            {
                summary = ShortSummary(Table, message);
                _summaries.Add(message.Id, summary);
            }

            return summary;
        }

        /// <summary>The identifier and the start of the newest text, as one line of XML doc text: "0x00000001: CoId=%1:The initial…".</summary>
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

            return CSharpLiteral.UInt(message.Id) + ": " + summary + (cut ? "…" : string.Empty);
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
