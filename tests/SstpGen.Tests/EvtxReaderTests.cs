using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SstpExplainer.EventLog.Evtx;
using SstpGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SstpGen.Tests;

/// <summary>
/// The explainer's reader of binary event logs on the real files in ../shared/evtx: at least as many records as the best
/// of three reference readers recovers from each (libevtx's evtxexport, python-evtx, the Rust evtx crate; their counts
/// are in the folder's README).
/// </summary>
public class EvtxReaderTests(ITestOutputHelper output)
{
    /// <summary>Each file: the most records any reference reader recovers, and the count this reader recovers.</summary>
    public static TheoryData<string, int, int> Files => new()
    {
        { "omerbenamram-evtx/2-vss_7-System.evtx", 1160, 1160 },
        { "omerbenamram-evtx/Application_no_crc32.evtx", 17, 17 },
        { "omerbenamram-evtx/E_Windows_system32_winevt_logs_Microsoft-Windows-CAPI2_4Operational.evtx", 340, 340 },
        { "omerbenamram-evtx/E_Windows_system32_winevt_logs_Microsoft-Windows-Shell-Core_4Operational.evtx", 1146, 1146 },
        // One forwarded record written without a template (plain values in the element tree): no reference reader returns it.
        { "omerbenamram-evtx/MSExchange_Management_wec.evtx", 0, 1 },
        { "omerbenamram-evtx/Microsoft-Windows-HelloForBusiness_4Operational.evtx", 6, 6 },
        { "omerbenamram-evtx/Microsoft-Windows-LanguagePackSetup_4Operational.evtx", 17, 17 },
        { "omerbenamram-evtx/Security_with_size_t.evtx", 636, 636 },
        { "omerbenamram-evtx/post-Security.evtx", 126, 126 },
        { "omerbenamram-evtx/sample-with-irregular-bool-values.evtx", 3028, 3028 },
        // Records 1 to 450 in four chunks; record 3 has size 0. The reference readers stop at it and lose the 114 records
        // after it in its chunk (the Rust crate counts it as an error); this reader reports it and reads on: 449.
        { "omerbenamram-evtx/sample-with-zero-data-size-event.evtx", 336, 449 },
        { "omerbenamram-evtx/sample_with_a_bad_chunk_magic.evtx", 270, 270 },
        { "omerbenamram-evtx/sysmon.evtx", 358, 358 },
        { "python-evtx/dns_log_malformed.evtx", 5, 5 },
        { "python-evtx/issue_38.evtx", 1, 1 },
        { "python-evtx/issue_39.evtx", 394, 394 },
        { "python-evtx/issue_43.evtx", 1730, 1730 },
        { "python-evtx/security.evtx", 2261, 2261 },
        { "python-evtx/system.evtx", 1601, 1601 },
    };

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Every_record_the_best_reference_reader_recovers_is_recovered(string file, int best, int expected)
    {
        string? folder = RepositoryPaths.SharedFolder("evtx");
        Skip.If(folder is null, "The shared .evtx folder was not found (looked for ../shared/evtx beside the checkout).");
        var problems = new List<EvtxProblem>();
        using FileStream stream = File.OpenRead(Path.Combine(folder, file));
        List<EvtxRecord> records = EvtxReader.Read(stream, problems.Add).ToList();
        foreach (EvtxProblem problem in problems.Take(10))
        {
            output.WriteLine(problem.Message);
        }

        output.WriteLine($"{records.Count} records, {problems.Count} problems");
        Assert.Equal(records.Count, records.Select(r => r.RecordId).Distinct().Count());
        Assert.True(records.Count >= best, $"{records.Count} records, the best reference reader recovers {best}");
        Assert.Equal(expected, records.Count);
    }

    [SkippableFact]
    public void Records_json_gives_one_object_per_record_with_the_System_facts_and_the_data_in_order()
    {
        string? folder = RepositoryPaths.SharedFolder("evtx");
        Skip.If(folder is null, "The shared .evtx folder was not found (looked for ../shared/evtx beside the checkout).");
        var output = new StringWriter();
        var error = new StringWriter();
        int code = SstpExplainer.ExplainerCli.Run(["records", Path.Combine(folder, "python-evtx", "system.evtx"), "--json"], output, error, () => Stream.Null, errorIsTerminal: false);

        Assert.Equal(0, code);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1601, lines.Length);
        Assert.Equal(
            """{"recordId":12050,"time":"2012-03-14T04:17:38.2763402Z","provider":"Service Control Manager","eventId":7036,"qualifiers":16384,"level":4,"channel":"System","computer":"WKS-WIN764BITB.shieldbase.local","data":[{"name":"param1","value":"Windows Modules Installer"},{"name":"param2","value":"stopped"}]}""",
            lines[1]);
        Assert.All(lines, line => System.Text.Json.JsonDocument.Parse(line).Dispose());
    }
}
