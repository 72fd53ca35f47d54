namespace SstpGen.Model
{
    /// <summary>
    /// One message-table file with the options of its AdditionalFiles item: the first pipeline step's output,
    /// compared by value so an unchanged file is not parsed again. <see cref="CustomerBit"/> sets bit 29 of a Message
    /// Compiler source's identifiers, as <c>mc -c</c> does. <see cref="Language"/> is the culture of a markdown table's
    /// texts; <see cref="SatelliteOf"/>, for a satellite table (<c>messages.de-DE.md</c>), the path of the table it
    /// translates; <see cref="Satellites"/>, a table's satellites, once gathered.
    /// </summary>
    internal sealed record TableInput(
        string Path,
        string HintName,
        string Content,
        TableOptions Options,
        EquatableArray<DiagnosticInfo> OptionDiagnostics,
        bool CustomerBit = false,
        string Language = TableInput.DefaultLanguage,
        string? SatelliteOf = null)
    {
        /// <summary>The language of the layout's source data, unless the item's <c>Language</c> option says otherwise.</summary>
        public const string DefaultLanguage = "en-US";

        public EquatableArray<SatelliteInput> Satellites { get; init; } = EquatableArray<SatelliteInput>.Empty;
    }

    /// <summary>A satellite table of a markdown table: the same messages in the language <see cref="Culture"/>.</summary>
    internal sealed record SatelliteInput(string Path, string Culture, string Content);
}

namespace SstpGen.Model
{
    /// <summary>A table's claim on its generated types (each by its full name, as its file is named) for the two-tables-on-one-name check (SSTP015).</summary>
    internal sealed record TypeClaim(EquatableArray<string> TypeNames, string Path);

    /// <summary>
    /// Every table's claim. A class, not the array itself: the incremental driver's tables of a reference type share
    /// code the compiler has already loaded, where a struct would have all of theirs compiled anew at each cold start.
    /// </summary>
    internal sealed record TypeClaims(EquatableArray<TypeClaim> All);

    /// <summary>A parsed table with the path of the table that owns one of its type names (and which) when that is another one: then it emits nothing.</summary>
    internal sealed record TableOutput(ParseResult Result, (string Path, string TypeName)? Owner);
}
