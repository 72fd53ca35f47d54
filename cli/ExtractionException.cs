using System;

namespace SstpGen.Cli;

/// <summary>A problem a user can act on, said in one line: the file, what is wrong, and where. Never a stack trace.</summary>
internal sealed class ExtractionException(string message) : Exception(message);
