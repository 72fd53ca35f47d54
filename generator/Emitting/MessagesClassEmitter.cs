using System.Linq;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits the messages class (<c>SstpMessages</c>), whole, in one file: module facts, the <c>Ids</c> and
    /// <c>Templates</c> constants of every message, the manifest strings by kind, one typed <c>FormatX</c> method
    /// per event (newest text, and an overload per Windows version), the by-identifier API
    /// (<see cref="LookupEmitter"/>), the renderers, and at its end exactly the helpers its lines call.
    /// </summary>
    internal static class MessagesClassEmitter
    {
        public static string Emit(TablePlan plan)
        {
            MessageTableModel table = plan.Table;
            var helpers = new RequiredHelpers();
            SourceWriter writer = GeneratedFile.Begin(plan);
            writer.Line($"/// <summary>The messages of {XmlDocText.Escape(table.ModuleName)}: identifiers, templates, and format methods that render each message exactly as Windows' FormatMessage does.</summary>");
            writer.Line("/// <remarks>Format methods return the message text; a null string insert renders as <c>(null)</c>, as FormatMessage renders it.</remarks>");
            writer.Line(plan.GeneratedCodeAttribute);
            writer.Open($"{plan.Accessibility} static partial class {plan.Options.ClassName}");

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
                writer.Line($"public const {plan.Options.VersionEnumName} LatestVersion = {plan.VersionMember(table.Versions.Count - 1)};");
            }

            EmitIds(writer, plan);
            EmitTemplates(writer, plan);
            ManifestEmitter.Emit(writer, plan);
            foreach (MessageModel message in plan.Events)
            {
                if (message.FormatMethodName is not null)
                {
                    EmitTypedFormat(writer, plan, message, helpers);
                }
            }

            LookupEmitter.Emit(writer, plan, helpers);
            ParseEmitter.Emit(writer, plan, helpers);
            TemplateRenderEmitter.EmitRenderers(writer, plan, helpers);
            helpers.WriteRequired(writer, plan);
            writer.Close();
            return GeneratedFile.End(plan, writer);
        }

        private static void EmitIds(SourceWriter writer, TablePlan plan)
        {
            writer.Line();
            writer.Line("/// <summary>The identifier of every message, events and manifest strings alike.</summary>");
            writer.Open($"public static class {GeneratedNames.Ids}");
            foreach (MessageModel message in plan.Messages)
            {
                writer.Line($"/// <summary>{plan.Summary(message)}</summary>");
                writer.Line($"public const uint {message.Name} = {CSharpLiteral.UInt(message.Id)};");
            }

            writer.Close();
        }

        private static void EmitTemplates(SourceWriter writer, TablePlan plan)
        {
            writer.Line();
            writer.Line("/// <summary>The message strings as Windows stores them (FormatMessage templates). An older text is named after the first version that has it.</summary>");
            writer.Open($"public static class {GeneratedNames.Templates}");
            foreach (MessageModel message in plan.Messages)
            {
                foreach (MessageVariant variant in message.Variants.Reverse())
                {
                    writer.Line($"/// <summary>Message {CSharpLiteral.UInt(message.Id)} in {plan.DescribeVersions(variant.Tables)}.</summary>");
                    writer.Line($"public const string {variant.ConstantName} = {CSharpLiteral.Of(plan.Table.Templates[variant.TemplateIndex].Template)};");
                }
            }

            writer.Close();
        }

        private static void EmitTypedFormat(SourceWriter writer, TablePlan plan, MessageModel message, RequiredHelpers helpers)
        {
            MessageTableModel table = plan.Table;
            string parameters = message.Parameters.Count == 0 ? string.Empty : string.Join(", ", message.Parameters.Select(p => p.Type.CSharpName() + " " + p.Name));
            string member = $"<see cref=\"{plan.Options.EnumName}.{message.Name}\"/>";

            writer.Line();
            string newest = message.Variants.Count > 1 ? $" as FormatMessage does in {XmlDocText.Escape(table.Versions[table.Versions.Count - 1].ReleaseName)}" : string.Empty;
            MessageDocs.WriteFormatMethodDoc(writer, plan, message, $"Renders {member}{newest}:");
            string renderLatest = TemplateRenderEmitter.CallTyped(plan, message.Latest.TemplateIndex, message.Parameters);
            writer.Line($"public static string {message.FormatMethodName}({parameters}) => {renderLatest};");

            writer.Line();
            // The inserts are documented on the overload above; this one adds only the version.
            writer.Line($"/// <summary>Renders the text of <paramref name=\"{GeneratedNames.VersionParameter}\"/>; throws ArgumentException when that version lacks the message.</summary>");
            string separator = parameters.Length == 0 ? string.Empty : ", ";
            string signature = $"public static string {message.FormatMethodName}({plan.Options.VersionEnumName} {GeneratedNames.VersionParameter}{separator}{parameters})";
            string id = CSharpLiteral.UInt(message.Id);
            string notDefined = helpers.Call(Helper.NotDefined, $"NotDefined({id}, {GeneratedNames.VersionParameter})");
            string tableOf = helpers.Call(Helper.TableOf, $"TableOf({GeneratedNames.VersionParameter})");
            if (message.Variants.Count == 1)
            {
                // One text: no switch, just whether the version defines the message.
                writer.Line($"{signature} => IsDefined({id}, {tableOf}) ? {renderLatest} : throw {notDefined};");
                return;
            }

            writer.Open(signature);
            writer.Open($"switch ({tableOf})");
            foreach (MessageVariant variant in message.Variants)
            {
                foreach (int tableIndex in variant.Tables)
                {
                    writer.Line($"case {tableIndex}:");
                }

                writer.Line($"    return {TemplateRenderEmitter.CallTyped(plan, variant.TemplateIndex, message.Parameters)};");
            }

            writer.Line("default:");
            writer.Line($"    throw {notDefined};");
            writer.Close();
            writer.Close();
        }
    }
}
