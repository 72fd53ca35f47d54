using System;
using System.Buffers;
using System.Text;
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

        // One buffer and writer per thread, reused: chunks are turned into lines on several threads at once.
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? t_buffer;

        [ThreadStatic]
        private static Utf8JsonWriter? t_json;

        /// <summary>The record's line, without its line end.</summary>
        public static string ToLine(EvtxEvent e) => Encoding.UTF8.GetString(Write(e));

        /// <summary>The record's line in UTF-8, with its line end (\n): what <c>records --json</c> writes, encoded once.</summary>
        public static byte[] ToUtf8Line(EvtxEvent e)
        {
            ReadOnlySpan<byte> line = Write(e);
            var bytes = new byte[line.Length + 1];
            line.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }

        private static ReadOnlySpan<byte> Write(EvtxEvent e)
        {
            ArrayBufferWriter<byte> buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
            buffer.ResetWrittenCount();
            Utf8JsonWriter json = t_json ??= new Utf8JsonWriter(buffer, s_options);
            json.Reset(buffer);
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

            json.Flush();
            return buffer.WrittenSpan;
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
