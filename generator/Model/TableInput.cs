namespace SstpGen.Model
{
    /// <summary>
    /// One message-table file with the options of its AdditionalFiles item: the first pipeline step's output,
    /// compared by value so an unchanged file is not parsed again.
    /// </summary>
    internal sealed record TableInput(string Path, string HintName, string Content, TableOptions Options, EquatableArray<DiagnosticInfo> OptionDiagnostics);
}
