using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
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
    /// Turns each markdown message table listed as an AdditionalFile into typed C#: the event-id enum, the
    /// Windows-version enum, and the messages class. Pipeline: read the file and its options (Input) → parse
    /// it into an equatable model with diagnostics (Parse) → gather all tables (Collect) → emit.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SstpGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<TableInput> inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, cancellationToken) => ReadInput(pair.Left, pair.Right, cancellationToken))
                .Where(input => input is not null)
                .Select((input, _) => input!)
                .WithTrackingName(TrackingNames.Input);

            IncrementalValueProvider<ImmutableArray<ParseResult>> tables = inputs
                .Select((input, cancellationToken) => Parse(input, cancellationToken))
                .WithTrackingName(TrackingNames.Parse)
                .Collect()
                .WithTrackingName(TrackingNames.Collect);

            // Recomputed on every edit, but a bool: unless the target framework changes, emitting stays cached.
            IncrementalValueProvider<bool> canCreateStrings = context.CompilationProvider
                .Select((compilation, _) => CanCreateStrings(compilation))
                .WithTrackingName(TrackingNames.TargetFramework);

            context.RegisterSourceOutput(tables.Combine(canCreateStrings), (production, pair) => Emit(production, pair.Left, pair.Right));
        }

        /// <summary>Whether generated code can write into the string it returns (<c>string.Create</c>, .NET Core 2.1 and later).</summary>
        private static bool CanCreateStrings(Compilation compilation) =>
            compilation.GetSpecialType(SpecialType.System_String).GetMembers("Create").Any()
            && compilation.GetTypeByMetadataName("System.MemoryExtensions") is not null;

        private static TableInput? ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            AnalyzerConfigOptions itemOptions = options.GetOptions(file);
            if (!TableOptionsReader.IsMessageTable(file.Path, itemOptions))
            {
                return null;
            }

            var optionDiagnostics = new List<DiagnosticInfo>();
            TableOptions tableOptions = TableOptionsReader.Read(file.Path, itemOptions, options.GlobalOptions, optionDiagnostics);
            string content = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
            return new TableInput(file.Path, TableOptionsReader.HintName(tableOptions), content, tableOptions, optionDiagnostics.ToEquatableArray());
        }

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

        private static void Emit(SourceProductionContext context, ImmutableArray<ParseResult> results, bool canCreateStrings)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (ParseResult result in results.OrderBy(r => r.Table?.HintName, StringComparer.Ordinal).ThenBy(r => r.Path, StringComparer.Ordinal))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (DiagnosticInfo diagnostic in result.Diagnostics)
                {
                    context.ReportDiagnostic(diagnostic.ToDiagnostic());
                }

                if (result.Table is not { } table)
                {
                    continue;
                }

                string path = result.Path;
                if (owners.TryGetValue(table.HintName, out string? owner))
                {
                    string types = $"'{table.HintName}'";
                    context.ReportDiagnostic(Diagnostic.Create(SstpDiagnostics.DuplicateTypeNames, Location.Create(path, default, default), types, Path.GetFileName(owner)));
                    continue;
                }

                owners.Add(table.HintName, path);
                try
                {
                    EmitTable(context, table, canCreateStrings);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    context.ReportDiagnostic(Failure(path, exception).ToDiagnostic());
                }
            }
        }

        private static void EmitTable(SourceProductionContext context, MessageTableModel table, bool canCreateStrings)
        {
            var emit = new EmitContext(table, canCreateStrings, context.CancellationToken);
            string prefix = table.Options.Namespace is null ? string.Empty : table.Options.Namespace + ".";
            Add(context, prefix + table.Options.EnumName, EventIdEnumEmitter.Emit(emit));
            Add(context, prefix + table.Options.VersionEnumName, WindowsVersionEnumEmitter.Emit(emit));
            Add(context, prefix + table.Options.ClassName, MessagesClassEmitter.Emit(emit));
            Add(context, prefix + table.Options.ClassName + ".Lookup", LookupEmitter.Emit(emit));
        }

        private static void Add(SourceProductionContext context, string hintName, string source) =>
            context.AddSource(hintName + ".g.cs", SourceText.From(source, Encoding.UTF8));

        private static DiagnosticInfo Failure(string path, Exception exception) =>
            new(SstpDiagnostics.GeneratorFailure.Id, path, default, default,
                ImmutableArray.Create(exception.GetType().Name, exception.Message).ToEquatableArray());
    }
}
