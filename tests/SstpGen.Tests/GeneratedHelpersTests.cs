using System.Collections.Generic;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SstpGen.Naming;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The messages class carries exactly the runtime parts its own lines need (a missing one would not compile; these
/// tests catch the other way round, a member nothing calls), and declares no name of its own that the naming
/// stage does not know about (GeneratedNames), so no table can take one.
/// </summary>
public class GeneratedHelpersTests
{
    public static TheoryData<string, bool> Tables => new()
    {
        { "messages.md", false },
        { "messages.md", true },            // .NET Standard 2.0 references
        { "printf-specs.md", false },
        { "printf-specs.md", true },
        { "formatmessage-vectors.md", false },
        { "real-sequences.md", false },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_private_member_of_the_messages_class_is_called(string table, bool netStandard)
    {
        (Compilation compiled, INamedTypeSymbol messages) = Generate(table, netStandard);
        var referenced = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (SyntaxTree tree in compiled.SyntaxTrees)
        {
            SemanticModel model = compiled.GetSemanticModel(tree);
            foreach (SimpleNameSyntax name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (model.GetSymbolInfo(name).Symbol is { } symbol)
                {
                    referenced.Add(symbol.OriginalDefinition);
                    referenced.Add(symbol.ContainingType?.OriginalDefinition ?? symbol);
                }
            }
        }

        List<string> unused = messages.GetMembers()
            .Where(m => m.DeclaredAccessibility == Accessibility.Private && !m.IsImplicitlyDeclared && !referenced.Contains(m))
            .Select(m => m.ToDisplayString())
            .ToList();
        Assert.Empty(unused);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_name_the_messages_class_declares_is_a_typed_method_or_one_the_naming_stage_reserves(string table, bool netStandard)
    {
        (_, INamedTypeSymbol messages) = Generate(table, netStandard);
        HashSet<string> typed = messages.GetTypeMembers("Ids").Single().GetMembers().Select(m => "Format" + m.Name).ToHashSet();
        List<string> unknown = messages.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared && !typed.Contains(m.Name) && !GeneratedNames.IsMessagesClassMember(m.Name))
            .Select(m => m.Name)
            .Distinct()
            .ToList();
        Assert.Empty(unknown);

        // A typed method is Format + a message's name: no other member may start so, or a message could take its name.
        Assert.DoesNotContain(messages.GetMembers(), m => !m.IsImplicitlyDeclared && m.Name.StartsWith("Format", System.StringComparison.Ordinal) && m.Name != "Format" && !typed.Contains(m.Name));
    }

    private static (Compilation Compiled, INamedTypeSymbol Messages) Generate(string table, bool netStandard)
    {
        string path = table == "messages.md" ? GeneratorHarness.MessagesMd : Path.Combine(System.AppContext.BaseDirectory, "Tables", table);
        CSharpCompilation consumer = GeneratorHarness.Consumer("class Unrelated { }");
        if (netStandard)
        {
            consumer = consumer.WithReferences(NetStandard20.References.All);
        }

        GeneratorHarness.CreateDriver([new TableFile(path, File.ReadAllBytes(path), new Dictionary<string, string>())])
            .RunGeneratorsAndUpdateCompilation(consumer, out Compilation compiled, out _);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(compiled));
        return (compiled, compiled.GetTypeByMetadataName("Consumer.SstpMessages")!);
    }
}
