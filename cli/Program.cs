using System;
using System.CommandLine;
using System.IO;

namespace SstpGen.Cli;

/// <summary>The <c>sstpgen</c> command line; <see cref="Run"/> is what the tests call.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("file") { Description = "DLL, EXE, SYS or .mui files (several versions of one module are merged into one table)", Arity = ArgumentArity.OneOrMore };
        var outputOption = new Option<string?>("--output", "-o") { Description = "The table file to write (the default language's; other cultures beside it: messages.de-DE.md); standard output if not given", HelpName = "table.md" };
        var into = new Option<string?>("--into") { Description = "Merge the files' versions into this existing table file, changing nothing else", HelpName = "table.md" };
        var language = new Option<string?>("--language") { Description = "The culture to extract (de-DE), or all; default: en-US where the file has it, else its first language", HelpName = "culture|all" };
        var replace = new Option<bool>("--replace") { Description = "With --into: a version the table already has with other texts is overwritten instead of refused" };
        var modulePath = new Option<string?>("--module-path") { Description = @"The Path: line of a new table (default %SystemRoot%\System32\<module>, drivers\ for a .sys)", HelpName = "path" };
        var fileVersion = new Option<string?>("--file-version") { Description = "The version heading of a file that has no VS_VERSIONINFO (Wine's modules)", HelpName = "a.b.c.d" };
        var extract = new Command("extract", "Extract the message tables of Windows modules into the markdown layout SstpGen reads") { files, outputOption, into, language, replace, modulePath, fileVersion };
        extract.SetAction(result => ExtractCommand.Run(
            new ExtractRequest(result.GetValue(files)!, result.GetValue(outputOption), result.GetValue(into), result.GetValue(language), result.GetValue(replace), result.GetValue(modulePath),
                result.GetValue(fileVersion) is { } version ? Version.Parse(version) : null),
            output, error));
        extract.Validators.Add(result =>
        {
            if (result.GetValue(outputOption) is not null && result.GetValue(into) is not null)
            {
                result.AddError("--output and --into are two ways to name the table file: give one");
            }

            // A file argument takes any word, so an unknown option would be read as a file name: say what it is instead.
            foreach (string file in result.GetValue(files) ?? [])
            {
                if (file.StartsWith('-'))
                {
                    result.AddError($"'{file}' is not an option of extract (a file whose name starts with '-' is written ./{file})");
                }
            }

            if (result.GetValue(fileVersion) is { } version && !(Version.TryParse(version, out Version? parsed) && parsed.Revision >= 0))
            {
                result.AddError($"--file-version '{version}' is not a four-part file version such as 10.0.26100.1");
            }
        });

        var root = new RootCommand("sstpgen: message tables of Windows modules for SstpGen, the C# source generator") { extract };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine("sstpgen: " + parseError.Message);
            }

            error.WriteLine("Run 'sstpgen --help' (or 'sstpgen extract --help') for usage.");
            return CliExitCodes.UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
