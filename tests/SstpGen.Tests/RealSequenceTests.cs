using SstpGen.Tests.Sequences;
using Xunit;

namespace SstpGen.Tests;

/// <summary>Template sequences that real tables use (Tables/real-sequences.md), rendered as formatmessage.md says.</summary>
public class RealSequenceTests
{
    [Fact]
    public void Percent_b_is_a_space_and_percent_r_a_lone_carriage_return()
    {
        Assert.Equal("Details:\r\n    Indented by four.\r\n", SequenceMessages.FormatIndent());
        Assert.Equal("Carriage\rreturn alone.\r\n", SequenceMessages.FormatLoneCr());
    }

    [Fact]
    public void Percent_before_punctuation_renders_the_character()
    {
        Assert.Equal("Path C:\\Windows\\System32\\\r\n", SequenceMessages.FormatBackslashes());
        Assert.Equal("Quoted \"<SystemRoot>\\System32\" text.\r\n", SequenceMessages.FormatPunctuation());
        Assert.Equal("%1020\r\n", SequenceMessages.FormatEscapedNumber());
    }

    [Fact]
    public void Inserts_go_up_to_two_digits()
    {
        string[] inserts = new string[99];
        for (int i = 0; i < inserts.Length; i++)
        {
            inserts[i] = "<" + (i + 1) + ">";
        }

        Assert.Equal("<1> <2> <3> <4> <5> <6> <7> <8> <9> <10> <11> <12> <42> <99>\r\n", SequenceMessages.Format(SequenceEventId.TwoDigits, inserts));
        Assert.Equal("Only two digits: <10>0790275 and <12>3.\r\n", SequenceMessages.FormatThreeDigits("<10>", "<12>"));
    }

    [Fact]
    public void Percent_zero_ends_the_message_and_percent_dot_is_a_dot_even_at_line_start()
    {
        Assert.Equal("Cut here", SequenceMessages.FormatEndMidString());
        Assert.Equal("First line.\r\n. Starts with a dot.\r\n", SequenceMessages.FormatDotAtLineStart());
    }
}
