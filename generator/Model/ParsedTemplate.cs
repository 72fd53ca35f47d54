namespace SstpGen.Model
{
    /// <summary>
    /// A message string parsed as FormatMessage reads it. <see cref="ArgumentCount"/> is the highest argument
    /// the template reads: FormatMessage needs at least that many inserts. <see cref="ArgumentTypes"/> holds
    /// the type of each argument (index 0 is argument 1) as its printf specs read it.
    /// </summary>
    internal sealed record ParsedTemplate(
        string Template,
        EquatableArray<TemplateSegment> Segments,
        int ArgumentCount,
        EquatableArray<InsertType> ArgumentTypes)
    {
        public InsertType TypeOf(int argument) => ArgumentTypes[argument - 1];

        public bool Reads(int argument) => System.Linq.Enumerable.Any(
            Segments,
            s => s.Insert is { } insert && (insert.ValueArgument == argument || insert.WidthArgument == argument || insert.PrecisionArgument == argument));
    }
}
