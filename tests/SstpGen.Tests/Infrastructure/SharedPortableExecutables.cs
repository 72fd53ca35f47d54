using System.IO;

namespace SstpGen.Tests.Infrastructure;

/// <summary>The PE files with message tables in ../shared/pe (SOURCES.md there says what each is and who built it).</summary>
internal static class SharedPortableExecutables
{
    public static readonly string? Folder = RepositoryPaths.SharedFolder("pe");

    public static string SkipReason => "The shared PE folder was not found (looked for ../shared/pe beside the checkout); these tests need it.";

    public static string PathOf(string relative) => Path.Combine(Folder!, relative);
}
