namespace SstpGen.Model
{
    /// <summary>
    /// One piece of a rendered message: literal text (already as FormatMessage renders it: <c>%n</c> and line
    /// ends turned into CRLF, <c>%%</c> into <c>%</c>, …) or an insert.
    /// </summary>
    internal sealed record TemplateSegment(string Literal, InsertReference? Insert)
    {
        public static TemplateSegment Text(string literal) => new(literal, null);

        public static TemplateSegment ForInsert(InsertReference insert) => new(string.Empty, insert);
    }

    /// <summary>
    /// An insert as FormatMessage consumes it: <see cref="Number"/> is the <c>%N</c> the template wrote;
    /// <see cref="ValueArgument"/> is the 1-based argument that holds the value (it differs from
    /// <see cref="Number"/> only when the spec takes a width or precision from the arguments, see
    /// formatmessage.md), and <see cref="WidthArgument"/>/<see cref="PrecisionArgument"/> (0 when unused)
    /// name the arguments holding those.
    /// </summary>
    internal sealed record InsertReference(
        int Number,
        int ValueArgument,
        int WidthArgument,
        int PrecisionArgument,
        PrintfSpec? Spec)
    {
        /// <summary>
        /// Whether rendering it takes a printf conversion: anything but a plain string (<c>%1</c>, <c>%1!s!</c>) and a
        /// conversion printf does not know (which prints its text).
        /// </summary>
        public bool IsPrintf => Spec is { IsLiteral: false } spec
            && !(spec.IsString && spec.Width == 0 && !spec.WidthFromArgument && spec.Precision < 0 && !spec.PrecisionFromArgument);
    }
}
