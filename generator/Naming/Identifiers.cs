using Microsoft.CodeAnalysis.CSharp;

namespace SstpGen.Naming
{
    /// <summary>Checks and repairs C# identifiers.</summary>
    internal static class Identifiers
    {
        /// <summary>
        /// The longest name SstpGen gives out. Metadata holds at most 1,023 UTF-8 bytes per name, and a name is also part
        /// of longer ones (<c>Format</c> + name, name + <c>_Windows10Version1511</c>): a text of one very long word must not
        /// make one that no compiler can emit.
        /// </summary>
        public const int MaxLength = 200;

        public static bool IsValid(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
            && name is not ("var" or "dynamic") && name.Length <= MaxLength;

        /// <summary>The name cut to <paramref name="length"/> characters (never between the halves of a surrogate pair).</summary>
        public static string Shortened(string name, int length = MaxLength) =>
            name.Length <= length ? name : name.Substring(0, char.IsHighSurrogate(name[length - 1]) ? length - 1 : length);

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
    }
}
