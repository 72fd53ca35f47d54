using System;
using System.Collections.Generic;
using System.Globalization;

namespace SstpGen.Naming
{
    /// <summary>
    /// One scope of the generated code whose names must differ: the members of one type, or the parameters of
    /// one method. It knows the names the generated code itself declares there (<see cref="IsReserved"/>) and the
    /// names given out so far.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> _reserved;
        private readonly Func<string, bool>? _alsoReserved;
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

        /// <param name="reserved">The names the generated code declares in this scope.</param>
        /// <param name="alsoReserved">Names reserved by a rule rather than a list (e.g. <c>Core</c>, as <c>FormatCore</c> is taken).</param>
        public NameScope(IEnumerable<string> reserved, Func<string, bool>? alsoReserved = null)
        {
            _reserved = new HashSet<string>(reserved, StringComparer.Ordinal);
            _alsoReserved = alsoReserved;
        }

        public bool IsReserved(string name) => _reserved.Contains(name) || (_alsoReserved is not null && _alsoReserved(name));

        public bool IsTaken(string name) => _taken.Contains(name);

        public bool IsFree(string name) => !IsTaken(name) && !IsReserved(name);

        /// <summary>Takes <paramref name="name"/> if it is free; false when it is reserved or already given out.</summary>
        public bool TryClaim(string name) => !IsReserved(name) && _taken.Add(name);

        /// <summary>
        /// Takes <paramref name="name"/>, or the first free of <c>name2</c>, <c>name3</c>… (<c>name_2</c> after a digit); a name
        /// longer than <see cref="Identifiers.MaxLength"/> is cut to it first.
        /// </summary>
        public string ClaimUnique(string name)
        {
            name = Identifiers.Shortened(name);
            if (TryClaim(name))
            {
                return name;
            }

            string stem = name.Length > 0 && char.IsDigit(name[name.Length - 1]) ? name + "_" : name;
            for (int n = 2; ; n++)
            {
                string suffix = n.ToString(CultureInfo.InvariantCulture);
                string candidate = Identifiers.Shortened(stem, Identifiers.MaxLength - suffix.Length) + suffix;
                if (TryClaim(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
