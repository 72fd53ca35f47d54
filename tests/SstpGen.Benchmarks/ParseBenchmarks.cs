using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;

namespace SstpGen.Benchmarks;

/// <summary>
/// Recognising rendered messages: the generated TryParse against the obvious alternative, one compiled .NET
/// Regex alternating every message's rendering with a capture group per insert (line ends as <c>\r?\n</c>,
/// trailing whitespace allowed, as TryParse's default). Each invocation parses every message of the table once,
/// rendered with realistic inserts; times are per text. The regex side is timed for <c>Match</c> alone, without
/// finding which alternative matched: a lower bound of what a user's regex code costs.
/// </summary>
[Config(typeof(FormatBenchmarkConfig))]
public class ParseBenchmarks
{
    private static readonly string[] s_inserts = ["{1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5}", "The revocation server was offline.", "0x80092013", "VPN-GW01", "443"];

    private string[] _texts = [];
    private Regex _regex = null!;
    private Func<string, string?[]?> _tryParse = null!;

    [Params("sstpsvc (34 messages)", "ntdll (6,806 messages)")]
    public string Table { get; set; } = "sstpsvc (34 messages)";

    [GlobalSetup]
    public void Setup()
    {
        (IReadOnlyList<uint> ids, Func<uint, string?[], string?> format, _tryParse) = Table.StartsWith("sstpsvc", StringComparison.Ordinal)
            ? (Ids(typeof(Sstpsvc.SstpMessages)), (id, inserts) => Sstpsvc.SstpMessages.TryFormat(id, inserts, out string? text) ? text : null, text => Sstpsvc.SstpMessages.TryParse(text, out _, out string?[] inserts) ? inserts : null)
            : NtdllCase();
        _texts = ids.Select(id => format(id, Enumerable.Range(0, 99).Select(i => (string?)s_inserts[i % s_inserts.Length]).ToArray())!).ToArray();
        var alternatives = ids.Select((id, i) => "(?<m" + i + ">" + Pattern(format(id, Enumerable.Range(0, 99).Select(k => (string?)((char)(0xE000 + k)).ToString()).ToArray())!) + ")");
        _regex = new Regex(@"\A(?:" + string.Join("|", alternatives) + @")\s*\z", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.Singleline);
        if (_texts.Any(t => _tryParse(t) is null) || _texts.Any(t => !_regex.IsMatch(t)))
        {
            throw new InvalidOperationException("a rendered text did not parse");
        }
    }

    [Benchmark(Baseline = true)]
    public int GeneratedTryParse()
    {
        int inserts = 0;
        foreach (string text in _texts)
        {
            inserts += _tryParse(text)!.Length;
        }

        return inserts;
    }

    [Benchmark]
    public int CompiledRegex()
    {
        int matched = 0;
        foreach (string text in _texts)
        {
            matched += _regex.Match(text).Length;
        }

        return matched;
    }

    /// <summary>A rendering with private-use characters for its inserts as a regex: the literal text escaped, each insert a lazy group.</summary>
    private static string Pattern(string rendered)
    {
        var pattern = new StringBuilder();
        foreach (char c in rendered)
        {
            pattern.Append(c >= 0xE000 && c < 0xE000 + 99 ? "(.*?)" : c == '\r' ? "\r?" : Regex.Escape(c.ToString()));
        }

        return pattern.ToString();
    }

    private static List<uint> Ids(Type messages) => messages.GetNestedType("Ids")!.GetFields().Select(f => (uint)f.GetRawConstantValue()!).ToList();

#if NTDLL
    private static (IReadOnlyList<uint>, Func<uint, string?[], string?>, Func<string, string?[]?>) NtdllCase() =>
        (Ids(typeof(Ntdll.NtdllMessages)), (id, inserts) => Ntdll.NtdllMessages.TryFormat(id, inserts, out string? text) ? text : null, text => Ntdll.NtdllMessages.TryParse(text, out _, out string?[] inserts) ? inserts : null);
#else
    private static (IReadOnlyList<uint>, Func<uint, string?[], string?>, Func<string, string?[]?>) NtdllCase() =>
        throw new InvalidOperationException("ntdll.dll.md is not in ../shared/corpus beside the checkout");
#endif
}
