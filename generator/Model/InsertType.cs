namespace SstpGen.Model
{
    /// <summary>
    /// The C# type a typed format method takes for one insert, chosen from how the template's printf specs read
    /// it (<c>%1</c>/<c>!s!</c> → string, <c>!d!</c> → int, <c>!x!</c> → uint, <c>!I64x!</c> → ulong, …).
    /// </summary>
    internal enum InsertType
    {
        String,
        Char,
        Int16,
        UInt16,
        Int32,
        UInt32,
        Int64,
        UInt64,
    }

    /// <summary>An <see cref="InsertType"/> as an element of an equatable array (an enum is not <see cref="System.IEquatable{T}"/> itself).</summary>
    internal readonly record struct ArgumentType(InsertType Type)
    {
        public static implicit operator InsertType(ArgumentType argument) => argument.Type;

        public static implicit operator ArgumentType(InsertType type) => new(type);
    }

    internal static class InsertTypes
    {
        /// <summary>The type an insert must have for <paramref name="spec"/> (null: a plain <c>%N</c>).</summary>
        public static InsertType Of(PrintfSpec? spec)
        {
            if (spec is null || spec.IsLiteral || spec.IsString)
            {
                return InsertType.String;
            }

            if (spec.Conversion is 'c' or 'C')
            {
                return InsertType.Char;
            }

            if (spec.Conversion == 'p')
            {
                // A pointer on 64-bit Windows, printed as 16 hex digits.
                return InsertType.UInt64;
            }

            bool signed = spec.Conversion is 'd' or 'i';
            return spec.Size switch
            {
                PrintfSize.Short => signed ? InsertType.Int16 : InsertType.UInt16,
                PrintfSize.Long64 => signed ? InsertType.Int64 : InsertType.UInt64,
                _ => signed ? InsertType.Int32 : InsertType.UInt32,
            };
        }

        public static bool IsInteger(this InsertType type) => type >= InsertType.Int16;

        public static int BitCount(this InsertType type) => type switch
        {
            InsertType.Int16 or InsertType.UInt16 => 16,
            InsertType.Int32 or InsertType.UInt32 => 32,
            _ => 64,
        };

        public static bool IsSigned(this InsertType type) => type is InsertType.Int16 or InsertType.Int32 or InsertType.Int64;

        /// <summary>
        /// One type for an insert read twice (<c>%1!d! (0x%1!x!)</c>): integers widen to the larger size, signed if
        /// either read is. A string or character read together with anything else has no honest common type:
        /// the result is null and the caller falls back to a string.
        /// </summary>
        public static InsertType? Unify(InsertType a, InsertType b)
        {
            if (a == b)
            {
                return a;
            }

            if (!a.IsInteger() || !b.IsInteger())
            {
                return null;
            }

            int bits = System.Math.Max(a.BitCount(), b.BitCount());
            bool signed = a.IsSigned() || b.IsSigned();
            return bits switch
            {
                16 => signed ? InsertType.Int16 : InsertType.UInt16,
                32 => signed ? InsertType.Int32 : InsertType.UInt32,
                _ => signed ? InsertType.Int64 : InsertType.UInt64,
            };
        }

        public static string CSharpName(this InsertType type) => type switch
        {
            InsertType.String => "string?",
            InsertType.Char => "char",
            InsertType.Int16 => "short",
            InsertType.UInt16 => "ushort",
            InsertType.Int32 => "int",
            InsertType.UInt32 => "uint",
            InsertType.Int64 => "long",
            _ => "ulong",
        };

        public static string Describe(this InsertType type) => type == InsertType.String ? "a string" : "a " + type.CSharpName();
    }
}
