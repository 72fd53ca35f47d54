using System;
using System.IO;

namespace SstpGen.Tests.Infrastructure;

/// <summary>Fresh folders under one temporary root, all deleted when the test is done (xunit disposes the test class).</summary>
internal sealed class TemporaryFolders(string prefix) : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory(prefix);
    private int _count;

    /// <summary>A new empty folder.</summary>
    public string Create() => _root.CreateSubdirectory((++_count).ToString(System.Globalization.CultureInfo.InvariantCulture)).FullName;

    public void Dispose() => _root.Delete(recursive: true);
}
