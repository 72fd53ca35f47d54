using System.Collections.Generic;
using System.Linq;
using System.Text;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits what the generated <c>TryParse</c> reads (<see cref="ParseSource"/>): each distinct text as its literal
    /// pieces between inserts, as FormatMessage renders them with line breaks written <c>\n</c>, and the insert
    /// each gap shows; and one entry per message text, newest texts first.
    /// </summary>
    internal static class ParseEmitter
    {
        public static void Emit(SourceWriter writer, TablePlan plan, RequiredHelpers helpers)
        {
            MessageTableModel table = plan.Table;
            writer.Line();
            writer.Line("/// <summary>Each distinct text between its inserts, line breaks as \\n, and the insert each gap shows (TryParse).</summary>");
            // Each text split once: its pieces and the insert of each gap.
            var split = new List<(List<string> Pieces, List<int> Numbers)>(table.Templates.Count);
            foreach (ParsedTemplate template in plan.WhileNotCancelled(table.Templates))
            {
                split.Add((Pieces(template, out List<int> numbers), numbers));
            }

            writer.BeginLine().Append("private static readonly string[][] s_parsePieces = { ");
            for (int i = 0; i < split.Count; i++)
            {
                writer.Append(i == 0 ? "new[] { " : ", new[] { ");
                List<string> pieces = split[i].Pieces;
                for (int p = 0; p < pieces.Count; p++)
                {
                    writer.Append(p == 0 ? string.Empty : ", ").AppendLiteral(pieces[p]);
                }

                writer.Append(" }");
            }

            writer.Append(" };").EndLine();
            writer.Line($"private static readonly byte[][] s_parseInserts = {{ {string.Join(", ", split.Select(t => t.Numbers.Count == 0 ? "global::System.Array.Empty<byte>()" : "new byte[] { " + string.Join(", ", t.Numbers) + " }"))} }};");
            writer.Line($"private static readonly int[] s_parseArgumentCounts = {{ {string.Join(", ", table.Templates.Select(t => t.ArgumentCount))} }};");
            writer.Line("/// <summary>The fewest characters each insert renders as, where a printf width pads it (null: none does).</summary>");
            writer.Line($"private static readonly int[]?[] s_parseWidths = {{ {string.Join(", ", table.Templates.Select(Widths))} }};");

            // The newest text of every message first, then the texts before it: on a tie the newer text wins.
            var entries = plan.Messages
                .SelectMany(m => m.Variants.Reverse().Select((variant, age) => (Message: m, Variant: variant, Age: age)))
                .OrderBy(e => e.Age).ThenBy(e => e.Message.Id)
                .ToList();
            writer.Line($"private static readonly uint[] s_parseIds = {{ {string.Join(", ", entries.Select(e => CSharpLiteral.UInt(e.Message.Id)))} }};");
            writer.Line($"private static readonly int[] s_parseTexts = {{ {string.Join(", ", entries.Select(e => e.Variant.TemplateIndex))} }};");
            writer.Line($"private static readonly string[] s_parseTemplates = {{ {string.Join(", ", entries.Select(e => GeneratedNames.Templates + "." + e.Variant.ConstantName))} }};");
            helpers.Require(Helper.Parse);
        }

        /// <summary>"new[] { 8, 8 }" for <c>%1!08x!%2!08x!</c>: a conversion with a fixed width renders at least that many characters.</summary>
        private static string Widths(ParsedTemplate template)
        {
            List<int> widths = template.Segments
                .Where(s => s.Insert is { } insert && insert.Spec is not { IsLiteral: true })
                .Select(s => s.Insert!.Spec is { WidthFromArgument: false } spec ? System.Math.Abs(spec.Width) : 0)
                .ToList();
            return widths.All(w => w == 0) ? "null" : "new[] { " + string.Join(", ", widths) + " }";
        }

        /// <summary>The literal pieces of a rendered text (one more than its inserts), and the insert number of each gap.</summary>
        private static List<string> Pieces(ParsedTemplate template, out List<int> numbers)
        {
            var pieces = new List<string>();
            numbers = new List<int>();
            var piece = new StringBuilder();
            foreach (TemplateSegment segment in template.Segments)
            {
                if (segment.Insert is not { } insert)
                {
                    piece.Append(segment.Literal);
                }
                else if (insert.Spec is { IsLiteral: true } literal)
                {
                    // printf does not know the conversion: it prints the spec's text and reads no argument.
                    piece.Append(literal.Suffix);
                }
                else
                {
                    pieces.Add(piece.Replace("\r\n", "\n").ToString());
                    piece.Clear();
                    numbers.Add(insert.Number);
                    piece.Append(insert.Spec?.Suffix ?? string.Empty);
                }
            }

            pieces.Add(piece.Replace("\r\n", "\n").ToString());
            return pieces;
        }
    }
}
