using System;
using System.Collections.Generic;
using System.Linq;

namespace SstpGen.Cli.Layout;

/// <summary>
/// Groups file versions as the layout's source data does: in numeric order, each version joins the heading of the
/// version before it when their tables are identical (as maps of identifier → text), otherwise it starts a new heading.
/// </summary>
internal static class VersionGrouping
{
    public static List<VersionGroup> Group(IReadOnlyDictionary<Version, SortedDictionary<uint, string>> tables)
    {
        var groups = new List<VersionGroup>();
        foreach (Version version in tables.Keys.Order())
        {
            SortedDictionary<uint, string> table = tables[version];
            if (groups.Count > 0 && SameTable(groups[^1].Table, table))
            {
                groups[^1].Versions.Add(version);
            }
            else
            {
                groups.Add(new VersionGroup([version], table));
            }
        }

        return groups;
    }

    public static bool SameTable(SortedDictionary<uint, string> a, SortedDictionary<uint, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out string? text) && string.Equals(text, pair.Value, StringComparison.Ordinal));
}
