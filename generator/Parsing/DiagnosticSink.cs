using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Model;

namespace SstpGen.Parsing
{
    /// <summary>Collects diagnostics for one table file, each located at a line and column of that file.</summary>
    internal sealed class DiagnosticSink
    {
        private readonly string _filePath;
        private readonly TextLines _lines;
        private readonly List<DiagnosticInfo> _diagnostics = new();

        public DiagnosticSink(string filePath, TextLines lines)
        {
            _filePath = filePath;
            _lines = lines;
        }

        /// <summary>Reports at <paramref name="length"/> characters from <paramref name="column"/> of line <paramref name="line"/> (0-based).</summary>
        public void Report(DiagnosticDescriptor descriptor, int line, int column, int length, params string[] args)
        {
            TextLine textLine = _lines[line];
            int start = System.Math.Min(textLine.Start + column, textLine.End);
            int end = System.Math.Min(start + System.Math.Max(length, 0), textLine.End);
            Report(descriptor, TextSpan.FromBounds(start, end), args);
        }

        public void Report(DiagnosticDescriptor descriptor, TextSpan span, params string[] args)
        {
            LinePositionSpan lineSpan = _lines.GetLinePositionSpan(span);
            _diagnostics.Add(new DiagnosticInfo(descriptor.Id, _filePath, span, lineSpan, args.ToImmutableArray().ToEquatableArray()));
        }

        public EquatableArray<DiagnosticInfo> ToEquatableArray() => _diagnostics.ToEquatableArray();
    }
}
