using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SstpGen.Diagnostics
{
    /// <summary>Every diagnostic SstpGen reports. README.md documents each id with its cause and fix.</summary>
    internal static class SstpDiagnostics
    {
        private const string Category = "SstpGen";

        public static readonly DiagnosticDescriptor MissingModuleHeading = Error(
            "SSTP001", "Message table has no module heading",
            "The message table has no module heading; start the file with '## <module name>', e.g. '## sstpsvc.dll'");

        public static readonly DiagnosticDescriptor InvalidVersionHeading = Error(
            "SSTP002", "Invalid version heading",
            "'{0}' is not a four-part file version; a table heading lists versions like '### 6.1.7600.16385, 10.0.10586.0'");

        public static readonly DiagnosticDescriptor MissingTableHeader = Warning(
            "SSTP003", "Table has no header row",
            "The table has no header; put 'Message identifier | Message string' and '--- | ---' between the version heading and the first row");

        public static readonly DiagnosticDescriptor RowOutsideTable = Error(
            "SSTP004", "Message row outside a table",
            "This message row belongs to no table; put it under a '### <versions>' heading and its header rows, with no blank line in between");

        public static readonly DiagnosticDescriptor InvalidMessageRow = Error(
            "SSTP005", "Invalid message row",
            "Invalid message row: {0}; a row is '0x' and 8 lower-case hex digits, ' | ', then the message string");

        public static readonly DiagnosticDescriptor DuplicateMessageId = Error(
            "SSTP006", "Duplicate message identifier",
            "Message identifier {0} already appears on line {1} of this table; remove one of the rows");

        public static readonly DiagnosticDescriptor UnexpectedLine = Warning(
            "SSTP007", "Line is not part of the message-table layout",
            "This line is ignored: {0}");

        public static readonly DiagnosticDescriptor InvalidTemplate = Error(
            "SSTP008", "Invalid message template",
            "Message {0} is not a valid FormatMessage template and is skipped: {1}");

        // Facts about data Windows ships (the user cannot change it) whose output is what Windows renders: visible
        // in the IDE and at detailed verbosity, never breaking a TreatWarningsAsErrors build.
        public static readonly DiagnosticDescriptor InsertNumberTruncated = Info(
            "SSTP009", "Insert number above %99",
            "FormatMessage reads at most two digits, so this is insert %{0} followed by the text '{1}'; inserts go up to %99");

        public static readonly DiagnosticDescriptor EscapedPercentBeforeDigit = Info(
            "SSTP010", "Escaped percent sign before a digit",
            "'%{0}' renders as the literal text '{0}', not as an insert; if an insert is meant, write '{0}' instead");

        public static readonly DiagnosticDescriptor NameCollision = Error(
            "SSTP011", "Member name already used",
            "The symbolic name '{0}' of message {1} is already used by message {2}, so '{3}' is used instead; pick another name in the 'Symbolic name' column (a .mc file's SymbolicName=)");

        public static readonly DiagnosticDescriptor InvalidSymbolicName = Error(
            "SSTP012", "Invalid symbolic name",
            "'{0}' is not a valid C# identifier, so '{1}' is used instead; a symbolic name starts with a letter or '_', holds only letters, digits and '_', and has at most 200 characters");

        public static readonly DiagnosticDescriptor InvalidOption = Error(
            "SSTP013", "Invalid option",
            "The value '{1}' of the '{0}' metadata of this AdditionalFiles item is invalid: {2}");

        public static readonly DiagnosticDescriptor DuplicateFileVersion = Error(
            "SSTP014", "File version listed twice",
            "File version {0} already heads the table on line {1}; a version belongs to one table, remove it from one heading");

        public static readonly DiagnosticDescriptor DuplicateTypeNames = Error(
            "SSTP015", "Two message tables generate the same types",
            "This table would generate {0}, like the table '{1}'; give one of the AdditionalFiles items its own 'ClassName', 'EnumName' and 'VersionEnumName' (or 'Namespace') metadata");

        public static readonly DiagnosticDescriptor ConflictingInsertTypes = Info(
            "SSTP016", "Insert read as two types",
            "Insert %{0} is read here as {1} but earlier in the message as {2}; no C# type holds both, so the typed format method takes it as a string. Use one kind of conversion for %{0} (e.g. '!d!' and '!x!' both read an integer).");

        public static readonly DiagnosticDescriptor ReservedSymbolicName = Error(
            "SSTP017", "Symbolic name used by the generated code",
            "The symbolic name '{0}' is a name the generated code uses itself (a nested type or member of the messages class, a member every object has, or a generated type's name), so '{1}' is used instead; pick another name in the 'Symbolic name' column (a .mc file's SymbolicName=)");

        public static readonly DiagnosticDescriptor InvalidInsertName = Error(
            "SSTP018", "Insert name cannot be used",
            "The insert name '{0}' for %{1} of message {2} cannot be used: {3}; fix the 'Insert names' column");

        public static readonly DiagnosticDescriptor TypedMethodsLeftOut = Info(
            "SSTP019", "Table too big for a typed method per event",
            "{0} events, from message {1} on, get no typed format method: a .NET type holds at most {3} methods, which leaves room for the typed methods of the first {2} events. Every message still renders by identifier (Format(id, inserts), TryFormat).");

        // A Message Compiler source (.mc) that mc.exe would not compile as written.
        public static readonly DiagnosticDescriptor CompilerSyntax = Error(
            "SSTP020", "Statement the Message Compiler cannot read",
            "{0}, so it is ignored; {1}");

        public static readonly DiagnosticDescriptor UndeclaredName = Error(
            "SSTP021", "Name not declared in the Message Compiler source",
            "{0} '{1}' is not declared, so what uses it is left out; declare it in {2} or use one of: {3}");

        public static readonly DiagnosticDescriptor InvalidCompilerValue = Error(
            "SSTP022", "Invalid value in the Message Compiler source",
            "The {0} value '{1}' is invalid: {2}");

        public static readonly DiagnosticDescriptor UnterminatedText = Error(
            "SSTP023", "Message text has no end",
            "The text of the message {0} has no line holding only '.', so the file ends inside it and the text is left out; end it with a line holding only '.'");

        public static readonly DiagnosticDescriptor DuplicateMessageText = Error(
            "SSTP024", "Message defined twice",
            "Message {0} already has a text in {1} (line {2}), so this one is left out; give one of them another MessageId, Severity or Facility");

        public static readonly DiagnosticDescriptor MessageWithoutText = Error(
            "SSTP025", "Message without text",
            "The message {0} has no text, so it is left out; add 'Language={1}', its text, and a line holding only '.'");

        public static readonly DiagnosticDescriptor WineOnlyFacility = Warning(
            "SSTP026", "Facility only Wine's message compiler knows",
            "Facility '{0}' is built into Wine's message compiler (wmc) as {1} but not into mc.exe, which would reject it; {1} is used. Declare it for mc.exe: FacilityNames=({0}={1})");

        public static readonly DiagnosticDescriptor UndecodableText = Error(
            "SSTP028", "Text the compiler could not decode",
            "The {1} text of message {0} holds bytes the compiler could not decode, so it is left out: the file is neither UTF-8 nor UTF-16 with a byte-order mark, and mc.exe would read it in an ANSI code page. Save it as UTF-16 (what mc -u reads) or UTF-8 with a byte-order mark, or set the project's CodePage property to its code page (e.g. <CodePage>1252</CodePage>).");

        public static readonly DiagnosticDescriptor SatelliteWithoutTable = Warning(
            "SSTP029", "Satellite table without its table",
            "'{0}' is named as the {1} table of '{2}', which is not among the AdditionalFiles, so it is not used; add '{2}' beside it, or give this file's item a Language option (Language=\"{1}\") to make it a table of its own");

        public static readonly DiagnosticDescriptor SatelliteModuleDiffers = Warning(
            "SSTP030", "Satellite table of another module",
            "This {0} table is of module '{1}' but its table '{2}' is of '{3}', so it is not used; a satellite holds the same module's messages in another language");

        public static readonly DiagnosticDescriptor TranslationWithoutMessage = Warning(
            "SSTP031", "Translation of a message the table lacks",
            "Message {0} has a {1} text but {2} does not define it, so it is left out; the default language defines every message: add it there, or remove it here");

        public static readonly DiagnosticDescriptor TranslationInsertDiffers = Info(
            "SSTP032", "Translation reads its inserts otherwise",
            "The {0} text of message {1} {2}");

        public static readonly DiagnosticDescriptor SatelliteVersionsUnknown = Warning(
            "SSTP033", "Satellite table of versions its table lacks",
            "No file version of this {0} table ({1}) is one '{2}' lists, so its texts are not used; list them in '{2}' too, or head this table with the version they belong to");

        public static readonly DiagnosticDescriptor SatelliteLanguageTaken = Warning(
            "SSTP034", "Satellite table of a language its table already has",
            "This {0} table is not used: '{1}' already has {0} texts ({2}); name it after another culture, or remove it");

        public static readonly DiagnosticDescriptor GeneratorFailure = Error(
            "SSTP999", "SstpGen failed on this table",
            "SstpGen could not process this table ({0}: {1}); please report it with the table attached");

        private static readonly DiagnosticDescriptor[] s_all =
        {
            MissingModuleHeading, InvalidVersionHeading, MissingTableHeader, RowOutsideTable, InvalidMessageRow,
            DuplicateMessageId, UnexpectedLine, InvalidTemplate, InsertNumberTruncated, EscapedPercentBeforeDigit,
            NameCollision, InvalidSymbolicName, InvalidOption, DuplicateFileVersion, DuplicateTypeNames,
            ConflictingInsertTypes, ReservedSymbolicName, InvalidInsertName, TypedMethodsLeftOut, CompilerSyntax,
            UndeclaredName, InvalidCompilerValue, UnterminatedText, DuplicateMessageText, MessageWithoutText, WineOnlyFacility,
            UndecodableText, SatelliteWithoutTable, SatelliteModuleDiffers, TranslationWithoutMessage, TranslationInsertDiffers,
            SatelliteVersionsUnknown, SatelliteLanguageTaken, GeneratorFailure,
        };

        public static DiagnosticDescriptor ById(string id)
        {
            foreach (DiagnosticDescriptor descriptor in s_all)
            {
                if (descriptor.Id == id)
                {
                    return descriptor;
                }
            }

            throw new KeyNotFoundException(id);
        }

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            Create(id, title, message, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Info(string id, string title, string message) =>
            Create(id, title, message, DiagnosticSeverity.Info);

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            Create(id, title, message, DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
            new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink(id));

        /// <summary>The README section of a diagnostic: <c>…/README.md#sstp001</c>.</summary>
        private static string? HelpLink(string id) =>
            GeneratorInfo.HelpLinkBase is { } readme ? readme + "#" + id.ToLowerInvariant() : null;
    }
}
