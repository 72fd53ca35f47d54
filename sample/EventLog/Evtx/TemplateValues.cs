using System.Collections.Generic;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// The values of one template instance (where each lies in the chunk, its size and type), formatted as they are read;
    /// a BinXml value is parsed when read (the last one read is kept). <see cref="Depth"/> counts BinXml values nested in one another.
    /// </summary>
    internal sealed class TemplateValues(BinXmlParser parser, (int Start, int Size, byte Type)[] values, int depth)
    {
        // The BinXml value read last (an event template has one, its EventData or UserData, read several times).
        private int _parsedIndex = -1;
        private List<EvtxElement>? _parsed;

        public int Depth { get; } = depth;

        /// <summary>
        /// The value as text; null where an optional substitution has no value (Windows then leaves an attribute out), empty
        /// for a null value or a BinXml one (its elements are <see cref="Elements"/>).
        /// </summary>
        public string? Text(BinXmlSubstitution substitution)
        {
            if (!TryGet(substitution, out var value))
            {
                return substitution.Optional ? null : string.Empty;
            }

            return value.Type == BinXmlValues.BinXmlType ? string.Empty : parser.FormatValue(value.Type, value.Start, value.Size);
        }

        /// <summary>The elements of a BinXml value; null for a value of any other type.</summary>
        public List<EvtxElement>? Elements(BinXmlSubstitution substitution)
        {
            if (!TryGet(substitution, out var value) || value.Type != BinXmlValues.BinXmlType)
            {
                return null;
            }

            if (_parsedIndex != substitution.Index)
            {
                _parsed = parser.ParseValue(value.Start, value.Size, Depth + 1);
                _parsedIndex = substitution.Index;
            }

            return _parsed;
        }

        private bool TryGet(BinXmlSubstitution substitution, out (int Start, int Size, byte Type) value)
        {
            value = default;
            if (substitution.Index >= values.Length)
            {
                return substitution.Optional
                    ? false
                    : throw new EvtxFormatException($"substitution {substitution.Index} of a template instance with {values.Length} values");
            }

            value = values[substitution.Index];
            return !(value.Type == 0x00 || (value.Size == 0 && substitution.Optional));
        }
    }
}
