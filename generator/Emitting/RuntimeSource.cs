using System;
using System.IO;
using System.Text;

namespace SstpGen.Emitting
{
    /// <summary>A part of the code every messages class carries (generator/Runtime), copied in whole.</summary>
    internal enum RuntimePart
    {
        /// <summary>The by-identifier API and <c>MessageIdInfo</c> (Runtime/Lookups.cs).</summary>
        Lookups,

        /// <summary>The renderer that runs each text's program (Runtime/Rendering.cs).</summary>
        Rendering,

        /// <summary>The printf conversions, only for a table whose texts have one (Runtime/Printf.cs).</summary>
        Printf,

        /// <summary><c>TryParse</c> and <c>ParseAll</c> (Runtime/Parsing.cs).</summary>
        Parsing,

        /// <summary>The API that takes a Windows version, only for a table of Windows versions (Runtime/Versions.cs).</summary>
        Versions,

        /// <summary><c>MessageMatch.Versions</c> of a table of Windows versions in one language (Runtime/MatchVersions.cs).</summary>
        MatchVersions,

        /// <summary>The API that takes a culture, only for a table of several languages (Runtime/Languages.cs).</summary>
        Languages,

        /// <summary>The API that takes a Windows version and a culture, and <c>MessageMatch.Versions</c> in every language, only for a table of Windows versions in several languages (Runtime/LanguageVersions.cs).</summary>
        LanguageVersions,
    }

    /// <summary>
    /// The code of the generated classes that is the same for every table: real C# files in generator/Runtime,
    /// compiled and tested as code and embedded in the generator. What lies between their <c>// &lt;emit&gt;</c>
    /// markers is emitted into the messages class, with the stand-in names of the two enums replaced by the table's.
    /// </summary>
    internal static class RuntimeSource
    {
        /// <summary>The names the runtime files use for the event-id and Windows-version enums (Runtime/StandIns.cs).</summary>
        public const string EventEnumStandIn = "SstpEventId";
        public const string VersionEnumStandIn = "SstpWindowsVersion";

        private const string Begin = "// <emit>";
        private const string End = "// </emit>";

        /// <summary>The columns of the runtime files' class members, taken off: the writer indents them as the class's.</summary>
        private const int MemberIndent = 8;

        private static readonly string[] s_parts =
        {
            Read("Lookups"), Read("Rendering"), Read("Printf"), Read("Parsing"), Read("Versions"), Read("MatchVersions"), Read("Languages"), Read("LanguageVersions"),
        };

        /// <summary>The last text made of each part: a project's tables mostly share their names and indentation, and a part is some 20,000 characters.</summary>
        private static readonly Made?[] s_made = new Made?[s_parts.Length];

        /// <summary>
        /// The text of <paramref name="part"/> for a table whose enums are <paramref name="eventEnum"/> and <paramref name="versionEnum"/>,
        /// each line indented by <paramref name="indent"/> levels, ending with a line break.
        /// </summary>
        public static string Text(RuntimePart part, string eventEnum, string versionEnum, int indent)
        {
            Made? made = s_made[(int)part];
            if (made is null || made.EventEnum != eventEnum || made.VersionEnum != versionEnum || made.Indent != indent)
            {
                // Through marks no name can hold, so that neither replacement touches what the other wrote.
                string text = s_parts[(int)part].Replace(EventEnumStandIn, "\u0001").Replace(VersionEnumStandIn, "\u0002").Replace("\u0001", eventEnum).Replace("\u0002", versionEnum);
                var indented = new StringBuilder(text.Length + (text.Length / 8));
                foreach (string line in text.Split('\n'))
                {
                    indented.Append(' ', line.Length == 0 ? 0 : 4 * indent).Append(line).Append('\n');
                }

                made = new Made(eventEnum, versionEnum, indent, indented.ToString());
                s_made[(int)part] = made;
            }

            return made.Text;
        }

        private sealed class Made
        {
            public Made(string eventEnum, string versionEnum, int indent, string text)
            {
                EventEnum = eventEnum;
                VersionEnum = versionEnum;
                Indent = indent;
                Text = text;
            }

            public string EventEnum { get; }

            public string VersionEnum { get; }

            public int Indent { get; }

            public string Text { get; }
        }

        private static string Read(string file)
        {
            using Stream stream = typeof(RuntimeSource).Assembly.GetManifestResourceStream("SstpGen.Runtime." + file + ".cs")
                ?? throw new InvalidOperationException("The generator lacks its runtime part " + file + ".");
            using var reader = new StreamReader(stream);
            string text = reader.ReadToEnd().Replace("\r\n", "\n");
            var emitted = new StringBuilder(text.Length);
            for (int begin = text.IndexOf(Begin, StringComparison.Ordinal); begin >= 0; begin = text.IndexOf(Begin, begin, StringComparison.Ordinal))
            {
                begin = text.IndexOf('\n', begin) + 1;
                int end = text.LastIndexOf('\n', text.IndexOf(End, begin, StringComparison.Ordinal));
                foreach (string line in text.Substring(begin, end - begin).Split('\n'))
                {
                    int indent = 0;
                    while (indent < MemberIndent && indent < line.Length && line[indent] == ' ')
                    {
                        indent++;
                    }

                    emitted.Append(line, indent, line.Length - indent).Append('\n');
                }
            }

            return emitted.ToString(0, emitted.Length - 1);
        }
    }
}
