using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using SstpGen.Model;
using SstpGen.Naming;
using SstpGen.Parsing;
using SstpGen.Tests.Infrastructure;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// GNU windmc as a second Message Compiler, on every real .mc file: each message has windmc's identifier and, in every
/// language, the text windmc stores, but for the ways windmc is known to differ from mc.exe, each listed with its reason.
/// SstpGen reads each file as it is; only windmc's copy is adapted where windmc cannot read what mc.exe reads: CR LF line
/// ends (windmc keeps a source's LF in the texts it stores), no BOM (windmc -u reads one as text), and the changes below.
/// windmc also matches keywords with their case; every shared file writes them as documented.
/// </summary>
public class MessageCompilerWindmcOracleTests
{
    public static TheoryData<string> Files => new(SharedMessageCompilerSources.Files());

    /// <summary>Changes to windmc's copy of a file, where windmc rejects what mc.exe accepts.</summary>
    private static readonly Dictionary<string, Func<string, string>> s_windmcCopy = new()
    {
        // Facility=Null and Facility=Dxgi are built into Wine's wmc and not declared in the file: windmc stops with a
        // syntax error at the first one. Declared for it with wmc's values (SstpGen warns SSTP026 and uses the same).
        ["wine/winerror.mc"] = source => source.Replace("FacilityNames=(Trust=", "FacilityNames=(Null=0x0:FACILITY_NULL Dxgi=0x87a:FACILITY_DXGI Trust=", StringComparison.Ordinal),
        // LanguageNames=(ARABIC=1:…) declares a LANGID windmc cannot map to a code page ("Language ident 0x1 is not
        // resolvable"); no message uses the language, so its number changes no text.
        ["windows-classic-samples/Messages.mc"] = source => source.Replace("ARABIC=1:", "ARABIC=0x401:", StringComparison.Ordinal),
    };

