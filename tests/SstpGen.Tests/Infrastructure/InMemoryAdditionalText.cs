using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// An AdditionalFiles item held in memory, with the bytes a file on disk would have (BOM and all), decoded as the
/// compiler decodes it: a BOM decides, else <paramref name="decodeAs"/> (what a project's <c>CodePage</c> makes it),
/// else UTF-8.
/// </summary>
internal sealed class InMemoryAdditionalText(string path, byte[] bytes, Encoding? decodeAs = null) : AdditionalText
{
    public InMemoryAdditionalText(string path, string content)
        : this(path, Encoding.UTF8.GetBytes(content))
    {
    }

    public override string Path { get; } = path;

    public byte[] Bytes { get; } = bytes;

    private SourceText? _text;

    // Decoded once, as the compiler keeps it.
    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _text ??= SourceText.From(new System.IO.MemoryStream(Bytes), decodeAs ?? Encoding.UTF8, canBeEmbedded: false);
}
