using System.Collections.Generic;

namespace SstpGen.Parsing.Markdown
{
    /// <summary>The markdown file as read, before templates are parsed and names are given.</summary>
    internal sealed class MarkdownDocument
    {
        public string? ModuleName { get; set; }

        public string? ModulePath { get; set; }

        public List<RawTable> Tables { get; } = new();
    }
}
