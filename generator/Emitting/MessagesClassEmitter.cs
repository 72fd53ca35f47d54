using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using System.Text;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits the messages class (<c>SstpMessages</c>), whole, in one file: module facts, the <c>Ids</c> and
    /// <c>Templates</c> constants of every message, the manifest strings by kind, one typed <c>FormatX</c> method
    /// per event (newest text, and for a table of Windows versions an overload taking the version), a Message Compiler
    /// source's severity and facility names (<see cref="CompilerFactsEmitter"/>), the table as data (<see cref="DataEmitter"/>),
    /// and at its end exactly the runtime parts its lines need (<see cref="RequiredParts"/>): the by-identifier
    /// API, the renderer every format method calls, TryParse.
    /// </summary>
    internal static class MessagesClassEmitter
    {
        public static SourceText Emit(TablePlan plan)
        {
            MessageTableModel table = plan.Table;
            var parts = new RequiredParts();
            parts.Require(RuntimePart.Lookups);
            parts.Require(RuntimePart.Rendering);
            parts.Require(RuntimePart.Parsing);
            if (table.HasWindowsVersions)
            {
                parts.Require(RuntimePart.Versions);
                parts.Require(table.HasCultureApi ? RuntimePart.LanguageVersions : RuntimePart.MatchVersions);
            }

            if (table.HasCultureApi)
            {
                parts.Require(RuntimePart.Languages);
            }

            SourceWriter writer = GeneratedFile.Begin(plan);
            writer.Line($"/// <summary>The messages of {XmlDocText.Escape(table.ModuleName)}: identifiers, templates, and format methods that render each message exactly as Windows' FormatMessage does.</summary>");
            writer.Line("/// <remarks>Format methods return the message text; a null string insert renders as <c>(null)</c>, as FormatMessage renders it.</remarks>");
            writer.Line(plan.GeneratedCodeAttribute);
            writer.Open($"{plan.Accessibility} static partial class {plan.Options.ClassName}");

            writer.Line(table.Compiler is null ? "/// <summary>The module the messages come from.</summary>" : "/// <summary>The Message Compiler source the messages come from.</summary>");
            writer.Line($"public const string ModuleName = {CSharpLiteral.String(table.ModuleName)};");
            if (table.ModulePath is not null)
            {
                writer.Line();
                writer.Line("/// <summary>The module's path, as Windows names it.</summary>");
                writer.Line($"public const string ModulePath = {CSharpLiteral.String(table.ModulePath)};");
            }

            if (table.Versions.Count > 0)
            {
                writer.Line();
                writer.Line("/// <summary>The newest version the table covers; <c>Format(id, inserts)</c> renders its text.</summary>");
                writer.Line($"public const {plan.Options.VersionEnumName} LatestVersion = {plan.VersionMember(table.Versions.Count - 1)};");
            }

            if (table.Compiler is { } compiler)
            {
                CompilerFactsEmitter.Emit(writer, compiler);
            }

            EmitIds(writer, plan);
            EmitTemplates(writer, plan);
            ManifestEmitter.Emit(writer, plan);
            for (int index = 0; index < table.Messages.Count; index++)
            {
                plan.CancellationToken.ThrowIfCancellationRequested();
                if (table.Messages[index].FormatMethodName is not null)
                {
                    EmitTypedFormat(writer, plan, table.Messages[index], index);
                }
            }

            DataEmitter.Emit(writer, plan, parts);
            parts.WriteRequired(writer, plan);
            writer.Close();
            return GeneratedFile.End(plan, writer);
        }

        private static void EmitIds(SourceWriter writer, TablePlan plan)
        {
            writer.Line();
            writer.Line("/// <summary>The identifier of every message, events and manifest strings alike.</summary>");
            writer.Open($"public static class {GeneratedNames.Ids}");
            for (int index = 0; index < plan.Table.Messages.Count; index++)
            {
                plan.CancellationToken.ThrowIfCancellationRequested();
                MessageModel message = plan.Table.Messages[index];
                writer.Line($"/// <summary>{plan.Summary(index)}</summary>");
                writer.Line($"public const uint {message.Name} = {CSharpLiteral.UInt(message.Id)};");
            }

            writer.Close();
        }

        private static void EmitTemplates(SourceWriter writer, TablePlan plan)
        {
            writer.Line();
            writer.Line(plan.Table.HasWindowsVersions
                ? "/// <summary>The message strings as Windows stores them (FormatMessage templates). An older text is named after the first version that has it.</summary>"
                : "/// <summary>The message strings as mc.exe stores them (FormatMessage templates): each line of the source followed by CR LF.</summary>");
            writer.Open($"public static class {GeneratedNames.Templates}");
            foreach (MessageModel message in plan.Table.Messages)
            {
                plan.CancellationToken.ThrowIfCancellationRequested();
                for (int v = message.Variants.Count - 1; v >= 0; v--)
                {
                    MessageVariant variant = message.Variants[v];
                    writer.Line(plan.Table.HasWindowsVersions
                        ? $"/// <summary>Message {CSharpLiteral.UInt(message.Id)} in {plan.DescribeVersions(variant.Tables)}.</summary>"
                        : $"/// <summary>Message {CSharpLiteral.UInt(message.Id)}, {plan.Origin(message, variant.Tables)}.</summary>");
                    writer.Line($"public const string {variant.ConstantName} = {CSharpLiteral.Of(plan.Table.Templates[variant.TemplateIndex].Template)};");
                }
            }

            writer.Close();
        }

        /// <summary>
        /// <c>FormatX(inserts)</c>, rendering the newest text by code of its own (<see cref="TypedRenderEmitter"/>), and
        /// <c>FormatX(version, inserts)</c>, the text of that version: the same method where the message has one text, else
        /// this thread's renderer running that version's text.
        /// </summary>
        private static void EmitTypedFormat(SourceWriter writer, TablePlan plan, MessageModel message, int index)
        {
            MessageTableModel table = plan.Table;
            var parameterList = new StringBuilder();
            var argumentList = new StringBuilder();
            foreach (InsertParameter parameter in message.Parameters)
            {
                string comma = parameterList.Length == 0 ? string.Empty : ", ";
                parameterList.Append(comma).Append(parameter.Type.CSharpName()).Append(' ').Append(parameter.Name);
                argumentList.Append(comma).Append(parameter.Name);
            }

            string parameters = parameterList.ToString();
            string member = $"<see cref=\"{plan.Options.EnumName}.{message.Name}\"/>";

            writer.Line();
            string newest = message.Variants.Count > 1 ? $" as FormatMessage does in {XmlDocText.Escape(table.Versions[table.Versions.Count - 1].ReleaseName)}" : string.Empty;
            MessageDocs.WriteFormatMethodDoc(writer, plan, message, $"Renders {member}{newest}:");
            writer.Line($"public static string {message.FormatMethodName}({parameters}) => {TypedRenderEmitter.Expression(plan, message)};");
            if (table.HasCultureApi)
            {
                EmitCultureFormat(writer, plan, message, index, parameters, member);
            }

            if (!table.HasWindowsVersions)
            {
                return;
            }

            writer.Line();
            // The inserts are documented on the overload above; this one adds only the version.
            writer.Line($"/// <summary>Renders the text of <paramref name=\"{GeneratedNames.VersionParameter}\"/>; throws ArgumentException when that version lacks the message.</summary>");
            string separator = parameters.Length == 0 ? string.Empty : ", ";
            string signature = $"public static string {message.FormatMethodName}({plan.Options.VersionEnumName} {GeneratedNames.VersionParameter}{separator}{parameters})";
            string textIn = $"TextIn((int){GeneratedNames.VersionParameter}, {CSharpLiteral.Int(index)})";
            if (message.Variants.Count > 1)
            {
                writer.Line($"{signature} => Renderer.Start(){TypedRenderEmitter.Inserts(message)}.Render({textIn});");
            }
            else
            {
                writer.Open(signature);
                writer.Line($"{textIn};     // throws where the version lacks the message; else its text is the newest");
                writer.Line($"return {message.FormatMethodName}({argumentList.ToString()});");
                writer.Close();
            }

            if (table.HasCultureApi)
            {
                writer.Line();
                writer.Line($"/// <summary>Renders the text of <paramref name=\"{GeneratedNames.VersionParameter}\"/> in the language of <paramref name=\"{GeneratedNames.CultureParameter}\"/>; throws ArgumentException when that version lacks the message.</summary>");
                string inserts = TypedRenderEmitter.Inserts(message, plan.PassesNumbersAsText(message));
                writer.Line($"public static string {message.FormatMethodName}({plan.Options.VersionEnumName} {GeneratedNames.VersionParameter}, {CultureType} {GeneratedNames.CultureParameter}{separator}{parameters}) => " +
                    $"Renderer.Start(){inserts}.Render(TextIn((int){GeneratedNames.VersionParameter}, {GeneratedNames.CultureParameter}, {CSharpLiteral.Int(index)}));");
            }
        }

        private const string CultureType = "global::System.Globalization.CultureInfo";

        /// <summary>
        /// <c>FormatX(culture, inserts)</c>: the message's newest text in the language the culture renders in
        /// (Runtime/Languages.cs), by this thread's renderer: one method whatever the number of languages.
        /// </summary>
        private static void EmitCultureFormat(SourceWriter writer, TablePlan plan, MessageModel message, int index, string parameters, string member)
        {
            writer.Line();
            string fallback = $"the culture, else its nearest parent the table holds, else {XmlDocText.Escape(plan.Table.Languages[0])}";
            MessageDocs.WriteFormatMethodDoc(writer, plan, message, $"Renders {member} in the language of <paramref name=\"{GeneratedNames.CultureParameter}\"/> ({fallback}); its {XmlDocText.Escape(plan.Table.Languages[0])} text:");
            List<string> translated = plan.TranslatedLanguages(message);
            string example = XmlDocText.Escape(translated.Count > 0 ? translated[0] : plan.Table.Languages.Count > 1 ? plan.Table.Languages[1] : "de-DE");
            writer.Line($"/// <param name=\"{GeneratedNames.CultureParameter}\">The culture whose language renders the message, e.g. <c>CultureInfo.GetCultureInfo(\"{example}\")</c>.</param>");
            string separator = parameters.Length == 0 ? string.Empty : ", ";
            string inserts = TypedRenderEmitter.Inserts(message, plan.PassesNumbersAsText(message));
            writer.Line($"public static string {message.FormatMethodName}({CultureType} {GeneratedNames.CultureParameter}{separator}{parameters}) => Renderer.Start(){inserts}.Render(TextFor({CSharpLiteral.Int(index)}, {GeneratedNames.CultureParameter}));");
        }
    }
}
