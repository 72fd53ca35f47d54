using System;

namespace SstpGen.Model
{
    /// <summary>The integer size prefix of a printf conversion, as Windows' C runtime reads it.</summary>
    internal enum PrintfSize
    {
        /// <summary>No prefix: 32-bit integers.</summary>
        Default,

        /// <summary><c>h</c>: 16-bit.</summary>
        Short,

        /// <summary><c>ll</c>, <c>I64</c>, <c>j</c>, and the pointer-sized <c>I</c>, <c>z</c>, <c>t</c> on 64-bit Windows.</summary>
        Long64,
    }

    /// <summary>
    /// A parsed <c>%N!spec!</c> printf conversion. <see cref="Conversion"/> is <c>'\0'</c> when the conversion
    /// position held something printf does not know: then <see cref="Suffix"/> is rendered in its place.
    /// </summary>
    internal sealed record PrintfSpec(
        bool LeftAlign,
        bool Plus,
        bool Space,
        bool Alternate,
        bool ZeroPad,
        int Width,
        bool WidthFromArgument,
        int Precision,
        bool PrecisionFromArgument,
        PrintfSize Size,
        char Conversion,
        string Suffix)
    {
        public const int NoPrecision = -1;

        public bool IsString => Conversion is 's' or 'S';

        public bool IsLiteral => Conversion == '\0';

        /// <summary>How many printf arguments the stars of this spec take before the value.</summary>
        public int StarCount => (WidthFromArgument ? 1 : 0) + (PrecisionFromArgument ? 1 : 0);
    }
}
