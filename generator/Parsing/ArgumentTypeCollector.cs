using System;
using System.Collections.Generic;
using System.Globalization;
using SstpGen.Diagnostics;
using SstpGen.Model;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Gathers the type of each argument of one template as its inserts read it, and reports an argument read
    /// both as text (or a character) and as a number: no C# type honestly holds both, so it stays a string.
    /// </summary>
    internal sealed class ArgumentTypeCollector
    {
        // By argument (1-based): its type + 1, 0 while no insert has read it; whether two reads conflicted.
        private int[] _types = new int[8];
        private bool[] _conflicted = new bool[8];

        /// <summary>
        /// Records that <paramref name="argument"/> (0: none) is read as <paramref name="type"/> by the insert at
        /// <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>.
        /// </summary>
        public void Read(int argument, InsertType type, Unescaped text, int start, int end, List<TemplateProblem> problems)
        {
            if (argument <= 0)
            {
                return;
            }

            if (argument >= _types.Length)
            {
                Array.Resize(ref _types, Math.Max(2 * _types.Length, argument + 1));
                Array.Resize(ref _conflicted, _types.Length);
            }

            if (_conflicted[argument])
            {
                return;
            }

            if (_types[argument] == 0)
            {
                _types[argument] = (int)type + 1;
                return;
            }

            InsertType earlier = (InsertType)(_types[argument] - 1);
            if (InsertTypes.Unify(earlier, type) is { } common)
            {
                _types[argument] = (int)common + 1;
                return;
            }

            _conflicted[argument] = true;
            _types[argument] = (int)InsertType.String + 1;
            problems.Add(new TemplateProblem(
                SstpDiagnostics.ConflictingInsertTypes.Id, text.SourceIndex(start), text.SourceIndex(end) - text.SourceIndex(start),
                argument.ToString(CultureInfo.InvariantCulture), type.Describe(), earlier.Describe()));
        }

        /// <summary>The type of arguments 1…<paramref name="count"/>; an argument no insert reads is a string.</summary>
        public EquatableArray<ArgumentType> ToArray(int count)
        {
            var result = new ArgumentType[count];
            for (int argument = 1; argument <= count; argument++)
            {
                result[argument - 1] = argument < _types.Length && _types[argument] > 0 ? (InsertType)(_types[argument] - 1) : InsertType.String;
            }

            return result.ToEquatableArray();
        }
    }
}
