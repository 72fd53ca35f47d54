using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using SstpGen.Parsing;
using Xunit;

namespace SstpGen.Tests.Infrastructure;

/// <summary>
/// Generated code as a user's program meets it: emitted, loaded by the runtime (which refuses types that the
/// compiler accepts, e.g. one with more than 65,535 methods), and called.
/// </summary>
internal static class GeneratedAssembly
{
    /// <summary>Emits <paramref name="output"/> and loads it into its own collectible load context; returns the messages class.</summary>
    public static Type LoadMessagesClass(Compilation output, string className = "Consumer.SstpMessages")
    {
        using var stream = new MemoryStream();
        EmitResult emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Take(5)));
        stream.Position = 0;
        Assembly assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
        Type type = assembly.GetType(className) ?? throw new Xunit.Sdk.XunitException(className + " is not in the assembly");
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(type.TypeHandle);   // loads every nested type it initialises
        return type;
    }

    /// <summary>
    /// Renders every message of the table by identifier through <c>TryFormat</c>, newest and in every version (a table
    /// without Windows versions, a Message Compiler source's, has its one text), with enough inserts; returns what went
    /// wrong (empty when every defined message rendered, and no other did).
    /// </summary>
    public static List<string> RenderEveryMessage(Type messages)
    {
        Type? versionEnum = messages.GetMethod("GetFileVersion")?.GetParameters()[0].ParameterType;
        MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), typeof(string?[]), typeof(string).MakeByRefType()])!;
        MethodInfo? tryFormatIn = versionEnum is null ? null : messages.GetMethod("TryFormat", [typeof(uint), versionEnum, typeof(string?[]), typeof(string).MakeByRefType()])!;
        MethodInfo? isDefined = versionEnum is null ? null : messages.GetMethod("IsDefined", [typeof(uint), versionEnum])!;
        Type ids = messages.GetNestedType("Ids")!;
        string?[] inserts = Enumerable.Range(1, 200).Select(i => "insert" + i).ToArray();
        Array versions = versionEnum is null ? Array.Empty<object>() : Enum.GetValues(versionEnum);
        var problems = new List<string>();
        foreach (FieldInfo field in ids.GetFields())
        {
            uint id = (uint)field.GetRawConstantValue()!;
            object?[] newest = [id, inserts, null];
            if (!(bool)tryFormat.Invoke(null, newest)! || newest[2] is null)
            {
                problems.Add($"0x{id:X8} ({field.Name}) did not render");
            }

            foreach (object version in versions)
            {
                object?[] arguments = [id, version, inserts, null];
                bool rendered = (bool)tryFormatIn!.Invoke(null, arguments)!;
                if (rendered != (bool)isDefined!.Invoke(null, [id, version])!)
                {
                    problems.Add($"0x{id:X8} ({field.Name}) in {version}: rendered {rendered}, defined {!rendered}");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Renders every message by identifier with inserts that cannot be mistaken for its text (<c>q1q</c>, <c>q2q</c>…)
    /// and parses the text back with <c>TryParse</c>: it must find a message that renders the same text. Returns what
    /// went wrong, and how many texts another message of the table explains as well (with as much literal text).
    /// </summary>
    public static (List<string> Problems, int Messages, int Ambiguous) ParseEveryMessage(Type messages)
    {
        MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), typeof(string?[]), typeof(string).MakeByRefType()])!;
        MethodInfo tryParse = messages.GetMethod("TryParse", [typeof(string), typeof(uint).MakeByRefType(), typeof(string?[]).MakeByRefType()])!;
        MethodInfo parseAll = messages.GetMethod("ParseAll")!;
        object options = Enum.ToObject(parseAll.GetParameters()[1].ParameterType, 0);
        string?[] inserts = Enumerable.Range(1, 200).Select(i => "q" + i + "q").ToArray();
        var problems = new List<string>();
        int count = 0, ambiguous = 0;
        foreach (FieldInfo field in messages.GetNestedType("Ids")!.GetFields())
        {
            uint id = (uint)field.GetRawConstantValue()!;
            object?[] format = [id, inserts, null];
            tryFormat.Invoke(null, format);
            string text = (string)format[2]!;
            object?[] parse = [text, null, null];
            count++;
            if (!(bool)tryParse.Invoke(null, parse)!)
            {
                problems.Add($"0x{id:X8} ({field.Name}) did not parse back");
                continue;
            }

            object?[] again = [parse[1], parse[2], null];
            if (!(bool)tryFormat.Invoke(null, again)! || Tolerated((string)again[2]!) != Tolerated(text))
            {
                problems.Add($"0x{id:X8} ({field.Name}) parsed as 0x{(uint)parse[1]!:X8}, which renders another text");
            }

            // Ambiguous: another message explains the text with as much of its own words (a tie TryParse settles by newest text).
            var candidates = ((Array)parseAll.Invoke(null, [text, options])!).Cast<object>()
                .Select(m => (Id: (uint)m.GetType().GetProperty("Id")!.GetValue(m)!, Length: (int)m.GetType().GetProperty("LiteralLength")!.GetValue(m)!))
                .ToList();
            if (candidates.Count(c => c.Length == candidates[0].Length && c.Id != candidates[0].Id) > 0)
            {
                ambiguous++;
            }
        }

        return (problems, count, ambiguous);
    }

    /// <summary>A text up to what TryParse tolerates: line ends and trailing whitespace.</summary>
    private static string Tolerated(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd();

    /// <summary>How many methods each type of the assembly declares, as its metadata lists them.</summary>
    /// <summary>
    /// Checks every text of every language of a table of several languages against <paramref name="stored"/> (culture →
    /// identifier → the text as the source or the binary stores it): through the culture overloads its template is the
    /// stored text, it renders as the reference FormatMessage renders that text (texts without printf conversions), and
    /// the rendering parses back to the identifier in that culture (or one whose text of it is the same). A stored text
    /// FormatMessage cannot render (SSTP008) is skipped. Returns what went wrong and how many texts were checked.
    /// </summary>
    public static (List<string> Problems, int Checked) CheckEveryLanguage(Type messages, IReadOnlyDictionary<string, IReadOnlyDictionary<uint, string>> stored)
    {
        MethodInfo getTemplate = messages.GetMethod("GetTemplate", [typeof(uint), typeof(CultureInfo)])!;
        MethodInfo tryFormat = messages.GetMethod("TryFormat", [typeof(uint), typeof(CultureInfo), typeof(string?[]), typeof(string).MakeByRefType()])!;
        MethodInfo tryParse = messages.GetMethods().Single(m => m.Name == "TryParse" && m.GetParameters().Length == 3 && m.GetParameters()[1].ParameterType.IsEnum);
        object exact = Enum.ToObject(tryParse.GetParameters()[1].ParameterType, 1);
        var languages = (IReadOnlyList<string>)messages.GetProperty("Languages")!.GetValue(null)!;
        string?[] inserts = Enumerable.Range(1, 200).Select(i => "«" + i + "»").ToArray();
        var problems = new List<string>();
        int count = 0;
        foreach ((string culture, IReadOnlyDictionary<uint, string> texts) in stored)
        {
            if (!languages.Contains(culture))
            {
                problems.Add(culture + " is not one of the table's languages: " + string.Join(", ", languages));
                continue;
            }

            CultureInfo cultureInfo = CultureNamed(culture);
            foreach ((uint id, string text) in texts)
            {
                if (TemplateParser.Parse(Unescaped.Verbatim(text), []) is null)
                {
                    continue;
                }

                count++;
                string? template = (string?)getTemplate.Invoke(null, [id, cultureInfo]);
                if (template != text)
                {
                    problems.Add($"{culture} 0x{id:X8}: template {Show(template)}, stored {Show(text)}");
                    continue;
                }

                object?[] format = [id, cultureInfo, inserts, null];
                if (!(bool)tryFormat.Invoke(null, format)!)
                {
                    problems.Add($"{culture} 0x{id:X8}: did not render");
                    continue;
                }

                string rendered = (string)format[3]!;
                if (!text.Contains('!') && rendered != ReferenceFormatMessage.Render(text, inserts))
                {
                    problems.Add($"{culture} 0x{id:X8}: rendered {Show(rendered)}, FormatMessage renders {Show(ReferenceFormatMessage.Render(text, inserts))}");
                }

                object?[] parse = [rendered, exact, null];
                if (!(bool)tryParse.Invoke(null, parse)!)
                {
                    problems.Add($"{culture} 0x{id:X8}: did not parse back");
                    continue;
                }

                // The match's message and culture render the same text: this one, or another that reads the same (a tie).
                uint matchId = (uint)parse[2]!.GetType().GetProperty("Id")!.GetValue(parse[2])!;
                string matchCulture = (string)parse[2]!.GetType().GetProperty("Culture")!.GetValue(parse[2])!;
                object?[] again = [matchId, CultureNamed(matchCulture), inserts, null];
                if (!(bool)tryFormat.Invoke(null, again)! || (string)again[3]! != rendered)
                {
                    problems.Add($"{culture} 0x{id:X8}: parsed back as 0x{matchId:X8} in {matchCulture}, which renders otherwise");
                }
            }
        }

        return (problems, count);
    }

    /// <summary>
    /// The culture of a name. A private-use name (a LANGID the fixed table lacks, "ro-x-8018") is one ICU drops the
    /// private-use part of ("ro"): the culture is then a CultureInfo that keeps its name, as a caller who needs it makes one.
    /// </summary>
    public static CultureInfo CultureNamed(string name)
    {
        var culture = new CultureInfo(name, useUserOverride: false);
        return culture.Name == name ? culture : new PrivateUseCulture(name);
    }

    private sealed class PrivateUseCulture(string name) : CultureInfo(name.Split("-x-")[0], useUserOverride: false)
    {
        public override string Name => name;
    }

    private static string Show(string? text) => text is null ? "null" : "\"" + text.Replace("\r", "\\r").Replace("\n", "\\n") + "\"";

    public static Dictionary<string, int> MethodsPerType(Compilation output)
    {
        using var stream = new MemoryStream();
        Assert.True(output.Emit(stream).Success);
        stream.Position = 0;
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        System.Reflection.Metadata.MetadataReader metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var counts = new Dictionary<string, int>();
        foreach (System.Reflection.Metadata.TypeDefinitionHandle handle in metadata.TypeDefinitions)
        {
            System.Reflection.Metadata.TypeDefinition type = metadata.GetTypeDefinition(handle);
            counts[metadata.GetString(type.Name)] = type.GetMethods().Count;
        }

        return counts;
    }
}
