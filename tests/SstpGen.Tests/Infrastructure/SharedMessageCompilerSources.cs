using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SstpGen.Tests.Infrastructure;

/// <summary>The real Message Compiler sources in ../shared/mc (SOURCES.md there says where each comes from).</summary>
internal static class SharedMessageCompilerSources
{
    public static readonly string? Folder = RepositoryPaths.SharedFolder("mc");

    public static string SkipReason => "The shared .mc folder was not found (looked for ../shared/mc beside the checkout); these tests need it.";

    /// <summary>Every .mc file (any case), as a path relative to the folder with '/' separators, ordinal order.</summary>
    public static IEnumerable<string> Files() =>
        Folder is null
            ? [SharedCorpus.Absent]
            : Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
                .Where(path => path.EndsWith(".mc", StringComparison.OrdinalIgnoreCase))
                .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);

    public static string PathOf(string relative) => Path.Combine(Folder!, relative);
}
