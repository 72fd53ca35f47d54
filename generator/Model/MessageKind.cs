namespace SstpGen.Model
{
    /// <summary>
    /// What a message identifier stands for, decoded as shared/spec/message-table-format.md describes. The same
    /// names are generated into the consumer's code.
    /// </summary>
    internal enum MessageKind
    {
        EventLog,
        Keyword,
        Opcode,
        Level,
        Task,
        ProviderName,
        Channel,
        ManifestEvent,
        ValueMap,
        OtherManifestName,
        UnknownManifest,
    }

    internal static class MessageKinds
    {
        private const uint ManifestBit = 0x10000000;

        public static MessageKind Classify(uint id)
        {
            if ((id & ManifestBit) == 0)
            {
                return MessageKind.EventLog;
            }

            return (id >> 28) switch
            {
                0x1 => MessageKind.Keyword,
                0x3 => MessageKind.Opcode,
                0x5 => MessageKind.Level,
                0x7 => MessageKind.Task,
                0x9 => (id & 0x00FFFFFF) == 1 ? MessageKind.ProviderName : MessageKind.Channel,
                0xB => MessageKind.ManifestEvent,
                0xD => MessageKind.ValueMap,
                0xF => MessageKind.OtherManifestName,
                _ => MessageKind.UnknownManifest,
            };
        }

        /// <summary>The provider a manifest string belongs to (0 for the first): bits 27-24.</summary>
        public static int ProviderIndex(uint id) => (int)((id >> 24) & 0xF);
    }
}
