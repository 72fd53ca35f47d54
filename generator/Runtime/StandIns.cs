// What the runtime files read from the generated code around them, so that they compile on their own (the tests
// project compiles them): the table's enums, the module's name, and its data. Never emitted: each table's own
// come from the emitters (its enums, ModuleName, and the Data class of Emitting/DataEmitter).
namespace SstpGen.Runtime
{
    /// <summary>Stands for a table's event-id enum (the <c>EnumName</c> option).</summary>
    public enum SstpEventId : uint
    {
    }

    /// <summary>Stands for a table's Windows-version enum (the <c>VersionEnumName</c> option).</summary>
    public enum SstpWindowsVersion
    {
    }

    public static partial class SstpMessages
    {
        public const string ModuleName = "stand-in.dll";

        /// <summary>Stands for the identifiers class.</summary>
        public static class Ids
        {
        }

        private static class Data
        {
            internal const int Tables = 0;
            internal const int NumberLength = 1;
            internal const int TablesPerLanguage = 0;
            internal const string Languages = "";
            internal const string Messages = "";
            internal const string Programs = "";
            internal const string Names = "";
            internal const string VersionTables = "";
            internal static readonly string[] Texts = { };
            internal static readonly string[] FileVersions = { };
            internal static readonly string[] ReleaseNames = { };
        }
    }
}
