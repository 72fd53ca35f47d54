using System.Collections.Generic;

namespace SstpGen.Model
{
    /// <summary>
    /// A message string parsed as FormatMessage reads it. <see cref="ArgumentCount"/> is the highest argument
    /// the template reads: FormatMessage needs at least that many inserts. <see cref="ArgumentTypes"/> holds
    /// the type of each argument (index 0 is argument 1) as its printf specs read it. <see cref="Program"/> is
    /// what the generated renderer runs to render it (<see cref="Parsing.RenderProgramBuilder"/>).
    /// </summary>
    internal sealed record ParsedTemplate(
        string Template,
        EquatableArray<TemplateSegment> Segments,
        int ArgumentCount,
        EquatableArray<ArgumentType> ArgumentTypes,
        EquatableArray<int> Program)
    {
        /// <summary>The 1-based arguments the template reads (values, widths and precisions), ascending.</summary>
        public EquatableArray<int> ReadArguments { get; } = ReadArgumentsOf(Segments);

        public InsertType TypeOf(int argument) => ArgumentTypes[argument - 1];

        private static EquatableArray<int> ReadArgumentsOf(EquatableArray<TemplateSegment> segments)
        {
            var read = new List<int>();
            foreach (TemplateSegment segment in segments)
            {
                if (segment.Insert is { } insert)
                {
                    Add(read, insert.ValueArgument);
                    Add(read, insert.WidthArgument);
                    Add(read, insert.PrecisionArgument);
                }
            }

            if (read.Count == 0)
            {
                return EquatableArray<int>.Empty;
            }

            read.Sort();
            return read.ToEquatableArray();
        }

        private static void Add(List<int> read, int argument)
        {
            if (argument > 0 && !read.Contains(argument))
            {
                read.Add(argument);
            }
        }
    }
}
