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
            foreach (string part in name.Split('_'))
            {
                if (part.Length == 0)
                {
                    continue;
                }

                bool hasLower = false;
                foreach (char c in part)
                {
                    hasLower |= c is >= 'a' and <= 'z';
                }

                result.Append(char.ToUpperInvariant(part[0]));
                result.Append(hasLower ? part.Substring(1) : part.Substring(1).ToLowerInvariant());
            }

            // Nothing but '_' is no name: the original is pinned and rejected (SSTP012), which names the message from its text.
            return result.Length == 0 ? name : result.ToString();
        }
    }
}
