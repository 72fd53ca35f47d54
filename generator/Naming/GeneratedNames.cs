using System.Collections.Generic;
using System.Linq;
using SstpGen.Model;

namespace SstpGen.Naming
{
    /// <summary>
    /// The names the generated code declares for itself, by scope. The emitters write these names and
    /// <see cref="TableNamer"/> keeps every name it derives from a table away from them; a test checks the
    /// messages class declares no other name of its own.
    /// </summary>
    internal static class GeneratedNames
    {
        public const string Ids = "Ids";
        public const string Templates = "Templates";
        public const string Manifest = "Manifest";
        public const string KeywordMasks = "KeywordMasks";

        /// <summary>The nested classes that render each distinct text: <c>Renderers</c>, then <c>Renderers2</c>… for huge tables.</summary>
        public const string Renderers = "Renderers";

        /// <summary>The render method of template N inside its renderers class: <c>Template12</c>.</summary>
        public const string RenderMethodPrefix = "Template";

        /// <summary>The renderers class number <paramref name="index"/> (0-based): <c>Renderers</c>, <c>Renderers2</c>….</summary>
        public static string RenderersClass(int index) =>
            index == 0 ? Renderers : Renderers + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The field every enum has (CS0076).</summary>
        public const string EnumValueField = "value__";

        /// <summary>The version parameter of every typed method's version overload.</summary>
        public const string VersionParameter = "version";

        /// <summary>Members every type inherits from object: a generated member of that name would hide one (CS0108).</summary>
        public static readonly string[] ObjectMembers =
        {
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        /// <summary>Prefixes of the lookup chunk methods (<c>RenderChunk3</c>).</summary>
        public static readonly string[] ChunkMethodPrefixes = { "RenderChunk", "GetTemplateChunk", "IsDefinedChunk" };

        /// <summary>Every member and nested type the messages class declares, other than the typed format methods.</summary>
        public static readonly string[] MessagesClassMembers =
        {
            "ModuleName", "ModulePath", "LatestVersion", Ids, Templates, Manifest,
            "Format", "TryFormat", "GetTemplate", "IsDefined", "GetVersions", "GetFileVersion", "GetReleaseName", "DecodeId",
            "GetName", "IndexOf", "FormatCore", "TryRender", "NotDefined", "Describe", "TableOf", "TableIndexOf", "Render",
            "s_ids", "s_names", "s_templates", "s_tableOfVersion", "s_fileVersions", "s_releaseNames",
            "MessageIdInfo", "MessageSeverity", "MessageKind",
            "PrintfFlags", "PrintfInteger", "PrintfText", "Printf", "ParseInt32", "TryParseInteger", "ToOctal", "Append", "Fill",
            "TryParse", "ParseAll", "MessageMatch", "MessageParseOptions", "NewMatch", "IsBetter", "MatchCandidate", "IsExact", "FindBest", "Inserts", "NextFollow", "HasKeysOfLength", "LongestKey", "ParseCandidates", "MatchEntry", "MatchGaps",
            "MatchPiece", "PieceEnd", "TrimmedEnd", "IsLineBreakOrSpace", "ParseScratch", "t_parseScratch", "ParseIndex", "ParseBucket", "AddCandidates", "ParseHash",
            "t_parseCandidates", "t_parseSeen", "t_parseStamp",
            "s_parsePieces", "s_parseInserts", "s_parseArgumentCounts", "s_parseWidths", "s_parseIds", "s_parseTexts", "s_parseTemplates",
        };

        /// <summary>The class of each kind of manifest string inside <c>Manifest</c> (provider names are members of <c>Manifest</c> itself).</summary>
        public static string? ManifestClass(MessageKind kind) => kind switch
        {
            MessageKind.Channel => "Channels",
            MessageKind.Keyword => "Keywords",
            MessageKind.Level => "Levels",
            MessageKind.Task => "Tasks",
            MessageKind.Opcode => "Opcodes",
            MessageKind.ValueMap => "Maps",
            MessageKind.OtherManifestName => "OtherNames",
            _ => null,
        };

        /// <summary>The prefix of a derived name of each kind (<c>KeywordClassic</c>); its class drops it (<c>Keywords.Classic</c>).</summary>
        public static string Prefix(MessageKind kind) => kind switch
        {
            MessageKind.Keyword => "Keyword",
            MessageKind.Opcode => "Opcode",
            MessageKind.Level => "Level",
            MessageKind.Task => "Task",
            MessageKind.Channel => "Channel",
            MessageKind.ValueMap => "Map",
            MessageKind.OtherManifestName => "Name",
            MessageKind.EventLog => "Event",
            _ => "Message",
        };

        public static readonly MessageKind[] ManifestClassKinds =
        {
            MessageKind.Channel, MessageKind.Keyword, MessageKind.Level, MessageKind.Task, MessageKind.Opcode,
            MessageKind.ValueMap, MessageKind.OtherManifestName,
        };

        /// <summary>The names declared inside <c>Manifest</c> itself: its classes.</summary>
        public static IEnumerable<string> ManifestMembers =>
            ManifestClassKinds.Select(k => ManifestClass(k)!).Concat(new[] { KeywordMasks, Manifest });

        /// <summary>Whether a messages-class member name is one the generated code declares itself, chunk methods and renderers classes included.</summary>
        public static bool IsMessagesClassMember(string name) =>
            s_messagesClassMembers.Contains(name)
            || ChunkMethodPrefixes.Any(p => HasNumberAfter(name, p))
            || name == Renderers || HasNumberAfter(name, Renderers);

        private static readonly HashSet<string> s_messagesClassMembers = new(MessagesClassMembers, System.StringComparer.Ordinal);

        private static bool HasNumberAfter(string name, string prefix) =>
            name.Length > prefix.Length && name.StartsWith(prefix, System.StringComparison.Ordinal)
            && name.Skip(prefix.Length).All(c => c is >= '0' and <= '9');
    }
}
