using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using SstpGen.Model;
using SstpGen.Parsing;

namespace SstpGen.Benchmarks;

/// <summary>
/// The message tables the benchmarks run on: sstpsvc, the shared corpus (../shared/corpus beside the
/// checkout), its largest file, and synthetic tables of N real message strings.
/// </summary>
internal static class BenchmarkTables
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static string CorpusFolder
    {
        get
        {
            string folder = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
            return Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException("These benchmarks need the shared corpus at " + folder);
        }
    }

    public static TableText Sstpsvc => new("messages.md", File.ReadAllText(Path.Combine(RepositoryRoot, "messages.md")));

    public static IReadOnlyList<TableText> Corpus() =>
        Directory.GetFiles(CorpusFolder, "*.md")
            .Where(p => !p.EndsWith("NOTICE.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new TableText(Path.GetFileName(p), File.ReadAllText(p)))
            .ToList();

    public static TableText LargestCorpusFile() => Corpus().OrderByDescending(t => t.Content.Length).First();

    /// <summary>Wine's winerror.mc (787 messages) from ../shared/mc.</summary>
    public static TableText WineWinerror()
    {
        string path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "mc", "wine", "winerror.mc"));
        return File.Exists(path) ? new TableText("winerror.mc", File.ReadAllText(path)) : throw new FileNotFoundException("This benchmark needs Wine's winerror.mc at " + path);
    }

    /// <summary>
    /// The messages of a Message Compiler source as a markdown table: each identifier, the stored text SstpGen reads from
    /// the source (escaped as the layout escapes CR, LF and TAB), and the C# name the source gives it, under one version.
    /// </summary>
    public static TableText AsMarkdown(TableText source)
    {
        var options = new TableOptions(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);
        MessageTableModel model = MessageTableParser.Parse(new TableInput("/tables/" + source.FileName, "SstpMessages", source.Content, options, EquatableArray<DiagnosticInfo>.Empty), System.Threading.CancellationToken.None).Table!;
        var text = new StringBuilder("## " + source.FileName + "\n\n### 10.0.19041.1\n\nMessage identifier | Message string | Symbolic name\n--- | --- | ---\n");
        foreach (MessageModel message in model.Messages)
        {
            string stored = model.Templates[message.Latest.TemplateIndex].Template;
            text.Append("0x").Append(message.Id.ToString("x8", CultureInfo.InvariantCulture)).Append(" | ")
                .Append(stored.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t")).Append(" | ").Append(message.Name).Append('\n');
        }

        return new TableText(Path.ChangeExtension(source.FileName, ".md"), text.ToString());
    }

    /// <summary>One table of <paramref name="rows"/> distinct real message strings (taken from the corpus in order), ids 1…N.</summary>
    public static TableText Rows(int rows)
    {
        var strings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (TableText table in Corpus())
        {
            foreach (string line in table.Content.Split('\n'))
            {
                int bar = line.IndexOf(" | ", StringComparison.Ordinal);
                if (line.StartsWith("0x", StringComparison.Ordinal) && bar == 10 && seen.Add(line.Substring(bar + 3).TrimEnd('\r')))
                {
                    strings.Add(line.Substring(bar + 3).TrimEnd('\r'));
                }
            }
        }

        var text = new StringBuilder("## synthetic.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n");
        for (int i = 0; i < rows; i++)
        {
            // Past the corpus' distinct strings, repeat them with a number so every row stays distinct.
            string message = i < strings.Count ? strings[i] : strings[i % strings.Count] + " (" + (i / strings.Count).ToString(CultureInfo.InvariantCulture) + ")";
            text.Append("0x").Append((i + 1).ToString("x8", CultureInfo.InvariantCulture)).Append(" | ").Append(message).Append('\n');
        }

        return new TableText("synthetic-" + rows.ToString(CultureInfo.InvariantCulture) + ".md", text.ToString());
    }

    /// <summary>One message of about <paramref name="characters"/> characters of real text with inserts.</summary>
    public static TableText SingleMessage(int characters)
    {
        var message = new StringBuilder(characters + 100);
        for (int n = 0; message.Length < characters; n++)
        {
            message.Append("The connection to %").Append((n % 9) + 1).Append(" failed: %2!08x!. ");
        }

        return new TableText("huge-message.md", "## huge.dll\n\n### 10.0.19041.1\n\nMessage identifier | Message string\n--- | ---\n0x00000001 | " + message + "\\r\\n\n");
    }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SstpGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the SstpGen repository.");
    }
}

/// <summary>A message table (markdown, or a Message Compiler source by its .mc name): its file name and text.</summary>
internal sealed record TableText(string FileName, string Content)
{
    private static readonly Regex s_row = new(@"^0x([0-9a-f]{8}) \| (.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex s_insert = new(@"%([1-9][0-9]?)(![^!]*!)?", RegexOptions.CultureInvariant);

    /// <summary>
    /// A markdown table's strings as a .resx file for ResxSourceGenerator: one entry per message id (its newest text wins),
    /// inserts %N rewritten as composite-format holes {N-1} so it emits a Format method for each.
    /// </summary>
    public string ToResx()
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in Content.Split('\n'))
        {
            Match row = s_row.Match(line.TrimEnd('\r'));
            if (row.Success)
            {
                string text = row.Groups[2].Value.Replace("{", "{{").Replace("}", "}}");
                text = s_insert.Replace(text, m => "{" + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture) + "}");
                entries["Message_" + row.Groups[1].Value] = text;
            }
        }

        var resx = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        resx.Append("  <resheader name=\"resmimetype\"><value>text/microsoft-resx</value></resheader>\n");
        resx.Append("  <resheader name=\"version\"><value>2.0</value></resheader>\n");
        foreach (KeyValuePair<string, string> entry in entries)
        {
            resx.Append("  <data name=\"").Append(entry.Key).Append("\" xml:space=\"preserve\"><value>")
                .Append(System.Security.SecurityElement.Escape(entry.Value)).Append("</value></data>\n");
        }

        return resx.Append("</root>\n").ToString();
    }
}
