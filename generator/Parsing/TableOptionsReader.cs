using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Reads a table's options from its AdditionalFiles item metadata (declared visible to the compiler by
    /// buildTransitive/SstpGen.props) and the project's RootNamespace. An invalid value is reported, never
    /// silently ignored, and its default is used instead.
    /// </summary>
    internal enum TableMarking
    {
        NotATable,
        Marked,
        IfItHasTheHeader,

        /// <summary><c>SstpMessageTable</c> is neither true nor false: reported, and the file is read as a table.</summary>
        Invalid,
    }

    internal static class TableOptionsReader
    {
        public const string NamespaceKey = "Namespace";
        public const string EnumNameKey = "EnumName";
        public const string ClassNameKey = "ClassName";
        public const string VersionEnumNameKey = "VersionEnumName";
        public const string AccessibilityKey = "Accessibility";
        public const string MessageTableKey = "SstpMessageTable";
        public const string CustomerBitKey = "CustomerBit";
        public const string LanguageKey = "Language";
        public const string CultureApiKey = "CultureApi";

        public const string DefaultEnumName = "SstpEventId";
        public const string DefaultClassName = "SstpMessages";
        public const string DefaultVersionEnumName = "SstpWindowsVersion";

        /// <summary>
        /// What an AdditionalFile is to SstpGen: a table when its item says so (<c>SstpMessageTable="true"</c>, as every
        /// <c>SstpMessageTable</c> item does), whatever its extension; never when it says <c>"false"</c>; otherwise a
        /// Message Compiler source (<c>.mc</c>, any case) is one, and a <c>.md</c> file is one only if its content has the
        /// layout's header row (<see cref="Markdown.MarkdownTableReader.HasTableHeader"/>).
        /// </summary>
        public static TableMarking Marking(string path, AnalyzerConfigOptions options) =>
            Item(options, MessageTableKey) is { } value
                ? value.Equals("true", System.StringComparison.OrdinalIgnoreCase) ? TableMarking.Marked
                : value.Equals("false", System.StringComparison.OrdinalIgnoreCase) ? TableMarking.NotATable
                : TableMarking.Invalid
            : MessageTableParser.IsMessageCompilerSource(path) ? TableMarking.Marked
            : path.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) ? TableMarking.IfItHasTheHeader : TableMarking.NotATable;

        /// <summary>The <c>CustomerBit</c> option of a Message Compiler source: whether its identifiers have bit 29 set, as <c>mc -c</c> sets it.</summary>
        public static bool ReadCustomerBit(string path, AnalyzerConfigOptions item, List<DiagnosticInfo> diagnostics)
        {
            string? value = Item(item, CustomerBitKey);
            if (value is null || value.Equals("false", System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (value.Equals("true", System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            Report(path, diagnostics, CustomerBitKey, value, "it must be 'true' or 'false'");
            return false;
        }

        /// <summary>The <c>Language</c> option: the culture of a markdown table's texts (en-US when not given); null when not given.</summary>
        public static string? ReadLanguage(string path, AnalyzerConfigOptions item, List<DiagnosticInfo> diagnostics)
        {
            string? value = Item(item, LanguageKey);
            if (value is null || WindowsLanguages.IsCultureName(value))
            {
                return value is null ? null : WindowsLanguages.Canonical(value);
            }

            Report(path, diagnostics, LanguageKey, value, "it must be a culture name such as 'de-DE' or 'fr'");
            return null;
        }

        /// <summary>
        /// The culture of a satellite table, named as .NET names satellite resources: <c>messages.de-DE.md</c> is the de-DE
        /// table of <c>messages.md</c> beside it (its path is <paramref name="tablePath"/>). Null for any other name, and for a
        /// file whose item gives its language (it is a table of its own).
        /// </summary>
        public static string? SatelliteCulture(string path, AnalyzerConfigOptions item, out string? tablePath)
        {
            tablePath = null;
            if (!path.EndsWith(".md", System.StringComparison.OrdinalIgnoreCase) || Item(item, LanguageKey) is not null)
            {
                return null;
            }

            int end = path.Length - ".md".Length;
            int dot = path.LastIndexOf('.', end - 1);
            int separator = System.Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            if (dot <= separator + 1)
            {
                return null;    // no dot in the file name before .md, or the name starts with it
            }

            string culture = path.Substring(dot + 1, end - dot - 1);
            if (!WindowsLanguages.IsCultureName(culture))
            {
                return null;
            }

            tablePath = path.Substring(0, dot) + path.Substring(end);
            return WindowsLanguages.Canonical(culture);
        }

        public static TableOptions Read(string path, AnalyzerConfigOptions item, AnalyzerConfigOptions global, List<DiagnosticInfo> diagnostics)
        {
            if (Marking(path, item) == TableMarking.Invalid)
            {
                Report(path, diagnostics, MessageTableKey, Item(item, MessageTableKey)!, "it must be 'true' or 'false'");
            }

            string? rootNamespace = global.TryGetValue("build_property.RootNamespace", out string? root) && !string.IsNullOrWhiteSpace(root) ? root.Trim() : null;
            string? ns = Item(item, NamespaceKey) ?? rootNamespace;
            if (ns is not null && !Identifiers.IsValidNamespace(ns))
            {
                Report(path, diagnostics, NamespaceKey, ns, "it must be a dotted C# namespace such as 'Contoso.Vpn'");
                ns = rootNamespace is not null && Identifiers.IsValidNamespace(rootNamespace) ? rootNamespace : null;
            }

            string enumName = ReadTypeName(path, item, EnumNameKey, DefaultEnumName, diagnostics);
            string className = ReadTypeName(path, item, ClassNameKey, DefaultClassName, diagnostics);
            string versionEnumName = ReadTypeName(path, item, VersionEnumNameKey, DefaultVersionEnumName, diagnostics);
            bool isPublic = true;
            if (Item(item, AccessibilityKey) is { } accessibility)
            {
                switch (accessibility.ToLowerInvariant())
                {
                    case "public":
                        break;
                    case "internal":
                        isPublic = false;
                        break;
                    default:
                        Report(path, diagnostics, AccessibilityKey, accessibility, "it must be 'public' or 'internal'");
                        break;
                }
            }

            bool cultureApi = false;
            if (Item(item, CultureApiKey) is { } wanted)
            {
                cultureApi = wanted.Equals("true", System.StringComparison.OrdinalIgnoreCase);
                if (!cultureApi && !wanted.Equals("false", System.StringComparison.OrdinalIgnoreCase))
                {
                    Report(path, diagnostics, CultureApiKey, wanted, "it must be 'true' or 'false'");
                }
            }

            return new TableOptions(ns, enumName, className, versionEnumName, isPublic, cultureApi);
        }

        /// <summary>A name for the generated files: "messages.md" in namespace Contoso → "Contoso.SstpMessages".</summary>
        public static string HintName(TableOptions options) =>
            (options.Namespace is null ? string.Empty : options.Namespace + ".") + options.ClassName;

        private static string ReadTypeName(string path, AnalyzerConfigOptions item, string key, string fallback, List<DiagnosticInfo> diagnostics)
        {
            string? value = Item(item, key);
            if (value is null)
            {
                return fallback;
            }

            if (Identifiers.IsValid(value))
            {
                return value;
            }

            Report(path, diagnostics, key, value, "it must be a C# identifier");
            return fallback;
        }

        private static string? Item(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue("build_metadata.AdditionalFiles." + key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static void Report(string path, List<DiagnosticInfo> diagnostics, string key, string value, string reason) =>
            diagnostics.Add(new DiagnosticInfo(SstpDiagnostics.InvalidOption.Id, path, new TextSpan(0, 0), default, ImmutableArray.Create(key, value, reason).ToEquatableArray()));
    }
}
