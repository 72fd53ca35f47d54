using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SstpExplainer;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The sample explainer as an administrator uses it: the catalogue, one event rendered from inserts, and event log
/// exports in every form Windows writes them, checked against Windows' own rendering.
/// </summary>
[Collection(nameof(MeasuresTheProcessMemory))]
public sealed class SampleExplainerTests : IDisposable
{
    private const string TerminatedEn = "CoId={2b2e9c2a}:The SSTP-based VPN connection to the remote access server was terminated because of a security check failure. Security settings on the remote access server do not match settings on this computer. Contact the system administrator of the remote access server and relay the following information:\r\n\r\nSHA1 Certificate Hash: 3A4B\r\nSHA256 Certificate Hash: 9F00\r\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("sstp-explainer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Without_arguments_it_prints_the_catalogue_with_insert_names_and_no_severity_bits()
    {
        var (code, output, error) = Run();
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("sstpsvc.dll: 27 events of provider Microsoft-Windows-RasSstp, 12 Windows versions", output);
        Assert.Matches(@"   6  VpnConnectionTerminated +all \(Windows 7 – Windows 11 version 21H2\) +coId, sha1CertificateHash, sha256CertificateHash", output);
        Assert.DoesNotContain("Success", output);
        Assert.Equal(output, Run("list").Output);
    }

    [Fact]
    public void Show_renders_an_event_by_id_with_its_inserts_as_the_given_Windows_version_does()
    {
        var (code, output, _) = Run("show", "6", "coid-1", "aa", "bb", "--windows", "7");
        Assert.Equal(0, code);
        Assert.Contains("as Windows 7 (sstpsvc.dll 6.1.7600.16385)", output);
        Assert.EndsWith("SHA1 Certificate Hash: aa\r\nSHA256 Certificate Hash: bb\r\n", output);
        Assert.Equal(0, Run("show", "negotiationfailed", "x", "--windows", "1607").Code);
        Assert.Equal(0, Run("show", "0x5", "x", "-w", "Windows81").Code);

        var french = Run("show", "6", "coid-1", "aa", "bb", "--language", "fr-FR");
        Assert.Contains("renders it in en-US (the table has no fr-FR text of it):", french.Output);
        Assert.EndsWith("SHA1 Certificate Hash: aa\r\nSHA256 Certificate Hash: bb\r\n", french.Output);
        Assert.Contains("renders it in en-US:", Run("show", "6", "coid-1", "aa", "bb", "-l", "en-US").Output);
    }

