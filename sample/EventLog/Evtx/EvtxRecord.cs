using System.Collections.Generic;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>One event record of an .evtx file: its identifier, its written time (FILETIME), and its event as elements.</summary>
    internal sealed record EvtxRecord(ulong RecordId, long WrittenTime, BinXmlElement Event, int Chunk, long FileOffset);

    /// <summary>Something the reader met and went past: a bad checksum, a chunk it could not read, a record it could not decode.</summary>
    internal sealed record EvtxProblem(string Message, bool IsChecksum);
}
