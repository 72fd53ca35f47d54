using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SstpGen.Benchmarks;

/// <summary>
/// A generator that does no work of its own: on the same AdditionalFiles, it writes SstpGen's output, prepared
/// beforehand as lines, into a StringBuilder and adds it to the compilation. Its cost is the least that any
/// generator emitting that much code pays, whatever it does to work the code out.
/// </summary>
internal sealed class OutputCopyGenerator(IReadOnlyList<(string HintName, string[] Lines)> output) : IIncrementalGenerator
{
    public static OutputCopyGenerator Of(GeneratorDriver ranSstpGen) =>
        new(ranSstpGen.GetRunResult().Results
            .SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString().Split('\n')))
            .ToList());

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<int> tables = context.AdditionalTextsProvider.Collect().Select((texts, _) => texts.Length);
        context.RegisterSourceOutput(tables, (production, _) =>
        {
            foreach ((string hintName, string[] lines) in output)
            {
                var text = new StringBuilder(lines[0]);
                for (int i = 1; i < lines.Length; i++)
                {
                    text.Append('\n').Append(lines[i]);
                }

                production.AddSource(hintName, SourceText.From(text.ToString(), Encoding.UTF8));
            }
        });
    }
}
