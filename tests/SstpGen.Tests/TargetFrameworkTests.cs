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
/// The generated code needs nothing newer than .NET Standard 2.0 (no <c>string.Create</c>, no spans): a .NET
/// Standard 2.0 consumer and a .NET 10 one get the same code, and it renders the same text in both.
/// </summary>
public class TargetFrameworkTests
{
    private static readonly string PrintfSpecsMd = Path.Combine(AppContext.BaseDirectory, "Tables", "printf-specs.md");

    [Fact]
    public void A_netstandard20_consumer_and_a_net100_one_get_the_same_code_that_renders_the_same_text()
    {
        Compilation standard = Generate(NetStandard20.References.All, out string standardSource);
        Compilation net = Generate(Net100.References.All, out string netSource);

        Assert.Equal(netSource, standardSource);
        foreach (Compilation output in new[] { standard, net })
        {
            Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
            Type messages = Load(output);
            Assert.Equal("[000000ff]", Invoke(messages, "FormatHex_08x", 255u));
            Assert.Equal("[-1 (0xffffffff)]", Invoke(messages, "FormatSame_insert_d_and_x", -1));
            Assert.Equal("[  007]", Invoke(messages, "FormatStar_both_u", 5, 3, 7u));
            Assert.Equal("[000000000000BEEF]", Invoke(messages, "FormatPointer_p", 0xBEEFUL));
        }
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
