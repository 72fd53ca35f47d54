using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits <c>Manifest</c>: the strings of the module's instrumentation manifest as typed constants by kind
    /// (provider name, channels, keywords with their masks, levels, tasks, opcodes, value maps). Their
    /// identifiers stay in <c>Ids</c>.
    /// </summary>
    internal static class ManifestEmitter
    {
        private static readonly (MessageKind Kind, string ClassName, string Prefix, string What)[] s_kinds =
        {
            (MessageKind.Channel, "Channels", "Channel", "channel"),
            (MessageKind.Keyword, "Keywords", "Keyword", "keyword"),
            (MessageKind.Level, "Levels", "Level", "level"),
            (MessageKind.Task, "Tasks", "Task", "task"),
            (MessageKind.Opcode, "Opcodes", "Opcode", "opcode"),
            (MessageKind.ValueMap, "Maps", "Map", "value-map entry"),
            (MessageKind.OtherManifestName, "OtherNames", "Name", "other manifest (e.g. bit-map)"),
        };

        public static void Emit(SourceWriter writer, EmitContext context)
        {
            List<MessageModel> strings = context.Table.Messages.Where(m => m.ManifestValue is not null && m.Kind != MessageKind.ManifestEvent).ToList();
            if (strings.Count == 0)
            {
                return;
            }

            writer.Line();
            writer.Line("/// <summary>The names the module's instrumentation manifest defines, by kind. Their identifiers are in <see cref=\"Ids\"/>.</summary>");
            writer.Open("public static class Manifest");
            bool first = true;
            foreach (MessageModel provider in strings.Where(m => m.Kind == MessageKind.ProviderName))
            {
                first = Separate(writer, first);
                writer.Line($"/// <summary>The name of provider {MessageKinds.ProviderIndex(provider.Id) + 1} (message {CSharpLiteral.UInt(provider.Id)}).</summary>");
                writer.Line($"public const string {provider.Name} = {CSharpLiteral.Of(provider.ManifestValue!)};");
            }

            foreach (var kind in s_kinds)
            {
                List<MessageModel> members = strings.Where(m => m.Kind == kind.Kind).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                first = Separate(writer, first);
                writer.Line($"/// <summary>The {kind.What} names.</summary>");
                writer.Open($"public static class {kind.ClassName}");
                var names = new Dictionary<MessageModel, string>();
                var used = new HashSet<string>();
                foreach (MessageModel member in members)
                {
                    string name = ShortName(member.Name, kind.Prefix, kind.ClassName);
                    names[member] = used.Add(name) ? name : member.Name;
                    writer.Line($"/// <summary>Message {CSharpLiteral.UInt(member.Id)}; defined in {context.DescribeVersions(EmitContext.TablesOf(member))}.</summary>");
                    writer.Line($"public const string {names[member]} = {CSharpLiteral.Of(member.ManifestValue!)};");
                }

                writer.Close();
                if (kind.Kind == MessageKind.Keyword)
                {
                    writer.Line();
                    writer.Line("/// <summary>The keyword masks: the low byte of a keyword's identifier is its bit index plus one.</summary>");
                    writer.Open("public static class KeywordMasks");
                    foreach (MessageModel member in members.Where(m => (m.Id & 0xFF) is >= 1 and <= 64))
                    {
                        ulong mask = 1UL << (int)((member.Id & 0xFF) - 1);
                        writer.Line($"/// <summary>The mask of <see cref=\"Keywords.{names[member]}\"/>.</summary>");
                        writer.Line($"public const ulong {names[member]} = 0x{mask.ToString("X16", CultureInfo.InvariantCulture)};");
                    }

                    writer.Close();
                }
            }

            writer.Close();
        }

        private static bool Separate(SourceWriter writer, bool first)
        {
            if (!first)
            {
                writer.Line();
            }

            return false;
        }

        /// <summary>"ChannelSystem" in Channels → "System"; the full name where the short one would not be an identifier.</summary>
        private static string ShortName(string name, string prefix, string className)
        {
            if (!name.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return name;
            }

            string rest = name.Substring(prefix.Length);
            return rest.Length == 0 || !char.IsLetter(rest[0]) || rest == className || rest == "KeywordMasks" || Naming.Identifiers.ObjectMembers.Contains(rest) ? name : rest;
        }
    }
}
