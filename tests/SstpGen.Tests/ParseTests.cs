using System;
using System.Linq;
using System.Text;
using CsCheck;
using SstpGen.Tests.Sstpsvc;
using Xunit;
using Xunit.Abstractions;

namespace SstpGen.Tests;

/// <summary>
/// From rendered text back to the message: the generated TryParse finds the message and its inserts, tolerates
/// what forwarding does to line ends and trailing whitespace, and what it returns renders back to the text.
/// </summary>
public class ParseTests(ITestOutputHelper output)
{
    private static readonly long Cases = long.TryParse(Environment.GetEnvironmentVariable("SSTPGEN_PROPERTY_ITERATIONS"), out long n) ? n : 300;

    private static readonly uint[] s_ids = typeof(SstpMessages.Ids).GetFields().Select(f => (uint)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void A_rendered_event_gives_back_its_id_and_inserts()
    {
        string text = SstpMessages.FormatVpnConnectionTerminated("{2b2e9c2a}", "3A4B", "9F00");
        Assert.True(SstpMessages.TryParse(text, out uint id, out string?[] inserts));
        Assert.Equal(SstpMessages.Ids.VpnConnectionTerminated, id);
        Assert.Equal(new string?[] { "{2b2e9c2a}", "3A4B", "9F00" }, inserts);
    }

    [Fact]
    public void Any_message_with_any_inserts_parses_back_to_a_message_that_renders_the_same_text()
    {
        // Inserts without whitespace at their ends or the following literal text (the documented hard cases).
        Gen<string> insert = Gen.String[Gen.Char["abcxyzABC0189{}-_.=#/"], 0, 24];
        int ran = 0, unique = 0;
        Gen.Select(Gen.Int[0, s_ids.Length - 1], insert.Array[8]).Sample(
            c =>
            {
                uint id = s_ids[c.Item1];
                Assert.True(SstpMessages.TryFormat(id, c.Item2, out string? text));
                Assert.True(SstpMessages.TryParse(text!, out uint parsedId, out string?[] parsed), $"0x{id:X8} did not parse: {text}");
                Assert.True(SstpMessages.TryFormat(parsedId, parsed, out string? again));
                Assert.Equal(text, again);
                if (SstpMessages.ParseAll(text!).Select(m => m.Id).Distinct().Count() == 1)
                {
                    unique++;
                    Assert.Equal(id, parsedId);
                    Assert.Equal(c.Item2.Take(parsed.Length), parsed);
                }

                System.Threading.Interlocked.Increment(ref ran);
            },
            seed: PrintfSpecTests.Seed,
            iter: Cases,
            threads: 1,
            print: c => $"0x{s_ids[c.Item1]:X8} with [{string.Join(", ", c.Item2)}]");
        output.WriteLine($"{ran} renderings parsed back, {unique} of them unique in the table");
    }

    [Theory]
    [InlineData("LF line ends", "\r\n", "\n")]
    [InlineData("CR line ends", "\r\n", "\r")]
    public void Line_ends_may_be_LF_or_CR(string what, string from, string to)
    {
        string text = SstpMessages.FormatVpnConnectionTerminated("c", "1", "2").Replace(from, to, StringComparison.Ordinal);
        Assert.True(SstpMessages.TryParse(text, out uint id, out string?[] inserts), what);
        Assert.Equal(SstpMessages.Ids.VpnConnectionTerminated, id);
        Assert.Equal(new string?[] { "c", "1", "2" }, inserts);
    }

    [Fact]
    public void The_trailing_line_break_may_be_trimmed_and_trailing_whitespace_added()
    {
        string text = SstpMessages.FormatNegotiationFailed("{77}");
        foreach (string variant in new[] { text.TrimEnd(), text + "  \t", text.TrimEnd() + " \r\n\r\n" })
        {
            Assert.True(SstpMessages.TryParse(variant, out uint id, out string?[] inserts));
            Assert.Equal(SstpMessages.Ids.NegotiationFailed, id);
            Assert.Equal(new string?[] { "{77}" }, inserts);
        }
    }

    [Fact]
    public void Flattened_line_breaks_match_as_an_option()
    {
        string flattened = SstpMessages.FormatVpnConnectionTerminated("c", "1", "2").Replace("\r\n", " ", StringComparison.Ordinal).TrimEnd();
        Assert.False(SstpMessages.TryParse(flattened, out _, out _));
        Assert.True(SstpMessages.TryParse(flattened, SstpMessages.MessageParseOptions.FlattenedLineBreaks, out SstpMessages.MessageMatch? match));
        Assert.Equal(SstpMessages.Ids.VpnConnectionTerminated, match!.Id);
        Assert.Equal(new string?[] { "c", "1", "2" }, match.Inserts);
    }

    [Fact]
    public void Exact_matching_takes_only_what_FormatMessage_renders()
    {
        string text = SstpMessages.FormatNegotiationFailed("{77}");
        Assert.True(SstpMessages.TryParse(text, SstpMessages.MessageParseOptions.Exact, out _));
        Assert.False(SstpMessages.TryParse(text.TrimEnd(), SstpMessages.MessageParseOptions.Exact, out _));
        Assert.False(SstpMessages.TryParse(text.Replace("\r\n", "\n", StringComparison.Ordinal), SstpMessages.MessageParseOptions.Exact, out _));
    }

    [Fact]
    public void The_match_says_which_Windows_versions_have_the_text()
    {
        Assert.True(SstpMessages.TryParse("System", SstpMessages.MessageParseOptions.None, out SstpMessages.MessageMatch? match));
        Assert.Equal(SstpMessages.Ids.ChannelSystem, match!.Id);
        Assert.Equal([SstpWindowsVersion.Windows7, SstpWindowsVersion.Windows8, SstpWindowsVersion.Windows81], match.Versions);
        Assert.Equal(SstpMessages.Templates.ChannelSystem, match.Template);
    }

    [Fact]
    public void When_several_messages_explain_a_text_the_one_with_the_most_literal_text_wins_and_all_are_listed()
    {
        // 0x1 and 0x17 share their first 120 characters; 0x17's own words are longer.
        string proxy = SstpMessages.FormatInitialRequestSendFailedProxyAuthentication("{1}");
        Assert.True(SstpMessages.TryParse(proxy, out uint id, out _));
        Assert.Equal(SstpMessages.Ids.InitialRequestSendFailedProxyAuthentication, id);

        string plain = SstpMessages.FormatInitialRequestSendFailed("{1}", "The server is down.");
        SstpMessages.MessageMatch[] all = SstpMessages.ParseAll(plain);
        Assert.Equal(SstpMessages.Ids.InitialRequestSendFailed, all[0].Id);
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.True(pair.First.LiteralLength >= pair.Second.LiteralLength));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Something else entirely.")]
    [InlineData("CoId=x:The Secure Socket Tunneling Protocol (SSTP) negotiation has NOT failed.")]
    public void A_text_no_message_renders_is_not_parsed(string text)
    {
        Assert.False(SstpMessages.TryParse(text, out uint id, out string?[] inserts));
        Assert.Equal(0u, id);
        Assert.Empty(inserts);
        Assert.Empty(SstpMessages.ParseAll(text));
    }

    [Fact]
    public void Every_insert_may_be_empty()
    {
        string text = SstpMessages.FormatVpnConnectionTerminated(string.Empty, string.Empty, string.Empty);
        Assert.True(SstpMessages.TryParse(text, out uint id, out string?[] inserts));
        Assert.Equal(SstpMessages.Ids.VpnConnectionTerminated, id);
        Assert.Equal(new string?[] { "", "", "" }, inserts);
    }

    [Fact]
    public void A_megabyte_insert_is_parsed()
    {
        string big = new string('x', 1 << 20);
        string text = SstpMessages.FormatRouteConfigureFailed(big);
        Assert.True(SstpMessages.TryParse(text, out uint id, out string?[] inserts));
        Assert.Equal(SstpMessages.Ids.RouteConfigureFailed, id);
        Assert.Equal(big, inserts.Single());
        Assert.False(SstpMessages.TryParse(new StringBuilder().Append('y', 1 << 20).ToString(), out _, out _));
    }

    [Fact]
    public void An_insert_that_contains_the_following_literal_is_cut_short_but_the_result_still_renders_the_same_text()
    {
        // The documented hard case: %1 of 0x20 is followed by " is different than the certificate bound ".
        string tricky = "A is different than the certificate bound B";
        string text = SstpMessages.FormatThumbprintMismatch(tricky, "C");
        Assert.True(SstpMessages.TryParse(text, out uint id, out string?[] inserts));
        Assert.Equal(SstpMessages.Ids.ThumbprintMismatch, id);
        Assert.Equal("A", inserts[0]);
        Assert.True(SstpMessages.TryFormat(id, inserts, out string? again));
        Assert.Equal(text, again);
    }
}