    [Theory]
    [InlineData("error: 'nope' is not an SSTP event id or name", "show", "nope")]
    [InlineData("error: unknown Windows version '9'", "show", "5", "x", "--windows", "9")]
    [InlineData("error: Required argument missing for option: '--windows'.", "show", "5", "x", "--windows")]
    [InlineData("error: Message 0x00000006 (VpnConnectionTerminated) needs 3 inserts; got 1.", "show", "6", "only-one")]
    [InlineData("error: Required argument 'file' missing", "explain")]
    [InlineData("error: Unrecognized command or argument 'frobnicate'.", "frobnicate")]
    [InlineData("error: unknown Windows version 'XP'", "explain", "x.xml", "--windows", "XP")]
    public void Bad_arguments_give_a_clear_error_and_exit_code_2(string message, params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith(message, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("explain")]
    [InlineData("show")]
    [InlineData("list")]
    public void Each_command_has_help(string command)
    {
        var (code, output, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Matches("Usage:\n +[^ ]+ " + command, output);
    }

    public static TheoryData<string, string> ExportForms => new()
    {
        { "wevtutil, UTF-8", "wevtutil-utf8" },
        { "Event Viewer, UTF-8 with BOM", "eventviewer-utf8bom" },
        { "PowerShell 5.1 redirect, UTF-16 LE with BOM", "powershell-utf16" },
        { "PowerShell, LF line ends", "powershell-lf" },
    };

    [Theory]
    [MemberData(nameof(ExportForms))]
    public void Explain_reads_every_export_form_Windows_writes(string what, string form)
    {
        string[] events =
        [
            EventExports.Event(6, ["{2b2e9c2a}", "3A4B", "9F00"], recordId: 1, windowsMessage: TerminatedEn.Replace("\r\n", "\n", StringComparison.Ordinal)),
            EventExports.Event(7036, ["Print Spooler", "running"], provider: "Service Control Manager", level: 4, recordId: 2),
            EventExports.Event(5, ["{77}"], recordId: 3, level: 3, time: "2026-11-30T11:00:00.0000000Z"),
        ];
        byte[] bytes = form switch
        {
            "wevtutil-utf8" => Encoding.UTF8.GetBytes(EventExports.Wevtutil(events)),
            "eventviewer-utf8bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(EventExports.EventViewer(events))],
            "powershell-utf16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(EventExports.PowerShell(events))],
            _ => Encoding.UTF8.GetBytes(EventExports.PowerShell(events).Replace("\r\n", "\n", StringComparison.Ordinal)),
        };

        var (code, output, error) = Run("explain", File(form + ".xml", bytes));
        Assert.True(code == 0, what + ": " + error);
        Assert.Empty(error);
        Assert.Contains("2026-11-30T10:15:42.1234567Z  VPN-GW01.contoso.com  record 1  Error  event 6 VpnConnectionTerminated", output);
        Assert.Contains("    SHA1 Certificate Hash: 3A4B", output);
        Assert.Contains("  matches Windows' rendering (en-US)", output);
        Assert.Contains("2026-11-30T11:00:00.0000000Z  VPN-GW01.contoso.com  record 3  Warning  event 5 NegotiationFailed", output);
        Assert.DoesNotContain("Print Spooler", output);
        Assert.Contains("2 SSTP events (1 event of other providers skipped); 1 of 1 match Windows' own rendering", output);
        Assert.Matches(@"      1  5 NegotiationFailed +2026-11-30T11:00:00.0000000Z +2026-11-30T11:00:00.0000000Z", output);
    }

    [Fact]
    public void A_rendering_that_differs_from_Windows_is_reported_and_strict_makes_it_an_error()
    {
        string windows = TerminatedEn.Replace("relay the following", "pass on the following", StringComparison.Ordinal);
        string file = File("differs.xml", EventExports.Wevtutil(EventExports.Event(6, ["{2b2e9c2a}", "3A4B", "9F00"], windowsMessage: windows)));

        var (code, output, _) = Run("explain", file);
        Assert.Equal(0, code);
        int at = TerminatedEn.IndexOf("relay", StringComparison.Ordinal) + 1;     // 1-based
        Assert.Contains($"DIFFERS from Windows' rendering (en-US) at character {at}: SstpGen \"…e access server and relay the following …\", Windows \"…e access server and pass on the followin…\"", output);
        Assert.Contains("0 of 1 match Windows' own rendering", output);

        var strict = Run("explain", file, "--strict");
        Assert.Equal(1, strict.Code);
        Assert.Contains("error: 1 of 1 renderings differ from Windows' own (--strict)", strict.Error);
    }

    [Fact]
    public void A_record_Windows_rendered_in_a_language_the_table_lacks_is_not_compared_and_says_how_to_add_it()
    {
        // A German server's export; the German text is a stand-in written for this test. messages.md holds en-US only.
        const string german = "Die SSTP-basierte VPN-Verbindung wurde beendet (Platzhalter für den deutschen Text).";
        string file = File("german.xml", EventExports.Wevtutil(EventExports.Event(6, ["{2b2e9c2a}", "3A4B", "9F00"], windowsMessage: german, culture: "de-DE")));

        var (code, output, _) = Run("explain", file, "--strict");
        Assert.Equal(0, code);
        Assert.Contains(TerminatedEn.Split("\r\n")[0], output);
        Assert.Contains("note: Windows rendered it in de-DE, which the table lacks (it has en-US): not compared. Extract that language from the server's sstpsvc.dll with sstpgen extract … --language de-DE --into messages.md and rebuild", output);
        Assert.DoesNotContain("DIFFERS", output);
        Assert.Contains("1 SSTP event (0 events of other providers skipped)\n", output.ReplaceLineEndings("\n"));

        using JsonDocument json = JsonDocument.Parse(Run("explain", file, "--json").Output);
        Assert.Equal("en-US", json.RootElement.GetProperty("language").GetString());
        Assert.Equal(german, json.RootElement.GetProperty("windowsMessage").GetString());
        Assert.False(json.RootElement.GetProperty("matches").GetBoolean());
    }

    [Fact]
    public void Language_renders_in_the_given_culture_falling_back_as_the_table_allows()
    {
        string file = File("english.xml", EventExports.Wevtutil(EventExports.Event(6, ["{2b2e9c2a}", "3A4B", "9F00"], windowsMessage: TerminatedEn)));
        var (code, output, _) = Run("explain", file, "--language", "fr-FR");
        Assert.Equal(0, code);
        Assert.Contains("note: sstpsvc.dll's table has no fr-FR text of it; rendered in en-US", output);
        Assert.Contains("matches Windows' rendering (en-US)", output);

        // A culture of the default language's: no note, the same comparison.
        var british = Run("explain", file, "--language", "en-GB");
        Assert.DoesNotContain("note:", british.Output);
        Assert.Contains("matches Windows' rendering (en-US)", british.Output);

        var invalid = Run("explain", file, "--language", "no-such-culture-zz");
        Assert.Equal(2, invalid.Code);
        Assert.Contains("'no-such-culture-zz' is not a culture name such as de-DE or fr", invalid.Error);
    }

    [Fact]
    public void The_trailing_line_break_may_or_may_not_be_in_Windows_rendering()
    {
        string file = File("trimmed.xml", EventExports.Wevtutil(EventExports.Event(6, ["{2b2e9c2a}", "3A4B", "9F00"], windowsMessage: TerminatedEn.TrimEnd())));
        Assert.Contains("  matches Windows' rendering", Run("explain", file, "--strict").Output);
    }

    [Fact]
    public void Records_that_do_not_fit_are_shown_with_a_clear_note()
    {
        string file = File("odd.xml", EventExports.PowerShell(
            EventExports.Event(99, ["a", "b"], recordId: 1),                                          // unknown to sstpsvc's table
            EventExports.Event(6, ["{2b2e9c2a}"], recordId: 2),                                       // too few Data values
            EventExports.Event(5, ["{77}", "extra", "more"], recordId: 3),                            // extra Data values
            EventExports.Event(7, [], recordId: 4),                                                   // empty <EventData/>
            EventExports.Event(5, ["a &amp; b &lt;c&gt; &#x263A;"], recordId: 5, dataNames: true),   // entities
            EventExports.Event(5, ["<![CDATA[<raw> & ]]>"], recordId: 6)));                           // CDATA

        var (code, output, error) = Run("explain", file);
        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("event 99 (unknown event)\n    insert1 = a\n    insert2 = b\n  note: event 99 is not in sstpsvc.dll's message table (a newer Windows?)", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("note: the record has 1 data values, too few to render: Message 0x00000006 (VpnConnectionTerminated) needs 3 inserts; got 1. Shown is the message's template.", output);
        Assert.Contains("    CoId=%1:The SSTP-based VPN connection", output);
        Assert.Contains("note: the record has 2 data values beyond the 1 the message uses (ignored, as Windows ignores them)", output);
        Assert.Contains("event 7 ConfigStoreOpenFailed\n    The Secure Socket Tunneling Protocol service could not open the ConfigStore that", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("CoId=a & b <c> ☺:The Secure Socket Tunneling Protocol (SSTP) negotiation has failed.", output);
        Assert.Contains("CoId=<raw> & :The Secure Socket Tunneling Protocol (SSTP) negotiation has failed.", output);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void A_truncated_export_is_reported_with_its_line_and_position_after_the_events_before_it()
    {
        string whole = EventExports.PowerShell(EventExports.Event(5, ["first"], recordId: 1), EventExports.Event(5, ["second"], recordId: 2));
        string file = File("truncated.xml", whole[..(whole.Length - 40)]);

        var (code, output, error) = Run("explain", file);
        Assert.Equal(1, code);
        Assert.Contains("CoId=first:", output);
        Assert.DoesNotContain("CoId=second:", output);
        Assert.Matches(@"error: .*truncated\.xml: not a well-formed event log export at line 2, position \d+", error);
        Assert.Contains("1 SSTP event (0 events of other providers skipped)", output);
    }

    [Fact]
    public void A_missing_file_is_an_error_and_the_other_files_are_still_explained()
    {
        string good = File("good.xml", EventExports.Wevtutil(EventExports.Event(5, ["ok"])));
        var (code, output, error) = Run("explain", Path.Combine(_folder, "missing.xml"), good);
        Assert.Equal(1, code);
        Assert.Contains("missing.xml", error);
        Assert.Contains("CoId=ok:", output);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        byte[] export = Encoding.UTF8.GetBytes(EventExports.Wevtutil(EventExports.Event(5, ["piped"])));
        var (code, output, _) = Run(() => new MemoryStream(export), "explain", "-");
        Assert.Equal(0, code);
        Assert.Contains("CoId=piped:", output);
    }

    [Fact]
    public void Json_gives_one_object_per_event_with_inserts_by_parameter_name()
    {
        string file = File("json.xml", EventExports.PowerShell(
            EventExports.Event(6, ["{2b2e9c2a}", "3A4B", "9F00"], recordId: 1, windowsMessage: TerminatedEn),
            EventExports.Event(4321, ["x"], provider: "Other", recordId: 2),
            EventExports.Event(99, ["raw"], recordId: 3)));

        var (code, output, _) = Run("explain", file, "--json");
        Assert.Equal(0, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);

        using JsonDocument first = JsonDocument.Parse(lines[0]);
        JsonElement e = first.RootElement;
        Assert.Equal(6, e.GetProperty("id").GetInt32());
        Assert.Equal("VpnConnectionTerminated", e.GetProperty("name").GetString());
        Assert.Equal(2, e.GetProperty("level").GetInt32());
        Assert.Equal("2026-11-30T10:15:42.1234567Z", e.GetProperty("time").GetString());
        Assert.Equal("VPN-GW01.contoso.com", e.GetProperty("computer").GetString());
        Assert.Equal(1, e.GetProperty("recordId").GetInt64());
        Assert.Equal("3A4B", e.GetProperty("inserts").GetProperty("sha1CertificateHash").GetString());
        Assert.Equal(TerminatedEn, e.GetProperty("message").GetString());
        Assert.True(e.GetProperty("matches").GetBoolean());

        using JsonDocument unknown = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, unknown.RootElement.GetProperty("name").ValueKind);
        Assert.Equal("raw", unknown.RootElement.GetProperty("inserts").GetProperty("insert1").GetString());
    }

    [Fact]
    public void The_example_export_in_the_readme_explains_as_the_readme_shows()
    {
        string example = Path.Combine(RepositoryPaths.Root!, "sample", "examples", "System-RasSstp.xml");
        var (code, output, error) = Run("explain", example, "--strict");
        Assert.Equal(0, code);
        Assert.Empty(error);
        string readme = System.IO.File.ReadAllText(Path.Combine(RepositoryPaths.Root!, "README.md"));
        string shown = readme.Split("```text\n")[1].Split("```")[0];
        Assert.Equal(shown.TrimEnd(), output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
    }

    [Fact]
    public void Text_files_of_rendered_messages_are_recognised_one_per_line_flattened()
    {
        string flattened = TerminatedEn.Replace("\r\n", " ", StringComparison.Ordinal).TrimEnd();
        string file = File("forwarded.log", flattened + "\nan unrelated line\n" + SstpExplainer.SstpMessages.FormatNegotiationFailed("{77}").TrimEnd() + "\n");
        var (code, output, _) = Run("explain", "--text", file);
        Assert.Equal(0, code);
        Assert.Contains("forwarded.log:1  event 6 VpnConnectionTerminated\n    coId = {2b2e9c2a}\n    sha1CertificateHash = 3A4B\n    sha256CertificateHash = 9F00", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("forwarded.log:3  event 5 NegotiationFailed", output);
        Assert.Contains("2 SSTP messages recognised; 1 lines not recognised", output);
    }

    [Fact]
    public void Text_files_of_blocks_are_recognised_even_when_a_message_has_blank_lines_of_its_own()
    {
        string text = SstpExplainer.SstpMessages.FormatInitialRequestSendFailed("{1}", "The server is down.")
            + "\r\nsomething else\r\n\r\n" + SstpExplainer.SstpMessages.FormatNegotiationFailed("{77}");
        var (code, output, _) = Run("explain", "--text", "--json", File("saved.txt", text));
        Assert.Equal(0, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal("InitialRequestSendFailed", first.RootElement.GetProperty("name").GetString());
        Assert.Equal("The server is down.", first.RootElement.GetProperty("inserts").GetProperty("errorMessage").GetString());
        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.Equal("NegotiationFailed", second.RootElement.GetProperty("name").GetString());
        Assert.Equal(7, second.RootElement.GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_big_export_is_streamed_in_constant_memory()
    {
        // About 16 MB of events; the explainer must not hold the file (or a DOM of it) while it reports.
        string path = Path.Combine(_folder, "big.xml");
        int events = EventExportFiles.Write(path, 16L * 1024 * 1024);
        var output = new MemoryWatchingWriter(everyLines: 20_000, counted: " event 6 VpnConnectionTerminated");
        int code = ExplainerCli.Run(["explain", path], output, new StringWriter(), () => Stream.Null, errorIsTerminal: false);

        Assert.Equal(0, code);
        Assert.Equal(events, output.Counted);
        Assert.True(output.Samples >= 3, $"{output.Samples} samples");
        Assert.InRange(output.PeakGrowth, long.MinValue, 6L * 1024 * 1024);
    }

    private string File(string name, string text) => File(name, Encoding.UTF8.GetBytes(text));

    private string File(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => Run(() => Stream.Null, args);

    private static (int Code, string Output, string Error) Run(Func<Stream> input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = ExplainerCli.Run(args, output, error, input, errorIsTerminal: false);
        return (code, output.ToString(), error.ToString());
    }
}

/// <summary>Tests that measure the process's managed heap run alone: other tests' allocations would count as theirs.</summary>
[CollectionDefinition(nameof(MeasuresTheProcessMemory), DisableParallelization = true)]
public sealed class MeasuresTheProcessMemory;
