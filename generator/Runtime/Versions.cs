// What every messages class of a table of Windows versions adds: rendering and looking up a message as a given
// Windows version has it, and which versions define it. Copied between the emit markers into the class
// (Emitting/RuntimeSource) only for such a table, with SstpEventId and SstpWindowsVersion renamed to the table's
// enums; a Message Compiler source has no versions and no version enum.
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
#nullable enable
        /// <summary>Renders an event as the given Windows version does, exactly as FormatMessage would. Extra inserts are ignored.</summary>
        /// <exception cref="global::System.ArgumentException">The message needs more inserts than were given, or is not defined in <paramref name="version"/>.</exception>
        public static string Format(SstpEventId id, SstpWindowsVersion version, params string?[] inserts) => RenderOrThrow((uint)id, TableDefining((uint)id, (int)version), inserts);

        /// <summary>Renders any message of the table by its raw identifier as the given Windows version does. Returns false when that version does not define it or too few inserts are given.</summary>
        public static bool TryFormat(uint id, SstpWindowsVersion version, string?[] inserts, out string? message)
        {
            message = inserts == null ? null : RenderById(id, TableOf((int)version), inserts, out _);
            return message != null;
        }

        /// <summary>The template of a message in the given Windows version, or null when that version does not define it.</summary>
        public static string? GetTemplate(uint id, SstpWindowsVersion version) => TemplateOf(id, TableOf((int)version));

        /// <summary>Whether the given Windows version defines the message.</summary>
        public static bool IsDefined(uint id, SstpWindowsVersion version) => TemplateOf(id, TableOf((int)version)) != null;

        /// <summary>Whether the given Windows version defines the event.</summary>
        public static bool IsDefined(SstpEventId id, SstpWindowsVersion version) => TemplateOf((uint)id, TableOf((int)version)) != null;

        /// <summary>The Windows versions that define the message, oldest first (empty for an unknown identifier).</summary>
        public static SstpWindowsVersion[] GetVersions(uint id) => VersionsWith(id, null);

        /// <summary>The exact four-part file version of the module in the given Windows version.</summary>
        public static string GetFileVersion(SstpWindowsVersion version)
        {
            TableOf((int)version);
            return Data.FileVersions[(int)version];
        }

        /// <summary>The readable name of the Windows release, e.g. "Windows 10 version 1607".</summary>
        public static string GetReleaseName(SstpWindowsVersion version)
        {
            TableOf((int)version);
            return Data.ReleaseNames[(int)version];
        }

        /// <summary>The versions whose text of message <paramref name="id"/> is <paramref name="template"/> (null: any text), oldest first.</summary>
        private static SstpWindowsVersion[] VersionsWith(uint id, string? template)
        {
            var defines = new bool[Data.VersionTables.Length];
            int count = 0;
            for (int version = 0; version < defines.Length; version++)
            {
                string? text = TemplateOf(id, Data.VersionTables[version]);
                defines[version] = text != null && (template == null || text == template);
                count += defines[version] ? 1 : 0;
            }

            var versions = new SstpWindowsVersion[count];
            count = 0;
            for (int version = 0; version < defines.Length; version++)
            {
                if (defines[version])
                {
                    versions[count++] = (SstpWindowsVersion)version;
                }
            }

            return versions;
        }

        /// <summary>The table of a version's file; ArgumentOutOfRangeException for a value the version enum does not have.</summary>
        private static int TableOf(int version)
        {
            if ((uint)version >= (uint)Data.VersionTables.Length)
            {
                throw new global::System.ArgumentOutOfRangeException("version", version, "Not a version of " + ModuleName + ".");
            }

            return Data.VersionTables[version];
        }

        /// <summary>The table whose text of message <paramref name="id"/> <paramref name="version"/> has; ArgumentException when that version lacks the message.</summary>
        private static int TableDefining(uint id, int version)
        {
            int table = TableOf(version);
            if (TemplateOf(id, table) == null)
            {
                throw NotDefinedIn(id, version);
            }

            return table;
        }

        /// <summary>What message <paramref name="index"/> renders as in <paramref name="version"/>; ArgumentException when that version lacks it.</summary>
        private static int TextIn(int version, int index)
        {
            int text = TextAt(index, TableOf(version));
            if (text < 0)
            {
                throw NotDefinedIn(IdAt(index), version);
            }

            return text;
        }

        private static global::System.ArgumentException NotDefinedIn(uint id, int version)
        {
            string where = Data.ReleaseNames[version] + " (" + Data.FileVersions[version] + ")";
            return new global::System.ArgumentException("Message " + Describe(id) + " is not defined in " + where + ".", "version");
        }
        // </emit>
    }
}
