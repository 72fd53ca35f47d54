// What the messages class of a table of several languages adds: the languages it holds, and every message rendered,
// looked up and parsed in a culture's language, with the fallback .NET resources use: the culture, then its parents
// (de-AT, de, invariant), then the default language; a message a language lacks falls back alone. Copied between the
// emit markers into the class (Emitting/RuntimeSource) only for such a table; a table of one language compiles as
// it always has.
//
// The languages are tables of Data.Messages (Rendering.cs): Data.TablesPerLanguage tables each, the other languages'
// first in the order of Data.Languages, the default language's last, so that what needs no culture finds the default
// language's text as before. Cultures are matched by name, never through the machine's culture data.
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
#nullable enable
        /// <summary>The culture of the texts the methods without a culture render (the table's default language).</summary>
        public static string DefaultLanguage => LanguageNames()[0];

        /// <summary>
        /// The cultures whose texts the table holds, by name, the default language first. A Windows LANGID with no country
        /// (0x7) is its neutral culture ("de").
        /// </summary>
        public static global::System.Collections.Generic.IReadOnlyList<string> Languages =>
            s_languages ?? (s_languages = global::System.Array.AsReadOnly(LanguageNames()));

        /// <summary>The language of the table <paramref name="culture"/> renders in: the culture, else its nearest parent the table holds, else the default language.</summary>
        public static string GetLanguage(global::System.Globalization.CultureInfo culture) => LanguageNames()[ChainOf(culture)[0]];

        /// <summary>The language whose text of message <paramref name="id"/> <paramref name="culture"/> renders (newest text); null for an unknown identifier.</summary>
        public static string? GetLanguage(uint id, global::System.Globalization.CultureInfo culture)
        {
            int table = TableFor(id, culture, -1);
            return table < 0 ? null : LanguageNames()[LanguageOfTable(table)];
        }

        /// <summary>The languages that define a message, the default language first (empty for an unknown identifier).</summary>
        public static string[] GetLanguages(uint id)
        {
            int index = IndexOf(id);
            string[] names = LanguageNames();
            var defining = new global::System.Collections.Generic.List<string>();
            for (int language = 0; index >= 0 && language < names.Length; language++)
            {
                if (NewestTableIn(index, language) >= 0)
                {
                    defining.Add(names[language]);
                }
            }

            return defining.ToArray();
        }

        /// <summary>Renders an event in <paramref name="culture"/>'s language (the culture, its parents, then the default language), exactly as FormatMessage would. Extra inserts are ignored.</summary>
        /// <exception cref="global::System.ArgumentException">The message needs more inserts than were given, or <paramref name="id"/> is not one of the table's events.</exception>
        public static string Format(SstpEventId id, global::System.Globalization.CultureInfo culture, params string?[] inserts) =>
            RenderOrThrow((uint)id, TableFor((uint)id, culture, -1), inserts);

        /// <summary>Renders any message by its raw identifier in <paramref name="culture"/>'s language. Returns false for an unknown identifier or too few inserts.</summary>
        public static bool TryFormat(uint id, global::System.Globalization.CultureInfo culture, string?[] inserts, out string? message)
        {
            message = inserts == null ? null : RenderById(id, TableFor(id, culture, -1), inserts, out _);
            return message != null;
        }

        /// <summary>The template of a message in <paramref name="culture"/>'s language (its parents', else the default language's), or null when the table has no such identifier.</summary>
        public static string? GetTemplate(uint id, global::System.Globalization.CultureInfo culture) => TemplateOf(id, TableFor(id, culture, -1));

        /// <summary>The template of an event in <paramref name="culture"/>'s language.</summary>
        public static string? GetTemplate(SstpEventId id, global::System.Globalization.CultureInfo culture) => TemplateOf((uint)id, TableFor((uint)id, culture, -1));

        // MessageMatch (Parsing.cs) of a table of several languages also says which language its text is in.
        public sealed partial class MessageMatch
        {
            /// <summary>The culture whose text of the message this is (the default language's when several languages share the text).</summary>
            public string Culture => LanguageNames()[LanguageOfText(Id, Template)];
        }
