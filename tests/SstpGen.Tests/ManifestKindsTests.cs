using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>Every kind of manifest string message-table-format.md describes, decoded and exposed by kind (Tables/manifest-kinds.md).</summary>
public class ManifestKindsTests
{
    private static readonly string TablePath = Path.Combine(System.AppContext.BaseDirectory, "Tables", "manifest-kinds.md");

    [Fact]
    public void Manifest_strings_are_exposed_by_kind_and_manifest_event_messages_get_format_methods()
    {
        var (result, output) = GeneratorHarness.Run(new TableFile(TablePath, File.ReadAllBytes(TablePath), new Dictionary<string, string>()));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));

        Assert.Equal("Microsoft-Windows-Kinds", Constant(output, "Manifest", "ProviderName"));
        Assert.Equal("Microsoft-Windows-Second", Constant(output, "Manifest", "Provider2Name"));
        Assert.Equal("System", Constant(output, "Manifest+Channels", "System"));
        Assert.Equal("Operational", Constant(output, "Manifest+Channels", "Operational"));
        Assert.Equal("Classic", Constant(output, "Manifest+Keywords", "Classic"));
        Assert.Equal(1UL << 55, Constant(output, "Manifest+KeywordMasks", "Classic"));
        Assert.Equal("Error", Constant(output, "Manifest+Levels", "Error"));
        Assert.Equal("Connect", Constant(output, "Manifest+Tasks", "Connect"));
        Assert.Equal("API Enter", Constant(output, "Manifest+Opcodes", "ApiEnter"));
        Assert.Equal("High", Constant(output, "Manifest+Maps", "High"));
        Assert.Equal("DXGI_SWAP_CHAIN_FLAG_ALLOW_MODE_SWITCH", Constant(output, "Manifest+OtherNames", "DxgiSwapChainFlagAllowModeSwitch"));

        INamedTypeSymbol events = output.GetTypeByMetadataName("Consumer.SstpEventId")!;
        Assert.Equal(
            new[] { 0x00000005u, 0xB0000064u },
            events.GetMembers().OfType<IFieldSymbol>().Select(f => (uint)f.ConstantValue!).ToArray());
        INamedTypeSymbol messages = output.GetTypeByMetadataName("Consumer.SstpMessages")!;
        Assert.Contains(messages.GetMembers("FormatManifestEvent100ForHappened"), m => m is IMethodSymbol { Parameters.Length: 1 });
    }

    private static object? Constant(Compilation output, string nested, string name) =>
        output.GetTypeByMetadataName("Consumer.SstpMessages+" + nested)!.GetMembers(name).OfType<IFieldSymbol>().Single().ConstantValue;
}
