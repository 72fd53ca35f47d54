using Microsoft.CodeAnalysis.Text;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>Emits the event-id enum (<c>SstpEventId</c>): one member per event-log message and per manifest event message (0xB…), valued by its identifier.</summary>
    internal static class EventIdEnumEmitter
    {
        public static SourceText Emit(TablePlan plan)
        {
            SourceWriter writer = GeneratedFile.Begin(plan);
            writer.Line($"/// <summary>The event messages of {XmlDocText.Escape(plan.Table.ModuleName)} (event-log messages, and the messages of manifest events); each value is the message identifier as an event log record carries it.</summary>");
            writer.Line(plan.GeneratedCodeAttribute);
            writer.Open($"{plan.Accessibility} enum {plan.Options.EnumName} : uint");
            for (int index = 0; index < plan.Table.Messages.Count; index++)
            {
                plan.CancellationToken.ThrowIfCancellationRequested();
                MessageModel message = plan.Table.Messages[index];
                if (!message.IsEvent)
                {
                    continue;
                }

                // The text in full is on the format method; here its start, which is what a switch needs.
                writer.Line($"/// <summary>{plan.Summary(index)}</summary>");
                if (plan.Table.HasWindowsVersions)
                {
                    writer.Line($"/// <remarks>Defined in {plan.DescribeVersions(TablePlan.TablesOf(message))}.</remarks>");
                }

                writer.Line($"{message.Name} = {CSharpLiteral.UInt(message.Id)},");
                writer.Line();
            }

            writer.Close();
            return GeneratedFile.End(plan, writer);
        }
    }
}
