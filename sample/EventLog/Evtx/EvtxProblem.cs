namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>Something the reader met and went past: a bad checksum, a chunk it could not read, a record it could not decode.</summary>
    internal sealed record EvtxProblem(string Message, bool IsChecksum);
}
