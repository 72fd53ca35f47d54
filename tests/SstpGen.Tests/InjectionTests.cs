using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// Table content written to break out of string literals, comments and XML docs, or to shadow generated
/// members: the output compiles, every format method returns the text unchanged, and every name is a valid
/// identifier that collides with nothing.
/// </summary>
public class InjectionTests
{
    /// <summary>Message texts (no FormatMessage sequences in them, so each renders as written plus CRLF).</summary>
    public static readonly string[] HostileTexts =
    {
        "Quote \" and backslash \\ and \\\" together",
        "Braces {0} {{ }} and interpolation {DateTime.Now}",
        "Comment end */ and start /* and line // comment",
        "</summary><remarks>injected</remarks> <![CDATA[ raw ]]> &amp; <b>bold</b> <see cref=\"System.Object\"/>",
        "#if DEBUG and #endregion and #pragma warning disable",
        "@\"verbatim\" and \"\"\"raw\"\"\" and $\"{interpolated}\"",
        "Separators \u2028 line, \u2029 paragraph, \u0085 next line",
        "NUL \0 in the middle",
        "Lone surrogates \uD800 and \uDC00 and reversed \uDC00\uD800",
        "Right-to-left override \u202E gnirts and \u2066isolate\u2069",
        "Zero width \u200B space and BOM \uFEFF inside",
        "A pair \uD83D\uDE00 stays a pair",
    };

    /// <summary>Symbolic names that must not break the build: each is either used as written or reported and replaced.</summary>
    public static readonly string[] HostileNames =
    {
        "class", "9lives", "@class", "Alpha", "alpha", "Ünïcödé", "名前", "Ids", "Templates", "Manifest", "value__",
        "SstpEventId", "SstpMessages", "ToString", "GetHashCode", "Format", "TryFormat", "LatestVersion", "ModuleName", "_", "Core", "Data",
    };

