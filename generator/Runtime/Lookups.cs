// The by-identifier API of every generated messages class: any message rendered or looked up by its raw
// identifier (as an event log record carries it), and what an identifier's bits mean. Copied into the class
// between the emit markers (Emitting/RuntimeSource), with SstpEventId renamed to the table's enum. What takes a
// Windows version is in Versions.cs.
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
#nullable enable
        /// <summary>Renders an event's newest text exactly as FormatMessage would. Inserts beyond those the message uses are ignored, as FormatMessage ignores them.</summary>
        /// <exception cref="global::System.ArgumentException">The message needs more inserts than were given, or <paramref name="id"/> is not one of the table's events.</exception>
        public static string Format(SstpEventId id, params string?[] inserts) => RenderOrThrow((uint)id, -1, inserts);

        /// <summary>Renders any message of the table by its raw identifier (as read from an event log record), newest text. Returns false for an unknown identifier or too few inserts.</summary>
        public static bool TryFormat(uint id, string?[] inserts, out string? message)
        {
            message = inserts == null ? null : RenderById(id, -1, inserts, out _);
            return message != null;
        }

        /// <summary>The newest template (message string as Windows stores it) of a message, or null when the table has no such identifier.</summary>
        public static string? GetTemplate(uint id) => TemplateOf(id, -1);

        /// <summary>The newest template of an event.</summary>
        public static string? GetTemplate(SstpEventId id) => TemplateOf((uint)id, -1);

        /// <summary>The member name of a message (its name in <see cref="Ids"/>), or null when the table has no such identifier.</summary>
        public static string? GetName(uint id)
        {
            int index = IndexOf(id);
            return index < 0 ? null : NameAt(index);
        }

        /// <summary>What an identifier's bits mean: severity, customer bit, facility, code, and the kind of manifest string.</summary>
        public static MessageIdInfo DecodeId(uint id) => new MessageIdInfo(id);

        /// <summary>The template of message <paramref name="id"/> in <paramref name="table"/> (-1: its newest text); null when it has none there.</summary>
        private static string? TemplateOf(uint id, int table)
        {
            int index = IndexOf(id);
            int text = index < 0 ? -1 : TextOf(index, table);
            return text < 0 ? null : Data.Texts[text];
        }

        /// <summary>The severity in bits 31-30 of a message identifier.</summary>
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
            /// <summary>Decodes <paramref name="id"/>.</summary>
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
                    uint top = Id >> 28;
                    if (!IsManifestString)
                    {
                        return MessageKind.EventLog;
                    }

                    if (top == 0x9)
                    {
                        return (Id & 0x00FFFFFFu) == 1 ? MessageKind.ProviderName : MessageKind.Channel;
                    }

                    return top == 0x1 ? MessageKind.Keyword
                        : top == 0x3 ? MessageKind.Opcode
                        : top == 0x5 ? MessageKind.Level
                        : top == 0x7 ? MessageKind.Task
                        : top == 0xB ? MessageKind.ManifestEvent
                        : top == 0xD ? MessageKind.ValueMap
                        : top == 0xF ? MessageKind.OtherManifestName
                        : MessageKind.UnknownManifest;
                }
            }

            /// <inheritdoc/>
            public bool Equals(MessageIdInfo other) => Id == other.Id;

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is MessageIdInfo && Equals((MessageIdInfo)obj);

            /// <inheritdoc/>
            public override int GetHashCode() => (int)Id;

            /// <inheritdoc/>
            public override string ToString()
            {
                // Four pieces at most to a concatenation: more would make every consumer's build compile a span of them.
                string kind = "0x" + Id.ToString("X8", global::System.Globalization.CultureInfo.InvariantCulture) + " " + Kind.ToString();
                string facility = " facility " + Facility.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                string code = " code " + Code.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
                return kind + " " + Severity.ToString() + facility + code;
            }
        }
        // </emit>
    }
}
