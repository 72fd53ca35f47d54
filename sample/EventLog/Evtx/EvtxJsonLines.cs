using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// One JSON object per record, for jq and log pipelines: recordId, time (UTC, ISO 8601, seven fractional digits),
    /// provider, eventId, qualifiers (or null), level, channel, computer, and data: the EventData (or UserData) values in
    /// order, each { "name": …, "value": … } with the value as Windows' XML renders it.
    /// </summary>
    internal static class EvtxJsonLines
    {
        private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        public static void Write(TextWriter output, EvtxEvent e)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, s_options))
            {
                json.WriteStartObject();
                json.WriteNumber("recordId", e.RecordId);
                json.WriteString("time", e.Time);
                WriteOrNull(json, "provider", e.Provider);
                WriteOrNull(json, "eventId", e.EventId);
                WriteOrNull(json, "qualifiers", e.Qualifiers);
                WriteOrNull(json, "level", (uint?)e.Level);
                WriteOrNull(json, "channel", e.Channel);
                WriteOrNull(json, "computer", e.Computer);
                json.WriteStartArray("data");
                foreach (EventDataValue value in e.Data)
                {
                    json.WriteStartObject();
                    WriteOrNull(json, "name", value.Name);
                    json.WriteString("value", value.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }

        private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
        {
            if (value is null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, value);
            }
        }

        private static void WriteOrNull(Utf8JsonWriter json, string name, uint? value)
        {
            if (value is { } number)
            {
                json.WriteNumber(name, number);
            }
            else
            {
                json.WriteNull(name);
            }
        }
    }
}
