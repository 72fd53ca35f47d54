using System.Collections.Generic;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// An element of Binary XML as the chunk writes it: its content and attribute values are text (<see cref="string"/>),
    /// child elements, and in a template definition <see cref="BinXmlSubstitution"/> placeholders that each instance fills
    /// with its values (<see cref="EvtxElement"/> reads an element with an instance's values).
    /// </summary>
    internal sealed class BinXmlElement(string name)
    {
        public string Name { get; } = name;

        public List<BinXmlAttribute> Attributes { get; } = new();

        public List<object> Content { get; } = new();
    }

    /// <summary>An attribute: its name and its value's pieces (text, or placeholders in a template definition).</summary>
    internal sealed class BinXmlAttribute(string name)
    {
        public string Name { get; } = name;

        public List<object> Value { get; } = new();
    }

    /// <summary>A template's placeholder for the instance's value <see cref="Index"/>; an optional one leaves out an empty value.</summary>
    internal sealed record BinXmlSubstitution(int Index, byte Type, bool Optional);
}
