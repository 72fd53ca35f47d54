using System;
using System.Collections.Generic;
using System.Globalization;

// Compiled into sstpgen too, under its own namespace: the tests see both assemblies' internals.
#if SSTPGEN_CLI
namespace SstpGen.Cli.MessageTables
#else
namespace SstpGen.Naming
#endif
{
    /// <summary>
    /// LANGID → culture name and ANSI code page, by a fixed table (never the machine's culture data, which an
    /// invariant-globalization container lacks). A LANGID with a neutral sublanguage (0x7) is the neutral culture ("de"), as
    /// .NET names it. A LANGID the table lacks is named by its primary language with the LANGID as a private-use subtag
    /// ("ro-x-8018": a BCP 47 tag, and unique), in the code page of its primary language. One file, compiled into the
    /// generator (a Message Compiler source's languages, satellite tables' names) and into sstpgen (the files it writes).
    /// </summary>
    internal static class WindowsLanguages
    {
        public const int English = 0x409;

        // Primary language → neutral culture name and ANSI code page (Windows' own values).
        private static readonly Dictionary<int, (string Name, int CodePage)> s_primary = new()
        {
            [0x01] = ("ar", 1256), [0x02] = ("bg", 1251), [0x03] = ("ca", 1252), [0x04] = ("zh", 936), [0x05] = ("cs", 1250),
            [0x06] = ("da", 1252), [0x07] = ("de", 1252), [0x08] = ("el", 1253), [0x09] = ("en", 1252), [0x0A] = ("es", 1252),
            [0x0B] = ("fi", 1252), [0x0C] = ("fr", 1252), [0x0D] = ("he", 1255), [0x0E] = ("hu", 1250), [0x0F] = ("is", 1252),
            [0x10] = ("it", 1252), [0x11] = ("ja", 932), [0x12] = ("ko", 949), [0x13] = ("nl", 1252), [0x14] = ("no", 1252),
            [0x15] = ("pl", 1250), [0x16] = ("pt", 1252), [0x18] = ("ro", 1250), [0x19] = ("ru", 1251), [0x1A] = ("hr", 1250),
            [0x1B] = ("sk", 1250), [0x1C] = ("sq", 1250), [0x1D] = ("sv", 1252), [0x1E] = ("th", 874), [0x1F] = ("tr", 1254),
            [0x20] = ("ur", 1256), [0x21] = ("id", 1252), [0x22] = ("uk", 1251), [0x23] = ("be", 1251), [0x24] = ("sl", 1250),
            [0x25] = ("et", 1257), [0x26] = ("lv", 1257), [0x27] = ("lt", 1257), [0x29] = ("fa", 1256), [0x2A] = ("vi", 1258),
            [0x2B] = ("hy", 0), [0x2D] = ("eu", 1252), [0x2F] = ("mk", 1251), [0x36] = ("af", 1252), [0x37] = ("ka", 0),
            [0x38] = ("fo", 1252), [0x39] = ("hi", 0), [0x3E] = ("ms", 1252), [0x3F] = ("kk", 1251), [0x41] = ("sw", 1252),
            [0x56] = ("gl", 1252), [0x5B] = ("si", 0),
        };

        // Full LANGIDs whose culture is not "primary-REGION" by a rule: every one Windows ships a message table in commonly.
        private static readonly Dictionary<int, string> s_specific = new()
        {
            [0x0401] = "ar-SA", [0x0402] = "bg-BG", [0x0403] = "ca-ES", [0x0404] = "zh-TW", [0x0405] = "cs-CZ", [0x0406] = "da-DK",
            [0x0407] = "de-DE", [0x0408] = "el-GR", [0x0409] = "en-US", [0x040A] = "es-ES_tradnl", [0x040B] = "fi-FI", [0x040C] = "fr-FR",
            [0x040D] = "he-IL", [0x040E] = "hu-HU", [0x040F] = "is-IS", [0x0410] = "it-IT", [0x0411] = "ja-JP", [0x0412] = "ko-KR",
            [0x0413] = "nl-NL", [0x0414] = "nb-NO", [0x0415] = "pl-PL", [0x0416] = "pt-BR", [0x0418] = "ro-RO", [0x0419] = "ru-RU",
            [0x041A] = "hr-HR", [0x041B] = "sk-SK", [0x041C] = "sq-AL", [0x041D] = "sv-SE", [0x041E] = "th-TH", [0x041F] = "tr-TR",
            [0x0420] = "ur-PK", [0x0421] = "id-ID", [0x0422] = "uk-UA", [0x0423] = "be-BY", [0x0424] = "sl-SI", [0x0425] = "et-EE",
            [0x0426] = "lv-LV", [0x0427] = "lt-LT", [0x0429] = "fa-IR", [0x042A] = "vi-VN", [0x042D] = "eu-ES", [0x042F] = "mk-MK",
            [0x0804] = "zh-CN", [0x0807] = "de-CH", [0x0809] = "en-GB", [0x080A] = "es-MX", [0x080C] = "fr-BE", [0x0810] = "it-CH",
            [0x0813] = "nl-BE", [0x0814] = "nn-NO", [0x0816] = "pt-PT", [0x081A] = "sr-Latn-CS", [0x081D] = "sv-FI", [0x0C04] = "zh-HK",
            [0x0C07] = "de-AT", [0x0C09] = "en-AU", [0x0C0A] = "es-ES", [0x0C0C] = "fr-CA", [0x0C1A] = "sr-Cyrl-CS", [0x1004] = "zh-SG",
            [0x1009] = "en-CA", [0x100C] = "fr-CH", [0x1404] = "zh-MO", [0x1409] = "en-NZ", [0x1809] = "en-IE", [0x241A] = "sr-Latn-RS",
            [0x281A] = "sr-Cyrl-RS",
        };

        // Languages whose text Windows never stores as ANSI (no ANSI code page): their entries are UTF-16.
        private const int NoAnsiCodePage = 0;

        public static string CultureName(int langId)
        {
            if (s_specific.TryGetValue(langId, out string? name))
            {
                return name;
            }

            int primary = langId & 0x3FF;
            string primaryName = s_primary.TryGetValue(primary, out var known) ? known.Name : "x";
            return (langId >> 10) == 0 && primaryName != "x"
                ? primaryName
                : primaryName + "-x-" + langId.ToString("x4", CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// Whether <paramref name="name"/> is a culture name as this table names languages, whatever its case: a primary
        /// language the table knows ("de", "nb"), then subtags of one to eight letters or digits ("de-AT", "sr-Latn-RS",
        /// "ro-x-8018"). How a satellite table is told from a table whose file name has a dot: "messages.de-DE.md" is
        /// one, "sstpsvc.dll.md" is not ("dll" is no language).
        /// </summary>
        public static bool IsCultureName(string name)
        {
            string[] subtags = name.Split('-');
            if (!IsPrimaryLanguage(subtags[0]))
            {
                return false;
            }

            for (int i = 1; i < subtags.Length; i++)
            {
                if (subtags[i].Length is 0 or > 8)
                {
                    return false;
                }

                foreach (char c in subtags[i])
                {
                    if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>A culture name with the table's own casing where the table has it ("DE-de" → "de-DE"), else as written.</summary>
        public static string Canonical(string name)
        {
            foreach (string known in s_specific.Values)
            {
                if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            foreach (var primary in s_primary.Values)
            {
                if (string.Equals(primary.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return primary.Name;
                }
            }

            return name;
        }

        private static bool IsPrimaryLanguage(string subtag)
        {
            foreach (var primary in s_primary.Values)
            {
                if (string.Equals(primary.Name, subtag, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (string known in s_specific.Values)
            {
                if (known.Length > subtag.Length && known[subtag.Length] == '-' && string.Compare(known, 0, subtag, 0, subtag.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;    // a language only the full LANGIDs name: nb, nn, sr
                }
            }

            return false;
        }

        /// <summary>The ANSI code page of the language (1252 for a language the table lacks, or one without an ANSI code page).</summary>
        public static int AnsiCodePage(int langId)
        {
            int primary = langId & 0x3FF;
            if (primary == 0x04)
            {
                return langId is 0x0404 or 0x0C04 or 0x1404 ? 950 : 936;     // Traditional (Taiwan, Hong Kong, Macao), else Simplified
            }

            return s_primary.TryGetValue(primary, out var known) && known.CodePage != NoAnsiCodePage ? known.CodePage : 1252;
        }
    }
}
