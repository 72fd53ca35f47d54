using System;
using System.Collections.Generic;
using System.Text;

namespace SstpGen.Cli.Layout;

/// <summary>
/// Writes a message table in the layout of the shared spec (<c>message-table-format.md</c>): the module heading in lower
/// case as the layout's source data writes it, the <c>Path:</c> line, one <c>###</c> heading per group of file versions,
/// rows in identifier order (<c>0x</c> and eight lower-case hex digits), CR, LF and TAB written as <c>\r</c>, <c>\n</c>,
/// <c>\t</c> and nothing else escaped; LF line ends, one LF at the end.
/// </summary>
internal static class TableFileWriter
{
    public static string Write(string moduleName, string modulePath, IReadOnlyList<VersionGroup> groups)
    {
        var text = new StringBuilder();
        text.Append("## ").Append(moduleName.ToLowerInvariant()).Append("\n\n");
        text.Append("Path: ").Append(modulePath).Append('\n');
        foreach (VersionGroup group in groups)
        {
            text.Append('\n');
            AppendGroup(text, group);
        }

        return text.ToString();
    }

    public static void AppendGroup(StringBuilder text, VersionGroup group)
    {
        text.Append("### ").Append(string.Join(", ", group.Versions)).Append("\n\n");
        text.Append("Message identifier | Message string\n--- | ---\n");
        foreach (var (id, message) in group.Table)
        {
            text.Append("0x").Append(id.ToString("x8", System.Globalization.CultureInfo.InvariantCulture)).Append(" | ").Append(Escape(message)).Append('\n');
        }
    }

    /// <summary>The module's path as Windows names it, by default: drivers (.sys) in System32\drivers, the rest in System32.</summary>
    public static string DefaultModulePath(string moduleName) =>
        moduleName.EndsWith(".sys", StringComparison.OrdinalIgnoreCase)
            ? @"%SystemRoot%\System32\drivers\" + moduleName
            : @"%SystemRoot%\System32\" + moduleName;

    /// <summary>A backslash before r, n or t: the layout would read it back as an escape.</summary>
    public static bool HasAmbiguousBackslash(string message)
    {
        for (int i = message.IndexOf('\\'); i >= 0 && i + 1 < message.Length; i = message.IndexOf('\\', i + 1))
        {
            if (message[i + 1] is 'r' or 'n' or 't')
            {
                return true;
            }
        }

        return false;
    }

    public static string Escape(string message) => message.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}

/// <summary>The file versions (in numeric order) that carry one identical table.</summary>
internal sealed record VersionGroup(List<Version> Versions, SortedDictionary<uint, string> Table);
