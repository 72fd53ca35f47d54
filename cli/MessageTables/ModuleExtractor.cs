using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SstpGen.Cli.PortableExecutable;

namespace SstpGen.Cli.MessageTables;

/// <summary>
/// The message tables of one DLL, EXE, SYS or .mui file. A language-neutral module (a "MUI" resource and no message table)
/// has its tables in <c>&lt;dir&gt;/&lt;culture&gt;/&lt;file&gt;.mui</c>, as Windows finds them: each such .mui must carry the
/// module's checksum and name its folder's culture in its own MUI resource; its version is the version of the table.
/// </summary>
internal static class ModuleExtractor
{
    public static ExtractedModule Extract(string path, Version? versionWhenMissing = null)
    {
        IReadOnlyList<PeResource> resources = PeResources.Read(path);
        string file = Path.GetFileName(path);
        bool isMui = file.EndsWith(".mui", StringComparison.OrdinalIgnoreCase);
        string moduleName = isMui ? file[..^".mui".Length] : file;

        if (resources.Any(r => r.Type.Id == PeResources.MessageTable))
        {
            return new ExtractedModule(moduleName, VersionOf(path, resources, versionWhenMissing), Tables(path, resources));
        }

        MuiResource? mui = MuiOf(resources);
        if (mui is { IsLanguageNeutral: true })
        {
            return FromMuiFiles(path, moduleName, mui, versionWhenMissing);
        }

        string types = resources.Count == 0 ? "no resources at all" : "resources of type " + string.Join(", ", resources.Select(r => Describe(r.Type)).Distinct());
        throw new ExtractionException($"{path}: has no message table (RT_MESSAGETABLE), and is not a language-neutral module with .mui files: it has {types}");
    }

    private static ExtractedModule FromMuiFiles(string path, string moduleName, MuiResource neutral, Version? versionWhenMissing)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var found = new List<(string Path, ExtractedModule Module)>();
        foreach (string culture in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            string candidate = Path.Combine(culture, Path.GetFileName(path) + ".mui");
            if (!File.Exists(candidate))
            {
                continue;
            }

            IReadOnlyList<PeResource> resources = PeResources.Read(candidate);
            MuiResource? mui = MuiOf(resources);
            if (mui is null || !mui.Checksum.AsSpan().SequenceEqual(neutral.Checksum))
            {
                throw new ExtractionException($"{candidate}: does not belong to {path}: its MUI resource's checksum is not the module's");
            }

            string folderCulture = Path.GetFileName(culture);
            if (mui.Language is { } language && !string.Equals(language, folderCulture, StringComparison.OrdinalIgnoreCase))
            {
                throw new ExtractionException($"{candidate}: its MUI resource says it is {language}, but it is in the folder of {folderCulture}");
            }

            found.Add((candidate, new ExtractedModule(moduleName, VersionOf(candidate, resources, versionWhenMissing), Tables(candidate, resources))));
        }

        if (found.Count == 0)
        {
            throw new ExtractionException($"{path}: is a language-neutral module, and no <culture>/{Path.GetFileName(path)}.mui was found beside it (its tables are in the .mui files)");
        }

        // One version for all: each .mui is of the module's version, and the table's heading is that version.
        Version version = found[0].Module.FileVersion;
        var languages = new SortedDictionary<int, SortedDictionary<uint, string>>();
        foreach (var (_, module) in found)
        {
            foreach (var (langId, table) in module.Languages)
            {
                languages[langId] = table;
            }
        }

        return new ExtractedModule(moduleName, version, languages);
    }

    private static SortedDictionary<int, SortedDictionary<uint, string>> Tables(string path, IReadOnlyList<PeResource> resources)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var languages = new SortedDictionary<int, SortedDictionary<uint, string>>();
        foreach (PeResource resource in resources.Where(r => r.Type.Id == PeResources.MessageTable))
        {
            Encoding ansi = Encoding.GetEncoding(WindowsLanguages.AnsiCodePage(resource.LangId));
            string what = $"{path}: message table {resource.Name} (language 0x{resource.LangId:X4})";
            SortedDictionary<uint, string> texts = MessageTableDecoder.Decode(resource.Data, ansi, what);
            if (!languages.TryGetValue(resource.LangId, out SortedDictionary<uint, string>? table))
            {
                languages[resource.LangId] = texts;
                continue;
            }

            foreach (var (id, text) in texts)
            {
                table[id] = text;
            }
        }

        return languages;
    }

    private static Version VersionOf(string path, IReadOnlyList<PeResource> resources, Version? versionWhenMissing) =>
        resources.Where(r => r.Type.Id == PeResources.Version).Select(r => VersionResourceDecoder.FileVersion(r.Data)).FirstOrDefault(v => v is not null)
        ?? versionWhenMissing
        ?? throw new ExtractionException($"{path}: has no file version (no VS_VERSIONINFO resource), and a table's heading is a file version: give it with --file-version a.b.c.d");

    private static MuiResource? MuiOf(IReadOnlyList<PeResource> resources) =>
        resources.Where(r => r.Type.Name == "MUI").Select(r => MuiResource.Decode(r.Data)).FirstOrDefault(m => m is not null);

    private static string Describe(ResourceKey type) => type.Name ?? type.Id switch
    {
        1 => "RT_CURSOR", 2 => "RT_BITMAP", 3 => "RT_ICON", 4 => "RT_MENU", 5 => "RT_DIALOG", 6 => "RT_STRING",
        9 => "RT_ACCELERATOR", 10 => "RT_RCDATA", 12 => "RT_GROUP_CURSOR", 14 => "RT_GROUP_ICON", 16 => "RT_VERSION",
        24 => "RT_MANIFEST", _ => type.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
