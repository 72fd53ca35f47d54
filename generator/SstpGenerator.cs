using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Diagnostics;
using SstpGen.Emitting;
using SstpGen.Model;
using SstpGen.Parsing;

namespace SstpGen
{
    /// <summary>
    /// Turns each message table listed as an AdditionalFile (the markdown layout, or a Message Compiler source) into
    /// typed C#: the event-id enum, the Windows-version enum (for a table of Windows versions), and the messages class. Pipeline, per table: read the file and its options (Input)
    /// → join its satellite tables, the same messages in other languages (Satellites) → parse it into an equatable model with diagnostics (Parse) → whether another table already claims its
    /// type names (Ownership, from the collected (type names, path) of every table: Claims) → emit. Editing one
    /// table re-emits only that table.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SstpGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<TableInput> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, cancellationToken) => ReadInput(pair.Left, pair.Right, cancellationToken))
                .Where(input => input is not null)
                .Select((input, _) => input!)
                .WithTrackingName(TrackingNames.Input);

            // A satellite table (messages.de-DE.md) joins its table: only its table's input changes when it is edited.
            IncrementalValueProvider<ImmutableArray<TableInput>> satellites = files
                .Where(file => file.SatelliteOf is not null)
                .Collect();
            IncrementalValuesProvider<TableInput> inputs = files
                .Where(file => file.SatelliteOf is null)
                .Combine(satellites)
                .Select((pair, _) => WithSatellites(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Satellites);
            IncrementalValuesProvider<DiagnosticInfo> orphans = files
                .Where(file => file.SatelliteOf is not null)
                .Combine(inputs.Select((input, _) => input.Path).Collect())
                .Select((pair, _) => pair.Right.Contains(pair.Left.SatelliteOf!) ? null : Orphan(pair.Left))
                .Where(diagnostic => diagnostic is not null)
                .Select((diagnostic, _) => diagnostic!);
            context.RegisterSourceOutput(orphans, (production, diagnostic) => production.ReportDiagnostic(diagnostic.ToDiagnostic()));

            IncrementalValuesProvider<ParseResult> tables = inputs
                .Select((input, cancellationToken) => Parse(input, cancellationToken))
                .WithTrackingName(TrackingNames.Parse);

            // Only the type names and paths are collected: a table's edit leaves this list equal, so no other table re-emits.
            IncrementalValueProvider<TypeClaims> claims = tables
                .Where(result => result.Table is not null)
                .Select((result, _) => new TypeClaim(TypeNamesOf(result.Table!), result.Path))
                .Collect()
                .Select((all, _) => new TypeClaims(all.ToEquatableArray()))
                .WithTrackingName(TrackingNames.Claims);

            IncrementalValuesProvider<TableOutput> outputs = tables
                .Combine(claims)
                .Select((pair, _) => new TableOutput(pair.Left, OwnerOf(pair.Left, pair.Right)))
                .WithTrackingName(TrackingNames.Ownership);

            context.RegisterSourceOutput(outputs, Emit);
        }

        private static TableInput? ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions itemOptions = options.GetOptions(file);
            TableMarking marking = TableOptionsReader.Marking(file.Path, itemOptions);
            if (marking == TableMarking.NotATable)
            {
                return null;
            }

            string content = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            if (content.Length > 0 && content[0] == '\uFEFF')
            {
                // Some hosts hand the text with its byte-order mark as a character: it is no content.
                content = content.Substring(1);
            }

            if (marking == TableMarking.IfItHasTheHeader && !Parsing.Markdown.MarkdownTableReader.HasTableHeader(content))
            {
                return null;    // a README or other markdown: not ours, left alone
            }

            var optionDiagnostics = new List<DiagnosticInfo>();
            if (!MessageTableParser.IsMessageCompilerSource(file.Path) && TableOptionsReader.SatelliteCulture(file.Path, itemOptions, out string? tablePath) is { } culture)
            {
                // The table's own item gives the options; the satellite brings its language's texts.
                return new TableInput(file.Path, string.Empty, content, DefaultOptions, EquatableArray<DiagnosticInfo>.Empty, Language: culture, SatelliteOf: tablePath);
            }

