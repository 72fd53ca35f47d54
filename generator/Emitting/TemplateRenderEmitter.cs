using System.Collections.Generic;
using System.Linq;
using System.Text;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits one private method per distinct message text (<c>RenderTemplateN</c>), shared by every message and
    /// version that has that text. The method is straight-line code: the literal pieces are precomputed as
    /// FormatMessage would render them, so it only concatenates – allocating just the returned string.
    /// </summary>
    internal static class TemplateRenderEmitter
    {
        public static string MethodName(int templateIndex) => "RenderTemplate" + templateIndex;

        /// <summary>The 1-based arguments a template reads, in order.</summary>
        public static List<int> Arguments(ParsedTemplate template) =>
            template.Segments
                .Where(s => s.Insert is not null)
                .SelectMany(s => new[] { s.Insert!.ValueArgument, s.Insert.WidthArgument, s.Insert.PrecisionArgument })
                .Where(a => a > 0)
                .Distinct()
                .OrderBy(a => a)
                .ToList();

        public static bool NeedsPrintf(ParsedTemplate template) =>
            template.Segments.Any(s => s.Insert?.Spec is { } spec && !IsPlainString(spec));

        /// <summary>A call of template <paramref name="templateIndex"/>'s method, passing <paramref name="argumentExpression"/>(argument) for each argument.</summary>
        public static string Call(MessageTableModel table, int templateIndex, System.Func<int, string> argumentExpression) =>
            MethodName(templateIndex) + "(" + string.Join(", ", Arguments(table.Templates[templateIndex]).Select(argumentExpression)) + ")";

        public static void Emit(SourceWriter writer, MessageTableModel table, int templateIndex)
        {
            ParsedTemplate template = table.Templates[templateIndex];
            string parameters = string.Join(", ", Arguments(template).Select(a => "string? " + ArgumentName(a)));
            var parts = new List<string>();
            foreach (TemplateSegment segment in template.Segments)
            {
                parts.Add(segment.Insert is { } insert ? InsertExpression(insert) : CSharpLiteral.String(segment.Literal));
            }

            string body = parts.Count switch
            {
                0 => "string.Empty",
                1 => parts[0],
                _ => "string.Concat(" + string.Join(", ", parts) + ")",
            };
            writer.Line($"private static string {MethodName(templateIndex)}({parameters}) => {body};");
        }

        private static string ArgumentName(int argument) => "insert" + argument;

        private static string InsertExpression(InsertReference insert)
        {
            string value = ArgumentName(insert.ValueArgument);
            if (insert.Spec is not { } spec || IsPlainString(spec))
            {
                return $"({value} ?? \"(null)\")";
            }

            if (spec.IsLiteral)
            {
                // printf does not know the conversion: it prints the spec's text and reads no argument.
                return CSharpLiteral.String(spec.Suffix);
            }

            string width = spec.WidthFromArgument ? $"ParseInt32({ArgumentName(insert.WidthArgument)})" : CSharpLiteral.Int(spec.Width);
            string precision = spec.PrecisionFromArgument ? $"ParseInt32({ArgumentName(insert.PrecisionArgument)})" : CSharpLiteral.Int(spec.Precision);
            var flags = new StringBuilder();
            if (spec.LeftAlign) flags.Append('-');
            if (spec.Plus) flags.Append('+');
            if (spec.Space) flags.Append(' ');
            if (spec.Alternate) flags.Append('#');
            if (spec.ZeroPad) flags.Append('0');
            char size = spec.Size switch { PrintfSize.Short => 'h', PrintfSize.Long64 => 'L', _ => 'l' };
            return $"Printf({value}, {width}, {precision}, {CSharpLiteral.String(flags.ToString())}, {CSharpLiteral.Char(size)}, {CSharpLiteral.Char(spec.Conversion)}, {CSharpLiteral.String(spec.Suffix)})";
        }

        private static bool IsPlainString(PrintfSpec spec) =>
            spec.IsString && spec.Width == 0 && !spec.WidthFromArgument && spec.Precision == PrintfSpec.NoPrecision
            && !spec.PrecisionFromArgument && spec.Suffix.Length == 0;
    }
}
