using System.Collections.Generic;
using System.Globalization;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits <c>Manifest</c>: the strings of the module's instrumentation manifest as typed constants by kind
    /// (provider name, channels, keywords with their masks, levels, tasks, opcodes, value maps), each under the
    /// name <see cref="TableNamer"/> gave it. Their identifiers stay in <c>Ids</c>.
    /// </summary>
    internal static class ManifestEmitter
    {
        public static void Emit(SourceWriter writer, TablePlan plan)
        {
            var strings = new List<MessageModel>();
            foreach (MessageModel message in plan.Table.Messages)
            {
                if (message.ManifestMemberName is not null)
                {
                    strings.Add(message);
                }
            }

            if (strings.Count == 0)
            {
                return;
            }

            writer.Line();
            writer.Line($"/// <summary>The names the module's instrumentation manifest defines, by kind. Their identifiers are in <see cref=\"{GeneratedNames.Ids}\"/>.</summary>");
            writer.Open($"public static class {GeneratedNames.Manifest}");
            bool first = true;
            foreach (MessageModel provider in strings)
            {
                if (provider.Kind == MessageKind.ProviderName)
                {
                    first = Separate(writer, first);
                    writer.Line($"/// <summary>The name of provider {MessageKinds.ProviderIndex(provider.Id) + 1} (message {CSharpLiteral.UInt(provider.Id)}).</summary>");
                    writer.Line($"public const string {provider.ManifestMemberName} = {CSharpLiteral.Of(provider.ManifestValue!)};");
                }
            }

            foreach (MessageKind kind in GeneratedNames.ManifestClassKinds)
            {
                var members = new List<MessageModel>();
                foreach (MessageModel message in strings)
                {
                    if (message.Kind == kind)
                    {
                        members.Add(message);
                    }
                }

                if (members.Count == 0)
                {
                    continue;
                }

                first = Separate(writer, first);
                writer.Line($"/// <summary>The {What(kind)} names.</summary>");
                writer.Open($"public static class {GeneratedNames.ManifestClass(kind)}");
                foreach (MessageModel member in members)
                {
                    plan.CancellationToken.ThrowIfCancellationRequested();
                    writer.Line($"/// <summary>Message {CSharpLiteral.UInt(member.Id)}; defined in {plan.DescribeVersions(TablePlan.TablesOf(member))}.</summary>");
                    writer.Line($"public const string {member.ManifestMemberName} = {CSharpLiteral.Of(member.ManifestValue!)};");
                }

                writer.Close();
                if (kind == MessageKind.Keyword)
                {
                    writer.Line();
                    writer.Line("/// <summary>The keyword masks: the low byte of a keyword's identifier is its bit index plus one.</summary>");
                    writer.Open($"public static class {GeneratedNames.KeywordMasks}");
                    foreach (MessageModel member in members)
                    {
                        if ((member.Id & 0xFF) is >= 1 and <= 64)
                        {
                            ulong mask = 1UL << (int)((member.Id & 0xFF) - 1);
                            writer.Line($"/// <summary>The mask of <see cref=\"{GeneratedNames.ManifestClass(kind)}.{member.ManifestMemberName}\"/>.</summary>");
                            writer.Line($"public const ulong {member.ManifestMemberName} = 0x{mask.ToString("X16", CultureInfo.InvariantCulture)};");
                        }
                    }

                    writer.Close();
                }
            }

            writer.Close();
        }

        private static string What(MessageKind kind) => kind switch
        {
            MessageKind.Channel => "channel",
            MessageKind.Keyword => "keyword",
            MessageKind.Level => "level",
            MessageKind.Task => "task",
            MessageKind.Opcode => "opcode",
            MessageKind.ValueMap => "value-map entry",
            _ => "other manifest (e.g. bit-map)",
        };

        private static bool Separate(SourceWriter writer, bool first)
        {
            if (!first)
            {
                writer.Line();
            }

            return false;
        }
    }
}
