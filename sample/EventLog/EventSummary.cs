using System;
using System.Collections.Generic;

namespace SstpExplainer.EventLog
{
    /// <summary>Counts per event (first and last time), and the records of other providers that were skipped: memory grows with the distinct events, never with the file.</summary>
    internal sealed class EventSummary
    {
        private readonly SortedDictionary<uint, (string Name, long Count, DateTimeOffset? First, DateTimeOffset? Last)> _byEvent = new();

        public long SstpEvents { get; private set; }

        public long OtherProviders { get; private set; }

        public long Differences { get; private set; }

        public long Compared { get; private set; }

        public void SkipOther() => OtherProviders++;

        public void Add(ExplainedEvent explained)
        {
            SstpEvents++;
            if (explained.Comparison is { } comparison)
            {
                Compared++;
                Differences += comparison.Matches ? 0 : 1;
            }

            uint key = explained.Event is { } id ? (uint)id : explained.Record.EventId;
            string name = explained.Event?.ToString() ?? "(unknown)";
            DateTimeOffset? time = explained.Record.TimeCreated;
            _byEvent[key] = _byEvent.TryGetValue(key, out var seen)
                ? (name, seen.Count + 1, Earlier(seen.First, time), Later(seen.Last, time))
                : (name, 1, time, time);
        }

        public IEnumerable<(uint Id, string Name, long Count, DateTimeOffset? First, DateTimeOffset? Last)> ByEvent()
        {
            foreach (var pair in _byEvent)
            {
                yield return (pair.Key, pair.Value.Name, pair.Value.Count, pair.Value.First, pair.Value.Last);
            }
        }

        private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

        private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
    }
}
