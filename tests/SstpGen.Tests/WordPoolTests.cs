using System.Collections.Generic;
using System.Globalization;
using SstpGen.Naming;
using Xunit;

namespace SstpGen.Tests;

/// <summary>The word pool hands out one string per distinct word, equal to the text it was asked for, however many words it holds.</summary>
public class WordPoolTests
{
    [Fact]
    public void Equal_words_share_one_string_and_different_words_do_not()
    {
        var pool = new WordPool();
        const string text = "the service stopped; the Service";

        string first = pool.Get(text, 0, 3);
        string again = pool.Get(text, 21, 3);
        string service = pool.Get(text, 4, 7);
        string capitalised = pool.Get(text, 25, 7);

        Assert.Equal("the", first);
        Assert.Same(first, again);
        Assert.Equal("service", service);
        Assert.Equal("Service", capitalised);
        Assert.NotSame(service, capitalised);
    }

    [Fact]
    public void Words_stay_pooled_and_exact_as_the_pool_grows()
    {
        var pool = new WordPool();
        var first = new Dictionary<string, string>();
        for (int i = 0; i < 5_000; i++)
        {
            string text = "<" + i.ToString(CultureInfo.InvariantCulture) + ">";
            string word = pool.Get(text, 1, text.Length - 2);
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), word);
            first.Add(word, word);
        }

        foreach (KeyValuePair<string, string> pair in first)
        {
            Assert.Same(pair.Value, pool.Get(" " + pair.Key + " ", 1, pair.Key.Length));
        }
    }

    [Fact]
    public void Splitting_with_a_pool_gives_the_same_words_as_without()
    {
        const string text = "The SSTP-based server's certificate (SHA256) could not be found: %1.\r\nThe server's certificate";
        var pool = new WordPool();

        List<string> pooled = Words.Split(text, pool);

        Assert.Equal(Words.Split(text), pooled);
        Assert.Same(pooled[0], Words.Split("The end", pool)[0]);
    }
}
