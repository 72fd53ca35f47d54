using SstpGen.Parsing;
using Xunit;

namespace SstpGen.Tests;

/// <summary>A message string's escapes come back as characters, and each character still knows the column it was written at.</summary>
public class UnescapedTests
{
    [Fact]
    public void Escapes_become_characters_and_positions_point_back_at_what_was_written()
    {
        const string written = @"Line\r\nA float %1!f!\tend\x";
        Unescaped text = Unescaped.From(written);

        Assert.Equal("Line\r\nA float %1!f!\tend\\x", text.Value);
        int percent = text.Value.IndexOf('%');
        Assert.Equal(written.IndexOf('%'), text.SourceIndex(percent));
        Assert.Equal(written.IndexOf("end", System.StringComparison.Ordinal), text.SourceIndex(text.Value.IndexOf("end", System.StringComparison.Ordinal)));
        Assert.Equal(written.Length, text.SourceIndex(text.Value.Length));
    }

    [Fact]
    public void A_string_without_backslashes_is_its_own_value_at_its_own_positions()
    {
        const string written = "No escapes here: %1 and 100%% sure";
        Unescaped text = Unescaped.From(written);

        Assert.Same(written, text.Value);
        for (int i = 0; i <= written.Length; i++)
        {
            Assert.Equal(i, text.SourceIndex(i));
        }
    }

    [Fact]
    public void A_problem_after_an_escape_is_reported_where_it_was_written()
    {
        const string written = @"First line\r\nA float %1!f! is not supported.\r\n";
        var problems = new System.Collections.Generic.List<TemplateProblem>();

        Assert.Null(TemplateParser.Parse(written, problems));

        TemplateProblem problem = Assert.Single(problems);
        Assert.Equal(written.IndexOf('%'), problem.Start);
        Assert.Equal("%1!f!".Length, problem.Length);
    }
}
