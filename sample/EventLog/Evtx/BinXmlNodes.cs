using System.Collections.Generic;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// An element of Binary XML. Its content and attribute values are text (<see cref="string"/>), child elements, and in
    /// a template definition <see cref="BinXmlSubstitution"/> placeholders that each instance fills with its values.
    /// </summary>
    internal sealed class BinXmlElement(string name)
    {
        public string Name { get; } = name;

        public List<BinXmlAttribute> Attributes { get; } = new();

        public List<object> Content { get; } = new();

        /// <summary>The first child element of that name, if any.</summary>
        public BinXmlElement? Child(string name)
        {
            foreach (object item in Content)
            {
                if (item is BinXmlElement element && element.Name == name)
                {
                    return element;
                }
            }

            return null;
        }

        public string? Attribute(string name)
        {
            foreach (BinXmlAttribute attribute in Attributes)
            {
                if (attribute.Name == name)
                {
                    return attribute.Text();
                }
            }

            return null;
        }

        /// <summary>The element's text: its text content and its children's, in order, as XML's string value is.</summary>
        public string Text()
        {
            if (Content.Count == 1 && Content[0] is string only)
            {
                return only;
            }

            var text = new System.Text.StringBuilder();
            AppendText(text);
            return text.ToString();
        }

        private void AppendText(System.Text.StringBuilder text)
        {
            foreach (object item in Content)
            {
                if (item is string s)
                {
                    text.Append(s);
                }
                else if (item is BinXmlElement child)
                {
                    child.AppendText(text);
                }
            }
        }
    }

    /// <summary>An attribute: its name and its value's pieces (text, or placeholders in a template definition).</summary>
    internal sealed class BinXmlAttribute(string name)
    {
        public string Name { get; } = name;

        public List<object> Value { get; } = new();

        public string Text() => Value.Count == 1 && Value[0] is string only ? only : string.Concat(Value.FindAll(v => v is string));
    }

    /// <summary>A template's placeholder for the instance's value <see cref="Index"/>; an optional one leaves out an empty value.</summary>
    internal sealed record BinXmlSubstitution(int Index, byte Type, bool Optional);
}
