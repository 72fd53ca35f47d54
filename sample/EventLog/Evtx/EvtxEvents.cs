using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

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
        /// <summary>
        /// The facts of a record's <c>Event</c> element; the record header's identifier and written time (FILETIME) stand in
        /// where its System element lacks them.
        /// </summary>
        public static EvtxEvent From(EvtxElement @event, ulong headerRecordId, long writtenTime)
        {
            // One pass over System's children, the first of each name counting (as an XPath on the rendered XML would).
            EvtxElement? provider = null, eventId = null, level = null, timeCreated = null, eventRecordId = null, channel = null, computer = null;
            if (@event.Child("System") is { } system)
            {
                foreach (EvtxElement child in system.Elements())
                {
                    switch (child.Name)
                    {
                        case "Provider": provider ??= child; break;
                        case "EventID": eventId ??= child; break;
                        case "Level": level ??= child; break;
                        case "TimeCreated": timeCreated ??= child; break;
                        case "EventRecordID": eventRecordId ??= child; break;
                        case "Channel": channel ??= child; break;
                        case "Computer": computer ??= child; break;
                    }
                }
            }

            ulong recordId = ulong.TryParse(eventRecordId?.Text(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) ? id : headerRecordId;
            string time = timeCreated?.Attribute("SystemTime") is { Length: > 0 } created ? SevenDigits(created) : BinXmlValues.FileTime(writtenTime);
            return new EvtxEvent(
                recordId,
                time,
                provider?.Attribute("Name"),
                ParseUInt(eventId?.Text()),
                ParseUInt(eventId?.Attribute("Qualifiers")),
                (int?)ParseUInt(level?.Text()),
                channel?.Text(),
                computer?.Text(),
                DataOf(@event));
        }

        /// <summary>The record as the explainer's pipeline takes it from an XML export (an .evtx carries no rendering).</summary>
        public EventRecord ToEventRecord() =>
            new(Provider, EventId ?? 0, Qualifiers ?? 0, Level,
                DateTimeOffset.TryParse(Time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset parsed) ? parsed : null,
                Computer, RecordId, Channel, Data, WindowsMessage: null, WindowsCulture: null, Line: 0);

        private static List<EventDataValue> DataOf(EvtxElement @event)
        {
            var data = new List<EventDataValue>();
            if (@event.Child("EventData") is { } eventData)
            {
                foreach (EvtxElement value in eventData.Elements())
                {
                    if (value.Name == "Data")
                    {
                        data.Add(new EventDataValue(value.Attribute("Name"), value.Text()));
                    }
                }
            }
            else if (@event.Child("UserData") is { } userData)
            {
                foreach (EvtxElement payload in userData.Elements().Take(1))
                {
                    foreach (EvtxElement value in payload.Elements())
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
            if (dot < 0 || zone < dot || zone - dot - 1 == 7)
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
