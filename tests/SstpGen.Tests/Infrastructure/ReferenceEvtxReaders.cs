using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// libyal's <c>evtxexport -f xml</c> (Debian libevtx-utils) and python-evtx's <c>evtx_dump.py</c> (Debian python3-evtx),
/// run on a file, their records reduced to what <c>records --json</c> writes: provider, event id, level, record id, time
/// and the data values in order.
/// </summary>
internal static class ReferenceEvtxReaders
{
    public static bool Installed => Which("evtxexport") is not null && Which("evtx_dump.py") is not null;

    public static string SkipReason => "evtxexport and evtx_dump.py are not installed (apt-get install libevtx-utils python3-evtx); run with SSTPGEN_EVTX_REFERENCES=1.";

    /// <summary>A record as a reference reader renders it. <see cref="Time"/> is in seconds with as many digits as the reader gives.</summary>
    public sealed record ReferenceRecord(ulong RecordId, string? Provider, string? EventId, string? Level, string Time, string Data);

    public static Dictionary<ulong, ReferenceRecord> Libevtx(string file)
    {
        string xml = Run("evtxexport", $"-f xml \"{file}\"");
        int first = xml.IndexOf("<Event", StringComparison.Ordinal);
        return Records(first < 0 ? string.Empty : xml[first..], rooted: false);
    }

    public static Dictionary<ulong, ReferenceRecord> PythonEvtx(string file)
    {
        string xml = Run("evtx_dump.py", $"\"{file}\"");
        int first = xml.IndexOf("<Events>", StringComparison.Ordinal);
        return Records(first < 0 ? string.Empty : xml[first..], rooted: true);
    }

    private static Dictionary<ulong, ReferenceRecord> Records(string xml, bool rooted)
    {
        var records = new Dictionary<ulong, ReferenceRecord>();
        var settings = new XmlReaderSettings { ConformanceLevel = rooted ? ConformanceLevel.Document : ConformanceLevel.Fragment, CheckCharacters = false, DtdProcessing = DtdProcessing.Ignore };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Event")
                {
                    continue;
                }

                XElement e;
                try
                {
                    e = (XElement)XNode.ReadFrom(reader);
                }
                catch (XmlException)
                {
                    continue;
                }

                XNamespace ns = e.Name.Namespace;
                XElement? system = e.Element(ns + "System");
                if (!ulong.TryParse(system?.Element(ns + "EventRecordID")?.Value, out ulong id))
                {
                    continue;
                }

                records[id] = new ReferenceRecord(
                    id,
                    (string?)system!.Element(ns + "Provider")?.Attribute("Name"),
                    system.Element(ns + "EventID")?.Value,
                    system.Element(ns + "Level")?.Value,
                    Seconds((string?)system.Element(ns + "TimeCreated")?.Attribute("SystemTime") ?? string.Empty),
                    string.Join("\u001F", DataOf(e, ns)));
            }
        }
        catch (XmlException)
        {
            // A reader's output that stops being XML (a record it renders badly): the records before it count.
        }

        return records;
    }

    private static IEnumerable<string> DataOf(XElement e, XNamespace ns)
    {
        if (e.Element(ns + "EventData") is { } eventData)
        {
            return eventData.Elements().Where(d => d.Name.LocalName == "Data").Select(d => d.Value);
        }

        XElement? payload = e.Element(ns + "UserData")?.Elements().FirstOrDefault();
        return payload?.Elements().Select(d => d.Value) ?? [];
    }

    /// <summary>"2012-03-14T04:17:43.354562700Z" or "2012-03-14 04:17:43.354563": the date and time, 'T' between, no zone.</summary>
    private static string Seconds(string time) => time.Replace(' ', 'T').TrimEnd('Z');

    private static string Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(Which(program)!, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = error.Result;
        return output;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
}
