using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Parsing;
using Xunit;

namespace SstpGen.Tests;

/// <summary>Where the table's lines start and end: what every diagnostic's line and column come from.</summary>
public class TextLinesTests
{
    [Fact]
    public void Crlf_cr_and_lf_each_end_one_line_and_a_cr_at_the_very_end_too()
    {
        var lines = new TextLines("a\r\nb\rc\n\r");

        Assert.Equal(["a", "b", "c", "", ""], Enumerable.Range(0, lines.Count).Select(i => lines.TextOf(lines[i])));
    }

    [Fact]
    public void An_offset_maps_to_its_line_and_column_whatever_the_line_ends()
    {
        var lines = new TextLines("ab\r\ncd\ref");

        LinePositionSpan span = lines.GetLinePositionSpan(new TextSpan(5, 3));     // "d\re": line 1, column 1, to line 2, column 1

        Assert.Equal(new LinePosition(1, 1), span.Start);
        Assert.Equal(new LinePosition(2, 1), span.End);
    }
}
