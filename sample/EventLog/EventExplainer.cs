using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace SstpExplainer.EventLog
{
    /// <summary>
    /// What the explainer says of one SSTP record: its event, its message as SstpGen renders it (in <see cref="Language"/>),
    /// and how that compares with Windows' own rendering.
    /// </summary>
    internal sealed record ExplainedEvent(
        EventRecord Record,
        SstpEventId? Event,
        IReadOnlyList<(string Name, string Value)> Inserts,
        string? Message,
        string? Note,
        RenderingComparison? Comparison,
        string? Language = null);

    /// <summary>SstpGen's rendering against the one Windows stored in the record: equal, or where they first differ.</summary>
    internal sealed record RenderingComparison(bool Matches, int DifferenceAt, string Ours, string Windows);

    /// <summary>
    /// Renders records with the code SstpGen generated from messages.md (and its satellites, messages.de-DE.md …), for one
    /// Windows version, in one language (<c>--language</c>) or in the culture Windows rendered each record in (its
    /// <c>RenderingInfo</c>), else the table's default language.
    /// </summary>
    internal sealed class EventExplainer
    {
        public const string Provider = "Microsoft-Windows-RasSstp";

        private static readonly Dictionary<SstpEventId, string[]> s_parameterNames = ParameterNames();

        private readonly SstpWindowsVersion _version;
        private readonly CultureInfo? _language;

        public EventExplainer(SstpWindowsVersion version, CultureInfo? language = null)
        {
            _version = version;
            _language = language;
        }

        /// <summary>The names of an event's inserts, as its typed format method names its parameters.</summary>
        public static IReadOnlyList<string> InsertNamesOf(SstpEventId id) => s_parameterNames.TryGetValue(id, out string[]? names) ? names : Array.Empty<string>();

        public static bool IsSstp(EventRecord record) => string.Equals(record.Provider, Provider, StringComparison.OrdinalIgnoreCase);

        public ExplainedEvent Explain(EventRecord record)
        {
            string?[] inserts = record.Data.Select(d => (string?)d.Value).ToArray();
            if (MessageIdOf(record) is not { } id)
            {
                return new ExplainedEvent(record, null, Unnamed(record), null, $"event {record.EventId} is not in {SstpMessages.ModuleName}'s message table (a newer Windows?)", null);
            }

            var named = Named(id, record);
            SstpWindowsVersion version = _version;
            string? note = null;
            if (!SstpMessages.IsDefined(id, version))
            {
                version = SstpMessages.GetVersions((uint)id).Last();
                note = $"{SstpMessages.GetReleaseName(_version)} does not define event {record.EventId}; rendered as {SstpMessages.GetReleaseName(version)} does";
            }

            CultureInfo culture = _language ?? CultureOf(record.WindowsCulture) ?? CultureInfo.InvariantCulture;
            string language = SstpMessages.GetLanguage((uint)id, culture)!;
            string message;
            try
            {
                message = SstpMessages.Format(id, version, culture, inserts);
            }
            catch (ArgumentException exception)
            {
                // Too few Data values for the message: show the template, never a stack trace.
                string reason = exception.Message.Split(" (Parameter")[0];
                return new ExplainedEvent(record, id, named, SstpMessages.GetTemplate((uint)id, version, culture), $"the record has {inserts.Length} data values, too few to render: {reason} Shown is the message's template.", null, language);
            }

            int used = s_parameterNames.TryGetValue(id, out string[]? names) ? names.Length : inserts.Length;
            if (inserts.Length > used)
            {
                note = Join(note, $"the record has {inserts.Length - used} data values beyond the {used} the message uses (ignored, as Windows ignores them)");
            }

            if (_language is not null && !IsLanguageOf(language, _language.Name))
            {
                note = Join(note, $"{SstpMessages.ModuleName}'s table has no {_language.Name} text of it; rendered in {language}");
            }

            RenderingComparison? comparison = null;
            if (record.WindowsMessage is { } windows)
            {
                if (record.WindowsCulture is { Length: > 0 } windowsCulture && !IsLanguageOf(language, windowsCulture))
                {
                    // Another language's text would differ in every word: not a difference SstpGen could fix.
                    note = Join(note, $"Windows rendered it in {windowsCulture}, which the table lacks (it has {string.Join(", ", SstpMessages.Languages)}): not compared. "
                        + $"Extract that language from the server's {SstpMessages.ModuleName} with sstpgen extract … --language {windowsCulture} --into messages.md and rebuild");
                }
                else
                {
                    comparison = Compare(message, windows);
                }
            }

            return new ExplainedEvent(record, id, named, message, note, comparison, language);
        }

        /// <summary>
        /// The culture of a name (a record's RenderingInfo, --language); null when there is none, or it is no culture .NET
        /// knows (a made-up name, or any but the invariant culture in an invariant-globalization run).
        /// </summary>
        public static CultureInfo? CultureOf(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return null;
            }

            try
            {
                return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                return null;
            }
        }

        /// <summary>Whether a text in <paramref name="language"/> is one <paramref name="culture"/> reads: the same language, whatever the country (en-US for en-GB).</summary>
        private static bool IsLanguageOf(string language, string culture) =>
            string.Equals(language.Split('-')[0], culture.Split('-')[0], StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The message identifier of a record: EventID with its Qualifiers as the high word, as classic event
        /// sources log it; null when the table lacks it.
        /// </summary>
        private static SstpEventId? MessageIdOf(EventRecord record)
        {
            uint full = (record.Qualifiers << 16) | record.EventId;
            foreach (uint candidate in new[] { full, record.EventId })
            {
                if (Enum.IsDefined((SstpEventId)candidate))
                {
                    return (SstpEventId)candidate;
                }
            }

            return null;
        }

        /// <summary>
        /// Compares after undoing only what the file format and tools change: an XML reader turns CRLF into LF, and
        /// the trailing line break may or may not have been kept.
        /// </summary>
        public static RenderingComparison Compare(string ours, string windows)
        {
            string a = Normalize(ours), b = Normalize(windows);
            int at = 0;
            while (at < a.Length && at < b.Length && a[at] == b[at])
            {
                at++;
            }

            bool matches = at == a.Length && at == b.Length;
            return new RenderingComparison(matches, matches ? -1 : at, a, b);
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n');

        private static string? Join(string? first, string second) => first is null ? second : first + "; " + second;

        private static List<(string Name, string Value)> Named(SstpEventId id, EventRecord record)
        {
            string[] names = s_parameterNames.TryGetValue(id, out string[]? found) ? found : Array.Empty<string>();
            var inserts = new List<(string, string)>(record.Data.Count);
            for (int i = 0; i < record.Data.Count; i++)
            {
                inserts.Add((i < names.Length ? names[i] : record.Data[i].Name ?? "insert" + (i + 1), record.Data[i].Value));
            }

            return inserts;
        }

        private static List<(string Name, string Value)> Unnamed(EventRecord record) =>
            record.Data.Select((d, i) => (d.Name ?? "insert" + (i + 1), d.Value)).ToList();

        /// <summary>The parameter names of each event's typed format method (SstpGen names them after the text: coId, errorMessage…).</summary>
        private static Dictionary<SstpEventId, string[]> ParameterNames()
        {
            var names = new Dictionary<SstpEventId, string[]>();
            foreach (SstpEventId id in Enum.GetValues<SstpEventId>())
            {
                MethodInfo? typed = typeof(SstpMessages).GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .FirstOrDefault(m => m.Name == "Format" + id && (m.GetParameters().Length == 0 || m.GetParameters()[0].ParameterType is var first && first != typeof(SstpWindowsVersion) && first != typeof(CultureInfo)));
                names[id] = typed?.GetParameters().Select(p => p.Name!).ToArray() ?? Array.Empty<string>();
            }

            return names;
        }
    }
}
