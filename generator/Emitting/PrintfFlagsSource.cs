using System.Collections.Generic;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>
    /// The printf flags (<c>-</c>, <c>+</c>, space, <c>#</c>, <c>0</c>) as the generated <c>PrintfFlags</c> enum that
    /// both printf helpers take, and a spec's flags as a C# expression of it.
    /// </summary>
    internal static class PrintfFlagsSource
    {
        /// <summary>"PrintfFlags.Alternate | PrintfFlags.ZeroPad" for <c>!#08x!</c>.</summary>
        public static string Expression(PrintfSpec spec)
        {
            var flags = new List<string>();
            if (spec.LeftAlign) flags.Add("PrintfFlags.LeftAlign");
            if (spec.Plus) flags.Add("PrintfFlags.Plus");
            if (spec.Space) flags.Add("PrintfFlags.Space");
            if (spec.Alternate) flags.Add("PrintfFlags.Alternate");
            if (spec.ZeroPad) flags.Add("PrintfFlags.ZeroPad");
            return flags.Count == 0 ? "PrintfFlags.None" : string.Join(" | ", flags);
        }

        public const string Source =
@"/// <summary>The flags of a printf conversion: <c>-</c>, <c>+</c>, space, <c>#</c>, <c>0</c>.</summary>
[global::System.Flags]
private enum PrintfFlags
{
    None = 0,
    LeftAlign = 1,
    Plus = 2,
    Space = 4,
    Alternate = 8,
    ZeroPad = 16,
}";
    }
}
