using System.Text;

namespace SstpGen.Naming
{
    /// <summary>
    /// The C# name of a Message Compiler source's <c>SymbolicName</c> (and of its severity and facility names), by one
    /// rule the README states: the name is cut at each '_', and each part is written with a capital first letter; a part
    /// in capitals (and digits) is lowered after its first letter (<c>MSG_COMMAND_ERR</c> → <c>MsgCommandErr</c>,
    /// <c>ERROR_IPSEC_IKE_TIMED_OUT</c> → <c>ErrorIpsecIkeTimedOut</c>), a part with a lower-case letter keeps its case
    /// (<c>TUNNEL_IPv6_ROUTE</c> → <c>TunnelIPv6Route</c>). Nothing is dropped, so adding a message never renames another.
    /// </summary>
    internal static class SymbolicNames
    {
        public static string ToCSharp(string name)
        {
            var result = new StringBuilder(name.Length);
            int start = 0;
            while (start <= name.Length)
            {
                int end = name.IndexOf('_', start);
                end = end < 0 ? name.Length : end;
                AppendPart(result, name, start, end);
                start = end + 1;
            }

            // Nothing but '_' is no name: the original is pinned and rejected (SSTP012), which names the message from its text.
            return result.Length == 0 ? name : result.ToString();
        }

        /// <summary>One part, name[start, end): a capital first letter, the rest lowered when the part has no lower-case letter.</summary>
        private static void AppendPart(StringBuilder result, string name, int start, int end)
        {
            if (start == end)
            {
                return;
            }

            bool hasLower = false;
            for (int i = start; i < end; i++)
            {
                hasLower |= name[i] is >= 'a' and <= 'z';
            }

            result.Append(char.ToUpperInvariant(name[start]));
            for (int i = start + 1; i < end; i++)
            {
                result.Append(hasLower ? name[i] : char.ToLowerInvariant(name[i]));
            }
        }
    }
}
