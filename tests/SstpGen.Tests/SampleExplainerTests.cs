using System.IO;
using SstpExplainer;
using Xunit;

namespace SstpGen.Tests;

/// <summary>The sample's command line: the catalogue, rendering an event for a Windows version, and clean errors.</summary>
public class SampleExplainerTests
{
    [Fact]
    public void Without_arguments_it_prints_the_catalogue_and_an_example()
    {
        var (code, output, error) = Run();
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("sstpsvc.dll: 27 events, provider Microsoft-Windows-RasSstp, 12 Windows versions", output);
        Assert.Contains("   6  VpnConnectionTerminated", output);
        Assert.Contains("  33  VpnSpecificCookiesConfigureFailed", output);
        Assert.Contains("SHA1 Certificate Hash: 3A4B…", output);
    }

    [Fact]
    public void It_renders_an_event_by_id_with_its_inserts_as_the_given_Windows_version_does()
    {
        var (code, output, _) = Run("6", "coid-1", "aa", "bb", "--windows", "7");
        Assert.Equal(0, code);
        Assert.Contains("as Windows 7 (sstpsvc.dll 6.1.7600.16385)", output);
        Assert.EndsWith("SHA1 Certificate Hash: aa\r\nSHA256 Certificate Hash: bb\r\n", output);
    }

    [Fact]
    public void It_accepts_names_hex_ids_and_release_numbers()
    {
        Assert.Equal(0, Run("negotiationfailed", "x", "--windows", "1607").Code);
        Assert.Equal(0, Run("0x5", "x", "--windows", "Windows81").Code);
    }

    [Theory]
    [InlineData("error: 'nope' is not an SSTP event id or name", "nope")]
    [InlineData("error: unknown Windows version '9'", "5", "x", "--windows", "9")]
    [InlineData("error: --windows needs a release", "5", "x", "--windows")]
    [InlineData("error: Message 0x00000006 (VpnConnectionTerminated) needs 3 inserts; got 1.", "6", "only-one")]
    public void Bad_arguments_give_a_clear_error_and_a_non_zero_exit(string message, params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith(message, error);
        Assert.DoesNotContain("   at ", error);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = ExplainerCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
