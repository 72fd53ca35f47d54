using System.Collections.Generic;
using System.Linq;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits the by-identifier half of the messages class: <c>Format</c>/<c>TryFormat</c> for ids read from an
    /// event log record, <c>GetTemplate</c>, <c>IsDefined</c>, <c>GetName</c>, the version facts, and
    /// <c>DecodeId</c>. Every lookup is a switch on the identifier; versions with identical tables share one
    /// table index, so nothing is repeated per version.
    /// </summary>
    internal static class LookupEmitter
    {
        public static string Emit(EmitContext context)
        {
            MessageTableModel table = context.Table;
            string eventEnum = context.Options.EnumName;
            string versionEnum = context.Options.VersionEnumName;
            SourceWriter writer = context.BeginFile();
            writer.Open($"{context.Accessibility} static partial class {context.Options.ClassName}");

            writer.Line($"private static readonly int[] s_tableOfVersion = {{ {string.Join(", ", table.Versions.Select(v => v.TableIndex))} }};");
            writer.Line($"private static readonly string[] s_fileVersions = {{ {string.Join(", ", table.Versions.Select(v => CSharpLiteral.String(v.FileVersion)))} }};");
            writer.Line($"private static readonly string[] s_releaseNames = {{ {string.Join(", ", table.Versions.Select(v => CSharpLiteral.String(v.ReleaseName)))} }};");
            writer.Line();

            writer.Line("/// <summary>Renders an event's newest text exactly as FormatMessage would. Inserts beyond those the message uses are ignored, as FormatMessage ignores them.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">The message needs more inserts than were given, or <paramref name=\"id\"/> is not one of the table's events.</exception>");
            writer.Line($"public static string Format({eventEnum} id, params string?[] inserts) => FormatCore((uint)id, -1, null, inserts);");
            writer.Line();
            writer.Line("/// <summary>Renders an event as the given Windows version does, exactly as FormatMessage would. Extra inserts are ignored.</summary>");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">The message needs more inserts than were given, or is not defined in <paramref name=\"version\"/>.</exception>");
            writer.Line($"public static string Format({eventEnum} id, {versionEnum} version, params string?[] inserts) => FormatCore((uint)id, TableOf(version), version, inserts);");
            writer.Line();
            writer.Line("/// <summary>Renders any message of the table by its raw identifier (as read from an event log record), newest text. Returns false for an unknown identifier or too few inserts.</summary>");
            writer.Line("public static bool TryFormat(uint id, string?[] inserts, out string? message) => TryRender(id, -1, inserts, out message);");
            writer.Line();
            writer.Line("/// <summary>Renders any message of the table by its raw identifier as the given Windows version does. Returns false when that version does not define it or too few inserts are given.</summary>");
            writer.Line($"public static bool TryFormat(uint id, {versionEnum} version, string?[] inserts, out string? message) => TryRender(id, TableOf(version), inserts, out message);");
            writer.Line();
            writer.Line("/// <summary>The newest template (message string as Windows stores it) of a message, or null when the table has no such identifier.</summary>");
            writer.Line("public static string? GetTemplate(uint id) => GetTemplate(id, -1);");
            writer.Line();
            writer.Line("/// <summary>The template of a message in the given Windows version, or null when that version does not define it.</summary>");
            writer.Line($"public static string? GetTemplate(uint id, {versionEnum} version) => GetTemplate(id, TableOf(version));");
            writer.Line();
            writer.Line("/// <summary>The newest template of an event.</summary>");
            writer.Line($"public static string? GetTemplate({eventEnum} id) => GetTemplate((uint)id, -1);");
            writer.Line();
            writer.Line("/// <summary>Whether the given Windows version defines the message.</summary>");
            writer.Line($"public static bool IsDefined(uint id, {versionEnum} version) => IsDefined(id, TableOf(version));");
            writer.Line();
            writer.Line("/// <summary>Whether the given Windows version defines the event.</summary>");
            writer.Line($"public static bool IsDefined({eventEnum} id, {versionEnum} version) => IsDefined((uint)id, TableOf(version));");
            writer.Line();
            writer.Line("/// <summary>The Windows versions that define the message, oldest first (empty for an unknown identifier).</summary>");
            writer.Open($"public static {versionEnum}[] GetVersions(uint id)");
            writer.Line($"var versions = new global::System.Collections.Generic.List<{versionEnum}>();");
            writer.Open("for (int i = 0; i < s_tableOfVersion.Length; i++)");
            writer.Open("if (IsDefined(id, s_tableOfVersion[i]))");
            writer.Line($"versions.Add(({versionEnum})i);");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("return versions.ToArray();");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>The exact four-part file version of the module in the given Windows version.</summary>");
            writer.Line($"public static string GetFileVersion({versionEnum} version) => s_fileVersions[TableIndexOf(version)];");
            writer.Line();
            writer.Line("/// <summary>The readable name of the Windows release, e.g. \"Windows 10 version 1607\".</summary>");
            writer.Line($"public static string GetReleaseName({versionEnum} version) => s_releaseNames[TableIndexOf(version)];");
            writer.Line();
            writer.Line("/// <summary>What an identifier's bits mean: severity, customer bit, facility, code, and the kind of manifest string.</summary>");
            writer.Line("public static MessageIdInfo DecodeId(uint id) => new MessageIdInfo(id);");
            writer.Line();

            EmitGetName(writer, context);
            EmitCore(writer, context);
            EmitRender(writer, context);
            EmitGetTemplate(writer, context);
            EmitIsDefined(writer, context);
            MessageIdInfoEmitter.Emit(writer);
            bool needsTextPrintf = table.Templates.Any(TemplateRenderEmitter.NeedsTextPrintf);
            bool needsSpanPrintf = table.Templates.Any(t => TemplateRenderEmitter.NeedsSpanPrintf(context, t));
            if (needsTextPrintf || needsSpanPrintf)
            {
                writer.Line();
                PrintfFlagsEmitter.Emit(writer);
            }

            if (needsTextPrintf)
            {
                writer.Line();
                TextPrintfRuntimeEmitter.Emit(writer);
            }

            if (needsSpanPrintf)
            {
                writer.Line();
                SpanPrintfRuntimeEmitter.Emit(writer);
            }

            writer.Close();
            return context.EndFile(writer);
        }

        private static void EmitGetName(SourceWriter writer, EmitContext context)
        {
            writer.Line("/// <summary>The member name of a message (its name in <see cref=\"Ids\"/>), or null when the table has no such identifier.</summary>");
            writer.Open("public static string? GetName(uint id)");
            writer.Open("switch (id)");
            foreach (MessageModel message in context.Messages)
            {
                writer.Line($"case {CSharpLiteral.UInt(message.Id)}: return {CSharpLiteral.String(message.Name)};");
            }

            writer.Line("default: return null;");
            writer.Close();
            writer.Close();
            writer.Line();
        }

        private static void EmitCore(SourceWriter writer, EmitContext context)
        {
            string versionEnum = context.Options.VersionEnumName;
            string module = CSharpLiteral.String(context.Table.ModuleName);
            writer.Open($"private static string FormatCore(uint id, int table, {versionEnum}? version, string?[] inserts)");
            writer.Open("if (inserts == null)");
            writer.Line("throw new global::System.ArgumentNullException(nameof(inserts));");
            writer.Close();
            writer.Line();
            writer.Line("string? message = Render(id, table, inserts, out int needed);");
            writer.Open("if (message != null)");
            writer.Line("return message;");
            writer.Close();
            writer.Line();
            writer.Open("if (needed > 0)");
            writer.Line("throw new global::System.ArgumentException(\"Message \" + Describe(id) + \" needs \" + needed.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" inserts; got \" + inserts.Length.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\", nameof(inserts));");
            writer.Close();
            writer.Line();
            writer.Line("throw NotDefined(id, version);");
            writer.Close();
            writer.Line();
            writer.Open("private static bool TryRender(uint id, int table, string?[] inserts, out string? message)");
            writer.Line("message = inserts == null ? null : Render(id, table, inserts, out _);");
            writer.Line("return message != null;");
            writer.Close();
            writer.Line();
            writer.Open($"private static global::System.ArgumentException NotDefined(uint id, {versionEnum}? version)");
            writer.Line("string where = version.HasValue ? GetReleaseName(version.Value) + \" (\" + GetFileVersion(version.Value) + \")\" : " + module + ";");
            writer.Line("return new global::System.ArgumentException(\"Message \" + Describe(id) + \" is not defined in \" + where + \".\", version.HasValue ? nameof(version) : nameof(id));");
            writer.Close();
            writer.Line();
            writer.Line("private static string Describe(uint id) => \"0x\" + id.ToString(\"X8\", global::System.Globalization.CultureInfo.InvariantCulture) + (GetName(id) is string name ? \" (\" + name + \")\" : string.Empty);");
            writer.Line();
            writer.Line($"private static int TableOf({versionEnum} version) => s_tableOfVersion[TableIndexOf(version)];");
            writer.Line();
            writer.Open($"private static int TableIndexOf({versionEnum} version)");
            writer.Open("if ((uint)version >= (uint)s_tableOfVersion.Length)");
            writer.Line($"throw new global::System.ArgumentOutOfRangeException(nameof(version), version, \"Not a version of \" + {module} + \".\");");
            writer.Close();
            writer.Line();
            writer.Line("return (int)version;");
            writer.Close();
            writer.Line();
        }

        /// <summary>The condition under which <paramref name="variant"/> is the text for table <c>table</c> (-1: newest); null when always.</summary>
        private static string? TableCondition(EmitContext context, MessageModel message, MessageVariant variant)
        {
            if (variant.Tables.Count == context.Table.TableCount)
            {
                return null;
            }

            IEnumerable<string> tests = variant.Tables.Select(t => "table == " + t);
            if (variant.Equals(message.Latest))
            {
                tests = new[] { "table < 0" }.Concat(tests);
            }

            return string.Join(" || ", tests);
        }

        private static void EmitRender(SourceWriter writer, EmitContext context)
        {
            MessageTableModel table = context.Table;
            writer.Line("/// <summary>Renders message <paramref name=\"id\"/> for a table (-1: its newest text); null when it is not there (<paramref name=\"needed\"/> 0) or when fewer inserts than <paramref name=\"needed\"/> were given.</summary>");
            writer.Open("private static string? Render(uint id, int table, string?[] inserts, out int needed)");
            writer.Open("switch (id)");
            foreach (MessageModel message in context.Messages)
            {
                writer.Line($"case {CSharpLiteral.UInt(message.Id)}:");
                bool returned = false;
                foreach (MessageVariant variant in message.Variants.Reverse())
                {
                    ParsedTemplate template = table.Templates[variant.TemplateIndex];
                    string render = TemplateRenderEmitter.CallFromText(table, variant.TemplateIndex, a => $"inserts[{a - 1}]");
                    string result = template.ArgumentCount == 0
                        ? render
                        : $"inserts.Length < {template.ArgumentCount} ? null : {render}";
                    string? condition = TableCondition(context, message, variant);
                    if (condition is null)
                    {
                        writer.Line($"    needed = {template.ArgumentCount};");
                        writer.Line($"    return {result};");
                        returned = true;
                    }
                    else
                    {
                        writer.Line($"    if ({condition})");
                        writer.Line("    {");
                        writer.Line($"        needed = {template.ArgumentCount};");
                        writer.Line($"        return {result};");
                        writer.Line("    }");
                        writer.Line();
                    }
                }

                if (!returned)
                {
                    writer.Line("    break;");
                }
            }

            CloseSwitchOnId(writer, context);
            writer.Line();
            writer.Line("needed = 0;");
            writer.Line("return null;");
            writer.Close();
            writer.Line();
        }

        /// <summary>Ends a switch on the message id; a table without messages gets a default section, as an empty switch draws CS1522.</summary>
        private static void CloseSwitchOnId(SourceWriter writer, EmitContext context)
        {
            if (context.Table.Messages.Count == 0)
            {
                writer.Line("default:");
                writer.Line("    break;");
            }

            writer.Close();
        }

        private static void EmitGetTemplate(SourceWriter writer, EmitContext context)
        {
            writer.Open("private static string? GetTemplate(uint id, int table)");
            writer.Open("switch (id)");
            foreach (MessageModel message in context.Messages)
            {
                writer.Line($"case {CSharpLiteral.UInt(message.Id)}:");
                bool returned = false;
                foreach (MessageVariant variant in message.Variants.Reverse())
                {
                    string? condition = TableCondition(context, message, variant);
                    string constant = MessagesClassEmitter.TemplateConstant(context, message, variant);
                    writer.Line(condition is null ? $"    return {constant};" : $"    if ({condition}) return {constant};");
                    returned |= condition is null;
                }

                if (!returned)
                {
                    writer.Line("    break;");
                }
            }

            CloseSwitchOnId(writer, context);
            writer.Line();
            writer.Line("return null;");
            writer.Close();
            writer.Line();
        }

        private static void EmitIsDefined(SourceWriter writer, EmitContext context)
        {
            writer.Open("private static bool IsDefined(uint id, int table)");
            writer.Open("switch (id)");
            foreach (var group in context.Messages.GroupBy(m => string.Join(",", m.Variants.SelectMany(v => v.Tables).OrderBy(t => t))))
            {
                foreach (MessageModel message in group)
                {
                    writer.Line($"case {CSharpLiteral.UInt(message.Id)}:");
                }

                List<int> tables = group.First().Variants.SelectMany(v => v.Tables).OrderBy(t => t).ToList();
                writer.Line(tables.Count == context.Table.TableCount
                    ? "    return true;"
                    : "    return " + string.Join(" || ", tables.Select(t => "table == " + t)) + ";");
            }

            writer.Line("default:");
            writer.Line("    return false;");
            writer.Close();
            writer.Close();
        }
    }
}
