using Microsoft.CodeAnalysis.CSharp;

namespace SstpGen.Naming
{
    /// <summary>Checks and repairs C# identifiers.</summary>
    internal static class Identifiers
    {
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
    }
}
