using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// Verify-style snapshots: the expected text lives in Snapshots/NAME.verified.EXT, committed. A mismatch writes
/// NAME.received.EXT beside it and fails with a line diff. To accept: review the received file and rename it,
/// or run the tests with SSTPGEN_ACCEPT_SNAPSHOTS=1.
/// </summary>
internal static partial class Snapshot
{
    public static void Verify(string name, string actual, string extension = "cs", [CallerFilePath] string callerPath = "")
    {
        actual = Scrub(actual);
        string folder = Path.Combine(FindProjectDirectory(callerPath), "Snapshots");
        string verified = Path.Combine(folder, $"{name}.verified.{extension}");
        string received = Path.Combine(folder, $"{name}.received.{extension}");
        string? expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("SSTPGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new XunitException(expected is null
            ? $"No snapshot {Path.GetFileName(verified)} yet: review {received} and rename it to accept."
            : $"Snapshot {Path.GetFileName(verified)} differs (review {Path.GetFileName(received)}, rename it to accept):\n{Diff(expected, actual)}");
    }

    /// <summary>The generator's version is scrubbed so that a version bump does not rewrite every snapshot.</summary>
    private static string Scrub(string text) => GeneratedCodeVersion().Replace(text, "GeneratedCode(\"SstpGen\", \"{version}\")");

    [GeneratedRegex("GeneratedCode\\(\"SstpGen\", \"[^\"]*\"\\)")]
    private static partial Regex GeneratedCodeVersion();

    private static string Diff(string expected, string actual)
    {
        var text = new StringBuilder();
        foreach (DiffPiece line in InlineDiffBuilder.Diff(expected, actual).Lines)
        {
            switch (line.Type)
            {
                case ChangeType.Inserted: text.Append("+ ").AppendLine(line.Text); break;
                case ChangeType.Deleted: text.Append("- ").AppendLine(line.Text); break;
            }
        }

        return text.ToString();
    }

    private static string FindProjectDirectory(string callerPath)
    {
        string? directory = Path.GetDirectoryName(callerPath);
        while (directory is not null && !File.Exists(Path.Combine(directory, "SstpGen.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("SstpGen.Tests.csproj not found above " + callerPath);
    }
}
