namespace SstpGen.Model
{
    /// <summary>
    /// A message string parsed as FormatMessage reads it. <see cref="ArgumentCount"/> is the highest argument
    /// the template reads: FormatMessage needs at least that many inserts.
    /// </summary>
    internal sealed record ParsedTemplate(
        string Template,
        EquatableArray<TemplateSegment> Segments,
        int ArgumentCount);
}
