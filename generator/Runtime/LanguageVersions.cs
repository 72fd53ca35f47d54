// What the messages class of a table of Windows versions in several languages adds: a message as a given Windows
// version has it in a culture's language (Languages.cs's fallback, for that version's texts), and MessageMatch.Versions
// looking at every language's texts (a one-language table has MatchVersions.cs's). Copied between the emit markers
// into the class (Emitting/RuntimeSource) only for such a table.
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
#nullable enable
        /// <summary>Renders an event as the given Windows version does in <paramref name="culture"/>'s language (the culture, its parents, then the default language).</summary>
        /// <exception cref="global::System.ArgumentException">The message needs more inserts than were given, or is not defined in <paramref name="version"/>.</exception>
        public static string Format(SstpEventId id, SstpWindowsVersion version, global::System.Globalization.CultureInfo culture, params string?[] inserts) =>
            RenderOrThrow((uint)id, TableDefiningIn((uint)id, (int)version, culture), inserts);

        /// <summary>Renders any message by its raw identifier as the given Windows version does in <paramref name="culture"/>'s language. Returns false when that version does not define it or too few inserts are given.</summary>
        public static bool TryFormat(uint id, SstpWindowsVersion version, global::System.Globalization.CultureInfo culture, string?[] inserts, out string? message)
        {
            message = inserts == null ? null : RenderById(id, TableFor(id, culture, TableOf((int)version)), inserts, out _);
            return message != null;
        }

        /// <summary>The template of a message in the given Windows version, in <paramref name="culture"/>'s language; null when that version does not define it.</summary>
        public static string? GetTemplate(uint id, SstpWindowsVersion version, global::System.Globalization.CultureInfo culture) => TemplateOf(id, TableFor(id, culture, TableOf((int)version)));

        // MessageMatch (Parsing.cs) of a table of versions also says which versions have its text, in whichever language it is.
        public sealed partial class MessageMatch
        {
            /// <summary>The Windows versions whose text of the message this is, oldest first.</summary>
            public SstpWindowsVersion[] Versions => VersionsWith(Id, Template, LanguageOfText(Id, Template));
        }
#nullable disable

        /// <summary>The versions whose text of message <paramref name="id"/> in <paramref name="language"/> is <paramref name="template"/>, oldest first.</summary>
        private static SstpWindowsVersion[] VersionsWith(uint id, string template, int language)
        {
            var versions = new global::System.Collections.Generic.List<SstpWindowsVersion>();
            for (int version = 0; version < Data.VersionTables.Length; version++)
            {
                if (TemplateOf(id, TableIn(language, Data.VersionTables[version])) == template)
                {
                    versions.Add((SstpWindowsVersion)version);
                }
            }

            return versions.ToArray();
        }

        /// <summary>The table whose text of message <paramref name="id"/> <paramref name="version"/> has in <paramref name="culture"/>; ArgumentException when that version lacks the message.</summary>
        private static int TableDefiningIn(uint id, int version, global::System.Globalization.CultureInfo culture) =>
            TableFor(id, culture, TableDefining(id, version));

        /// <summary>What message <paramref name="index"/> renders as in <paramref name="version"/> and <paramref name="culture"/> (a typed format method's overload); ArgumentException when that version lacks it.</summary>
        private static int TextIn(int version, global::System.Globalization.CultureInfo culture, int index)
        {
            TextIn(version, index);     // throws where the version lacks the message
            return TextAt(index, TableOfMessage(index, culture, TableOf(version)));
        }
        // </emit>
    }
}