    [Fact]
    public void Hostile_text_compiles_and_renders_unchanged()
    {
        var rows = HostileTexts.Select((text, i) => $"0x{i + 1:x8} | {text.Replace("\r", "\\r").Replace("\n", "\\n")}\\r\\n");
        Type messages = Compile(Table(rows), out _);

        MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), typeof(string[]), typeof(string).MakeByRefType()])!;
        for (int i = 0; i < HostileTexts.Length; i++)
        {
            Assert.Equal(HostileTexts[i] + "\r\n", Invoke(tryFormat, (uint)(i + 1)));
        }
    }

    [Fact]
    public void Hostile_text_in_a_message_compiler_source_compiles_and_renders_unchanged()
    {
        // A .mc text is stored as written, each line followed by CR LF: nothing in it is an escape for the compiler.
        var source = new StringBuilder();
        for (int i = 0; i < HostileTexts.Length; i++)
        {
            source.Append("MessageId=").Append(i + 1).Append("\nLanguage=English\n").Append(HostileTexts[i]).Append("\n.\n");
        }

        Type messages = Compile("/t/inject.mc", source.ToString(), out _);
        MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), typeof(string[]), typeof(string).MakeByRefType()])!;
        for (int i = 0; i < HostileTexts.Length; i++)
        {
            Assert.Equal(HostileTexts[i] + "\r\n", Invoke(tryFormat, (uint)(i + 1)));
        }
    }

    [Fact]
    public void Summaries_cut_to_their_start_never_split_an_escape()
    {
        // The enum's and Ids' summaries show the first 100 characters: put every kind of escaped or paired
        // character across that cut. The compilation checks doc comments (DocumentationMode.Diagnose).
        string[] pieces = ["<", ">", "&", "\uD83D\uDE00", "\u0085", "\u202E", "\\"];
        var rows = new List<string>();
        foreach (string piece in pieces)
        {
            for (int before = 88; before <= 101; before++)
            {
                string text = "0x" + (rows.Count + 1).ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + " | " + new string('a', before) + piece + " and more words after the cut";
                rows.Add(text + "\\r\\n");
            }
        }

        Compile(Table(rows), out _);
    }

    [Fact]
    public void Hostile_inserts_are_copied_as_they_are()
    {
        Type messages = Compile(Table(["0x00000001 | Before %1 after\\r\\n"]), out _);
        MethodInfo format = messages.GetMethods().Single(m => m.Name.StartsWith("Format", StringComparison.Ordinal) && m.Name != "Format" && m.GetParameters().Length == 1);
        foreach (string insert in HostileTexts)
        {
            Assert.Equal("Before " + insert + " after\r\n", format.Invoke(null, [insert]));
        }
    }

    [Fact]
    public void Hostile_symbolic_names_compile_to_valid_distinct_identifiers()
    {
        var rows = HostileNames.Select((name, i) => $"0x{i + 1:x8} | Message {i + 1}.\\r\\n | {name}");
        Type messages = Compile(Table(rows, withNames: true), out ImmutableDiagnostics diagnostics);

        Type ids = messages.GetNestedType("Ids")!;
        List<FieldInfo> fields = ids.GetFields().ToList();
        Assert.Equal(HostileNames.Length, fields.Count);
        Assert.Equal(fields.Count, fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(fields, f => Assert.True(SyntaxFacts.IsValidIdentifier(f.Name), f.Name));

        // Names C# accepts and nothing generated uses in the scopes where the name goes are kept as written
        // ("Manifest" and "Data" are nested classes of the messages class, not members of Ids, of the enum or of Templates).
        foreach (string kept in new[] { "Alpha", "alpha", "Ünïcödé", "名前", "_", "SstpMessages", "Format", "TryFormat", "LatestVersion", "ModuleName", "Manifest", "Core", "Data" })
        {
            Assert.Equal((uint)(Array.IndexOf(HostileNames, kept) + 1), (uint)ids.GetField(kept)!.GetValue(null)!);
        }

        // The others are reported on their row, never silently renamed.
        foreach (string rejected in new[] { "class", "9lives", "@class", "value__", "Ids", "Templates", "SstpEventId", "ToString", "GetHashCode" })
        {
            Assert.Contains(diagnostics.Items, d => d.Id is "SSTP012" or "SSTP017" && d.GetMessage().Contains("'" + rejected + "'", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Hostile_symbolic_names_of_a_message_compiler_source_compile_to_valid_distinct_identifiers()
    {
        // C identifiers mc.exe accepts whose C# names are keywords, generated or inherited members, the generated types'
        // own names, or each other's (ALPHA and Alpha, A_B and A__B).
        string[] names = ["CLASS", "class", "IDS", "TEMPLATES", "TO_STRING", "GET_HASH_CODE", "VALUE__", "SSTP_EVENT_ID", "SSTP_MESSAGES", "ALPHA", "Alpha", "A_B", "A__B", "_", "__", "DATA", "MANIFEST", "SEVERITIES", "FACILITIES"];
        string source = string.Concat(names.Select((name, i) => $"MessageId={i + 1} SymbolicName={name}\nLanguage=English\nMessage {i + 1}.\n.\n"));
        Type messages = Compile("/t/inject.mc", source, out _);

        List<FieldInfo> fields = messages.GetNestedType("Ids")!.GetFields().ToList();
        Assert.Equal(names.Length, fields.Count);
        Assert.Equal(fields.Count, fields.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(fields, f => Assert.True(SyntaxFacts.IsValidIdentifier(f.Name), f.Name));
    }

    private static string Table(IEnumerable<string> rows, bool withNames = false) =>
        "## inject.dll\n\n### 10.0.19041.1\n\n"
        + (withNames ? "Message identifier | Message string | Symbolic name\n--- | --- | ---\n" : "Message identifier | Message string\n--- | ---\n")
        + string.Join("\n", rows) + "\n";

    private static string? Invoke(MethodInfo tryFormat, uint id)
    {
        object?[] arguments = [id, Array.Empty<string?>(), null];
        return (bool)tryFormat.Invoke(null, arguments)! ? (string?)arguments[2] : null;
    }

    /// <summary>Generates from the table's text as a string (so lone surrogates reach the generator, as from an editor buffer), compiles and loads it.</summary>
    private static Type Compile(string table, out ImmutableDiagnostics diagnostics) => Compile("/t/inject.md", table, out diagnostics);

    private static Type Compile(string path, string table, out ImmutableDiagnostics diagnostics)
    {
        var text = new StringAdditionalText(path, table);
        GeneratorDriver driver = GeneratorHarness.CreateDriver([text], new Dictionary<string, IReadOnlyDictionary<string, string>>());
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Consumer("class Unrelated { }"), out Compilation output, out _);
        GeneratorDriverRunResult result = driver.GetRunResult();
        Assert.Null(result.Results.Single().Exception);
        string[] problems = GeneratorHarness.CompileDiagnostics(output).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(8)));
        diagnostics = new ImmutableDiagnostics(result.Diagnostics.ToList());

        // A lone surrogate would not survive the file being written as UTF-8 (EmitCompilerGeneratedFiles).
        foreach (SyntaxTree tree in result.GeneratedTrees)
        {
            string source = tree.ToString();
            for (int i = 0; i < source.Length; i++)
            {
                if (char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    i++;
                    continue;
                }

                Assert.False(char.IsSurrogate(source[i]), $"{tree.FilePath} has a lone surrogate at {i}.");
            }
        }

        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream).GetType("Consumer.SstpMessages", throwOnError: true)!;
    }

    internal sealed record ImmutableDiagnostics(IReadOnlyList<Diagnostic> Items);

    private sealed class StringAdditionalText(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }
}
