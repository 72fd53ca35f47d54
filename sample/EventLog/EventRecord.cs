using System;
using System.Collections.Generic;

namespace SstpExplainer.EventLog
{
    /// <summary>One value of a record's <c>EventData</c>: the inserts %1…%N are these values in order.</summary>
    internal sealed record EventDataValue(string? Name, string Value);

    /// <summary>
    /// One <c>&lt;Event&gt;</c> of an event log export, as Windows writes it (wevtutil, Event Viewer, Get-WinEvent's
    /// ToXml): the <c>System</c> facts, the <c>EventData</c> values, and Windows' own rendering when the export
    /// carries <c>RenderingInfo</c>. <see cref="Line"/> is where the element starts in the file.
    /// </summary>
    internal sealed record EventRecord(
        string? Provider,
        uint EventId,
        uint Qualifiers,
        int? Level,
        DateTimeOffset? TimeCreated,
        string? Computer,
        ulong? RecordId,
        string? Channel,
        IReadOnlyList<EventDataValue> Data,
        string? WindowsMessage,
        string? WindowsCulture,
        int Line);
}
