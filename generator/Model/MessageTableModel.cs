namespace SstpGen.Model
{
    /// <summary>
    /// Everything the emitter needs for one message table, as plain equatable data, every identifier already
    /// decided (<see cref="Naming.TableNamer"/>). Tables are numbered from oldest to newest (by the newest file
    /// version each applies to), so a higher table index is newer.
    /// </summary>
    internal sealed record MessageTableModel(
        string HintName,
        TableOptions Options,
        string ModuleName,
        string? ModulePath,
        int TableCount,
        EquatableArray<WindowsVersionModel> Versions,
        EquatableArray<ParsedTemplate> Templates,
        EquatableArray<MessageModel> Messages);

    /// <summary>The names and accessibility of the generated types, from the AdditionalFiles item's metadata.</summary>
    internal sealed record TableOptions(
        string? Namespace,
        string EnumName,
        string ClassName,
        string VersionEnumName,
        bool IsPublic);

    /// <summary>One file version the table covers, named by the Windows release it shipped in.</summary>
    internal sealed record WindowsVersionModel(
        string MemberName,
        string ReleaseName,
        string FileVersion,
        int TableIndex);

    /// <summary>
    /// One message identifier: its names, what its bits mean, and its text in each group of tables that share
    /// one text (<see cref="Variants"/>, newest last). <see cref="Name"/> is its member in the event enum and in
    /// <c>Ids</c>; <see cref="FormatMethodName"/> its typed format method (null for a manifest string, and for an
    /// event of a table too big for a typed method each); <see cref="ManifestMemberName"/> its constant in its
    /// <c>Manifest</c> class. <see cref="Parameters"/> are the typed method's parameters; <see cref="ArgumentCount"/>
    /// how many inserts the by-id methods need at least.
    /// </summary>
    internal sealed record MessageModel(
        uint Id,
        MessageKind Kind,
        string Name,
        string? FormatMethodName,
        string? ManifestMemberName,
        EquatableArray<MessageVariant> Variants,
        EquatableArray<InsertParameter> Parameters,
        int ArgumentCount,
        string? ManifestValue)
    {
        public MessageVariant Latest => Variants[Variants.Count - 1];

        /// <summary>An event-log message or a manifest event's message: text rendered with inserts.</summary>
        public bool IsEvent => Kind is MessageKind.EventLog or MessageKind.ManifestEvent;
    }

    /// <summary>
    /// The tables (by index) in which a message has the text of template <see cref="TemplateIndex"/>, and the
    /// name of that text's constant in <c>Templates</c>.
    /// </summary>
    internal sealed record MessageVariant(int TemplateIndex, EquatableArray<int> Tables, string ConstantName);

    /// <summary>
    /// A parameter of a typed format method: the 1-based argument it fills, its name, its type (one that every
    /// text of the message reads it as, else string), and the words of the text it was named after, if any.
    /// </summary>
    internal sealed record InsertParameter(int Argument, string Name, InsertType Type, string? Phrase);

    /// <summary>The outcome of parsing one table file: the model (unless the file is unusable) and the diagnostics.</summary>
    internal sealed record ParseResult(string Path, MessageTableModel? Table, EquatableArray<DiagnosticInfo> Diagnostics);
}
