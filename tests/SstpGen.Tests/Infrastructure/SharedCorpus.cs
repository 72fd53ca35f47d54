using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// The real message tables in <c>../shared/corpus</c> beside the checkout (SSTPGEN_CORPUS overrides the
/// folder). Outside this repository's CI the folder may be absent: tests that need it skip, saying so.
/// </summary>
internal static class SharedCorpus
{
    public const string Absent = "(shared corpus absent)";

    public static readonly string? Folder = Find();

    public static string SkipReason => $"The shared corpus folder was not found (looked for ../shared/corpus beside the checkout, or SSTPGEN_CORPUS); these tests need it.";

    /// <summary>Every table file's name; a single <see cref="Absent"/> entry when there is no corpus, so the theory skips instead of failing for lack of data.</summary>
    public static IEnumerable<string> FileNames() =>
        Folder is null
            ? new[] { Absent }
            : Directory.GetFiles(Folder, "*.md")
                .Select(Path.GetFileName)
                .Where(name => name is not null && !name.Equals("NOTICE.md", StringComparison.OrdinalIgnoreCase))
                .Select(name => name!)
                .OrderBy(name => name, StringComparer.Ordinal);

    public static string PathOf(string fileName) => Path.Combine(Folder!, fileName);

    private static string? Find()
    {
        string? overridden = Environment.GetEnvironmentVariable("SSTPGEN_CORPUS");
        if (!string.IsNullOrEmpty(overridden))
        {
            return Directory.Exists(overridden) ? overridden : null;
        }

        if (RepositoryPaths.Root is null)
        {
            return null;
        }

        string corpus = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus"));
        return Directory.Exists(corpus) ? corpus : null;
    }
}
