using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SstpGen.Cli.Layout;

/// <summary>
/// Adds file versions to a table file (empty or existing) by <see cref="VersionGrouping"/>'s rule. A version already
/// present with the same table changes nothing; with another table it is an error unless <c>replace</c>. Every section
/// the merge leaves as it was is written back byte for byte, and so are the module heading and the <c>Path:</c> line.
/// </summary>
internal static class TableMerger
{
    public static string Merge(string path, ExistingTableFile existing, IReadOnlyDictionary<Version, SortedDictionary<uint, string>> added, bool replace)
    {
        var tables = new Dictionary<Version, SortedDictionary<uint, string>>();
        foreach (ExistingTableFile.Section section in existing.Sections)
        {
            foreach (Version version in section.Group.Versions)
            {
                tables[version] = section.Group.Table;
            }
        }

        foreach (var (version, table) in added)
        {
            if (tables.TryGetValue(version, out SortedDictionary<uint, string>? present) && !VersionGrouping.SameTable(present, table) && !replace)
            {
                throw new ExtractionException($"{path}: already has version {version} with another table ({Difference(present, table)}); the file is left unchanged (--replace overwrites it)");
            }

            tables[version] = table;
        }

        var text = new StringBuilder(existing.Prefix);
        List<VersionGroup> groups = VersionGrouping.Group(tables);
        for (int i = 0; i < groups.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            ExistingTableFile.Section? unchanged = existing.Sections.FirstOrDefault(s => s.Group.Versions.SequenceEqual(groups[i].Versions) && VersionGrouping.SameTable(s.Group.Table, groups[i].Table));
            if (unchanged is not null)
            {
                text.Append(unchanged.Text);
            }
            else
            {
                TableFileWriter.AppendGroup(text, groups[i]);
            }
        }

        return text.ToString();
    }

    private static string Difference(SortedDictionary<uint, string> present, SortedDictionary<uint, string> table)
    {
        uint? differs = present.Keys.Union(table.Keys).Order().Cast<uint?>()
            .FirstOrDefault(id => !present.TryGetValue(id!.Value, out string? a) || !table.TryGetValue(id.Value, out string? b) || a != b);
        return differs is { } id ? $"0x{id:x8} differs" : "the tables differ";
    }
}
