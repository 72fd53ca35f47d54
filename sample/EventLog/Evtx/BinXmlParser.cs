using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// Reads the Binary XML of one chunk's records (libyal's "Windows XML Event Log" documentation, MS-EVEN6): fragment
    /// headers, elements and attributes, values, CDATA, character and entity references, template instances whose
    /// definitions are shared across the chunk, normal and optional substitutions, BinXml inside a value. Names and
    /// template definitions are read once per chunk. Every offset is checked against the chunk; nesting is bounded.
    /// </summary>
    internal sealed class BinXmlParser(byte[] chunk)
    {
        private const int MaxDepth = 64;

        // BinXml values inside values (real logs nest one or two); each level may nest elements MaxDepth deep again.
        private const int MaxValueDepth = 16;

        private readonly Dictionary<int, string> _names = new();
        private readonly Dictionary<int, List<BinXmlElement>> _templates = new();
        private int _depth;

        /// <summary>
        /// The record's elements (its <c>Event</c>), from its Binary XML at [start, end) of the chunk. A record that does not
        /// read with dependency identifiers is read again without them: a forwarded event written without a template
        /// (WEC's) has none.
        /// </summary>
        public List<EvtxElement> ParseRecord(int start, int end)
        {
            try
            {
                return ParseFragment(start, end, inValue: false, depth: 0);
            }
            catch (EvtxFormatException first)
            {
                try
                {
                    return ParseFragment(start, end, inValue: true, depth: 0);
                }
                catch (EvtxFormatException)
                {
                    throw first;
                }
            }
        }

        /// <summary>The elements of a BinXml value (type 0x21) at [start, start + size) of the chunk.</summary>
        public List<EvtxElement> ParseValue(int start, int size, int depth)
        {
            if (depth > MaxValueDepth)
            {
                throw new EvtxFormatException($"BinXml values nested more than {MaxValueDepth} deep at chunk offset 0x{start:X}");
            }

            return ParseFragment(start, start + size, inValue: true, depth);
        }

        /// <summary>A value of the chunk as Windows' XML rendering writes it.</summary>
        public string FormatValue(byte type, int start, int size) => BinXmlValues.Format(type, chunk.AsSpan(start, size));

        private List<EvtxElement> ParseFragment(int start, int end, bool inValue, int depth)
        {
            var nodes = new List<EvtxElement>();
            int at = start;
            while (at < end)
            {
                byte token = U8(at, end);
                switch (token)
                {
                    case 0x00:                      // end of the fragment
                        return nodes;
                    case 0x0F:                      // fragment header: major, minor, flags
                        at += 4;
                        break;
                    case 0x0C:
                        at = ReadTemplateInstance(at, end, nodes, depth);
                        break;
                    case 0x01:
                    case 0x41:
                        nodes.Add(new EvtxElement(ReadElement(ref at, end, hasDependencyId: !inValue), values: null));
                        break;
                    default:
                        throw new EvtxFormatException($"token 0x{token:X2} at chunk offset 0x{at:X} starts no fragment content");
                }
            }

            return nodes;
        }

        private BinXmlElement ReadElement(ref int at, int end, bool hasDependencyId)
        {
            if (++_depth > MaxDepth)
            {
                throw new EvtxFormatException($"elements nested more than {MaxDepth} deep at chunk offset 0x{at:X}");
            }

            try
            {
                bool hasAttributes = U8(at, end) == 0x41;
                // Token, dependency identifier, data size. The Binary XML of a value (type 0x21) has no dependency
                // identifier, as the Rust evtx crate found (CAPI2's logs carry such values).
                at += hasDependencyId ? 1 + 2 + 4 : 1 + 4;
                var element = new BinXmlElement(ReadName(ref at, end));
                if (hasAttributes)
                {
                    at += 4;                        // attribute list size
                    while (U8(at, end) is 0x06 or 0x46)
                    {
                        at++;
                        var attribute = new BinXmlAttribute(ReadName(ref at, end));
                        ReadValues(ref at, end, attribute.Value);
                        element.Attributes.Add(attribute);
                    }
                }

                byte close = U8(at, end);
                at++;
                if (close == 0x03)                  // close empty element
                {
                    return element;
                }

                if (close != 0x02)
                {
                    throw new EvtxFormatException($"element {element.Name} has token 0x{close:X2} where its start tag closes, at chunk offset 0x{at - 1:X}");
                }

                while (true)
                {
                    byte token = U8(at, end);
                    if (token == 0x04)
                    {
                        at++;
                        return element;
                    }

                    if (token is 0x01 or 0x41)
                    {
                        element.Content.Add(ReadElement(ref at, end, hasDependencyId));
                    }
                    else if (!ReadValue(ref at, end, element.Content))
                    {
                        throw new EvtxFormatException($"token 0x{token:X2} inside element {element.Name} at chunk offset 0x{at:X}");
                    }
                }
            }
            finally
            {
                _depth--;
            }
        }

        /// <summary>An attribute's value: its value, substitution and reference tokens, up to the next token of another kind.</summary>
        private void ReadValues(ref int at, int end, List<object> into)
        {
            while (ReadValue(ref at, end, into))
            {
            }
        }

        /// <summary>One piece of text content, a substitution, or a reference; false (nothing read) for any other token.</summary>
        private bool ReadValue(ref int at, int end, List<object> into)
        {
            byte token = U8(at, end);
            switch (token)
            {
                case 0x05:
                case 0x45:
                    byte type = U8(at + 1, end);
                    if (type != 0x01)
                    {
                        throw new EvtxFormatException($"a value of type 0x{type:X2} in the element tree at chunk offset 0x{at:X} (only text is written there)");
                    }

                    int chars = U16(at + 2, end);
                    into.Add(Utf16(at + 4, chars, end));
                    at += 4 + (chars * 2);
                    return true;
                case 0x07:
                case 0x47:
                    int length = U16(at + 1, end);
                    into.Add(Utf16(at + 3, length, end));
                    at += 3 + (length * 2);
                    return true;
                case 0x08:
                case 0x48:
                    into.Add(((char)U16(at + 1, end)).ToString());
                    at += 3;
                    return true;
                case 0x09:
                case 0x49:
                    at++;
                    into.Add(Entity(ReadName(ref at, end)));
                    return true;
                case 0x0D:
                case 0x0E:
                    into.Add(new BinXmlSubstitution(U16(at + 1, end), U8(at + 3, end), token == 0x0E));
                    at += 4;
                    return true;
                case 0x0A:                          // processing instruction target (name), then its data
                    at++;
                    ReadName(ref at, end);
                    return true;
                case 0x0B:
                    int data = U16(at + 1, end);
                    at += 3 + (data * 2);
                    return true;
                default:
                    return false;
            }
        }

        private int ReadTemplateInstance(int at, int end, List<EvtxElement> into, int depth)
        {
            int definition = Int32(at + 6, end);
            at += 10;                               // token, unknown, template identifier, definition offset
            List<BinXmlElement> template;
            if (definition == at)
            {
                template = Definition(definition);
                at = definition + 24 + Int32(definition + 20, chunk.Length);
            }
            else
            {
                template = Definition(definition);
            }

            int count = Int32(at, end);
            if (count > (end - at) / 4)
            {
                throw new EvtxFormatException($"a template instance claims {count} values at chunk offset 0x{at:X}");
            }

            // The value descriptors (size, type, padding), then the values one after another.
            var values = new (int Start, int Size, byte Type)[count];
            int value = at + 4 + (count * 4);
            for (int i = 0; i < count; i++)
            {
                int size = U16(at + 4 + (i * 4), end);
                Check(value, size, end);
                values[i] = (value, size, U8(at + 6 + (i * 4), end));
                value += size;
            }

            var instance = new TemplateValues(this, values, depth);
            foreach (BinXmlElement element in template)
            {
                into.Add(new EvtxElement(element, instance));
            }

            return value;
        }

        /// <summary>A template definition (next offset, GUID, data size, then its Binary XML), read once per chunk.</summary>
        private List<BinXmlElement> Definition(int offset)
        {
            if (_templates.TryGetValue(offset, out List<BinXmlElement>? known))
            {
                return known;
            }

            int size = Int32(offset + 20, chunk.Length);
            int start = offset + 24;
            Check(start, size, chunk.Length);
            _templates[offset] = new List<BinXmlElement>();        // a definition that refers to itself resolves to nothing
            try
            {
                List<BinXmlElement> nodes = ParseTemplate(start, start + size);
                _templates[offset] = nodes;
                return nodes;
            }
            catch (EvtxFormatException)
            {
                _templates.Remove(offset);
                throw;
            }
        }

        private List<BinXmlElement> ParseTemplate(int start, int end)
        {
            var nodes = new List<BinXmlElement>();
            int at = start;
            while (at < end)
            {
                byte token = U8(at, end);
                if (token == 0x00)
                {
                    break;
                }

                if (token == 0x0F)
                {
                    at += 4;
                }
                else if (token is 0x01 or 0x41)
                {
                    nodes.Add(ReadElement(ref at, end, hasDependencyId: true));
                }
                else
                {
                    throw new EvtxFormatException($"token 0x{token:X2} at chunk offset 0x{at:X} in a template definition");
                }
            }

            return nodes;
        }

        /// <summary>A name at the offset the bytes at <paramref name="at"/> give: inline (then skipped) when it is right there.</summary>
        private string ReadName(ref int at, int end)
        {
            int offset = Int32(at, end);
            at += 4;
            if (offset == at)
            {
                string inline = Name(offset);
                at += 8 + ((inline.Length + 1) * 2);
                return inline;
            }

            return Name(offset);
        }

        /// <summary>A name of the chunk's string table: next offset, hash, length in characters, UTF-16, NUL.</summary>
        private string Name(int offset)
        {
            if (_names.TryGetValue(offset, out string? known))
            {
                return known;
            }

            int length = U16(offset + 6, chunk.Length);
            string name = Utf16(offset + 8, length, chunk.Length);
            _names[offset] = name;
            return name;
        }

        private static string Entity(string name) => name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            _ => "&" + name + ";",
        };

        private string Utf16(int at, int chars, int end)
        {
            Check(at, chars * 2, end);
            return Encoding.Unicode.GetString(chunk, at, chars * 2);
        }

        private byte U8(int at, int end)
        {
            Check(at, 1, end);
            return chunk[at];
        }

        private int U16(int at, int end)
        {
            Check(at, 2, end);
            return BinaryPrimitives.ReadUInt16LittleEndian(chunk.AsSpan(at));
        }

        private uint U32(int at, int end)
        {
            Check(at, 4, end);
            return BinaryPrimitives.ReadUInt32LittleEndian(chunk.AsSpan(at));
        }

        /// <summary>An offset, size or count: a value no chunk can hold is the record's damage, said as such.</summary>
        private int Int32(int at, int end)
        {
            uint value = U32(at, end);
            return value <= EvtxReader.ChunkSize
                ? (int)value
                : throw new EvtxFormatException($"the value 0x{value:X} at chunk offset 0x{at:X} is bigger than a chunk");
        }

        private void Check(int at, int length, int end)
        {
            if (at < 0 || length < 0 || (long)at + length > Math.Min(end, chunk.Length))
            {
                throw new EvtxFormatException($"{length} bytes at chunk offset 0x{at:X} run past the end of the data (0x{Math.Min(end, chunk.Length):X})");
            }
        }
    }
}
