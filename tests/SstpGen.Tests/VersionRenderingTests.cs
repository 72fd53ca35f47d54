using System;
using System.Linq;
using System.Reflection;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The typed version overloads and the by-id methods render each version's own text, and only in the versions
/// that define the message: a message whose text changes and changes back, and one missing from a middle version.
/// </summary>
public class VersionRenderingTests
{
    private const string Table = """
        ## versions.dll

        ### 6.1.7600.16385

        Message identifier | Message string
        --- | ---
        0x00000001 | Old text about %1.\r\n
        0x00000002 | Present in 7 and 11 only: %1\r\n
        0x00000003 | Count: %1!d! items\r\n

        ### 10.0.10586.0

        Message identifier | Message string
        --- | ---
        0x00000001 | New text about %1.\r\n
        0x00000003 | Count: %1!d! items\r\n

        ### 10.0.22000.1

        Message identifier | Message string
        --- | ---
        0x00000001 | Old text about %1.\r\n
        0x00000002 | Present in 7 and 11 only: %1\r\n
        0x00000003 | Count: %1!d! items\r\n
        """;

    private static readonly Lazy<Type> s_messages = new(() =>
    {
        var (result, compiled) = GeneratorHarness.Run(TableFile.FromText("/t/versions.md", Table));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        return GeneratedAssembly.LoadMessagesClass(compiled);
    });

    private static Type Messages => s_messages.Value;

    private static object Version(string name) => Enum.Parse(Messages.GetMethod("GetFileVersion")!.GetParameters()[0].ParameterType, name);

    private static MethodInfo Typed(uint id) =>
        Messages.GetMethods().Single(m => m.Name == "Format" + Messages.GetMethod("GetName")!.Invoke(null, [id]) && m.GetParameters().Length == 2);

    [Theory]
    [InlineData("Windows7", "Old text about x.\r\n")]
    [InlineData("Windows10Version1511", "New text about x.\r\n")]
    [InlineData("Windows11Version21H2", "Old text about x.\r\n")]
    public void A_typed_version_overload_renders_that_versions_text(string version, string expected)
    {
        Assert.Equal(expected, Typed(1).Invoke(null, [Version(version), "x"]));
    }

    [Theory]
    [InlineData("Windows7", true)]
    [InlineData("Windows10Version1511", false)]
    [InlineData("Windows11Version21H2", true)]
    public void A_message_missing_from_a_middle_version_is_defined_only_where_it_is(string version, bool defined)
    {
        MethodInfo typed = Typed(2);
        if (defined)
        {
            Assert.Equal("Present in 7 and 11 only: x\r\n", typed.Invoke(null, [Version(version), "x"]));
        }
        else
        {
            var exception = Assert.Throws<TargetInvocationException>(() => typed.Invoke(null, [Version(version), "x"]));
            Assert.Equal("version", Assert.IsType<ArgumentException>(exception.InnerException).ParamName);
        }

        object?[] arguments = [2u, Version(version), new string?[] { "x" }, null];
        Assert.Equal(defined, (bool)Messages.GetMethod("TryFormat", [typeof(uint), Version(version).GetType(), typeof(string?[]), typeof(string).MakeByRefType()])!.Invoke(null, arguments)!);
        Assert.Equal(defined, (bool)Messages.GetMethod("IsDefined", [typeof(uint), Version(version).GetType()])!.Invoke(null, [2u, Version(version)])!);
    }

    [Theory]
    [InlineData("42", "Count: 42 items\r\n")]
    [InlineData("0x2a", "Count: 42 items\r\n")]
    [InlineData("-7", "Count: -7 items\r\n")]
    [InlineData("many", "Count: many items\r\n")]     // not a number: printed as it is, never as 0
    public void By_id_a_printf_insert_reads_a_number_from_its_text_and_prints_anything_else_as_it_is(string insert, string expected)
    {
        object?[] arguments = [3u, new string?[] { insert }, null];
        Assert.True((bool)Messages.GetMethod("TryFormat", [typeof(uint), typeof(string?[]), typeof(string).MakeByRefType()])!.Invoke(null, arguments)!);
        Assert.Equal(expected, arguments[2]);
    }
}
