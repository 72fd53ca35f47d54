using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SstpGen.Cli.Layout;
using SstpGen.Cli.MessageTables;

namespace SstpGen.Cli;

/// <summary>
/// <c>sstpgen extract FILE… [-o table.md | --into table.md] [--language culture|all] [--replace] [--module-path path] [--file-version a.b.c.d]</c>:
/// every file's message tables, merged by version into one table file per language (the default language's file as named,
/// each other culture's beside it as .NET names satellite resources: <c>messages.de-DE.md</c>).
/// </summary>
internal sealed record ExtractRequest(string[] Files, string? Output, string? Into, string? Language, bool Replace, string? ModulePath, Version? FileVersion = null);

internal static class ExtractCommand
{
    public const string AllLanguages = "all";

    public static int Run(ExtractRequest request, TextWriter output, TextWriter error)
    {
        try
        {
            Write(request, output, error);
            return CliExitCodes.Ok;
        }
        catch (ExtractionException e)
        {
            error.WriteLine("sstpgen: " + e.Message);
            return CliExitCodes.DataError;
        }
    }

    private static void Write(ExtractRequest request, TextWriter output, TextWriter error)
    {
        List<ExtractedModule> modules = request.Files.Select(file => ModuleExtractor.Extract(file, request.FileVersion)).ToList();
        // Copies of a module from several machines are often renamed (sstpsvc-6.3.dll): the table's module is the first
        // file's, or the --into table's, and a file of another name is said, not refused.
        string moduleName = request.Into is not null && File.Exists(request.Into)
            ? ExistingTableFile.Parse(request.Into, File.ReadAllText(request.Into)).ModuleName
            : modules[0].ModuleName;
        foreach (ExtractedModule module in modules.Where(m => !string.Equals(m.ModuleName, moduleName, StringComparison.OrdinalIgnoreCase)))
        {
            error.WriteLine($"sstpgen: note: {module.ModuleName} {module.FileVersion} goes into the table of {moduleName}");
        }

        if (request.Into is not null && !File.Exists(request.Into))
        {
            throw new ExtractionException($"{request.Into}: no such table file to merge into (-o writes a new one)");
        }

        int defaultLangId = modules[0].DefaultLangId;
        List<int> langIds = Selected(request.Language, defaultLangId, modules);
        string? target = request.Into ?? request.Output;
        if (target is null && langIds.Count > 1)
        {
            throw new ExtractionException("--language all writes one file per culture: name the default one with -o table.md");
        }

        // Everything is worked out before anything is written: an error leaves every file as it was.
        var writes = new List<(string? Path, string Text)>();
        foreach (int langId in langIds)
        {
            var tables = new Dictionary<Version, SortedDictionary<uint, string>>();
            foreach (ExtractedModule module in modules.Where(m => m.Languages.ContainsKey(langId)))
            {
                if (tables.TryGetValue(module.FileVersion, out var seen) && !VersionGrouping.SameTable(seen, module.Languages[langId]))
                {
                    throw new ExtractionException($"two of the files are version {module.FileVersion} with different tables in {WindowsLanguages.CultureName(langId)}");
                }

                tables[module.FileVersion] = module.Languages[langId];
            }

            WarnOfUnwritableBackslashes(tables, WindowsLanguages.CultureName(langId), error);
            string? path = target is null || langId == defaultLangId ? target : SatellitePath(target, WindowsLanguages.CultureName(langId));
            writes.Add((path, Render(path, request, moduleName, tables)));
            if (langId == defaultLangId && langId != WindowsLanguages.English)
            {
                // The layout does not say a table's language: the generator takes a table's own file as en-US.
                string culture = WindowsLanguages.CultureName(langId);
                error.WriteLine($"sstpgen: note: {path ?? "the table"} holds {culture} texts (the files have no en-US): give its item Language=\"{culture}\"");
            }
        }

        foreach (var (path, text) in writes)
        {
            if (path is null)
            {
                output.Write(text);
            }
            else
            {
                File.WriteAllText(path, text);
                error.WriteLine($"sstpgen: wrote {path}");
            }
        }
    }

    /// <summary>
    /// The layout has no escape for a backslash: a text holding a backslash before r, n or t (nssm's "ImagePath!\nThis",
    /// written literally in its .mc) reads back as CR, LF or TAB. Said for each such message; the row is written as it is.
    /// </summary>
    private static void WarnOfUnwritableBackslashes(Dictionary<Version, SortedDictionary<uint, string>> tables, string culture, TextWriter error)
    {
        foreach (uint id in tables.Values.SelectMany(t => t).Where(p => TableFileWriter.HasAmbiguousBackslash(p.Value)).Select(p => p.Key).Distinct().Order())
        {
            error.WriteLine($"sstpgen: warning: {culture} 0x{id:x8}: its text has a backslash before r, n or t, which the table layout reads as an escape; that row will not read back as the file stores it");
        }
    }

    private static string Render(string? path, ExtractRequest request, string moduleName, Dictionary<Version, SortedDictionary<uint, string>> tables)
    {
        if (request.Into is not null && path is not null && File.Exists(path))
        {
            return TableMerger.Merge(path, ExistingTableFile.Parse(path, File.ReadAllText(path)), tables, request.Replace);
        }

        return TableFileWriter.Write(moduleName, request.ModulePath ?? TableFileWriter.DefaultModulePath(moduleName), VersionGrouping.Group(tables));
    }

    private static List<int> Selected(string? language, int defaultLangId, List<ExtractedModule> modules)
    {
        var available = modules.SelectMany(m => m.Languages.Keys).Distinct().Order().ToList();
        if (language is null)
        {
            return [defaultLangId];
        }

        if (string.Equals(language, AllLanguages, StringComparison.OrdinalIgnoreCase))
        {
            return available;
        }

        int? match = available.Cast<int?>().FirstOrDefault(id => string.Equals(WindowsLanguages.CultureName(id!.Value), language, StringComparison.OrdinalIgnoreCase));
        return match is { } found
            ? [found]
            : throw new ExtractionException($"no table in {language}; the files have {string.Join(", ", available.Select(WindowsLanguages.CultureName))}");
    }

    /// <summary>messages.md → messages.de-DE.md, as .NET names a satellite resource beside its neutral one.</summary>
    public static string SatellitePath(string path, string culture)
    {
        string extension = Path.GetExtension(path);
        return path[..^extension.Length] + "." + culture + extension;
    }
}