#nullable disable

        private static string[] s_languageNames;
        private static global::System.Collections.ObjectModel.ReadOnlyCollection<string> s_languages;
        private static CultureChain[] s_chains = new CultureChain[0];

        /// <summary>The most cultures whose languages a class keeps: a process meets few, and the newest are kept.</summary>
        private const int KeptChains = 16;

        private static string[] LanguageNames() => s_languageNames ?? (s_languageNames = Data.Languages.Split(' '));

        /// <summary>A culture's name and the languages it renders in, best first, the default language (0) last.</summary>
        private sealed class CultureChain
        {
            internal readonly string Name;
            internal readonly int[] Languages;

            internal CultureChain(string name, int[] languages)
            {
                Name = name;
                Languages = languages;
            }
        }

        /// <summary>
        /// The languages <paramref name="culture"/> renders in, best first: itself and each parent the table holds, then the
        /// default language. Worked out once per culture name and kept (<see cref="KeptChains"/> at most, newest first), in an
        /// array replaced whole, so that threads read it without a lock.
        /// </summary>
        private static int[] ChainOf(global::System.Globalization.CultureInfo culture)
        {
            if (culture == null)
            {
                throw new global::System.ArgumentNullException(nameof(culture));
            }

            string name = culture.Name;
            CultureChain[] kept = s_chains;
            for (int i = 0; i < kept.Length; i++)
            {
                if ((object)kept[i].Name == (object)name || kept[i].Name == name)
                {
                    return kept[i].Languages;
                }
            }

            string[] names = LanguageNames();
            var chain = new global::System.Collections.Generic.List<int>();
            global::System.Globalization.CultureInfo at = culture;
            for (int depth = 0; depth < 16; depth++)
            {
                for (int language = 0; language < names.Length; language++)
                {
                    if (string.Equals(names[language], at.Name, global::System.StringComparison.OrdinalIgnoreCase) && !chain.Contains(language))
                    {
                        chain.Add(language);
                    }
                }

                if (at.Name.Length == 0)
                {
                    break;      // the invariant culture, its own parent
                }

                at = at.Parent;
            }

            if (!chain.Contains(0))
            {
                chain.Add(0);
            }

            int[] languages = chain.ToArray();
            var more = new CultureChain[global::System.Math.Min(kept.Length + 1, KeptChains)];
            more[0] = new CultureChain(name, languages);
            global::System.Array.Copy(kept, 0, more, 1, more.Length - 1);
            s_chains = more;        // another thread's chain added meanwhile may be lost: it is worked out again when asked for
            return languages;
        }

        /// <summary>The table of <paramref name="language"/> that stands for the default language's table <paramref name="table"/>.</summary>
        private static int TableIn(int language, int table) =>
            language == 0 ? table : table - ((LanguageNames().Length - 1) * Data.TablesPerLanguage) + ((language - 1) * Data.TablesPerLanguage);

        /// <summary>The language a table of <c>Data.Messages</c> belongs to.</summary>
        private static int LanguageOfTable(int table) =>
            table >= Data.Tables - Data.TablesPerLanguage ? 0 : (table / Data.TablesPerLanguage) + 1;

        /// <summary>The newest table of <paramref name="language"/> that has a text of message <paramref name="index"/>; -1 when none has.</summary>
        private static int NewestTableIn(int index, int language)
        {
            for (int table = Data.Tables - 1; table >= Data.Tables - Data.TablesPerLanguage; table--)
            {
                if (TextAt(index, TableIn(language, table)) >= 0)
                {
                    return TableIn(language, table);
                }
            }

            return -1;
        }

        /// <summary>The table whose text of message <paramref name="id"/> renders in <paramref name="culture"/> (<see cref="TableOfMessage"/>).</summary>
        private static int TableFor(uint id, global::System.Globalization.CultureInfo culture, int table) => TableOfMessage(IndexOf(id), culture, table);

        /// <summary>
        /// The table whose text of message <paramref name="index"/> (-1: none) renders in <paramref name="culture"/>: in the default
        /// language's table <paramref name="table"/> (-1: the newest that has the message), the first language of the culture's
        /// chain that has a text there. -1 when none has (the table lacks the message, or that table does).
        /// </summary>
        private static int TableOfMessage(int index, global::System.Globalization.CultureInfo culture, int table)
        {
            int[] chain = ChainOf(culture);
            for (int i = 0; index >= 0 && i < chain.Length; i++)
            {
                int found = table < 0 ? NewestTableIn(index, chain[i]) : TableIn(chain[i], table);
                if (found >= 0 && TextAt(index, found) >= 0)
                {
                    return found;
                }
            }

            return -1;
        }

        /// <summary>What message <paramref name="index"/> renders as in <paramref name="culture"/>, newest text (a typed format method's culture overload).</summary>
        private static int TextFor(int index, global::System.Globalization.CultureInfo culture) => TextAt(index, TableOfMessage(index, culture, -1));

        /// <summary>The language whose text of message <paramref name="id"/> is <paramref name="template"/>, the default language first.</summary>
        private static int LanguageOfText(uint id, string template)
        {
            int index = IndexOf(id);
            for (int language = 0; index >= 0 && language < LanguageNames().Length; language++)
            {
                for (int table = Data.Tables - 1; table >= Data.Tables - Data.TablesPerLanguage; table--)
                {
                    int text = TextAt(index, TableIn(language, table));
                    if (text >= 0 && Data.Texts[text] == template)
                    {
                        return language;
                    }
                }
            }

            return 0;
        }
        // </emit>
    }
}
