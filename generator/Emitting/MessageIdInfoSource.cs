namespace SstpGen.Emitting
{
    /// <summary>
    /// The nested types that decode a message identifier (shared/spec/message-table-format.md):
    /// <c>MessageIdInfo</c>, <c>MessageSeverity</c> and <c>MessageKind</c>.
    /// </summary>
    internal static class MessageIdInfoSource
    {
        public const string Source =
@"/// <summary>The severity in bits 31-30 of a message identifier.</summary>
public enum MessageSeverity
{
    /// <summary>0: success.</summary>
    Success = 0,

    /// <summary>1: informational.</summary>
    Informational = 1,

    /// <summary>2: warning.</summary>
    Warning = 2,

    /// <summary>3: error.</summary>
    Error = 3,
}

/// <summary>What a message identifier stands for: an event-log message, or a string of an instrumentation manifest (bit 28 set) by kind.</summary>
public enum MessageKind
{
    /// <summary>An event-log (or error) message.</summary>
    EventLog,

    /// <summary>A keyword name (0x1…); the low byte is the keyword's bit index plus one.</summary>
    Keyword,

    /// <summary>An opcode name (0x3…).</summary>
    Opcode,

    /// <summary>A level name (0x5…); the low byte is the level.</summary>
    Level,

    /// <summary>A task name (0x7…).</summary>
    Task,

    /// <summary>A provider name (0x9…, lowest value).</summary>
    ProviderName,

    /// <summary>A channel name of a provider (0x9…).</summary>
    Channel,

    /// <summary>The message of a manifest event (0xB…); the low 16 bits are the event id.</summary>
    ManifestEvent,

    /// <summary>A value-map entry (0xD…).</summary>
    ValueMap,

    /// <summary>Another manifest name, such as a bit-map or value-map entry (0xF…).</summary>
    OtherManifestName,

    /// <summary>A manifest string of a kind no convention is known for.</summary>
    UnknownManifest,
}

/// <summary>The parts of a message identifier, decoded as the Windows Message Compiler composes them.</summary>
public readonly struct MessageIdInfo : global::System.IEquatable<MessageIdInfo>
{
    /// <summary>Decodes <paramref name=""id""/>.</summary>
    public MessageIdInfo(uint id) => Id = id;

    /// <summary>The identifier.</summary>
    public uint Id { get; }

    /// <summary>Bits 31-30.</summary>
    public MessageSeverity Severity => (MessageSeverity)(Id >> 30);

    /// <summary>Bit 29: set for codes that are not Microsoft's.</summary>
    public bool IsCustomerCode => (Id & 0x20000000u) != 0;

    /// <summary>Bit 28: set for strings the message compiler generates from an instrumentation manifest.</summary>
    public bool IsManifestString => (Id & 0x10000000u) != 0;

    /// <summary>Bits 27-16.</summary>
    public int Facility => (int)((Id >> 16) & 0xFFFu);

    /// <summary>Bits 15-0: for an event-log message, the event ID Event Viewer shows.</summary>
    public int Code => (int)(Id & 0xFFFFu);

    /// <summary>For a manifest string, which provider of the module it belongs to (0 for the first): bits 27-24.</summary>
    public int ProviderIndex => IsManifestString ? (int)((Id >> 24) & 0xFu) : 0;

    /// <summary>What the identifier stands for.</summary>
    public MessageKind Kind
    {
        get
        {
            if (!IsManifestString)
            {
                return MessageKind.EventLog;
            }

            switch (Id >> 28)
            {
                case 0x1: return MessageKind.Keyword;
                case 0x3: return MessageKind.Opcode;
                case 0x5: return MessageKind.Level;
                case 0x7: return MessageKind.Task;
                case 0x9: return (Id & 0x00FFFFFFu) == 1 ? MessageKind.ProviderName : MessageKind.Channel;
                case 0xB: return MessageKind.ManifestEvent;
                case 0xD: return MessageKind.ValueMap;
                case 0xF: return MessageKind.OtherManifestName;
                default: return MessageKind.UnknownManifest;
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(MessageIdInfo other) => Id == other.Id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MessageIdInfo other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (int)Id;

    /// <inheritdoc/>
    public override string ToString() => ""0x"" + Id.ToString(""X8"", global::System.Globalization.CultureInfo.InvariantCulture) + "" "" + Kind.ToString() + "" "" + Severity.ToString() + "" facility "" + Facility.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "" code "" + Code.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
}";
    }
}
