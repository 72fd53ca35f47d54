using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>The doc comment of a typed format method: the message's whole readable text, the versions (and languages) that define it, and each insert.</summary>
    internal static class MessageDocs
    {
        /// <summary>
        /// Writes a summary whose text is the message's readable text (inserts shown as %1, %2…) in full, after
        /// <paramref name="lead"/>. Only the format method shows the whole text: every other mention of a message
        /// gets its short summary (<see cref="TablePlan.Summary"/>), which keeps the generated code compact.
        /// </summary>
        public static void WriteFormatMethodDoc(SourceWriter writer, TablePlan plan, MessageModel message, string lead)
        {
            writer.Line("/// <summary>");
            writer.Line($"/// {lead}");
            XmlDocText.WriteParagraph(writer, TablePlan.ReadableText(plan.Table.Templates[message.Latest.TemplateIndex]));
            writer.Line("/// </summary>");
            string languages = string.Empty;
            if (plan.Table.HasCultureApi)
            {
                System.Collections.Generic.List<string> translated = plan.TranslatedLanguages(message);
                languages = translated.Count == 0
                    ? $" Only in {plan.Table.Languages[0]}: a culture renders its {plan.Table.Languages[0]} text."
                    : $" In {plan.Table.Languages[0]} (this text), {string.Join(", ", translated)}: the overload that takes a culture renders each.";
            }

            writer.Line($"/// <remarks>Message {CSharpLiteral.UInt(message.Id)}; {plan.Origin(message, TablePlan.TablesOf(message))}.{languages}</remarks>");
            foreach (InsertParameter parameter in message.Parameters)
            {
                string phrase = parameter.Phrase is null ? string.Empty : ": " + XmlDocText.Escape(parameter.Phrase);
                writer.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">Insert %{parameter.Argument}{phrase}.</param>");
            }
        }
    }
}
