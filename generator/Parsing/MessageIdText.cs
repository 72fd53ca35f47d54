using System.Globalization;

namespace SstpGen.Parsing
{
    /// <summary>The written form of a message identifier: <c>0x</c> and exactly 8 lower-case hex digits.</summary>
    internal static class MessageIdText
    {
        /// <summary>The characters of a written identifier.</summary>
        public const int Length = 10;

        public static bool TryParse(string text, out uint id)
        {
            id = 0;
            if (text.Length != Length || text[0] != '0' || text[1] != 'x')
            {
                return false;
            }

            for (int i = 2; i < 10; i++)
            {
                if (text[i] is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
                {
                    return false;
                }
            }

            return uint.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id);
        }

        public static string Format(uint id) => "0x" + id.ToString("x8", CultureInfo.InvariantCulture);
    }
}
