using System.Collections.Generic;
using System.Globalization;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Parsing
{
    /// <summary>
    /// The step every input form shares for a language other than the table's default: each message's texts in that
    /// language (drafted by <see cref="MessageDrafts"/> from that language's rows) joined to the default language's draft
    /// of the same identifier as its translations. A message the default language lacks is reported and left out; a
    /// translation that reads its inserts otherwise than the default texts (from which the typed methods take their
    /// parameters) is reported, and renders by identifier as written.
    /// </summary>
    internal static class Translations
    {
        /// <summary>
        /// Joins the drafts of language <paramref name="language"/> (its index in the table's languages, 1 or more; named
        /// <paramref name="culture"/>) to <paramref name="defaults"/>; <paramref name="tablesOf"/> gives the default language's
        /// tables each of the language's tables stands for. Problems are reported to <paramref name="sink"/>, the file of the
        /// language's texts. Returns how many messages got a text in the language.
        /// </summary>
        public static int Attach(
            List<MessageDraft> defaults,
            List<MessageDraft> translated,
            int language,
            string culture,
            string defaultCulture,
            string defaultFile,
            System.Func<int, IEnumerable<int>> tablesOf,
            List<ParsedTemplate> templates,
            DiagnosticSink sink)
        {
            int next = 0;
            int attached = 0;
            foreach (MessageDraft draft in translated)
            {
                // Both lists are in identifier order.
                while (next < defaults.Count && defaults[next].Id < draft.Id)
                {
                    next++;
                }

                if (next == defaults.Count || defaults[next].Id != draft.Id)
                {
                    sink.Report(SstpDiagnostics.TranslationWithoutMessage, draft.IdSpan, MessageIdText.Format(draft.Id), culture, defaultFile);
                    continue;
                }

                MessageDraft message = defaults[next];
                attached++;
                foreach (VariantDraft variant in draft.Variants)
                {
                    var tables = new SortedSet<int>();
                    foreach (int table in variant.Tables)
                    {
                        tables.UnionWith(tablesOf(table));
                    }

                    message.Translations.Add(new MessageTranslation(language, variant.TemplateIndex, new List<int>(tables).ToEquatableArray()));
                    ReportInsertDifferences(message, templates[variant.TemplateIndex], templates, culture, defaultCulture, draft, sink);
                }
            }

            return attached;
        }

        /// <summary>An insert the translation reads that no default text reads, or reads as another type than the newest default text.</summary>
        private static void ReportInsertDifferences(MessageDraft message, ParsedTemplate translation, List<ParsedTemplate> templates, string culture, string defaultCulture, MessageDraft draft, DiagnosticSink sink)
        {
            ParsedTemplate newest = templates[message.LatestTemplate];
            foreach (int argument in translation.ReadArguments)
            {
                bool read = false;
                foreach (VariantDraft variant in message.Variants)
                {
                    read |= templates[variant.TemplateIndex].ReadArguments.Contains(argument);
                }

                string number = "%" + argument.ToString(CultureInfo.InvariantCulture);
                if (!read)
                {
                    string what = "reads " + number + ", which no " + defaultCulture + " text of it reads: the typed method, whose parameters come from the "
                        + defaultCulture + " texts, renders it as (null); TryFormat(id, culture, inserts, out message) renders it from the inserts";
                    sink.Report(SstpDiagnostics.TranslationInsertDiffers, draft.IdSpan, culture, MessageIdText.Format(draft.Id), what);
                }
                else if (argument <= newest.ArgumentCount && newest.ReadArguments.Contains(argument) && translation.TypeOf(argument) != newest.TypeOf(argument))
                {
                    string what = "reads " + number + " as " + translation.TypeOf(argument).Describe() + " where the " + defaultCulture + " text reads it as "
                        + newest.TypeOf(argument).Describe() + ": the typed method passes its numbers to this text as their invariant text, which it reads right";
                    sink.Report(SstpDiagnostics.TranslationInsertDiffers, draft.IdSpan, culture, MessageIdText.Format(draft.Id), what);
                }
            }
        }
    }
}
