using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Parsing.MessageCompiler
{
    /// <summary>
    /// Turns one Message Compiler source into the same <see cref="MessageTableModel"/> a markdown table becomes: one
    /// table without Windows versions whose texts are the default language's, through the steps every input form shares
    /// (<see cref="MessageDrafts"/>, <see cref="TableNamer"/>). The default language is English (LANGID 0x409) where the
    /// file has English texts, else the language of its first text; each other language's texts are its messages'
    /// translations (<see cref="Translations"/>), named by the culture of their LANGID (<see cref="WindowsLanguages"/>).
    /// </summary>
    internal static class MessageCompilerTableParser
    {
        public const int English = 0x409;

        public static ParseResult Parse(TableInput input, CancellationToken cancellationToken, int methodsPerType = CodeLimits.MethodsPerType)
        {
            var lines = new TextLines(input.Content);
            var sink = new DiagnosticSink(input.Path, lines);
            MessageCompilerDocument document = MessageCompilerReader.Read(lines, sink, input.CustomerBit, cancellationToken);
            List<LanguageModel> languages = LanguagesDefaultFirst(document);
            int defaultLangId = languages[0].LangId;
            var table = new RawTable();
            var messages = new Dictionary<uint, CompilerMessage>();
            foreach (CompilerMessage message in document.Messages)
            {
                CompilerText? text = TextIn(message, defaultLangId);
                if (text is null)
                {
                    sink.Report(SstpDiagnostics.MessageWithoutText, new TextSpan(message.Start, "MessageId".Length),
                        MessageIdText.Format(message.Id), languages[0].Name);
                    continue;
                }

                table.Rows.Add(new RawRow(message.Id, text.Stored, message.NamePin, new TextSpan(message.Start, "MessageId".Length), text.Lines));
                messages[message.Id] = message;
            }

            var templates = new List<ParsedTemplate>();
            List<MessageDraft> drafts = MessageDrafts.FromRows(new List<RawTable> { table }, templates, sink, cancellationToken);
            var generated = new HashSet<uint>();
            foreach (MessageDraft draft in drafts)
            {
                draft.SourceSymbol = messages[draft.Id].Symbol;
                generated.Add(draft.Id);
            }

            var cultures = new List<string> { WindowsLanguages.CultureName(defaultLangId) };
            for (int language = 1; language < languages.Count; language++)
            {
                // The same steps as the default language's texts: each text parsed (its problems located in the file), then
                // joined to its message. A message whose default text is left out (reported there) has no translation either.
                var translated = new RawTable();
                foreach (CompilerMessage message in document.Messages)
                {
                    if (generated.Contains(message.Id) && TextIn(message, languages[language].LangId) is { } text)
                    {
                        translated.Rows.Add(new RawRow(message.Id, text.Stored, null, new TextSpan(message.Start, "MessageId".Length), text.Lines));
                    }
                }

                string culture = WindowsLanguages.CultureName(languages[language].LangId);
                List<MessageDraft> translations = MessageDrafts.FromRows(new List<RawTable> { translated }, templates, sink, cancellationToken);
                if (Translations.Attach(drafts, translations, cultures.Count, culture, cultures[0], System.IO.Path.GetFileName(input.Path), table => new[] { table }, templates, sink) > 0)
                {
                    cultures.Add(culture);
                }
            }

            var (versions, named) = TableNamer.Name(drafts, templates, new List<FileVersion>(), input.Options, sink, methodsPerType, cancellationToken);
            var facts = new MessageCompilerFacts(
                CommonTypedef(document.Messages),
                TableNamer.NameDeclared(Declared(document.Severities), GeneratedNames.Severities),
                TableNamer.NameDeclared(Declared(document.Facilities), GeneratedNames.Facilities),
                languages.ToEquatableArray());
            var model = new MessageTableModel(
                input.HintName,
                input.Options,
                System.IO.Path.GetFileName(input.Path),
                ModulePath: null,
                TableCount: 1,
                versions,
                templates.ToEquatableArray(),
                named,
                cultures.ToEquatableArray(),
                facts);
            return new ParseResult(input.Path, model, sink.ToEquatableArray());
        }

        private static CompilerText? TextIn(CompilerMessage message, int langId)
        {
            foreach (CompilerText text in message.Texts)
            {
                if (text.LangId == langId)
                {
                    return text;
                }
            }

            return null;
        }

        /// <summary>The languages that have texts: English first where there are English texts, else the first one used; then in the order they appear.</summary>
        private static List<LanguageModel> LanguagesDefaultFirst(MessageCompilerDocument document)
        {
            var languages = new List<LanguageModel>();
            foreach (var used in document.TextLanguages)
            {
                CompilerName declared = document.Languages.Find(used.Name)!;
                var language = new LanguageModel(declared.Name, used.LangId, declared.HeaderSymbol ?? string.Empty);
                languages.Insert(used.LangId == English ? 0 : languages.Count, language);
            }

            if (languages.Count == 0)
            {
                CompilerName english = document.Languages.Find("English") ?? new CompilerName("English", English, "MSG00001");
                languages.Add(new LanguageModel(english.Name, (int)english.Value, english.HeaderSymbol ?? string.Empty));
            }

            return languages;
        }

        /// <summary>The typedef every message's identifier is cast to in mc.exe's header, when one holds for all of them.</summary>
        private static string? CommonTypedef(List<CompilerMessage> messages)
        {
            string? typedef = messages.Count == 0 ? null : messages[0].Typedef;
            foreach (CompilerMessage message in messages)
            {
                typedef = message.Typedef == typedef ? typedef : null;
            }

            return typedef;
        }

        private static List<(string Name, uint Value, string? HeaderSymbol)> Declared(CompilerNameSet names)
        {
            var declared = new List<(string, uint, string?)>();
            foreach (CompilerName name in names.All)
            {
                declared.Add((name.Name, name.Value, name.HeaderSymbol));
            }

            return declared;
        }
    }
}
