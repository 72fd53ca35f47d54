using System.Collections.Generic;
using System.Text;

namespace SstpExplainer.EventLog.Evtx
{
    /// <summary>
    /// An element of a record as its XML rendering has it: a node of the chunk's Binary XML and, where the node belongs to
    /// a template, the values of the record's template instance. Nothing is copied: a value is formatted when it is read,
    /// so a record costs what is read of it (a template's tree is shared by every record of the chunk that uses it).
    /// Valid while its chunk is being decoded.
    /// </summary>
    internal readonly struct EvtxElement(BinXmlElement node, TemplateValues? values)
    {
        public string Name => node.Name;

        /// <summary>The first child element of that name, if any (as <see cref="Elements"/> finds them, without its enumerator: this is the hot path).</summary>
        public EvtxElement? Child(string name)
        {
            foreach (object piece in node.Content)
            {
                if (piece is BinXmlElement child)
                {
                    if (child.Name == name)
                    {
                        return new EvtxElement(child, values);
                    }
                }
                else if (piece is BinXmlSubstitution substitution && values?.Elements(substitution) is { } substituted)
                {
                    foreach (EvtxElement element in substituted)
                    {
                        if (element.Name == name)
                        {
                            return element;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>The child elements, in order: the node's own, and those of BinXml values substituted into it.</summary>
        public IEnumerable<EvtxElement> Elements()
        {
            foreach (object piece in node.Content)
            {
                if (piece is BinXmlElement child)
                {
                    yield return new EvtxElement(child, values);
                }
                else if (piece is BinXmlSubstitution substitution && values?.Elements(substitution) is { } substituted)
                {
                    foreach (EvtxElement element in substituted)
                    {
                        yield return element;
                    }
                }
            }
        }

        /// <summary>
        /// The attribute's value; null when the element has no such attribute, or when its value is one optional
        /// substitution with no value (Windows leaves such an attribute out).
        /// </summary>
        public string? Attribute(string name)
        {
            foreach (BinXmlAttribute attribute in node.Attributes)
            {
                if (attribute.Name != name)
                {
                    continue;
                }

                switch (attribute.Value)
                {
                    case [string literal]:
                        return literal;
                    case [BinXmlSubstitution only]:
                        return values?.Text(only);
                }

                var text = new StringBuilder();
                foreach (object piece in attribute.Value)
                {
                    text.Append(piece as string ?? (piece is BinXmlSubstitution substitution ? values?.Text(substitution) : null));
                }

                return text.ToString();
            }

            return null;
        }

        /// <summary>The element's text: its text content and its children's, in order, as XML's string value is.</summary>
        public string Text()
        {
            if (node.Content.Count == 0)
            {
                return string.Empty;
            }

            if (node.Content is [string onlyText])
            {
                return onlyText;
            }

            if (node.Content is [BinXmlSubstitution onlyValue] && values?.Elements(onlyValue) is null)
            {
                return values?.Text(onlyValue) ?? string.Empty;
            }

            var text = new StringBuilder();
            AppendText(text);
            return text.ToString();
        }

        private void AppendText(StringBuilder text)
        {
            foreach (object piece in node.Content)
            {
                switch (piece)
                {
                    case string s:
                        text.Append(s);
                        break;
                    case BinXmlElement child:
                        new EvtxElement(child, values).AppendText(text);
                        break;
                    case BinXmlSubstitution substitution when values is not null:
                        if (values.Elements(substitution) is { } substituted)
                        {
                            foreach (EvtxElement element in substituted)
                            {
                                element.AppendText(text);
                            }
                        }
                        else
                        {
                            text.Append(values.Text(substitution));
                        }

                        break;
                }
            }
        }
    }
}
