using System;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>Bytes that are not what the format says at that place: the record (or chunk) is reported and reading goes on.</summary>
    internal sealed class EvtxFormatException(string message) : Exception(message);
}
