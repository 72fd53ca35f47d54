using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SstpGen.Tests.Infrastructure;

/// <summary>Diagnostics as stable text for snapshots: id, severity, 1-based line:column range, message; ordered by file, position and id (a host reports them in the order of its AdditionalFiles).</summary>
internal static class DiagnosticText
{
    public static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (Diagnostic d in diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal).ThenBy(d => d.Location.GetLineSpan().StartLinePosition).ThenBy(d => d.Id))
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            text.Append(CultureInfo.InvariantCulture, $"{d.Id} {d.Severity} {System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): ");
            text.Append(d.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }
}
