using System.Collections.Generic;
using System.Linq;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits the messages class (<c>SstpMessages</c>): module facts, the <c>Ids</c> and <c>Templates</c>
    /// constants of every message, the manifest strings by kind, and one typed <c>FormatX</c> method per event
    /// (newest text, and an overload per Windows version).
    /// </summary>
    internal static class MessagesClassEmitter
    {
        public static string Emit(EmitContext context)
        {
            MessageTableModel table = context.Table;
            SourceWriter writer = context.BeginFile();
            writer.Line($"/// <summary>The messages of {XmlDocText.Escape(table.ModuleName)}: identifiers, templates, and format methods that render each message exactly as Windows' FormatMessage does.</summary>");
            writer.Line("/// <remarks>Format methods return the message text; a null string insert renders as <c>(null)</c>, as FormatMessage renders it.</remarks>");
            writer.Line(context.GeneratedCodeAttribute);
            writer.Open($"{context.Accessibility} static partial class {context.Options.ClassName}");

            writer.Line("/// <summary>The module the messages come from.</summary>");
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
                writer.Line($"public const {context.Options.VersionEnumName} LatestVersion = {context.VersionMember(table.Versions.Count - 1)};");
            }

            EmitIds(writer, context);
            EmitTemplates(writer, context);
            ManifestEmitter.Emit(writer, context);
            foreach (MessageModel message in context.Events)
            {
                EmitTypedFormat(writer, context, message);
            }

            writer.Line();
            for (int i = 0; i < table.Templates.Count; i++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                TemplateRenderEmitter.Emit(writer, context, i);
            }

            writer.Close();
            return context.EndFile(writer);
        }

        public static string TemplateConstant(EmitContext context, MessageModel message, MessageVariant variant)
        {
            if (variant.Equals(message.Latest))
            {
                return "Templates." + message.Name;
            }

            WindowsVersionModel first = context.Table.Versions.First(v => variant.Tables.Contains(v.TableIndex));
            return "Templates." + message.Name + "_" + first.MemberName;
        }

        private static void EmitIds(SourceWriter writer, EmitContext context)
        {
            writer.Line();
            writer.Line("/// <summary>The identifier of every message, events and manifest strings alike.</summary>");
            writer.Open("public static class Ids");
            foreach (MessageModel message in context.Messages)
            {
                writer.Line($"/// <summary>{context.Summary(message)}</summary>");
                writer.Line($"public const uint {message.Name} = {CSharpLiteral.UInt(message.Id)};");
            }

            writer.Close();
        }

        private static void EmitTemplates(SourceWriter writer, EmitContext context)
        {
            writer.Line();
            writer.Line("/// <summary>The message strings as Windows stores them (FormatMessage templates). An older text is named after the first version that has it.</summary>");
            writer.Open("public static class Templates");
            foreach (MessageModel message in context.Messages)
            {
                foreach (MessageVariant variant in message.Variants.Reverse())
                {
                    writer.Line($"/// <summary>Message {CSharpLiteral.UInt(message.Id)} in {context.DescribeVersions(variant.Tables)}.</summary>");
                    string name = TemplateConstant(context, message, variant).Substring("Templates.".Length);
                    writer.Line($"public const string {name} = {CSharpLiteral.Of(context.Table.Templates[variant.TemplateIndex].Template)};");
                }
            }

            writer.Close();
        }

        private static void EmitTypedFormat(SourceWriter writer, EmitContext context, MessageModel message)
        {
            MessageTableModel table = context.Table;
            string parameters = message.Parameters.Count == 0 ? string.Empty : string.Join(", ", message.Parameters.Select(p => p.Type.CSharpName() + " " + p.Name));
            string member = $"<see cref=\"{context.Options.EnumName}.{message.Name}\"/>";

            writer.Line();
            string newest = message.Variants.Count > 1 ? $" as FormatMessage does in {XmlDocText.Escape(table.Versions[table.Versions.Count - 1].ReleaseName)}" : string.Empty;
            context.WriteMessageDoc(writer, message, $"Renders {member}{newest}:");
            WriteParamDocs(writer, message);
            string renderLatest = TemplateRenderEmitter.CallTyped(context, message.Latest.TemplateIndex, message.Parameters);
            writer.Line($"public static string Format{message.Name}({parameters}) => {renderLatest};");

            writer.Line();
            // The inserts are documented on the overload above; this one adds only the version.
            writer.Line("/// <summary>Renders the text of <paramref name=\"version\"/>; throws ArgumentException when that version lacks the message.</summary>");
            string separator = parameters.Length == 0 ? string.Empty : ", ";
            string signature = $"public static string Format{message.Name}({context.Options.VersionEnumName} version{separator}{parameters})";
            string id = CSharpLiteral.UInt(message.Id);
            if (message.Variants.Count == 1)
            {
                // One text: no switch, just whether the version defines the message.
                writer.Line($"{signature} => IsDefined({id}, TableOf(version)) ? {renderLatest} : throw NotDefined({id}, version);");
                return;
            }

            writer.Open(signature);
            writer.Open("switch (TableOf(version))");
            foreach (MessageVariant variant in message.Variants)
            {
                foreach (int tableIndex in variant.Tables)
                {
                    writer.Line($"case {tableIndex}:");
                }

                writer.Line($"    return {TemplateRenderEmitter.CallTyped(context, variant.TemplateIndex, message.Parameters)};");
            }

            writer.Line("default:");
            writer.Line($"    throw NotDefined({id}, version);");
            writer.Close();
            writer.Close();
        }

        private static void WriteParamDocs(SourceWriter writer, MessageModel message)
        {
            foreach (InsertParameter parameter in message.Parameters)
            {
                writer.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">Insert %{parameter.Argument}.</param>");
            }
        }
    }
}
