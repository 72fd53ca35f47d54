using System;
using System.IO;

namespace SstpGen.Tests.Infrastructure;

/// <summary>The checkout these tests run from: the folder holding SstpGen.sln.</summary>
internal static class RepositoryPaths
{
    public static readonly string? Root = Find();

    public static string File(params string[] parts) =>
        Path.Combine(Root ?? throw new InvalidOperationException("The tests run outside an SstpGen checkout."), Path.Combine(parts));

    /// <summary>A folder of the shared data beside the checkout (<c>../shared/&lt;name&gt;</c>), or null when it is not there.</summary>
    public static string? SharedFolder(string name)
    {
        if (Root is null)
        {
            return null;
        }

        string folder = Path.GetFullPath(Path.Combine(Root, "..", "shared", name));
        return Directory.Exists(folder) ? folder : null;
    }

    private static string? Find()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "SstpGen.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