    /// <summary>Messages windmc stores and SstpGen leaves out with an error, by symbolic name.</summary>
    private static readonly Dictionary<string, string[]> s_leftOut = new()
    {
        // "Out of memory for %1 in %2!": a format spec FormatMessage never closes, so it fails on Windows too (SSTP008).
        ["nssm/messages.mc"] = ["NSSM_EVENT_OUT_OF_MEMORY"],
        ["nssm/messages.utf16le.mc"] = ["NSSM_EVENT_OUT_OF_MEMORY"],
    };

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Every_message_of_every_language_has_the_identifier_and_text_windmc_stores(string file)
    {
        Skip.If(file == SharedCorpus.Absent, SharedMessageCompilerSources.SkipReason);
        Skip.If(Windmc.Path is null, Windmc.SkipReason);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        byte[] bytes = File.ReadAllBytes(SharedMessageCompilerSources.PathOf(file));
        Encoding encoding = EncodingOf(bytes);
        string source = encoding.GetString(bytes).TrimStart('\uFEFF');
        Func<string, string> adapt = s_windmcCopy.GetValueOrDefault(file, text => text);
        Windmc.WindmcOutput windmc = Windmc.Compile(WithCrLf(adapt(source)), encoding);
        Assert.True(windmc.Errors.Length == 0, windmc.Errors);

        MessageTableModel table = Parse(file, source);
        SortedDictionary<int, SortedDictionary<uint, string>> ours = Stored(table);
        string[] leftOut = s_leftOut.GetValueOrDefault(file, []);
        Assert.Equal(leftOut.Order(StringComparer.Ordinal), windmc.Defines.Keys.Except(table.Messages.Select(m => m.SourceSymbol)).Order(StringComparer.Ordinal)!);
        Assert.Equal(ours.Keys, windmc.Tables.Keys);

        foreach ((int langId, SortedDictionary<uint, string> texts) in ours)
        {
            SortedDictionary<uint, string> theirs = windmc.Tables[langId];
            int invalid = 0;
            foreach (MessageModel message in table.Messages)
            {
                uint theirId = message.SourceSymbol is { } symbol ? windmc.Defines[symbol] : theirs.Keys.Single(id => IsWindmcId(id, message.Id));
                Assert.True(IsWindmcId(theirId, message.Id), $"{message.SourceSymbol}: windmc 0x{theirId:X8}, SstpGen 0x{message.Id:X8}");
                if (texts.TryGetValue(message.Id, out string? text))
                {
                    Assert.Equal(StoredAsMcExeStoresIt(theirs[theirId]), text);
                    continue;
                }

                // A translation FormatMessage cannot render is left out (SSTP008), that language alone falling back.
                Assert.Null(TemplateParser.Parse(Unescaped.Verbatim(StoredAsMcExeStoresIt(theirs[theirId])), []));
                invalid++;
            }

            Assert.Equal(texts.Count + leftOut.Length + invalid, theirs.Count);
        }

        if (ours.Count > 1)
        {
            // Every language through the generated culture overloads, checked against windmc's texts.
            var text = new InMemoryAdditionalText(SharedMessageCompilerSources.PathOf(file), bytes, encoding);
            GeneratorHarness.CreateDriver([text], new Dictionary<string, IReadOnlyDictionary<string, string>> { [text.Path] = TableFile.Marked })
                .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Consumer("class C { }"), out Microsoft.CodeAnalysis.Compilation output, out _);
            var stored = new Dictionary<string, IReadOnlyDictionary<uint, string>>();
            foreach (int langId in ours.Keys)
            {
                SortedDictionary<uint, string> theirs = windmc.Tables[langId];
                stored[WindowsLanguages.CultureName(langId)] = table.Messages.ToDictionary(
                    message => message.Id,
                    message => StoredAsMcExeStoresIt(theirs[message.SourceSymbol is { } symbol ? windmc.Defines[symbol] : theirs.Keys.Single(id => IsWindmcId(id, message.Id))]));
            }

            var (problems, count) = GeneratedAssembly.CheckEveryLanguage(GeneratedAssembly.LoadMessagesClass(output), stored);
            Assert.Empty(problems);
            Assert.Equal(ours.Values.Sum(texts => texts.Count), count);
        }
    }

    /// <summary>
    /// Whether windmc's identifier is the one SstpGen gives, but for windmc's built-in Application facility: 0xFFF in
    /// windmc, as Microsoft documents it, 0 in what the real mc.exe wrote (the golden pairs) and in SstpGen. A message
    /// without Facility= has facility 0 in all three. (windmc also resets severity and facility for each message where
    /// mc.exe carries them over; this test would catch a shared file relying on it, and none does.)
    /// </summary>
    private static bool IsWindmcId(uint windmcId, uint id) => windmcId == id || ((id & 0x0FFF0000) == 0 && windmcId == (id | 0x0FFF0000));

    /// <summary>windmc stores an empty line as CR LF; mc.exe stores it as LF alone (devcon's golden .bin), as SstpGen does.</summary>
    private static string StoredAsMcExeStoresIt(string windmcText) => Regex.Replace(windmcText, "(?<=^|\r\n)\r\n", "\n");

    private static MessageTableModel Parse(string file, string source)
    {
        var options = new TableOptions(null, "SstpEventId", "SstpMessages", "SstpWindowsVersion", IsPublic: true);
        return MessageTableParser.Parse(new TableInput("/t/" + file, "SstpMessages", source, options, EquatableArray<DiagnosticInfo>.Empty), CancellationToken.None).Table!;
    }

    /// <summary>Per LANGID, each identifier's text as SstpGen stores it.</summary>
    private static SortedDictionary<int, SortedDictionary<uint, string>> Stored(MessageTableModel table)
    {
        EquatableArray<LanguageModel> languages = table.Compiler!.Languages;
        var stored = new SortedDictionary<int, SortedDictionary<uint, string>>();
        foreach (MessageModel message in table.Messages)
        {
            Add(languages[0].LangId, message.Id, table.Templates[message.Latest.TemplateIndex].Template);
            foreach (MessageTranslation translation in message.Translations)
            {
                Add(languages[translation.Language].LangId, message.Id, table.Templates[translation.TemplateIndex].Template);
            }
        }

        return stored;

        void Add(int langId, uint id, string text)
        {
            if (!stored.TryGetValue(langId, out SortedDictionary<uint, string>? texts))
            {
                stored[langId] = texts = [];
            }

            texts[id] = text;
        }
    }

    /// <summary>UTF-16 by its BOM, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (nssm's messages.mc).</summary>
    private static Encoding EncodingOf(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..])
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        }

        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            utf8.GetString(bytes);
            return utf8;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>windmc keeps a source's own line ends in the texts it stores, where mc.exe always stores CR LF.</summary>
    private static string WithCrLf(string source) => source.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", "\r\n");
}
