using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory, with the bytes a file on disk would have (BOM and all).</summary>
internal sealed class InMemoryAdditionalText(string path, byte[] bytes) : AdditionalText
{
    public InMemoryAdditionalText(string path, string content)
        : this(path, Encoding.UTF8.GetBytes(content))
    {
    }

    public override string Path { get; } = path;

    public byte[] Bytes { get; } = bytes;

    private SourceText? _text;

    // Decoded as the compiler decodes AdditionalFiles (UTF-8, a BOM honoured and dropped), once, as the compiler keeps it.
    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _text ??= SourceText.From(new System.IO.MemoryStream(Bytes), Encoding.UTF8, canBeEmbedded: false);
}