            TableOptions tableOptions = TableOptionsReader.Read(file.Path, itemOptions, options.GlobalOptions, optionDiagnostics);
            bool customerBit = TableOptionsReader.ReadCustomerBit(file.Path, itemOptions, optionDiagnostics);
            string language = TableOptionsReader.ReadLanguage(file.Path, itemOptions, optionDiagnostics) ?? TableInput.DefaultLanguage;
            return new TableInput(file.Path, TableOptionsReader.HintName(tableOptions), content, tableOptions, optionDiagnostics.ToEquatableArray(), customerBit, language);
        }

        private static readonly TableOptions DefaultOptions = new(null, TableOptionsReader.DefaultEnumName, TableOptionsReader.DefaultClassName, TableOptionsReader.DefaultVersionEnumName, IsPublic: true);

        /// <summary>The table with its satellites, ordered by culture then path (ordinal), so that the languages' order does not depend on the files' order.</summary>
        private static TableInput WithSatellites(TableInput table, ImmutableArray<TableInput> satellites)
        {
            var own = new List<SatelliteInput>();
            foreach (TableInput satellite in satellites)
            {
                if (satellite.SatelliteOf == table.Path)
                {
                    own.Add(new SatelliteInput(satellite.Path, satellite.Language, satellite.Content));
                }
            }

            if (own.Count == 0)
            {
                return table;
            }

            own.Sort((a, b) => string.CompareOrdinal(a.Culture, b.Culture) is var culture and not 0 ? culture : string.CompareOrdinal(a.Path, b.Path));
            return table with { Satellites = own.ToEquatableArray() };
        }

        private static DiagnosticInfo Orphan(TableInput satellite) =>
            new(SstpDiagnostics.SatelliteWithoutTable.Id, satellite.Path, default, default,
                ImmutableArray.Create(Path.GetFileName(satellite.Path), satellite.Language, Path.GetFileName(satellite.SatelliteOf!)).ToEquatableArray());

        internal static ParseResult Parse(TableInput input, CancellationToken cancellationToken)
        {
            try
            {
                ParseResult result = MessageTableParser.Parse(input, cancellationToken);
                return result with { Diagnostics = input.OptionDiagnostics.Concat(result.Diagnostics).ToEquatableArray() };
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A bug of ours must not take the whole build down (CS8785 would drop every table's output).
                return new ParseResult(input.Path, null, ImmutableArray.Create(Failure(input.Path, exception)).ToEquatableArray());
            }
        }

        /// <summary>
        /// The path of the table that owns one of this table's type names when it is another one, and that name: of the
        /// tables that share a name, the first by path (ordinal, so the choice is the same whatever the culture or file order).
        /// </summary>
        private static (string Path, string TypeName)? OwnerOf(ParseResult result, TypeClaims claims)
        {
            if (result.Table is not { } table)
            {
                return null;
            }

            (string Path, string TypeName)? owner = null;
            EquatableArray<string> names = TypeNamesOf(table);
            foreach (TypeClaim claim in claims.All)
            {
                foreach (string name in claim.TypeNames)
                {
                    if (names.Contains(name) && string.CompareOrdinal(claim.Path, owner?.Path ?? result.Path) < 0)
                    {
                        owner = (claim.Path, name);
                    }
                }
            }

            return owner;
        }

        /// <summary>The full names of the types a table generates: its files are named after them, so two tables must not share one.</summary>
        private static EquatableArray<string> TypeNamesOf(MessageTableModel table)
        {
            string prefix = table.Options.Namespace is null ? string.Empty : table.Options.Namespace + ".";
            var names = new List<string> { prefix + table.Options.ClassName, prefix + table.Options.EnumName };
            if (table.HasWindowsVersions)
            {
                names.Add(prefix + table.Options.VersionEnumName);
            }

            return names.ToEquatableArray();
        }

        private static void Emit(SourceProductionContext context, TableOutput output)
        {
            ParseResult result = output.Result;
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (result.Table is not { } table)
            {
                return;
            }

            if (output.Owner is { } owner)
            {
                context.ReportDiagnostic(Diagnostic.Create(SstpDiagnostics.DuplicateTypeNames, Location.Create(result.Path, default, default), $"'{owner.TypeName}'", Path.GetFileName(owner.Path)));
                return;
            }

            try
            {
                foreach ((string hintName, SourceText source) in TableEmitter.Emit(table, context.CancellationToken))
                {
                    context.AddSource(hintName, source);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.ReportDiagnostic(Failure(result.Path, exception).ToDiagnostic());
            }
        }

        private static DiagnosticInfo Failure(string path, Exception exception) =>
            new(SstpDiagnostics.GeneratorFailure.Id, path, default, default,
                ImmutableArray.Create(exception.GetType().Name, exception.Message).ToEquatableArray());
    }
}
