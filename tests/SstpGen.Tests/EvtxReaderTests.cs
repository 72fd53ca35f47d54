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
        List<EvtxEvent> records = EvtxReader.Read(stream, problems.Add).ToList();
        foreach (EvtxProblem problem in problems.Take(10))
        {
            output.WriteLine(problem.Message);
        }

        output.WriteLine($"{records.Count} records, {problems.Count} problems");
        Assert.Equal(records.Count, records.Select(r => r.RecordId).Distinct().Count());
        Assert.True(records.Count >= best, $"{records.Count} records, the best reference reader recovers {best}");
        Assert.Equal(expected, records.Count);
    }

    /// <summary>Chunks decoded on several threads give the same records and the same problems, in the same order, as on one.</summary>
    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Decoding_chunks_in_parallel_gives_what_one_thread_gives_in_the_same_order(string file, int best, int expected)
    {
        _ = (best, expected);
        string? folder = RepositoryPaths.SharedFolder("evtx");
        Skip.If(folder is null, "The shared .evtx folder was not found (looked for ../shared/evtx beside the checkout).");
        byte[] bytes = File.ReadAllBytes(Path.Combine(folder, file));

        Assert.Equal(ReadLines(bytes, parallelism: 1), ReadLines(bytes, parallelism: 3));
    }

    [SkippableFact]
    public void Records_on_one_thread_writes_what_records_on_several_writes_and_threads_must_be_at_least_one()
    {
        string? folder = RepositoryPaths.SharedFolder("evtx");
        Skip.If(folder is null, "The shared .evtx folder was not found (looked for ../shared/evtx beside the checkout).");
        string[] logs = [Path.Combine(folder, "omerbenamram-evtx", "sample-with-zero-data-size-event.evtx"), Path.Combine(folder, "python-evtx", "issue_43.evtx")];
        (int Code, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int code = SstpExplainer.ExplainerCli.Run(["records", .. logs, "--json", .. args], output, error, () => Stream.Null, errorIsTerminal: false);
            return (code, output.ToString(), error.ToString());
        }

        var one = Run("--threads", "1");
        var four = Run("--threads", "4");
        Assert.Equal(0, one.Code);
        Assert.Equal(449 + 1730, one.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(one, four);
        Assert.Contains("record at offset 0x", one.Error);

        var zero = Run("--threads", "0");
        Assert.Equal(2, zero.Code);
        Assert.Contains("--threads must be 1 or more", zero.Error);
    }

    /// <summary>Into a file or a pipe (a UTF-8 stream writer) the JSON lines go to the stream as bytes; the text is the same.</summary>
    [SkippableFact]
    public void Records_json_into_a_stream_is_the_text_a_text_writer_gets()
    {
        string? folder = RepositoryPaths.SharedFolder("evtx");
        Skip.If(folder is null, "The shared .evtx folder was not found (looked for ../shared/evtx beside the checkout).");
        string log = Path.Combine(folder, "python-evtx", "security.evtx");
        var text = new StringWriter();
        Assert.Equal(0, SstpExplainer.ExplainerCli.Run(["records", log, "--json"], text, new StringWriter(), () => Stream.Null, errorIsTerminal: false));
        var bytes = new MemoryStream();
        using (var stream = new StreamWriter(bytes, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            stream.Write("before\n");
            Assert.Equal(0, SstpExplainer.ExplainerCli.Run(["records", log, "--json"], stream, new StringWriter(), () => Stream.Null, errorIsTerminal: false));
            stream.Write("after\n");
        }

        Assert.Equal("before\n" + text + "after\n", System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
        Assert.Equal(2261, text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>Each record as its JSON line and each problem as "problem: …", in the order the reader gives them.</summary>
    internal static List<string> ReadLines(byte[] bytes, int parallelism)
    {
        var lines = new List<string>();
        using var stream = new MemoryStream(bytes);
        foreach (string line in EvtxReader.Read(stream, EvtxJsonLines.ToLine, p => lines.Add("problem: " + p.Message), parallelism))
        {
            lines.Add(line);
        }

        return lines;
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

    /// <summary>
    /// On demand (SSTPGEN_EVTX_REFERENCES=1, with libevtx-utils and python3-evtx installed): where libevtx and python-evtx
    /// agree on a record's provider, event id, level, time (to the microsecond) and data values, this reader gives the same.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Where_libevtx_and_python_evtx_agree_on_a_record_this_reader_agrees(string file, int best, int expected)
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("SSTPGEN_EVTX_REFERENCES") == "1", ReferenceEvtxReaders.SkipReason);
        Skip.IfNot(ReferenceEvtxReaders.Installed, ReferenceEvtxReaders.SkipReason);
        string path = Path.Combine(RepositoryPaths.SharedFolder("evtx")!, file);
        var libevtx = ReferenceEvtxReaders.Libevtx(path);
        var python = ReferenceEvtxReaders.PythonEvtx(path);
        using FileStream stream = File.OpenRead(path);
        Dictionary<ulong, EvtxEvent> ours = EvtxReader.Read(stream, _ => { }).GroupBy(e => e.RecordId).ToDictionary(g => g.Key, g => g.First());

        int agreed = 0;
        var differences = new List<string>();
        foreach ((ulong id, var a) in libevtx)
        {
            if (!python.TryGetValue(id, out var b) || a.Provider != b.Provider || a.EventId != b.EventId || a.Level != b.Level || a.Data != b.Data || a.Time[..19] != b.Time[..19])
            {
                continue;
            }

            agreed++;
            if (!ours.TryGetValue(id, out EvtxEvent? e))
            {
                differences.Add($"{id}: missing");
                continue;
            }

            // Their XML loses CR (line ends are normalised when it is read), and they pad hex to the type's width.
            string data = string.Join("\u001F", e.Data.Select(d => d.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')));
            if (e.Provider != a.Provider || e.EventId?.ToString(System.Globalization.CultureInfo.InvariantCulture) != a.EventId || e.Level?.ToString(System.Globalization.CultureInfo.InvariantCulture) != a.Level
                || !SameValues(data, a.Data) || !e.Time.StartsWith(a.Time[..Math.Min(a.Time.Length, 27)], StringComparison.Ordinal))
            {
                differences.Add($"{id}: ours {e.Provider}|{e.EventId}|{e.Level}|{e.Time}|{data.Replace('\u001F', '|')} references {a.Provider}|{a.EventId}|{a.Level}|{a.Time}|{a.Data.Replace('\u001F', '|')}");
            }
        }

        output.WriteLine($"{file}: libevtx {libevtx.Count}, python-evtx {python.Count}, agreed {agreed}, ours {ours.Count} (best {best}, expected {expected}), {differences.Count} differences");

        // What CI checks without the reference readers: the agreed records' fingerprint, as the references give them.
        var agreedIds = libevtx.Keys.Where(id => python.TryGetValue(id, out var b) && libevtx[id] is var a && a.Provider == b.Provider && a.EventId == b.EventId && a.Level == b.Level && a.Data == b.Data && a.Time[..19] == b.Time[..19]).Order().ToList();
        string expectedLine = Agreement(file, agreedIds, id => Canonical(id, libevtx[id].Provider, libevtx[id].EventId, libevtx[id].Level, libevtx[id].Time, libevtx[id].Data.Split('\u001F')));
        string fixture = Path.Combine(RepositoryPaths.Root!, "tests", "SstpGen.Tests", "Tables", "evtx-reference-agreement.txt");
        List<string> lines = File.Exists(fixture) ? File.ReadAllLines(fixture).Where(l => !l.StartsWith(file + "\t", StringComparison.Ordinal)).ToList() : [];
        if (Environment.GetEnvironmentVariable("SSTPGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            lines.Add(expectedLine);
            File.WriteAllLines(fixture, lines.Order(StringComparer.Ordinal));
        }
        else
        {
            Assert.Contains(expectedLine, File.ReadAllLines(fixture));
        }
        foreach (string difference in differences.Take(5))
        {
            output.WriteLine(difference);
        }

        Assert.Empty(differences);
    }

    /// <summary>
    /// The same values, a hex number matching whatever its zero padding (0x3e7 and 0x00000000000003e7), and a SizeT in
    /// hex as Windows writes a process id (0x24c) matching the references' decimal (588).
    /// </summary>
    private static bool SameValues(string ours, string theirs)
    {
        string[] a = ours.Split('\u001F');
        string[] b = theirs.Split('\u001F');
        return a.Length == b.Length && a.Zip(b).All(pair => pair.First == pair.Second
            || (IsHex(pair.First, out ulong x) && (IsHex(pair.Second, out ulong y) || ulong.TryParse(pair.Second, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out y)) && x == y));

        static bool IsHex(string text, out ulong value)
        {
            value = 0;
            return text.StartsWith("0x", StringComparison.Ordinal) && ulong.TryParse(text.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value);
        }
    }

    /// <summary>
    /// CI's check against the reference readers (whose output the on-demand test above derived): for each file, the records
    /// on which libevtx and python-evtx agree, and a SHA-256 of their canonical facts, which this reader must reproduce.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void The_records_both_reference_readers_agree_on_have_their_facts(string file, int best, int expected)
    {
        string? folder = RepositoryPaths.SharedFolder("evtx");
        Skip.If(folder is null, "The shared .evtx folder was not found (looked for ../shared/evtx beside the checkout).");
        string line = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Tables", "evtx-reference-agreement.txt")).Single(l => l.StartsWith(file + "\t", StringComparison.Ordinal));
        List<ulong> ids = Ids(line.Split('\t')[2]);
        using FileStream stream = File.OpenRead(Path.Combine(folder, file));
        Dictionary<ulong, EvtxEvent> ours = EvtxReader.Read(stream, _ => { }).GroupBy(e => e.RecordId).ToDictionary(g => g.Key, g => g.First());

        Assert.True(ids.Count <= expected && expected >= best);
        Assert.All(ids, id => Assert.True(ours.ContainsKey(id), $"record {id} is missing"));
        Assert.Equal(line, Agreement(file, ids, id => Canonical(id, ours[id].Provider, ours[id].EventId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ours[id].Level?.ToString(System.Globalization.CultureInfo.InvariantCulture), ours[id].Time, ours[id].Data.Select(d => d.Value))));
    }

    /// <summary>"file, count, id ranges (1-5,7), SHA-256 of the canonical lines", tab-separated.</summary>
    private static string Agreement(string file, List<ulong> ids, Func<ulong, string> canonical)
    {
        var ranges = new List<string>();
        for (int i = 0; i < ids.Count;)
        {
            int j = i;
            while (j + 1 < ids.Count && ids[j + 1] == ids[j] + 1)
            {
                j++;
            }

            ranges.Add(i == j ? ids[i].ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{ids[i]}-{ids[j]}");
            i = j + 1;
        }

        string text = string.Join("\n", ids.Select(canonical));
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        return $"{file}\t{ids.Count}\t{(ranges.Count == 0 ? "-" : string.Join(",", ranges))}\t{hash}";
    }

    private static List<ulong> Ids(string ranges) =>
        ranges == "-" ? [] : ranges.Split(',').SelectMany(r => r.Split('-') is [var from, var to]
            ? Enumerable.Range(0, (int)(ulong.Parse(to, System.Globalization.CultureInfo.InvariantCulture) - ulong.Parse(from, System.Globalization.CultureInfo.InvariantCulture) + 1)).Select(k => ulong.Parse(from, System.Globalization.CultureInfo.InvariantCulture) + (ulong)k)
            : [ulong.Parse(r, System.Globalization.CultureInfo.InvariantCulture)]).ToList();

    /// <summary>
    /// A record's facts as both sides can give them: the time to the second, line ends as LF (XML loses CR), and every
    /// number written in hex (0x3e7, 0x00000000000003e7) in decimal, since the references pad hex and write SizeT in decimal.
    /// </summary>
    private static string Canonical(ulong id, string? provider, string? eventId, string? level, string time, IEnumerable<string> data) =>
        string.Join("|", id.ToString(System.Globalization.CultureInfo.InvariantCulture), provider ?? "", eventId ?? "", level ?? "", time[..Math.Min(19, time.Length)])
        + "|" + string.Join("\u001F", data.Select(v => v.StartsWith("0x", StringComparison.Ordinal) && ulong.TryParse(v.AsSpan(2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out ulong n)
            ? n.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : v.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')));
}
