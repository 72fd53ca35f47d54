using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>Every source of one table: one file per generated type, named <c>Namespace.Type.g.cs</c> (the version enum only for a table of Windows versions).</summary>
    internal static class TableEmitter
    {
        public static List<(string HintName, SourceText Source)> Emit(MessageTableModel table, CancellationToken cancellationToken)
        {
            var plan = new TablePlan(table, cancellationToken);
            string prefix = table.Options.Namespace is null ? string.Empty : table.Options.Namespace + ".";
            var sources = new List<(string, SourceText)> { (prefix + table.Options.EnumName + ".g.cs", EventIdEnumEmitter.Emit(plan)) };
            if (table.HasWindowsVersions)
            {
                sources.Add((prefix + table.Options.VersionEnumName + ".g.cs", WindowsVersionEnumEmitter.Emit(plan)));
            }

            sources.Add((prefix + table.Options.ClassName + ".g.cs", MessagesClassEmitter.Emit(plan)));
            return sources;
        }
    }
}
