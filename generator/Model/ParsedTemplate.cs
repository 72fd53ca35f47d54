using System.Linq;

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
        /// <summary>The 1-based arguments the template reads (values, widths and precisions), ascending.</summary>
        public EquatableArray<int> ReadArguments { get; } = Segments
            .Where(s => s.Insert is not null)
            .SelectMany(s => new[] { s.Insert!.ValueArgument, s.Insert.WidthArgument, s.Insert.PrecisionArgument })
            .Where(a => a > 0)
            .Distinct()
            .OrderBy(a => a)
            .ToEquatableArray();

        public InsertType TypeOf(int argument) => ArgumentTypes[argument - 1];
    }
}
