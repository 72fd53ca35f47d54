namespace SstpGen.Naming
{
    /// <summary>
    /// One string per distinct word of a table. Naming splits every text into words several times; most words
    /// recur in thousands of texts, so handing out the pooled string instead of a new substring saves most of
    /// what naming allocates. Not thread-safe: one pool serves one table's naming.
    /// </summary>
    internal sealed class WordPool
    {
        private string?[] _slots = new string?[1024];
        private int _count;

        /// <summary>The pooled string equal to <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
        public string Get(string text, int start, int length)
        {
            uint hash = 2166136261;
            for (int i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }

            int mask = _slots.Length - 1;
            for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
            {
                string? word = _slots[slot];
                if (word is null)
                {
                    word = text.Substring(start, length);
                    _slots[slot] = word;
                    if (++_count * 2 > _slots.Length)
                    {
                        Grow();
                    }

                    return word;
                }

                if (word.Length == length && string.CompareOrdinal(word, 0, text, start, length) == 0)
                {
                    return word;
                }
            }
        }

        private void Grow()
        {
            string?[] old = _slots;
            _slots = new string?[old.Length * 2];
            _count = 0;
            foreach (string? word in old)
            {
                if (word is not null)
                {
                    Get(word, 0, word.Length);
                }
            }
        }
    }
}
