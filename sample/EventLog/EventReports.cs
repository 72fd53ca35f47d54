using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SstpExplainer.EventLog
{
    /// <summary>How explained events are written: for a person (text) or for jq and log pipelines (one JSON object per line).</summary>
    internal interface IEventReport
    {
        void Write(ExplainedEvent explained);

        void WriteSummary(EventSummary summary);
    }

    internal static class EventFacts
    {
        public static string Level(int? level) => level switch
        {
            0 => "LogAlways",
            1 => "Critical",
            2 => "Error",
            3 => "Warning",
            4 => "Information",
            5 => "Verbose",
            null => "(no level)",
            _ => "Level " + level.Value.ToString(CultureInfo.InvariantCulture),
        };

        public static string Time(DateTimeOffset? time) => time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) : "(no time)";
    }

    internal sealed class TextReport(TextWriter output) : IEventReport
    {
        public void Write(ExplainedEvent e)
        {
            EventRecord r = e.Record;
            string name = e.Event?.ToString() ?? "(unknown event)";
            output.WriteLine($"{EventFacts.Time(r.TimeCreated)}  {r.Computer ?? "(no computer)"}  record {r.RecordId?.ToString(CultureInfo.InvariantCulture) ?? "?"}  {EventFacts.Level(r.Level)}  event {r.EventId} {name}");
            if (e.Message is { } message)
            {
                foreach (string line in message.TrimEnd('\r', '\n').Split('\n'))
                {
                    output.WriteLine("    " + line.TrimEnd('\r'));
                }
            }
            else
            {
                foreach ((string insertName, string value) in e.Inserts)
                {
                    output.WriteLine($"    {insertName} = {value}");
                }
            }

            if (e.Note is { } note)
            {
                output.WriteLine("  note: " + note);
            }

            if (e.Comparison is { } comparison)
            {
                string culture = r.WindowsCulture is { Length: > 0 } c ? $" ({c})" : string.Empty;
                output.WriteLine(comparison.Matches
                    ? $"  matches Windows' rendering{culture}"
                    : $"  DIFFERS from Windows' rendering{culture} at character {comparison.DifferenceAt + 1}: SstpGen \"{Around(comparison.Ours, comparison.DifferenceAt)}\", Windows \"{Around(comparison.Windows, comparison.DifferenceAt)}\"");
            }

            output.WriteLine();
        }

        public void WriteSummary(EventSummary summary)
        {
            output.WriteLine($"{Count(summary.SstpEvents, "SSTP event")} ({Count(summary.OtherProviders, "event")} of other providers skipped)"
                + (summary.Compared > 0 ? $"; {summary.Compared - summary.Differences} of {summary.Compared} match Windows' own rendering" : string.Empty));
            if (summary.SstpEvents == 0)
            {
                return;
            }

            output.WriteLine();
            output.WriteLine($"{"Count",7}  {"Event",-48} {"First",-30} Last");
            foreach (var e in summary.ByEvent())
            {
                output.WriteLine($"{e.Count,7}  {(e.Id + " " + e.Name),-48} {EventFacts.Time(e.First),-30} {EventFacts.Time(e.Last)}");
            }
        }

        private static string Count(long n, string what) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + what + (n == 1 ? string.Empty : "s");

        /// <summary>The text around a difference, on one line: "…the remote access server…".</summary>
        private static string Around(string text, int at)
        {
            int start = Math.Max(0, at - 20);
            int end = Math.Min(text.Length, at + 20);
            string piece = text.Substring(start, end - start).Replace("\n", "\\n", StringComparison.Ordinal);
            return (start > 0 ? "…" : string.Empty) + piece + (end < text.Length ? "…" : string.Empty);
        }
    }

    internal sealed class JsonReport(TextWriter output) : IEventReport
    {
        private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>A message recognised in rendered text, as one JSON line: where, which event, its inserts by name.</summary>
        public static void WriteRecognised(TextWriter output, RecognisedText found)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, s_options))
            {
                json.WriteStartObject();
                json.WriteNumber("line", found.Line);
                json.WriteNumber("id", (uint)found.Event);
                json.WriteString("name", found.Event.ToString());
                json.WriteStartObject("inserts");
                foreach ((string name, string value) in found.Inserts)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
                json.WriteString("message", found.Text);
                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }

        public void Write(ExplainedEvent e)
        {
            EventRecord r = e.Record;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, s_options))
            {
                json.WriteStartObject();
                json.WriteNumber("id", r.EventId);
                WriteStringOrNull(json, "name", e.Event?.ToString());
                if (r.Level is { } level)
                {
                    json.WriteNumber("level", level);
                }
                else
                {
                    json.WriteNull("level");
                }

                json.WriteString("levelName", EventFacts.Level(r.Level));
                WriteStringOrNull(json, "time", r.TimeCreated is null ? null : EventFacts.Time(r.TimeCreated));
                WriteStringOrNull(json, "computer", r.Computer);
                if (r.RecordId is { } record)
                {
                    json.WriteNumber("recordId", record);
                }
                else
                {
                    json.WriteNull("recordId");
                }

                WriteStringOrNull(json, "channel", r.Channel);
                json.WriteStartObject("inserts");
                foreach ((string name, string value) in e.Inserts)
                {
                    json.WriteString(name, value);
                }

                json.WriteEndObject();
                WriteStringOrNull(json, "message", e.Message);
                WriteStringOrNull(json, "language", e.Language);
                WriteStringOrNull(json, "note", e.Note);
                if (r.WindowsMessage is { } windows)
                {
                    json.WriteString("windowsMessage", windows);
                    json.WriteBoolean("matches", e.Comparison?.Matches == true);
                }

                json.WriteEndObject();
            }

            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }

        /// <summary>JSON lines are events only: the summary goes to a person, not into the pipeline.</summary>
        public void WriteSummary(EventSummary summary)
        {
        }

        private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
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
    }
}
