using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// GNU windmc (Debian's <c>binutils-mingw-w64-x86-64</c>), a Message Compiler nobody here wrote: compiles a source in a
/// scratch folder and reads back each language's message table from the .bin files its .rc names.
/// </summary>
internal static class Windmc
{
    public const string Program = "x86_64-w64-mingw32-windmc";

    public static readonly string? Path = Find();

    public static string SkipReason => Program + " was not found on PATH: install Debian's binutils-mingw-w64-x86-64 (.ci/run does).";

    /// <summary>
    /// Compiles <paramref name="source"/> (written to a scratch folder in <paramref name="encoding"/>) and returns, per
    /// LANGID, each identifier's text as stored. <c>-U</c> makes windmc store UTF-16, so no code page stands between its
    /// texts and ours; <c>-u</c> reads a UTF-16 source, <c>-C</c> an ANSI one in that code page.
    /// </summary>
    public static WindmcOutput Compile(string source, Encoding encoding)
    {
        string folder = Directory.CreateTempSubdirectory("sstpgen-windmc-").FullName;
        try
        {
            // No BOM: windmc -u reads one as text, a syntax error at line 1.
            File.WriteAllBytes(System.IO.Path.Combine(folder, "source.mc"), encoding.GetBytes(source));
            string input = encoding is UnicodeEncoding ? "-u" : "-C " + encoding.CodePage;
            var start = new ProcessStartInfo(Path!, $"-U {input} source.mc")
            {
                WorkingDirectory = folder,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using Process process = System.Diagnostics.Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string errors = (output + process.StandardError.ReadToEnd()).Trim();
            process.WaitForExit();

            var tables = new SortedDictionary<int, SortedDictionary<uint, string>>();
            var defines = new Dictionary<string, uint>(StringComparer.Ordinal);
            string rc = System.IO.Path.Combine(folder, "source.rc");
            if (process.ExitCode != 0 || !File.Exists(rc))
            {
                return new WindmcOutput(tables, defines, errors);
            }

            // A message's define, as windmc writes it: "// MessageId: NAME", "//", then "#define NAME (TYPE) 0x…" or
            // "#define NAME 0x…". Its severity and facility defines have no such comment.
            foreach (Match match in Regex.Matches(File.ReadAllText(System.IO.Path.Combine(folder, "source.h")), @"^// MessageId: (\w+)\r?\n//\r?\n#define\s+\1\s+(?:\(\w+\)\s*)?0x([0-9a-fA-F]+)L?\s*$", RegexOptions.Multiline))
            {
                defines[match.Groups[1].Value] = Convert.ToUInt32(match.Groups[2].Value, 16);
            }

            // Each "LANGUAGE primary, sub" line is followed by "1 MESSAGETABLE "file.bin"".
            foreach (Match match in Regex.Matches(File.ReadAllText(rc), @"^LANGUAGE\s+0x([0-9a-fA-F]+),\s*0x([0-9a-fA-F]+)\s*\r?\n1 MESSAGETABLE ""([^""]+)""", RegexOptions.Multiline))
            {
                int langId = Convert.ToInt32(match.Groups[1].Value, 16) | (Convert.ToInt32(match.Groups[2].Value, 16) << 10);
                byte[] bin = File.ReadAllBytes(System.IO.Path.Combine(folder, match.Groups[3].Value));
                tables[langId] = MessageResourceData.Read(bin, Encoding.Latin1);
            }

            return new WindmcOutput(tables, defines, errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What windmc wrote: per LANGID each identifier's stored text, its header's identifier per symbolic name, and its complaints.</summary>
    public sealed record WindmcOutput(SortedDictionary<int, SortedDictionary<uint, string>> Tables, Dictionary<string, uint> Defines, string Errors);

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, Program))
            .FirstOrDefault(File.Exists);
}
