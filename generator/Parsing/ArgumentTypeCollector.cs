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
        private readonly Dictionary<int, InsertType> _types = new();
        private HashSet<int>? _conflicted;     // rare: created at the first conflict

        /// <summary>
        /// Records that <paramref name="argument"/> (0: none) is read as <paramref name="type"/> by the insert at
        /// <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>.
        /// </summary>
        public void Read(int argument, InsertType type, Unescaped text, int start, int end, List<TemplateProblem> problems)
        {
            if (argument <= 0 || (_conflicted is not null && _conflicted.Contains(argument)))
            {
                return;
            }

            if (!_types.TryGetValue(argument, out InsertType earlier))
            {
                _types.Add(argument, type);
                return;
            }

            if (InsertTypes.Unify(earlier, type) is { } common)
            {
                _types[argument] = common;
                return;
            }

            (_conflicted ??= new HashSet<int>()).Add(argument);
            _types[argument] = InsertType.String;
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
                result[argument - 1] = _types.TryGetValue(argument, out InsertType type) ? type : InsertType.String;
            }

            return result.ToEquatableArray();
        }
    }
}
