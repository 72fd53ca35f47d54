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
        private readonly int[] _sourceIndexes;

        private Unescaped(string value, int[] sourceIndexes)
        {
            Value = value;
            _sourceIndexes = sourceIndexes;
        }

        public string Value { get; }

        /// <summary>Where character <paramref name="index"/> (or the end, for <c>Value.Length</c>) was written.</summary>
        public int SourceIndex(int index) => _sourceIndexes[index];

        public static Unescaped From(string written)
        {
            var value = new StringBuilder(written.Length);
            int[] map = new int[written.Length + 1];
            int i = 0;
            while (i < written.Length)
            {
                map[value.Length] = i;
                if (written[i] == '\\' && i + 1 < written.Length && written[i + 1] is 'r' or 'n' or 't')
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

            map[value.Length] = written.Length;
            return new Unescaped(value.ToString(), map);
        }
    }
}
