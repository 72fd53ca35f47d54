using System;
using System.Collections.Generic;
using System.Linq;

namespace SstpGen.Cli.Layout;

/// <summary>
/// A table file as it is on disk, for merging into it: the text before the first <c>###</c> heading (module heading and
/// <c>Path:</c> line), and each version heading's section kept as written, with its versions and its table as a map.
/// </summary>
internal sealed class ExistingTableFile
{
    private ExistingTableFile(string moduleName, string prefix, List<Section> sections)
    {
        ModuleName = moduleName;
        Prefix = prefix;
        Sections = sections;
    }

    public string ModuleName { get; }

    public string Prefix { get; }

    public List<Section> Sections { get; }

    /// <summary>One <c>###</c> section: its text exactly as written (blank lines after it left out), its versions and rows.</summary>
    public sealed record Section(string Text, VersionGroup Group);

    public static ExistingTableFile Parse(string path, string content)
    {
        string text = content.TrimStart('\uFEFF').Replace("\r\n", "\n");
        int first = text.StartsWith("### ", StringComparison.Ordinal) ? 0 : text.IndexOf("\n### ", StringComparison.Ordinal) + 1;
        string prefix = first <= 0 ? text : text[..first];
        string moduleLine = prefix.Split('\n').FirstOrDefault(line => line.StartsWith("## ", StringComparison.Ordinal))
            ?? throw new ExtractionException($"{path}: has no module heading (## module.dll): it is not a message table file");
        var sections = new List<Section>();
        if (first > 0)
        {
            foreach (string part in text[first..].Split("\n### ").Select((p, i) => i == 0 ? p : "### " + p))
            {
                sections.Add(ParseSection(path, part.TrimEnd('\n') + "\n"));
            }
        }

        return new ExistingTableFile(moduleLine[3..].Trim(), prefix, sections);
    }

    private static Section ParseSection(string path, string section)
    {
        string[] lines = section.Split('\n');
        var versions = new List<Version>();
        foreach (string written in lines[0][4..].Split(','))
        {
            versions.Add(Version.TryParse(written.Trim(), out Version? version) && version.Revision >= 0
                ? version
                : throw new ExtractionException($"{path}: the heading '{lines[0]}' has '{written.Trim()}', which is not a four-part file version"));
        }

        var table = new SortedDictionary<uint, string>();
        foreach (string line in lines.Skip(1))
        {
            if (line.Length > 13 && line.StartsWith("0x", StringComparison.Ordinal) && line.AsSpan(10).StartsWith(" | ")
                && uint.TryParse(line.AsSpan(2, 8), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out uint id))
            {
                table[id] = Unescape(line[13..]);
            }
        }

        return new Section(section, new VersionGroup(versions, table));
    }

    private static string Unescape(string written) => written.Replace("\\r", "\r").Replace("\\n", "\n").Replace("\\t", "\t");
}
