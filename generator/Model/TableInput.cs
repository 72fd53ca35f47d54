namespace SstpGen.Model
{
    /// <summary>
    /// One message-table file with the options of its AdditionalFiles item: the first pipeline step's output,
    /// compared by value so an unchanged file is not parsed again. <see cref="CustomerBit"/> sets bit 29 of a Message
    /// Compiler source's identifiers, as <c>mc -c</c> does.
    /// </summary>
    internal sealed record TableInput(string Path, string HintName, string Content, TableOptions Options, EquatableArray<DiagnosticInfo> OptionDiagnostics, bool CustomerBit = false);
}

namespace SstpGen.Model
{
    /// <summary>A table's claim on its generated types (their hint name) for the two-tables-on-one-name check (SSTP015).</summary>
    internal sealed record TypeClaim(string HintName, string Path);

    /// <summary>
    /// Every table's claim. A class, not the array itself: the incremental driver's tables of a reference type share
    /// code the compiler has already loaded, where a struct would have all of theirs compiled anew at each cold start.
    /// </summary>
    internal sealed record TypeClaims(EquatableArray<TypeClaim> All);

    /// <summary>A parsed table with the path of the table that owns its type names when that is another one (then it emits nothing).</summary>
    internal sealed record TableOutput(ParseResult Result, string? OwnerPath);
}
