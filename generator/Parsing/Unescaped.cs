using System.Text;

namespace SstpGen.Parsing
{
    /// <summary>
    /// A message string with the table's two-character escapes <c>\r</c>, <c>\n</c>, <c>\t</c> turned back into
    /// CR, LF and TAB (no other escaping exists: a lone backslash stands for itself), remembering where each
    /// character stood in the written string so problems can be reported at the right column.
    /// </summary>
    internal sealed class Unescaped
    {
        private readonly string _written;
        private int[]? _sourceIndexes;     // built at the first problem: most strings have none

        private Unescaped(string written, string value)
        {
            _written = written;
            Value = value;
        }

        public string Value { get; }

        /// <summary>Where character <paramref name="index"/> (or the end, for <c>Value.Length</c>) was written.</summary>
        public int SourceIndex(int index) => (_sourceIndexes ??= SourceIndexes(_written, Value.Length))[index];

        /// <summary>A text stored as it is (a Message Compiler source's): every character stands where it is.</summary>
        public static Unescaped Verbatim(string stored) => new(stored, stored);

        public static Unescaped From(string written)
        {
            if (written.IndexOf('\\') < 0)
            {
                return new Unescaped(written, written);
            }

            var value = new StringBuilder(written.Length);
            int i = 0;
            while (i < written.Length)
            {
                if (IsEscape(written, i))
                {
                    value.Append(written[i + 1] switch { 'r' => '\r', 'n' => '\n', _ => '\t' });
                    i += 2;
                }
                else
                {
                    value.Append(written[i]);
                    i++;
                }
            }

            return new Unescaped(written, value.ToString());
        }

        private static bool IsEscape(string written, int i) =>
            written[i] == '\\' && i + 1 < written.Length && written[i + 1] is 'r' or 'n' or 't';

        private static int[] SourceIndexes(string written, int length)
        {
            int[] map = new int[length + 1];
            int i = 0;
            for (int index = 0; index < length; index++)
            {
                map[index] = i;
                i += IsEscape(written, i) ? 2 : 1;
            }

            map[length] = written.Length;
            return map;
        }
    }
}
