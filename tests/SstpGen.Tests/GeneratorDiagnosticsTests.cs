using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>Bad input: each problem gets its own diagnostic at the exact line and column, and every valid row is still emitted.</summary>
public class GeneratorDiagnosticsTests
{
    private static readonly string MalformedPath = Path.Combine(AppContext.BaseDirectory, "Tables", "malformed.md");

    [Fact]
    public void Malformed_table_reports_each_problem_at_its_line_and_column()
    {
        var (result, _) = GeneratorHarness.Run(TableFile.FromText(MalformedPath, File.ReadAllText(MalformedPath)));
        Snapshot.Verify("malformed.diagnostics", DiagnosticText.Format(result.Diagnostics), "txt");
    }

    [Fact]
    public void Malformed_table_still_emits_every_valid_row_and_the_output_compiles_cleanly()
    {
        var (result, output) = GeneratorHarness.Run(TableFile.FromText(MalformedPath, File.ReadAllText(MalformedPath)));
        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
        string ids = result.Results.Single().GeneratedSources.Single(s => s.HintName == "Consumer.SstpMessages.g.cs").SourceText.ToString();
        foreach (string valid in new[] { "0x00000001", "0x00000004", "0x00000005", "0x00000006", "0x00000007", "0x00000008" })
        {
            Assert.Contains($"= {valid};", ids);
        }

        foreach (string skipped in new[] { "0x00000002", "0x00000003", "0x00000009" })
        {
            Assert.DoesNotContain($"= {skipped};", ids);
        }

        Assert.Contains("public const uint FirstPinned = 0x00000006;", ids);
    }

    [Fact]
    public void A_file_without_a_module_heading_is_reported_on_its_first_line()
    {
        var (result, _) = GeneratorHarness.Run(TableFile.FromText("/t/empty.md", "just text\n"));
        Assert.Equal(["SSTP007 (0,0)-(0,9)", "SSTP001 (0,0)-(0,9)"], result.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Span}").ToArray());
        Assert.All(result.Diagnostics, d => Assert.Equal("/t/empty.md", d.Location.GetLineSpan().Path));
    }

    [Theory]
    [InlineData("Accessibility", "protected", "SSTP013")]
    [InlineData("ClassName", "class", "SSTP013")]
    [InlineData("Namespace", "My..Space", "SSTP013")]
    public void An_invalid_option_is_reported_never_ignored(string key, string value, string id)
    {
        var table = TableFile.FromText("/t/messages.md", File.ReadAllText(GeneratorHarness.MessagesMd), new System.Collections.Generic.Dictionary<string, string> { [key] = value });
        var (result, output) = GeneratorHarness.Run(table);
        Diagnostic diagnostic = Assert.Single(result.Diagnostics, d => d.Id == id);
        Assert.Contains($"'{value}' of the '{key}' metadata", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
    }

    [Fact]
    public void Two_tables_left_on_the_default_type_names_get_a_diagnostic_not_a_compile_error()
    {
        // Without the '%%2' row the tables have no diagnostics of their own: the location must still be the file.
        string content = string.Join('\n', File.ReadAllLines(GeneratorHarness.MessagesMd).Where(line => !line.StartsWith("0x00000021", StringComparison.Ordinal)));
        var (result, output) = GeneratorHarness.Run(TableFile.FromText("/t/a.md", content), TableFile.FromText("/t/b.md", content));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SSTP010");
        Diagnostic duplicate = Assert.Single(result.Diagnostics, d => d.Id == "SSTP015");
        Assert.Equal("/t/b.md", duplicate.Location.GetLineSpan().Path);
        Assert.Empty(GeneratorHarness.CompileDiagnostics(output));
    }

    public static TheoryData<string, string, string, string> ExactDiagnostics => new()
    {
        {
            "no module heading", "just text\n", "",
            "SSTP001 Error no-module-heading.md(1,1)-(1,10): The message table has no module heading; start the file with '## <module name>', e.g. '## sstpsvc.dll'\n"
            + "SSTP007 Warning no-module-heading.md(1,1)-(1,10): This line is ignored: it is neither a heading, a 'Path:' line, nor a table row"
        },
        { "reserved symbolic name", "## r.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string | Symbolic name\n--- | --- | ---\n0x00000001 | Text.\\r\\n | Templates\n", "",
            "SSTP017 Error reserved-symbolic-name.md(7,26)-(7,35): The symbolic name 'Templates' is a name the generated code uses itself (a nested type or member of the messages class, a member every object has, or a generated type's name), so 'Text' is used instead; pick another name in the 'Symbolic name' column (a .mc file's SymbolicName=)"
        },
        { "insert name that is not an identifier", "## r.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string | Insert names\n--- | --- | ---\n0x00000001 | Server: %1 port %2\\r\\n | server, 2nd\n", "",
            "SSTP018 Error insert-name-that-is-not-an-identifier.md(7,47)-(7,50): The insert name '2nd' for %2 of message 0x00000001 cannot be used: it is not a C# identifier of at most 200 characters; it is named after the text instead; fix the 'Insert names' column"
        },
        { "insert name for an insert the message lacks", "## r.dll\n\n### 1.0.0.0\n\nMessage identifier | Message string | Symbolic name | Insert names\n--- | --- | --- | ---\n0x00000001 | Server: %1\\r\\n | ServerStarted | host, port\n", "",
            "SSTP018 Error insert-name-for-an-insert-the-message-lacks.md(7,53)-(7,57): The insert name 'port' for %2 of message 0x00000001 cannot be used: the message has no insert %2; the name is not used; fix the 'Insert names' column"
        },
        {
            "invalid option", "## r.dll\n", "Accessibility=protected",
            "SSTP013 Error invalid-option.md(1,1)-(1,1): The value 'protected' of the 'Accessibility' metadata of this AdditionalFiles item is invalid: it must be 'public' or 'internal'"
        },
    };

    [Theory]
    [MemberData(nameof(ExactDiagnostics))]
    public void Each_diagnostic_says_where_and_how_to_fix_it(string what, string table, string option, string expected)
    {
        var metadata = new System.Collections.Generic.Dictionary<string, string>(TableFile.Marked);
        if (option.Length > 0)
        {
            metadata[option.Split('=')[0]] = option.Split('=')[1];
        }

        var (result, _) = GeneratorHarness.Run(TableFile.FromText("/t/" + what.Replace(' ', '-') + ".md", table, metadata));
        Assert.Equal(expected, DiagnosticText.Format(result.Diagnostics).Trim());
    }

    [Fact]
    public void A_bug_of_ours_becomes_SSTP999_on_the_table_instead_of_an_exception()
    {
        // A null content cannot come from the compiler: it stands in for any bug the parser might have.
        var options = new SstpGen.Model.TableOptions(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);
        var input = new SstpGen.Model.TableInput("/t/bug.md", "SstpMessages", null!, options, SstpGen.Model.EquatableArray<SstpGen.Model.DiagnosticInfo>.Empty);

        SstpGen.Model.ParseResult result = SstpGenerator.Parse(input, System.Threading.CancellationToken.None);

        Assert.Null(result.Table);
        Diagnostic failure = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Equal(
            "SSTP999 Error bug.md(1,1)-(1,1): SstpGen could not process this table (NullReferenceException: Object reference not set to an instance of an object.); please report it with the table attached\n",
            DiagnosticText.Format([failure]));
    }
}
