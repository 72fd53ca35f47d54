using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SstpExplainer.EventLog
{
    /// <summary>
    /// Streams the events of an export, one at a time, in constant memory: a sequence of <c>&lt;Event&gt;</c> elements
    /// with no root (<c>wevtutil qe … /f:xml</c> or <c>/f:RenderedXml</c>, one <c>ToXml()</c> per line), or an
    /// <c>&lt;Events&gt;</c> root (Event Viewer's "Save Selected Events"). UTF-8 with or without BOM and UTF-16 with
    /// BOM are detected from the bytes. A malformed file throws <see cref="XmlException"/> with its line and position
    /// once the events before it have been returned.
    /// </summary>
    internal static class EventLogXmlReader
    {
        public const string EventNamespace = "http://schemas.microsoft.com/win/2004/08/events/event";

        public static IEnumerable<EventRecord> Read(Stream stream)
        {
            var settings = new XmlReaderSettings
            {
                ConformanceLevel = ConformanceLevel.Fragment,
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                CloseInput = false,
            };
            using XmlReader reader = XmlReader.Create(stream, settings);
            var lineInfo = (IXmlLineInfo)reader;
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Event" && IsEventNamespace(reader.NamespaceURI))
                {
                    int line = lineInfo.LineNumber;
                    var element = (XElement)XNode.ReadFrom(reader);
                    yield return ToRecord(element, line);
                }
                else
                {
                    reader.Read();
                }
            }
        }

        private static bool IsEventNamespace(string ns) => ns.Length == 0 || ns == EventNamespace;

        private static EventRecord ToRecord(XElement element, int line)
        {
            XNamespace ns = element.Name.Namespace;
            XElement? system = element.Element(ns + "System");
            XElement? eventId = system?.Element(ns + "EventID");
            XElement? rendering = element.Element(ns + "RenderingInfo");
            List<EventDataValue> data = element.Element(ns + "EventData")?.Elements(ns + "Data")
                .Select(d => new EventDataValue((string?)d.Attribute("Name"), d.Value))
                .ToList() ?? new List<EventDataValue>();
            return new EventRecord(
                (string?)system?.Element(ns + "Provider")?.Attribute("Name"),
                ParseUInt(eventId?.Value) ?? 0,
                ParseUInt((string?)eventId?.Attribute("Qualifiers")) ?? 0,
                (int?)ParseUInt(system?.Element(ns + "Level")?.Value),
                ParseTime((string?)system?.Element(ns + "TimeCreated")?.Attribute("SystemTime")),
                system?.Element(ns + "Computer")?.Value,
                ulong.TryParse(system?.Element(ns + "EventRecordID")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong record) ? record : null,
                system?.Element(ns + "Channel")?.Value,
                data,
                rendering?.Element(ns + "Message")?.Value,
                (string?)rendering?.Attribute("Culture"),
                line);
        }

        private static uint? ParseUInt(string? text) =>
            uint.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out uint value) ? value : null;

        private static DateTimeOffset? ParseTime(string? text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset time) ? time : null;
    }
}
