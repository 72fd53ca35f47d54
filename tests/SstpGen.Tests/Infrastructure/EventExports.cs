using System.Globalization;
using System.Security;
using System.Text;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// Event log exports as Windows writes them, built for tests and benchmarks: <c>&lt;Event&gt;</c> elements in the
/// event schema's namespace with <c>System</c>, <c>EventData</c>, and optionally <c>RenderingInfo</c> (wevtutil's
/// /f:RenderedXml), put together as wevtutil (no root), Event Viewer (an <c>&lt;Events&gt;</c> root) or
/// PowerShell's ToXml (one per line) write them.
/// </summary>
internal static class EventExports
{
    public const string Sstp = "Microsoft-Windows-RasSstp";

    public static string Event(
        uint eventId,
        string?[] data,
        string provider = Sstp,
        int level = 2,
        long recordId = 4711,
        string time = "2026-11-30T10:15:42.1234567Z",
        string computer = "VPN-GW01.contoso.com",
        string? windowsMessage = null,
        string culture = "en-US",
        bool dataNames = false)
    {
        var xml = new StringBuilder();
        xml.Append("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>");
        xml.Append(CultureInfo.InvariantCulture, $"<Provider Name='{provider}' Guid='{{6c260f2c-fd27-4c8e-b3d4-0df4b0b0a4e0}}'/>");
        xml.Append(CultureInfo.InvariantCulture, $"<EventID>{eventId}</EventID><Version>0</Version><Level>{level}</Level><Task>0</Task><Opcode>0</Opcode>");
        xml.Append(CultureInfo.InvariantCulture, $"<Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='{time}'/><EventRecordID>{recordId}</EventRecordID>");
        xml.Append(CultureInfo.InvariantCulture, $"<Correlation/><Execution ProcessID='1288' ThreadID='4528'/><Channel>System</Channel><Computer>{computer}</Computer><Security/></System>");
        if (data.Length == 0)
        {
            xml.Append("<EventData/>");
        }
        else
        {
            xml.Append("<EventData>");
            for (int i = 0; i < data.Length; i++)
            {
                xml.Append(dataNames ? $"<Data Name='param{i + 1}'>" : "<Data>").Append(data[i] ?? string.Empty).Append("</Data>");
            }

            xml.Append("</EventData>");
        }

        if (windowsMessage is not null)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<RenderingInfo Culture='{culture}'><Message>{SecurityElement.Escape(windowsMessage)}</Message><Level>Error</Level><Task></Task><Opcode>Info</Opcode><Channel>System</Channel><Provider>Microsoft-Windows-RasSstp</Provider><Keywords><Keyword>Classic</Keyword></Keywords></RenderingInfo>");
        }

        return xml.Append("</Event>").ToString();
    }

    /// <summary>wevtutil qe … /f:xml: the events one after the other, no root, no line breaks.</summary>
    public static string Wevtutil(params string[] events) => string.Concat(events);

    /// <summary>Event Viewer's "Save Selected Events…" as XML.</summary>
    public static string EventViewer(params string[] events) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\r\n<Events>" + string.Join("\r\n", events) + "</Events>";

    /// <summary>Get-WinEvent … | ForEach-Object { $_.ToXml() } &gt; file: one event per line.</summary>
    public static string PowerShell(params string[] events) => string.Join("\r\n", events) + "\r\n";
}

/// <summary>Big exports written straight to disk, for the streaming test and the explainer's benchmark.</summary>
internal static class EventExportFiles
{
    /// <summary>Writes a wevtutil /f:RenderedXml export of event 6 records of at least <paramref name="bytes"/> bytes; returns how many events it holds.</summary>
    public static int Write(string path, long bytes)
    {
        const string message = "CoId={2b2e9c2a}:The SSTP-based VPN connection to the remote access server was terminated because of a security check failure. Security settings on the remote access server do not match settings on this computer. Contact the system administrator of the remote access server and relay the following information:\n\nSHA1 Certificate Hash: 3A4B\nSHA256 Certificate Hash: 9F00\n";
        using var writer = new System.IO.StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        int events = 0;
        while (writer.BaseStream.Length < bytes)
        {
            writer.Write(EventExports.Event(6, ["{2b2e9c2a}", "3A4B", "9F00"], recordId: events + 1, windowsMessage: message));
            events++;
            if (events % 1000 == 0)
            {
                writer.Flush();
            }
        }

        return events;
    }
}
