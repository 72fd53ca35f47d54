using SstpGen.Naming;
using Xunit;

namespace SstpGen.Tests;

/// <summary>How message text is cut into the words names are made of.</summary>
public class WordsTests
{
    [Theory]
    [InlineData("The server's certificate isn't valid", new[] { "The", "servers", "certificate", "isnt", "valid" })]
    [InlineData("The server\u2019s name", new[] { "The", "servers", "name" })]
    [InlineData("the servers' list", new[] { "the", "servers", "list" })]
    public void Apostrophes_in_or_after_a_word_are_dropped_and_the_word_kept_whole(string text, string[] words)
    {
        Assert.Equal(words, Words.Split(text));
    }

    [Fact]
    public void Hyphenated_compounds_stay_one_word_and_a_loose_hyphen_splits()
    {
        Assert.Equal(["SSTP-based", "server", "up", "down"], Words.Split("SSTP-based server up - down"));
    }

    [Fact]
    public void Inserts_and_sentence_punctuation_are_boundaries()
    {
        Assert.Equal(["Port", "", "failed", "", "retry"], Words.Split("Port \u0001 failed: retry"));
    }
}
