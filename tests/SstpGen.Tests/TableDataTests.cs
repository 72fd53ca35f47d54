using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The table's data as the generated runtime reads it (Emitting/DataEmitter): its numbers take one character, or two
/// in a table whose texts are too long for one; and a text's pieces are read from its program. Every way to render a
/// message and to parse it back must work in both widths.
/// </summary>
public class TableDataTests
{
    [Theory]
    [InlineData(100, 1)]
    [InlineData(70_000, 2)]       // a copy operation's start and length need more than 16 bits
    public void Messages_render_and_parse_back_whatever_the_width_of_the_tables_numbers(int length, int numberLength)
    {
        string filler = new string('w', length);
        string table = $"""
            ## wide.dll

            ### 6.1.7600.16385

            Message identifier | Message string
            --- | ---
            0x00000001 | Old text %1.\r\n
            0x00000002 | Tab%t and %%%n{filler}\r\n

            ### 10.0.19041.1

            Message identifier | Message string
            --- | ---
            0x00000001 | {filler} then %1 and %2!08x! end.\r\n
            0x00000002 | Tab%t and %%%n{filler}\r\n
            """;
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/wide.md", table));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        string source = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("SstpMessages.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains($"internal const int NumberLength = {numberLength};", source, StringComparison.Ordinal);

        Type messages = GeneratedAssembly.LoadMessagesClass(compiled);
        Type version = messages.Assembly.GetType("Consumer.SstpWindowsVersion")!;
        object windows7 = Enum.ToObject(version, 0);
        string newest = filler + " then first and 000000ff end.\r\n";
        string second = "Tab\t and %\r\n" + filler + "\r\n";

        MethodInfo typed = messages.GetMethods().Single(m => m.Name.StartsWith("Format", StringComparison.Ordinal) && m.Name != "Format" && m.GetParameters().Length == 2 && m.GetParameters()[1].ParameterType == typeof(uint));
        Assert.Equal(newest, typed.Invoke(null, ["first", 255u]));
        Assert.Equal(newest, TryFormat(messages, 1, null, "first", "255"));
        Assert.Equal("Old text first.\r\n", TryFormat(messages, 1, windows7, "first"));
        Assert.Equal(second, TryFormat(messages, 2, null));
        Assert.Equal(second, TryFormat(messages, 2, windows7));

        foreach ((string text, uint id, string?[] inserts) in new[] { (newest, 1u, new string?[] { "first", "000000ff" }), (second, 2u, []), ("Old text first.\r\n", 1u, ["first"]) })
        {
            object?[] arguments = [text, null, null];
            Assert.True((bool)messages.GetMethod("TryParse", [typeof(string), typeof(uint).MakeByRefType(), typeof(string?[]).MakeByRefType()])!.Invoke(null, arguments)!);
            Assert.Equal(id, (uint)arguments[1]!);
            Assert.Equal(inserts, (string?[])arguments[2]!);
        }
    }

    private static string? TryFormat(Type messages, uint id, object? version, params string?[] inserts)
    {
        MethodInfo method = version is null
            ? messages.GetMethod("TryFormat", [typeof(uint), typeof(string?[]), typeof(string).MakeByRefType()])!
            : messages.GetMethods().Single(m => m.Name == "TryFormat" && m.GetParameters().Length == 4);
        object?[] arguments = version is null ? [id, inserts, null] : [id, version, inserts, null];
        Assert.True((bool)method.Invoke(null, arguments)!, "TryFormat 0x" + id.ToString("x8", CultureInfo.InvariantCulture));
        return (string?)arguments[^1];
    }
}
