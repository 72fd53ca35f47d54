namespace SstpGen.Model
{
    /// <summary>
    /// Everything the emitter needs for one message table, as plain equatable data, every identifier already
    /// decided (<see cref="Naming.TableNamer"/>), whichever form the table came in. Tables are numbered from oldest to
    /// newest (by the newest file version each applies to), so a higher table index is newer. A Message Compiler
    /// source has one table and no Windows versions, and says what else it declares in <see cref="Compiler"/>.
    /// <see cref="Languages"/> are the culture names of the languages the table holds, the default one (whose texts
    /// <see cref="MessageModel.Variants"/> are) first; the others' texts are each message's <see cref="MessageModel.Translations"/>.
    /// </summary>
    internal sealed record MessageTableModel(
        string HintName,
        TableOptions Options,
        string ModuleName,
        string? ModulePath,
        int TableCount,
        EquatableArray<WindowsVersionModel> Versions,
        EquatableArray<ParsedTemplate> Templates,
        EquatableArray<MessageModel> Messages,
        EquatableArray<string> Languages,
        MessageCompilerFacts? Compiler)
    {
        /// <summary>
        /// Whether the culture API is generated: when the table holds more than its default language, or its item asks for it
        /// (<c>CultureApi="true"</c>, for code that must compile whether or not translations are there yet). Otherwise a
        /// table of one language compiles as it always has.
        /// </summary>
        public bool HasCultureApi => Languages.Count > 1 || Options.CultureApi;

        /// <summary>Whether the table's texts belong to Windows versions (a markdown table's): then the version enum and API are generated.</summary>
        public bool HasWindowsVersions => Versions.Count > 0;
    }

    /// <summary>
    /// What a Message Compiler source declares besides its messages: the typedef its header casts identifiers to (when
    /// one typedef holds for every message), its severity and facility names, and its languages (the default one, whose
    /// texts the table holds, first).
    /// </summary>
    internal sealed record MessageCompilerFacts(
        string? MessageIdTypedef,
        EquatableArray<DeclaredName> Severities,
        EquatableArray<DeclaredName> Facilities,
        EquatableArray<LanguageModel> Languages);

    /// <summary>A severity or facility name of a Message Compiler source: as written, its C# member, its value, and its header symbol (the <c>:name</c>).</summary>
    internal sealed record DeclaredName(string Name, string MemberName, uint Value, string? HeaderSymbol);

    /// <summary>A language of a Message Compiler source: its name in the file, its LANGID, and the file mc.exe writes its texts to.</summary>
    internal sealed record LanguageModel(string Name, int LangId, string FileName);

    /// <summary>
    /// A message's text in a language other than the table's default (<see cref="Language"/> indexes
    /// <see cref="MessageTableModel.Languages"/>, from 1): template <see cref="TemplateIndex"/>, in the tables (the
    /// default language's, by index, ascending) whose file versions have it in that language.
    /// </summary>
    internal sealed record MessageTranslation(int Language, int TemplateIndex, EquatableArray<int> Tables);

    /// <summary>The names and accessibility of the generated types, and whether the culture API is wanted whatever the languages, from the AdditionalFiles item's metadata.</summary>
    internal sealed record TableOptions(
        string? Namespace,
        string EnumName,
        string ClassName,
        string VersionEnumName,
        bool IsPublic,
        bool CultureApi = false);

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
    /// how many inserts the by-id methods need at least. <see cref="SourceSymbol"/> is a Message Compiler source's
    /// <c>SymbolicName</c> as written (the docs show it, so a search for it finds the member); <see cref="Translations"/>
    /// its texts in the source's other languages.
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
        string? ManifestValue,
        string? SourceSymbol,
        EquatableArray<MessageTranslation> Translations)
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
