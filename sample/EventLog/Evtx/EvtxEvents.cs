using System;
using System.Collections.Generic;
using System.Globalization;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// The facts of an .evtx record's <c>Event</c> element, as its XML rendering has them: the <c>System</c> values, and the
    /// <c>EventData</c> values in order (or, for a <c>UserData</c> event, the elements of its one child, by element name).
    /// </summary>
    internal sealed record EvtxEvent(
        ulong RecordId,
        string Time,
        string? Provider,
        uint? EventId,
        uint? Qualifiers,
        int? Level,
        string? Channel,
        string? Computer,
        IReadOnlyList<EventDataValue> Data)
    {
        public static EvtxEvent From(EvtxRecord record)
        {
            BinXmlElement? system = record.Event.Child("System");
            BinXmlElement? eventId = system?.Child("EventID");
            ulong recordId = ulong.TryParse(system?.Child("EventRecordID")?.Text(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) ? id : record.RecordId;
            string time = system?.Child("TimeCreated")?.Attribute("SystemTime") is { Length: > 0 } created ? SevenDigits(created) : BinXmlValues.FileTime(record.WrittenTime);
            return new EvtxEvent(
                recordId,
                time,
                system?.Child("Provider")?.Attribute("Name"),
                ParseUInt(eventId?.Text()),
                ParseUInt(eventId?.Attribute("Qualifiers")),
                (int?)ParseUInt(system?.Child("Level")?.Text()),
                system?.Child("Channel")?.Text(),
                system?.Child("Computer")?.Text(),
                DataOf(record.Event));
        }

        /// <summary>The record as the explainer's pipeline takes it from an XML export (an .evtx carries no rendering).</summary>
        public EventRecord ToEventRecord() =>
            new(Provider, EventId ?? 0, Qualifiers ?? 0, Level,
                DateTimeOffset.TryParse(Time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset parsed) ? parsed : null,
                Computer, RecordId, Channel, Data, WindowsMessage: null, WindowsCulture: null, Line: 0);

        private static List<EventDataValue> DataOf(BinXmlElement @event)
        {
            var data = new List<EventDataValue>();
            if (@event.Child("EventData") is { } eventData)
            {
                foreach (object item in eventData.Content)
                {
                    if (item is BinXmlElement { Name: "Data" } value)
                    {
                        data.Add(new EventDataValue(value.Attribute("Name"), value.Text()));
                    }
                }
            }
            else if (@event.Child("UserData") is { } userData && userData.Content.Find(c => c is BinXmlElement) is BinXmlElement payload)
            {
                foreach (object item in payload.Content)
                {
                    if (item is BinXmlElement value)
                    {
                        data.Add(new EventDataValue(value.Name, value.Text()));
                    }
                }
            }

            return data;
        }

        /// <summary>
        /// A SystemTime with seven fractional digits, as a FILETIME value has them: a forwarded event carries the time as
        /// text (WEC writes nine digits), cut or padded here so every record's time reads alike.
        /// </summary>
        private static string SevenDigits(string time)
        {
            int dot = time.IndexOf('.');
            int zone = time.IndexOf('Z');
            if (dot < 0 || zone < dot)
            {
                return time;
            }

            string fraction = time[(dot + 1)..zone];
            return time[..(dot + 1)] + (fraction.Length >= 7 ? fraction[..7] : fraction.PadRight(7, '0')) + time[zone..];
        }

        private static uint? ParseUInt(string? text) =>
            uint.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out uint value) ? value : null;
    }
}
