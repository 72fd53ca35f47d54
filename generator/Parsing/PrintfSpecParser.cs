using SstpGen.Model;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Reads the text between the <c>!</c>s of <c>%N!spec!</c> as Windows' C runtime reads a printf conversion:
    /// flags, width, precision, size prefix, conversion character; whatever follows is printed literally.
    /// </summary>
    internal static class PrintfSpecParser
    {
        /// <summary>Returns null for the empty spec <c>%1!!</c>, which prints nothing.</summary>
        public static PrintfSpec? Parse(string spec)
        {
            if (spec.Length == 0)
            {
                return null;
            }

            int i = 0;
            bool left = false, plus = false, space = false, alternate = false, zero = false;
            for (; i < spec.Length; i++)
            {
                switch (spec[i])
                {
                    case '-': left = true; continue;
                    case '+': plus = true; continue;
                    case ' ': space = true; continue;
                    case '#': alternate = true; continue;
                    case '0': zero = true; continue;
                }

                break;
            }

            int width = 0;
            bool widthFromArgument = false;
            if (i < spec.Length && spec[i] == '*')
            {
                widthFromArgument = true;
                i++;
            }
            else
            {
                width = ReadNumber(spec, ref i);
            }

            int precision = PrintfSpec.NoPrecision;
            bool precisionFromArgument = false;
            if (i < spec.Length && spec[i] == '.')
            {
                i++;
                if (i < spec.Length && spec[i] == '*')
                {
                    precisionFromArgument = true;
                    i++;
                }
                else
                {
                    precision = ReadNumber(spec, ref i);
                }
            }

            PrintfSize size = ReadSize(spec, ref i);
            char conversion = i < spec.Length && IsConversion(spec[i]) ? spec[i] : '\0';
            string suffix = conversion == '\0' ? spec.Substring(i) : spec.Substring(i + 1);
            return new PrintfSpec(left, plus, space, alternate, zero, width, widthFromArgument, precision, precisionFromArgument, size, conversion, suffix);
        }

        /// <summary>FormatMessage rejects templates asking for <c>n</c> or floating point.</summary>
        public static bool IsSupported(PrintfSpec spec) => spec.Conversion is not ('n' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'a' or 'A');

        private static bool IsConversion(char c) => c is 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'c' or 'C' or 's' or 'S' or 'p'
            or 'n' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'a' or 'A';

        private static int ReadNumber(string spec, ref int i)
        {
            int value = 0;
            while (i < spec.Length && spec[i] is >= '0' and <= '9')
            {
                value = (value * 10) + (spec[i] - '0');
                i++;
            }

            return value;
        }

        private static PrintfSize ReadSize(string spec, ref int i)
        {
            string rest = spec.Substring(i);
            if (rest.StartsWith("I64", System.StringComparison.Ordinal))
            {
                i += 3;
                return PrintfSize.Long64;
            }

            if (rest.StartsWith("I32", System.StringComparison.Ordinal))
            {
                i += 3;
                return PrintfSize.Default;
            }

            if (rest.StartsWith("ll", System.StringComparison.Ordinal))
            {
                i += 2;
                return PrintfSize.Long64;
            }

            if (rest.Length == 0)
            {
                return PrintfSize.Default;
            }

            switch (rest[0])
            {
                case 'I':
                case 'j':
                case 'z':
                case 't':
                    i++;
                    return PrintfSize.Long64;
                case 'h':
                    i++;
                    return PrintfSize.Short;
                case 'l':
                case 'w':
                case 'L':
                    i++;
                    return PrintfSize.Default;
                default:
                    return PrintfSize.Default;
            }
        }
    }
}
