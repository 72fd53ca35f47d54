using System.Collections.Generic;
using System.Text;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>
    /// The expression a typed format method returns for its newest text, written out for that text so that it runs
    /// no program: its literal pieces (as FormatMessage renders them) and its inserts put together by
    /// <c>string.Concat</c>, which allocates only the string it returns; with printf conversions, the pieces and
    /// conversions written one after the other into this thread's renderer (<c>Renderer.Write()…Finish()</c>,
    /// Runtime/Printf.cs). A text that renders as written is its own constant.
    /// </summary>
    internal static class TypedRenderEmitter
    {
        /// <summary>
        /// The most calls one written expression chains: the compiler binds a chain by recursion, and a text of thousands
        /// of printf conversions would overflow its stack. A longer text renders through its program instead.
        /// </summary>
        private const int MaxChainedCalls = 256;

        public static string Expression(TablePlan plan, MessageModel message)
        {
            int templateIndex = message.Latest.TemplateIndex;
            if (plan.RenderedConstant(templateIndex) is { } constant)
            {
                return constant;
            }

            ParsedTemplate template = plan.Table.Templates[templateIndex];
            var parameters = new Dictionary<int, InsertParameter>();
            foreach (InsertParameter parameter in message.Parameters)
            {
                parameters.Add(parameter.Argument, parameter);
            }

            if (!HasPrintf(template))
            {
                return Concatenated(template, parameters);
            }

            // A text's number in Data.Texts is its template's index.
            return template.Segments.Count > MaxChainedCalls
                ? "Renderer.Start()" + Inserts(message) + ".Render(" + CSharpLiteral.Int(templateIndex) + ")"
                : Written(template, parameters);
        }
        /// <summary>
        /// <c>.Add(a).Add(b)</c>: each argument up to the last a parameter fills, in order (a number through the renderer's
        /// numeric <c>Add</c>), and <c>null</c> for one that no text reads. The parameters are in argument order.
        /// </summary>
        /// <param name="message">The message whose parameters are added.</param>
        /// <param name="asText">Numbers as their invariant text (for a translation that reads them otherwise, which every printf conversion reads from text).</param>
        public static string Inserts(MessageModel message, bool asText = false)
        {
            var inserts = new StringBuilder();
            int argument = 0;
            foreach (InsertParameter parameter in message.Parameters)
            {
                for (argument++; argument < parameter.Argument; argument++)
                {
                    inserts.Append(".Add(null)");
                }

                inserts.Append(".Add(").Append(parameter.Name);
                inserts.Append(asText && parameter.Type != InsertType.String ? ".ToString(global::System.Globalization.CultureInfo.InvariantCulture))" : ")");
            }

            return inserts.ToString();
        }


        private static bool HasPrintf(ParsedTemplate template)
        {
            foreach (TemplateSegment segment in template.Segments)
            {
                if (segment.Insert is { IsPrintf: true })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary><c>string.Concat("CoId=", (coId ?? "(null)"), ":The …")</c>: adjacent literal text joined, a null insert as <c>(null)</c>.</summary>
        private static string Concatenated(ParsedTemplate template, Dictionary<int, InsertParameter> parameters)
        {
            var parts = new List<string>();
            var literal = new StringBuilder();
            foreach (TemplateSegment segment in template.Segments)
            {
                if (segment.Insert is not { } insert)
                {
                    literal.Append(segment.Literal);
                    continue;
                }

                if (insert.Spec is not { IsLiteral: true })
                {
                    AddLiteral(parts, literal);
                    parts.Add("(" + parameters[insert.ValueArgument].Name + " ?? \"(null)\")");
                }

                literal.Append(insert.Spec?.Suffix ?? string.Empty);
            }

            AddLiteral(parts, literal);
            return parts.Count == 0 ? "string.Empty" : parts.Count == 1 ? parts[0] : "string.Concat(" + string.Join(", ", parts) + ")";
        }

        private static void AddLiteral(List<string> parts, StringBuilder literal)
        {
            if (literal.Length > 0)
            {
                parts.Add(CSharpLiteral.String(literal.ToString()));
                literal.Clear();
            }
        }

        /// <summary><c>Renderer.Write().Append("[").Printf(insert1, 0, 0, -1, 'l', 'd').Append("]").Finish()</c>.</summary>
        private static string Written(ParsedTemplate template, Dictionary<int, InsertParameter> parameters)
        {
            var text = new StringBuilder("Renderer.Write()");
            foreach (TemplateSegment segment in template.Segments)
            {
                if (segment.Insert is not { } insert)
                {
                    Append(text, segment.Literal);
                    continue;
                }

                PrintfSpec? spec = insert.Spec;
                if (insert.IsPrintf)
                {
                    text.Append(".Printf(").Append(parameters[insert.ValueArgument].Name)
                        .Append(", ").Append(Flags(spec!))
                        .Append(", ").Append(spec!.WidthFromArgument ? Integer(parameters[insert.WidthArgument]) : CSharpLiteral.Int(spec.Width))
                        .Append(", ").Append(spec.PrecisionFromArgument ? Integer(parameters[insert.PrecisionArgument]) : CSharpLiteral.Int(spec.Precision))
                        .Append(", ").Append(spec.Size == PrintfSize.Short ? "'h'" : spec.Size == PrintfSize.Long64 ? "'L'" : "'l'")
                        .Append(", ").Append(CSharpLiteral.Char(spec.Conversion)).Append(')');
                }
                else if (spec is not { IsLiteral: true })
                {
                    text.Append(".Append(").Append(parameters[insert.ValueArgument].Name).Append(" ?? \"(null)\")");
                }

                Append(text, spec?.Suffix ?? string.Empty);
            }

            return text.Append(".Finish()").ToString();
        }

        private static void Append(StringBuilder text, string literal)
        {
            if (literal.Length > 0)
            {
                text.Append(".Append(").Append(CSharpLiteral.String(literal)).Append(')');
            }
        }

        /// <summary>A width or precision argument: an int as it is; read from its text where the parameter is a string (its texts disagree on its type).</summary>
        private static string Integer(InsertParameter parameter) =>
            parameter.Type == InsertType.String ? "Renderer.IntegerOf(" + parameter.Name + ")" : parameter.Name;

        private static string Flags(PrintfSpec spec)
        {
            var flags = new List<string>();
            if (spec.LeftAlign) flags.Add("Renderer.LeftAlign");
            if (spec.Plus) flags.Add("Renderer.Plus");
            if (spec.Space) flags.Add("Renderer.Space");
            if (spec.Alternate) flags.Add("Renderer.Alternate");
            if (spec.ZeroPad) flags.Add("Renderer.ZeroPad");
            return flags.Count == 0 ? "0" : string.Join(" | ", flags);
        }
    }
}
