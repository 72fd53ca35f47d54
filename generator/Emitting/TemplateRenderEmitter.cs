using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits the renderers classes: the methods that render one distinct message text, shared by every message
    /// and version that has that text, in nested classes of at most <see cref="MessageTableModel.TemplatesPerRenderersClass"/>
    /// texts (a type holds at most 65,535 methods). The literal pieces are precomputed as FormatMessage would
    /// render them.
    /// <list type="bullet">
    /// <item><c>Renderers.TemplateN</c> takes each insert in its own type (<c>!d!</c> → int, <c>!x!</c> → uint, …) and
    /// allocates only the returned string: plain texts are concatenated; printf conversions are laid out first
    /// and written straight into the string by <c>string.Create</c>.</item>
    /// <item><c>Renderers.TemplateNFromText</c> (only for a text with typed inserts) takes every insert as a string,
    /// as an event log record holds them, for the by-id methods.</item>
    /// </list>
    /// Without <c>string.Create</c> (e.g. .NET Framework) the typed method hands its inserts, as text, to the
    /// text one. A text without inserts that renders as written gets no method: callers use its <c>Templates</c>
    /// constant (<see cref="TablePlan.RenderedConstant"/>). Every call of a helper registers it in
    /// <see cref="RequiredHelpers"/>.
    /// </summary>
    internal static class TemplateRenderEmitter
    {
        private static string MethodName(int templateIndex) => GeneratedNames.RenderMethodPrefix + templateIndex.ToString(CultureInfo.InvariantCulture);

        /// <summary>The render method as the messages class calls it: <c>Renderers.Template12</c>.</summary>
        private static string QualifiedName(TablePlan plan, int templateIndex) => plan.RenderersClass(templateIndex) + "." + MethodName(templateIndex);

        /// <summary>A call of the text-typed renderer, passing <paramref name="argumentExpression"/>(argument) (a string) for each argument.</summary>
        public static string CallFromText(TablePlan plan, int templateIndex, Func<int, string> argumentExpression)
        {
            if (plan.RenderedConstant(templateIndex) is { } constant)
            {
                return constant;
            }

            ParsedTemplate template = plan.Table.Templates[templateIndex];
            return plan.RenderersClass(templateIndex) + "." + FromTextName(template, templateIndex) + "(" + string.Join(", ", template.ReadArguments.Select(argumentExpression)) + ")";
        }

        /// <summary>
        /// A call rendering template <paramref name="templateIndex"/> from a typed method's parameters. When a
        /// parameter is a string but the text reads it as a number (the message's texts disagree on its type),
        /// the whole text is rendered from strings.
        /// </summary>
        public static string CallTyped(TablePlan plan, int templateIndex, IReadOnlyList<InsertParameter> parameters)
        {
            if (plan.RenderedConstant(templateIndex) is { } constant)
            {
                return constant;
            }

            ParsedTemplate template = plan.Table.Templates[templateIndex];
            EquatableArray<int> arguments = template.ReadArguments;
            InsertParameter ParameterOf(int argument) => parameters.First(p => p.Argument == argument);
            bool typed = arguments.All(a => ParameterOf(a).Type != InsertType.String || template.TypeOf(a) == InsertType.String);
            if (!typed)
            {
                return CallFromText(plan, templateIndex, a => AsText(ParameterOf(a).Name, ParameterOf(a).Type));
            }

            return QualifiedName(plan, templateIndex) + "(" + string.Join(", ", arguments.Select(a => Convert(ParameterOf(a), template.TypeOf(a)))) + ")";
        }

        /// <summary>Writes the renderers classes: every text that needs code, in chunks of <see cref="MessageTableModel.TemplatesPerRenderersClass"/>.</summary>
        public static void EmitRenderers(SourceWriter writer, TablePlan plan, RequiredHelpers helpers)
        {
            int count = plan.Table.Templates.Count;
            for (int start = 0; start < count; start += plan.Table.TemplatesPerRenderersClass)
            {
                int end = Math.Min(count, start + plan.Table.TemplatesPerRenderersClass);
                if (Enumerable.Range(start, end - start).All(i => plan.RenderedConstant(i) is not null))
                {
                    continue;
                }

                writer.Line();
                writer.Line("/// <summary>Renders each distinct message text, shared by every message and version that has it.</summary>");
                writer.Open("private static class " + plan.RenderersClass(start));
                bool first = true;
                for (int i = start; i < end; i++)
                {
                    plan.CancellationToken.ThrowIfCancellationRequested();
                    if (plan.RenderedConstant(i) is null)
                    {
                        if (!first)
                        {
                            writer.Line();
                        }

                        Emit(writer, plan, i, helpers);
                        first = false;
                    }
                }

                writer.Close();
            }
        }

        private static void Emit(SourceWriter writer, TablePlan plan, int templateIndex, RequiredHelpers helpers)
        {
            ParsedTemplate template = plan.Table.Templates[templateIndex];
            EquatableArray<int> arguments = template.ReadArguments;
            string typedParameters = string.Join(", ", arguments.Select(a => template.TypeOf(a).CSharpName() + " " + ArgumentName(a)));
            if (HasTypedArguments(template))
            {
                string textParameters = string.Join(", ", arguments.Select(a => "string? " + ArgumentName(a)));
                EmitConcatenation(writer, FromTextName(template, templateIndex), textParameters, template, helpers);
                if (!plan.CanCreateStrings)
                {
                    string call = CallFromText(plan, templateIndex, a => AsText(ArgumentName(a), template.TypeOf(a)));
                    writer.Line($"internal static string {MethodName(templateIndex)}({typedParameters}) => {call};");
                    return;
                }
            }
            else if (!plan.CanCreateStrings)
            {
                EmitConcatenation(writer, MethodName(templateIndex), typedParameters, template, helpers);
                return;
            }

            EmitTyped(writer, MethodName(templateIndex), typedParameters, template, helpers);
        }

        private static bool HasTypedArguments(ParsedTemplate template) => template.ArgumentTypes.Any(t => t.Type != InsertType.String);

        private static string FromTextName(ParsedTemplate template, int templateIndex) =>
            HasTypedArguments(template) ? MethodName(templateIndex) + "FromText" : MethodName(templateIndex);

        private static string ArgumentName(int argument) => "insert" + argument.ToString(CultureInfo.InvariantCulture);

        /// <summary>A typed method's parameter passed where the text reads it as <paramref name="type"/>: integers of another size are cut to it, as printf reads them.</summary>
        private static string Convert(InsertParameter parameter, InsertType type) =>
            parameter.Type == type ? parameter.Name
            : type == InsertType.String ? AsText(parameter.Name, parameter.Type)
            : $"unchecked(({type.CSharpName()}){parameter.Name})";

        private static string AsText(string expression, InsertType type) => type switch
        {
            InsertType.String => expression,
            InsertType.Char => expression + ".ToString()",
            _ => expression + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        };

        /// <summary>Every insert rendered from its argument as given: strings as they are, the rest through the runtime printf helper.</summary>
        private static void EmitConcatenation(SourceWriter writer, string name, string parameters, ParsedTemplate template, RequiredHelpers helpers)
        {
            var pieces = new List<Piece>();
            foreach (TemplateSegment segment in template.Segments)
            {
                pieces.Add(segment.Insert is { } insert ? new Piece(PieceKind.Text, TextInsertExpression(insert, helpers)) : Piece.Literal(segment.Literal));
            }

            WriteConcatenation(writer, name, parameters, pieces);
        }

        /// <summary>
        /// <c>internal static string Name(parameters) => string.Concat(pieces);</c>, its literals escaped straight into
        /// the output: a long text is not copied on the way.
        /// </summary>
        private static void WriteConcatenation(SourceWriter writer, string name, string parameters, List<Piece> pieces)
        {
            writer.BeginLine().Append("internal static string ").Append(name).Append("(").Append(parameters).Append(") => ");
            if (pieces.Count == 0)
            {
                writer.Append("string.Empty");
            }
            else if (pieces.Count == 1)
            {
                pieces[0].WriteTo(writer);
            }
            else
            {
                writer.Append("string.Concat(");
                for (int i = 0; i < pieces.Count; i++)
                {
                    if (i > 0)
                    {
                        writer.Append(", ");
                    }

                    pieces[i].WriteTo(writer);
                }

                writer.Append(")");
            }

            writer.Append(";").EndLine();
        }

        /// <summary>
        /// Renders from typed inserts. Plain texts are concatenated; when a printf conversion is among the pieces,
        /// each is laid out first (its length known before it is written) and all are written into one string by
        /// <c>string.Create</c>, whose lambda captures nothing (so its delegate is cached): the returned string is
        /// the only allocation.
        /// </summary>
        private static void EmitTyped(SourceWriter writer, string name, string parameters, ParsedTemplate template, RequiredHelpers helpers)
        {
            List<Piece> pieces = TypedPieces(template, helpers);
            if (!pieces.Any(p => p.Kind == PieceKind.Layout))
            {
                WriteConcatenation(writer, name, parameters, pieces);
                return;
            }

            writer.Open($"internal static string {name}({parameters})");
            var state = new List<string>();
            var locals = new Dictionary<int, string>();
            for (int i = 0; i < pieces.Count; i++)
            {
                if (pieces[i].Kind != PieceKind.Literal)
                {
                    string local = "part" + state.Count.ToString(CultureInfo.InvariantCulture);
                    writer.Line(pieces[i].Kind == PieceKind.Layout ? $"var {local} = {pieces[i].Text};" : $"string {local} = {pieces[i].Text};");
                    locals.Add(i, local);
                    state.Add(local);
                }
            }

            // One piece travels as the state itself, more as a tuple named after the locals.
            int literalLength = pieces.Sum(p => p.LiteralLength);
            IEnumerable<string> lengths = state.Select(local => local + ".Length");
            string length = string.Join(" + ", literalLength == 0 ? lengths : new[] { CSharpLiteral.Int(literalLength) }.Concat(lengths));
            string stateExpression = state.Count == 1 ? state[0] : "(" + string.Join(", ", state) + ")";
            writer.Open($"return string.Create({length}, {stateExpression}, (span, state) =>");
            writer.Line("int at = 0;");
            for (int i = 0; i < pieces.Count; i++)
            {
                if (!locals.TryGetValue(i, out string? local))
                {
                    writer.Line($"at = {helpers.Call(Helper.SpanPrintf, "Append")}(span, at, {CSharpLiteral.Of(pieces[i].Text)});");
                    continue;
                }

                string value = state.Count == 1 ? "state" : "state." + local;
                writer.Line(pieces[i].Kind == PieceKind.Layout ? $"at = {value}.Write(span, at);" : $"at = {helpers.Call(Helper.SpanPrintf, "Append")}(span, at, {value});");
            }

            writer.Close(");");
            writer.Close();
        }

        private enum PieceKind
        {
            Literal,
            Text,
            Layout,
        }

        /// <summary>One piece of a render: a literal text (escaped only when written), a string expression, or a laid-out printf conversion.</summary>
        private readonly struct Piece
        {
            public Piece(PieceKind kind, string text)
            {
                Kind = kind;
                Text = text;
            }

            public PieceKind Kind { get; }

            /// <summary>The literal's text, or the C# expression of a text or layout piece.</summary>
            public string Text { get; }

            public int LiteralLength => Kind == PieceKind.Literal ? Text.Length : 0;

            public static Piece Literal(string text) => new(PieceKind.Literal, text);

            public void WriteTo(SourceWriter writer)
            {
                if (Kind == PieceKind.Literal)
                {
                    writer.AppendLiteral(Text);
                }
                else
                {
                    writer.Append(Text);
                }
            }
        }

        private static List<Piece> TypedPieces(ParsedTemplate template, RequiredHelpers helpers)
        {
            var pieces = new List<Piece>();
            foreach (TemplateSegment segment in template.Segments)
            {
                if (segment.Insert is not { } insert)
                {
                    pieces.Add(Piece.Literal(segment.Literal));
                }
                else if (insert.Spec is { IsLiteral: true } literalSpec)
                {
                    // printf does not know the conversion: it prints the spec's text and reads no argument.
                    pieces.Add(Piece.Literal(literalSpec.Suffix));
                }
                else if (IsSpanPrintf(template, insert))
                {
                    PrintfSpec spec = insert.Spec!;
                    pieces.Add(IsLayout(template, insert)
                        ? new Piece(PieceKind.Layout, LayoutExpression(template, insert, helpers))
                        : new Piece(PieceKind.Text, $"({ArgumentName(insert.ValueArgument)} ?? \"(null)\")"));
                    if (spec.Suffix.Length > 0)
                    {
                        pieces.Add(Piece.Literal(spec.Suffix));
                    }
                }
                else
                {
                    pieces.Add(new Piece(PieceKind.Text, TextInsertExpression(insert, helpers, template)));
                }
            }

            return pieces;
        }

        /// <summary>A conversion that needs a PrintfInteger or PrintfText: a number, a character, or a string with a width or precision.</summary>
        private static bool IsLayout(ParsedTemplate template, InsertReference insert) =>
            IsSpanPrintf(template, insert) && (HasWidthOrPrecision(insert.Spec!) || !insert.Spec!.IsString);

        /// <summary>A printf conversion the typed renderer writes itself: integers and characters in their own type, strings.</summary>
        private static bool IsSpanPrintf(ParsedTemplate template, InsertReference insert)
        {
            if (insert.Spec is not { } spec || spec.IsLiteral || IsPlainString(spec))
            {
                return false;
            }

            // A string spec with text after its conversion (%1!Saa!) is the string, then that text.
            InsertType type = template.TypeOf(insert.ValueArgument);
            return spec.IsString ? type == InsertType.String
                : spec.Conversion is 'c' or 'C' ? type == InsertType.Char
                : type.IsInteger();
        }

        private static string LayoutExpression(ParsedTemplate template, InsertReference insert, RequiredHelpers helpers)
        {
            PrintfSpec spec = insert.Spec!;
            string value = ArgumentName(insert.ValueArgument);
            string width = spec.WidthFromArgument ? IntArgument(template, insert.WidthArgument, helpers) : CSharpLiteral.Int(spec.Width);
            string flags = PrintfFlagsSource.Expression(spec);
            if (spec.IsString)
            {
                string precision = spec.PrecisionFromArgument ? IntArgument(template, insert.PrecisionArgument, helpers) : CSharpLiteral.Int(spec.Precision);
                return helpers.Call(Helper.SpanPrintf, $"new PrintfText({value}, {width}, {precision}, {flags})");
            }

            if (spec.Conversion is 'c' or 'C')
            {
                return helpers.Call(Helper.SpanPrintf, $"new PrintfText({value}, {width}, {flags})");
            }

            string precisionValue = spec.PrecisionFromArgument ? IntArgument(template, insert.PrecisionArgument, helpers) : CSharpLiteral.Int(spec.Precision);
            int bitCount = spec.Conversion == 'p' ? 64 : spec.Size switch { PrintfSize.Short => 16, PrintfSize.Long64 => 64, _ => 32 };
            return helpers.Call(Helper.SpanPrintf, "new PrintfInteger(") + $"unchecked((ulong){value}), {CSharpLiteral.Int(bitCount)}, {CSharpLiteral.Char(spec.Conversion)}, {flags}, {width}, {precisionValue})";
        }

        /// <summary>A width or precision argument as an int (a string when the text also reads it as text).</summary>
        private static string IntArgument(ParsedTemplate template, int argument, RequiredHelpers helpers)
        {
            InsertType type = template.TypeOf(argument);
            return type == InsertType.Int32 ? ArgumentName(argument)
                : type.IsInteger() ? $"unchecked((int){ArgumentName(argument)})"
                : helpers.Call(Helper.IntegerParsing, "ParseInt32") + $"({AsText(ArgumentName(argument), type)})";
        }

        /// <summary>An insert rendered from its argument through the runtime printf helper (which reads numbers from text).</summary>
        private static string TextInsertExpression(InsertReference insert, RequiredHelpers helpers, ParsedTemplate? typedTemplate = null)
        {
            string Argument(int argument) => typedTemplate is null ? ArgumentName(argument) : AsText(ArgumentName(argument), typedTemplate.TypeOf(argument));
            string value = Argument(insert.ValueArgument);
            if (insert.Spec is not { } spec || IsPlainString(spec))
            {
                return $"({value} ?? \"(null)\")";
            }

            if (spec.IsLiteral)
            {
                // printf does not know the conversion: it prints the spec's text and reads no argument.
                return CSharpLiteral.String(spec.Suffix);
            }

            string width = spec.WidthFromArgument ? helpers.Call(Helper.IntegerParsing, "ParseInt32") + $"({Argument(insert.WidthArgument)})" : CSharpLiteral.Int(spec.Width);
            string precision = spec.PrecisionFromArgument ? helpers.Call(Helper.IntegerParsing, "ParseInt32") + $"({Argument(insert.PrecisionArgument)})" : CSharpLiteral.Int(spec.Precision);
            char size = spec.Size switch { PrintfSize.Short => 'h', PrintfSize.Long64 => 'L', _ => 'l' };
            return helpers.Call(Helper.TextPrintf, "Printf") + $"({value}, {width}, {precision}, {PrintfFlagsSource.Expression(spec)}, {CSharpLiteral.Char(size)}, {CSharpLiteral.Char(spec.Conversion)}, {CSharpLiteral.String(spec.Suffix)})";
        }

        private static bool HasWidthOrPrecision(PrintfSpec spec) =>
            spec.Width != 0 || spec.WidthFromArgument || spec.Precision != PrintfSpec.NoPrecision || spec.PrecisionFromArgument;

        private static bool IsPlainString(PrintfSpec spec) =>
            spec.IsString && spec.Width == 0 && !spec.WidthFromArgument && spec.Precision == PrintfSpec.NoPrecision
            && !spec.PrecisionFromArgument && spec.Suffix.Length == 0;
    }
}
