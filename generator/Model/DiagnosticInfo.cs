using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.Model
{
    /// <summary>
    /// A diagnostic as plain data (no <see cref="Location"/> or <see cref="SourceText"/>), so the parse result
    /// that carries it stays equatable and cacheable.
    /// </summary>
    internal sealed record DiagnosticInfo(
        string DescriptorId,
        string FilePath,
        TextSpan Span,
        LinePositionSpan LineSpan,
        EquatableArray<string> MessageArgs)
    {
        public Diagnostic ToDiagnostic()
        {
            DiagnosticDescriptor descriptor = Diagnostics.SstpDiagnostics.ById(DescriptorId);
            Location location = Location.Create(FilePath, Span, LineSpan);
            object[] args = new object[MessageArgs.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = MessageArgs[i];
            }

            return Diagnostic.Create(descriptor, location, args);
        }
    }
}
