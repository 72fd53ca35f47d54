using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The by-id lookups of a big table (the binary search over the identifiers in the table's data, each message's
/// text in each version): every message, in every version, and the identifiers between and around them, answer
/// as the table says, messages that vary by version and messages every version has alike.
/// </summary>
public sealed class LargeTableLookupTests
{
    private const int MessageCount = 700;
    private static readonly string[] s_fileVersions = ["6.1.7600.16385", "10.0.17763.1", "10.0.19041.1"];

    private static readonly Lazy<Type> s_messages = new(CompileTable);

    [Fact]
    public void Every_message_answers_in_every_version()
    {
        Type messages = s_messages.Value;
        Type versionEnum = messages.Assembly.GetType("Consumer.SstpWindowsVersion", throwOnError: true)!;
        MethodInfo isDefined = messages.GetMethod("IsDefined", [typeof(uint), versionEnum])!;
        MethodInfo getTemplate = messages.GetMethod("GetTemplate", [typeof(uint), versionEnum])!;
        MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), versionEnum, typeof(string[]), typeof(string).MakeByRefType()])!;
        MethodInfo getName = messages.GetMethod("GetName", [typeof(uint)])!;

        for (int i = 0; i < MessageCount; i++)
        {
            uint id = IdOf(i);
            Assert.Equal("M" + i.ToString(CultureInfo.InvariantCulture), getName.Invoke(null, [id]));
            for (int version = 0; version < s_fileVersions.Length; version++)
            {
                object v = Enum.ToObject(versionEnum, version);
                string? expected = TextOf(i, version);
                Assert.Equal(expected is not null, (bool)isDefined.Invoke(null, [id, v])!);
                Assert.Equal(expected, getTemplate.Invoke(null, [id, v]));

                object?[] withInsert = [id, v, new string?[] { "x" }, null];
                Assert.Equal(expected is not null, (bool)tryFormat.Invoke(null, withInsert)!);
                Assert.Equal(expected?.Replace("%1", "x", StringComparison.Ordinal), withInsert[3]);
            }
        }
    }

    [Fact]
    public void Messages_with_an_insert_need_it()
    {
        MethodInfo tryFormat = s_messages.Value.GetMethod("TryFormat", [typeof(uint), typeof(string[]), typeof(string).MakeByRefType()])!;
        for (int i = 0; i < MessageCount; i++)
        {
            object?[] withoutInserts = [IdOf(i), Array.Empty<string?>(), null];
            Assert.Equal(!TextOf(i, s_fileVersions.Length - 1)!.Contains("%1", StringComparison.Ordinal), (bool)tryFormat.Invoke(null, withoutInserts)!);
        }
    }

    [Fact]
    public void Identifiers_the_table_lacks_are_unknown()
    {
        Type messages = s_messages.Value;
        MethodInfo getName = messages.GetMethod("GetName", [typeof(uint)])!;
        MethodInfo getTemplate = messages.GetMethod("GetTemplate", [typeof(uint)])!;
        MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), typeof(string[]), typeof(string).MakeByRefType()])!;
        IEnumerable<uint> missing = Enumerable.Range(0, MessageCount).Select(i => IdOf(i) + 1).Concat([0u, uint.MaxValue]);
        foreach (uint id in missing)
        {
            Assert.Null(getName.Invoke(null, [id]));
            Assert.Null(getTemplate.Invoke(null, [id]));
            Assert.False((bool)tryFormat.Invoke(null, [id, new string?[] { "x" }, null])!);
        }
    }

    /// <summary>Sparse identifiers, so that a lookup between two of them must find nothing.</summary>
    private static uint IdOf(int i) => (uint)(i * 3) + 2;

    /// <summary>
    /// The text of message <paramref name="i"/> in version <paramref name="version"/> (null: not defined):
    /// every fifth message is new in the second version, every seventh changes its text in the newest, every
    /// other has an insert.
    /// </summary>
    private static string? TextOf(int i, int version)
    {
        if (i % 5 == 0 && version == 0)
        {
            return null;
        }

        string insert = i % 2 == 0 ? " holds %1" : string.Empty;
        string changed = i % 7 == 0 && version == s_fileVersions.Length - 1 ? " (changed)" : string.Empty;
        return $"Item {i}{insert}{changed}.\r\n";
    }

    private static Type CompileTable()
    {
        var table = new StringBuilder("## large.dll\n\n");
        for (int version = 0; version < s_fileVersions.Length; version++)
        {
            table.Append("### ").Append(s_fileVersions[version]).Append("\n\nMessage identifier | Message string | Symbolic name\n--- | --- | ---\n");
            for (int i = 0; i < MessageCount; i++)
            {
                if (TextOf(i, version) is string text)
                {
                    table.Append(CultureInfo.InvariantCulture, $"0x{IdOf(i):x8} | {text.Replace("\r\n", "\\r\\n", StringComparison.Ordinal)} | M{i}\n");
                }
            }

            table.Append('\n');
        }

        (GeneratorDriverRunResult result, Compilation output) = GeneratorHarness.Run(TableFile.FromText("/t/large.md", table.ToString()));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream).GetType("Consumer.SstpMessages", throwOnError: true)!;
    }
}
