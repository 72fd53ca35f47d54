using System.Collections.Generic;
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

        /// <summary>A Message Compiler source's severity and facility names (<c>Emitting/CompilerFactsEmitter</c>).</summary>
        public const string Severities = "Severities";
        public const string Facilities = "Facilities";
        public const string MessageIdTypedef = "MessageIdTypedef";

        /// <summary>The table as data, read by the runtime parts (<c>Emitting/DataEmitter</c>).</summary>
        public const string Data = "Data";

        /// <summary>The field every enum has (CS0076).</summary>
        public const string EnumValueField = "value__";

        /// <summary>The version parameter of every typed method's version overload.</summary>
        public const string VersionParameter = "version";

        /// <summary>The culture parameter of every typed method's culture overload (a table of several languages).</summary>
        public const string CultureParameter = "culture";

        /// <summary>Members every type inherits from object: a generated member of that name would hide one (CS0108).</summary>
        public static readonly string[] ObjectMembers =
        {
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        /// <summary>
        /// Every member and nested type the messages class declares, other than the typed format methods: its constants,
        /// classes, and what the runtime parts declare (generator/Runtime; a test checks the list against them).
        /// </summary>
        public static readonly string[] MessagesClassMembers =
        {
            "ModuleName", "ModulePath", "LatestVersion", Ids, Templates, Manifest, Data, Severities, Facilities, MessageIdTypedef,
            // Runtime/Lookups.cs
            "Format", "TryFormat", "GetTemplate", "GetName", "DecodeId", "TemplateOf", "MessageSeverity", "MessageKind", "MessageIdInfo",
            // Runtime/Rendering.cs
            "Renderer", "PrintfOperandsLength", "Number",
            "ProgramStart", "ArgumentCount", "MessageLength", "TextParts", "s_textParts", "PartsOf", "Split", "OperationLength", "IdAt", "IndexOf", "TextOf", "TextAt",
            "RenderById", "RenderOrThrow", "Describe", "NameAt", "s_names",
            // Runtime/Parsing.cs
            "MessageParseOptions", "MessageMatch", "TryParse", "ParseAll", "FindBest", "IsExact", "IsBetter", "MatchCandidate", "NewMatch",
            "InsertsOf", "FindCandidates", "AddCandidates", "ParseHash", "FollowKey", "t_candidates", "t_seen", "t_stamp",
            "MatchEntry", "MatchGaps", "MatchPiece", "PieceEnd", "TrimmedEnd", "IsLineBreakOrSpace", "ParseScratch", "t_spans", "t_bestSpans",
            "ParseIndex",
            // Runtime/Versions.cs
            "IsDefined", "GetVersions", "GetFileVersion", "GetReleaseName", "VersionsWith", "TableOf", "TableDefining", "TextIn", "NotDefinedIn",
            // Runtime/Languages.cs and Runtime/LanguageVersions.cs
            "DefaultLanguage", "Languages", "GetLanguage", "GetLanguages", "s_languageNames", "s_languages", "s_chains", "KeptChains", "LanguageNames",
            "CultureChain", "ChainOf", "TableIn", "LanguageOfTable", "NewestTableIn", "TableFor", "TableOfMessage", "TextFor", "LanguageOfText", "TableDefiningIn",
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
        public static readonly string[] ManifestMembers = { "Channels", "Keywords", "Levels", "Tasks", "Opcodes", "Maps", "OtherNames", KeywordMasks, Manifest };

        /// <summary>The members of <see cref="object"/> and <paramref name="names"/>: what a scope of the generated code reserves.</summary>
        public static string[] ObjectMembersAnd(params string[] names)
        {
            var all = new string[ObjectMembers.Length + names.Length];
            ObjectMembers.CopyTo(all, 0);
            names.CopyTo(all, ObjectMembers.Length);
            return all;
        }

        /// <summary>Whether a messages-class member name is one the generated code declares itself.</summary>
        public static bool IsMessagesClassMember(string name) => s_messagesClassMembers.Contains(name);

        private static readonly HashSet<string> s_messagesClassMembers = new(MessagesClassMembers, System.StringComparer.Ordinal);
    }
}
