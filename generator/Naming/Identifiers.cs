using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace SstpGen.Naming
{
    /// <summary>Checks and repairs C# identifiers.</summary>
    internal static class Identifiers
    {
        /// <summary>Members every type inherits from object: a generated member of that name would hide one (CS0108).</summary>
        public static readonly System.Collections.Generic.HashSet<string> ObjectMembers = new(System.StringComparer.Ordinal)
        {
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        public static bool IsValid(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && name is not ("var" or "dynamic");

        /// <summary>A valid dotted namespace such as <c>Contoso.Vpn</c>.</summary>
        public static bool IsValidNamespace(string name)
        {
            foreach (string part in name.Split('.'))
            {
                if (!IsValid(part))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Makes a parameter name safe: keywords get the verbatim '@' prefix.</summary>
        public static string EscapeKeyword(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>An identifier must not start with a digit: "7Zip" → "_7Zip".</summary>
        public static string StartWithLetter(string name) =>
            name.Length > 0 && char.IsDigit(name[0]) ? "_" + name : name;

        public static string Hex(uint id) => "0x" + id.ToString("X8", CultureInfo.InvariantCulture);
    }
}
