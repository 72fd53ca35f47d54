using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Typed format methods write into the returned string with <c>string.Create</c> where the target framework has
/// it; a .NET Standard 2.0 consumer gets code that compiles without it and renders the same text.
/// </summary>
public class TargetFrameworkTests
{
    private static readonly string PrintfSpecsMd = Path.Combine(AppContext.BaseDirectory, "Tables", "printf-specs.md");

    [Fact]
    public void A_netstandard20_consumer_gets_clean_code_without_string_Create_that_renders_the_same_text()
    {
        Compilation output = Generate(NetStandard20.References.All, out string source);

        Assert.DoesNotContain("string.Create", source);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        Type messages = Load(output);
        Assert.Equal("[000000ff]", Invoke(messages, "FormatHex_08x", 255u));
        Assert.Equal("[-1 (0xffffffff)]", Invoke(messages, "FormatSame_insert_d_and_x", -1));
        Assert.Equal("[  007]", Invoke(messages, "FormatStar_both_u", 5, 3, 7u));
        Assert.Equal("[000000000000BEEF]", Invoke(messages, "FormatPointer_p", 0xBEEFUL));
    }

    [Fact]
    public void A_net100_consumer_gets_typed_methods_that_write_with_string_Create()
    {
        Compilation output = Generate(Net100.References.All, out string source);

        Assert.Contains("string.Create", source);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        Assert.Equal("[000000ff]", Invoke(Load(output), "FormatHex_08x", 255u));
    }

    private static Compilation Generate(System.Collections.Generic.IEnumerable<PortableExecutableReference> references, out string source)
    {
        var metadata = new System.Collections.Generic.Dictionary<string, string> { ["ClassName"] = "PrintfMessages" };
        TableFile table = new(PrintfSpecsMd, File.ReadAllBytes(PrintfSpecsMd), metadata);
        CSharpCompilation consumer = GeneratorHarness.Consumer("class Unrelated { }").WithReferences(references);
        GeneratorHarness.CreateDriver([table]).RunGeneratorsAndUpdateCompilation(consumer, out Compilation output, out _);
        source = string.Join("\n", output.SyntaxTrees.Select(t => t.ToString()));
        return output;
    }

    private static Type Load(Compilation output)
    {
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        stream.Position = 0;
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        return assembly.GetTypes().Single(t => t.Name == "PrintfMessages");
    }

    private static string Invoke(Type type, string method, params object[] arguments) =>
        (string)type.GetMethod(method, arguments.Select(a => a.GetType()).ToArray())!.Invoke(null, arguments)!;
}
