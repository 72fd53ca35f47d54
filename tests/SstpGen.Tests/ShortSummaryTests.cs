using System.Linq;
using System.Threading;
using SstpGen.Emitting;
using SstpGen.Model;
using SstpGen.Parsing;
using Xunit;

namespace SstpGen.Tests;

/// <summary>The one-line summary of the enum members and <c>Ids</c>: the id, then the text's first 100 characters, with "…" exactly when it is cut.</summary>
public sealed class ShortSummaryTests
{
    [Theory]
    [InlineData("Short text.", "0x00000001: Short text.")]
    [InlineData("Before %1 after.", "0x00000001: Before %1 after.")]
    [InlineData("   Leading spaces are dropped.", "0x00000001: Leading spaces are dropped.")]
    [InlineData("A < B & C", "0x00000001: A &lt; B &amp; C")]
    public void A_short_text_is_shown_whole(string text, string expected) => Assert.Equal(expected, SummaryOf(text));

    [Fact]
    public void A_long_text_is_cut_at_100_characters_with_an_ellipsis()
    {
        string summary = SummaryOf(new string('a', 100) + "b and more");
        Assert.Equal("0x00000001: " + new string('a', 100) + "…", summary);
    }

    [Fact]
    public void A_long_text_after_much_whitespace_is_still_marked_as_cut()
    {
        // The summary reads only as much of the text as it needs; whitespace it trims must not hide the cut.
        string summary = SummaryOf(new string(' ', 150) + new string('w', 60) + "%1" + new string('z', 60));
        Assert.EndsWith("…", summary);
        Assert.Equal("0x00000001: ".Length + 100 + 1, summary.Length);
    }

    [Fact]
    public void A_text_of_exactly_100_characters_is_not_cut() =>
        Assert.Equal("0x00000001: " + new string('a', 100), SummaryOf(new string('a', 100)));

    private static string SummaryOf(string text)
    {
        string table = "## s.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | " + text + "\\r\\n\n";
        var options = new TableOptions(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);
        MessageTableModel model = MessageTableParser.Parse(new TableInput("/t/s.md", "SstpMessages", table, options, EquatableArray<DiagnosticInfo>.Empty), CancellationToken.None).Table!;
        return new TablePlan(model, System.Threading.CancellationToken.None).Summary(0);
    }
}
