using System;
using System.Collections.Generic;
using System.Linq;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits the by-identifier API of the messages class: <c>Format</c>/<c>TryFormat</c> for ids read from an
    /// event log record, <c>GetTemplate</c>, <c>IsDefined</c>, <c>GetName</c>, the version facts, and
    /// <c>DecodeId</c>. Lookups binary-search sorted arrays of the identifiers; a switch on the identifier
    /// holds only the messages whose text or presence varies by version. Versions with identical tables share
    /// one table index, so nothing is repeated per version.
    /// </summary>
    internal static class LookupEmitter
    {
        public static void Emit(SourceWriter writer, TablePlan plan, RequiredHelpers helpers)
        {
            MessageTableModel table = plan.Table;
            string eventEnum = plan.Options.EnumName;
            string versionEnum = plan.Options.VersionEnumName;
            string tableOf = helpers.Call(Helper.TableOf, "TableOf(version)");
            string tableIndexOf = helpers.Call(Helper.TableOf, "TableIndexOf(version)");
            writer.Line();
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
            writer.Line($"public static string Format({eventEnum} id, {versionEnum} version, params string?[] inserts) => FormatCore((uint)id, {tableOf}, version, inserts);");
            writer.Line();
            writer.Line("/// <summary>Renders any message of the table by its raw identifier (as read from an event log record), newest text. Returns false for an unknown identifier or too few inserts.</summary>");
            writer.Line("public static bool TryFormat(uint id, string?[] inserts, out string? message) => TryRender(id, -1, inserts, out message);");
            writer.Line();
            writer.Line("/// <summary>Renders any message of the table by its raw identifier as the given Windows version does. Returns false when that version does not define it or too few inserts are given.</summary>");
            writer.Line($"public static bool TryFormat(uint id, {versionEnum} version, string?[] inserts, out string? message) => TryRender(id, {tableOf}, inserts, out message);");
            writer.Line();
            writer.Line("/// <summary>The newest template (message string as Windows stores it) of a message, or null when the table has no such identifier.</summary>");
            writer.Line("public static string? GetTemplate(uint id) => GetTemplate(id, -1);");
            writer.Line();
            writer.Line("/// <summary>The template of a message in the given Windows version, or null when that version does not define it.</summary>");
            writer.Line($"public static string? GetTemplate(uint id, {versionEnum} version) => GetTemplate(id, {tableOf});");
            writer.Line();
            writer.Line("/// <summary>The newest template of an event.</summary>");
            writer.Line($"public static string? GetTemplate({eventEnum} id) => GetTemplate((uint)id, -1);");
            writer.Line();
            writer.Line("/// <summary>Whether the given Windows version defines the message.</summary>");
            writer.Line($"public static bool IsDefined(uint id, {versionEnum} version) => IsDefined(id, {tableOf});");
            writer.Line();
            writer.Line("/// <summary>Whether the given Windows version defines the event.</summary>");
            writer.Line($"public static bool IsDefined({eventEnum} id, {versionEnum} version) => IsDefined((uint)id, {tableOf});");
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
            writer.Line($"public static string GetFileVersion({versionEnum} version) => s_fileVersions[{tableIndexOf}];");
            writer.Line();
            writer.Line("/// <summary>The readable name of the Windows release, e.g. \"Windows 10 version 1607\".</summary>");
            writer.Line($"public static string GetReleaseName({versionEnum} version) => s_releaseNames[{tableIndexOf}];");
            writer.Line();
            writer.Line("/// <summary>What an identifier's bits mean: severity, customer bit, facility, code, and the kind of manifest string.</summary>");
            writer.Line(helpers.Call(Helper.MessageIdInfo, "public static MessageIdInfo DecodeId(uint id) => new MessageIdInfo(id);"));
            writer.Line();

            EmitArrays(writer, plan);
            EmitCore(writer, plan, helpers);
            EmitRender(writer, plan);
            EmitGetTemplate(writer, plan);
            EmitIsDefined(writer, plan);
        }

        /// <summary>
        /// The sorted identifiers, and beside them each message's name and newest template: the lookups of the
        /// messages every version defines with one text go through these arrays (a binary search), so only the
        /// messages whose text or presence varies by version need a case in a switch.
        /// </summary>
        private static void EmitArrays(SourceWriter writer, TablePlan plan)
        {
            writer.Line($"private static readonly uint[] s_ids = {{ {string.Join(", ", plan.Messages.Select(m => CSharpLiteral.UInt(m.Id)))} }};");
            writer.Line($"private static readonly string[] s_names = {{ {string.Join(", ", plan.Messages.Select(m => CSharpLiteral.String(m.Name)))} }};");
            writer.Line($"private static readonly string[] s_templates = {{ {string.Join(", ", plan.Messages.Select(m => GeneratedNames.Templates + "." + m.Latest.ConstantName))} }};");
            writer.Line();
            writer.Line("private static int IndexOf(uint id) => global::System.Array.BinarySearch(s_ids, id);");
            writer.Line();
            writer.Line("/// <summary>The member name of a message (its name in <see cref=\"Ids\"/>), or null when the table has no such identifier.</summary>");
            writer.Open("public static string? GetName(uint id)");
            writer.Line("int index = IndexOf(id);");
            writer.Line("return index < 0 ? null : s_names[index];");
            writer.Close();
            writer.Line();
        }

        /// <summary>Whether a message has one text, defined in every version: its lookups need no switch case.</summary>
        private static bool IsUniform(TablePlan plan, MessageModel message) =>
            message.Variants.Count == 1 && message.Latest.Tables.Count == plan.Table.TableCount;

        private static void EmitCore(SourceWriter writer, TablePlan plan, RequiredHelpers helpers)
        {
            string versionEnum = plan.Options.VersionEnumName;
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
            writer.Line("throw new global::System.ArgumentException(\"Message \" + " + helpers.Call(Helper.NotDefined, "Describe(id)") + " + \" needs \" + needed.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" inserts; got \" + inserts.Length.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \".\", nameof(inserts));");
            writer.Close();
            writer.Line();
            writer.Line($"throw {helpers.Call(Helper.NotDefined, "NotDefined(id, version)")};");
            writer.Close();
            writer.Line();
            writer.Open("private static bool TryRender(uint id, int table, string?[] inserts, out string? message)");
            writer.Line("message = inserts == null ? null : Render(id, table, inserts, out _);");
            writer.Line("return message != null;");
            writer.Close();
            writer.Line();
        }

        /// <summary>The condition under which <paramref name="variant"/> is the text for table <c>table</c> (-1: newest); null when always.</summary>
        private static string? TableCondition(TablePlan plan, MessageModel message, MessageVariant variant)
        {
            if (variant.Tables.Count == plan.Table.TableCount)
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

        private static void EmitRender(SourceWriter writer, TablePlan plan)
        {
            writer.Line("/// <summary>Renders message <paramref name=\"id\"/> for a table (-1: its newest text); null when it is not there (<paramref name=\"needed\"/> 0) or when fewer inserts than <paramref name=\"needed\"/> were given.</summary>");
            writer.Open("private static string? Render(uint id, int table, string?[] inserts, out int needed)");
            writer.Line("int index = IndexOf(id);");
            EmitDispatch(writer, plan, _ => true, chunk => $"return RenderChunk{chunk}(id, table, inserts, out needed);");
            writer.Line("needed = 0;");
            writer.Line("return null;");
            writer.Close();
            writer.Line();
            EmitChunks(writer, plan, "private static string? RenderChunk{0}(uint id, int table, string?[] inserts, out int needed)", _ => true, message => EmitRenderCase(writer, plan, message), "needed = 0;", "return null;");
        }

        private static void EmitRenderCase(SourceWriter writer, TablePlan plan, MessageModel message)
        {
            MessageTableModel table = plan.Table;
            if (IsUniform(plan, message))
            {
                ParsedTemplate uniform = table.Templates[message.Latest.TemplateIndex];
                string call = TemplateRenderEmitter.CallFromText(plan, message.Latest.TemplateIndex, a => $"inserts[{a - 1}]");
                writer.Line(uniform.ArgumentCount == 0
                    ? $"case {CSharpLiteral.UInt(message.Id)}: needed = 0; return {call};"
                    : $"case {CSharpLiteral.UInt(message.Id)}: needed = {uniform.ArgumentCount}; return inserts.Length < {uniform.ArgumentCount} ? null : {call};");
                return;
            }

            writer.Line($"case {CSharpLiteral.UInt(message.Id)}:");
            bool returned = false;
            foreach (MessageVariant variant in message.Variants.Reverse())
            {
                ParsedTemplate template = table.Templates[variant.TemplateIndex];
                string render = TemplateRenderEmitter.CallFromText(plan, variant.TemplateIndex, a => $"inserts[{a - 1}]");
                string result = template.ArgumentCount == 0
                    ? render
                    : $"inserts.Length < {template.ArgumentCount} ? null : {render}";
                string? condition = TableCondition(plan, message, variant);
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

        private static void EmitGetTemplate(SourceWriter writer, TablePlan plan)
        {
            writer.Open("private static string? GetTemplate(uint id, int table)");
            writer.Line("int index = IndexOf(id);");
            writer.Open("if (index < 0)");
            writer.Line("return null;");
            writer.Close();
            writer.Line();
            Func<MessageModel, bool> varies = m => !IsUniform(plan, m);
            EmitDispatch(writer, plan, varies, chunk => $"return GetTemplateChunk{chunk}(id, index, table);");
            writer.Line("return s_templates[index];");
            writer.Close();
            writer.Line();
            EmitChunks(writer, plan, "private static string? GetTemplateChunk{0}(uint id, int index, int table)", varies, message =>
            {
                writer.Line($"case {CSharpLiteral.UInt(message.Id)}:");
                foreach (MessageVariant variant in message.Variants.Reverse())
                {
                    string? condition = TableCondition(plan, message, variant);
                    string constant = GeneratedNames.Templates + "." + variant.ConstantName;
                    writer.Line(condition is null ? $"    return {constant};" : $"    if ({condition}) return {constant};");
                }

                if (message.Variants.All(v => v.Tables.Count != plan.Table.TableCount))
                {
                    writer.Line("    return null;");
                }
            }, "return s_templates[index];");
        }

        private static void EmitIsDefined(SourceWriter writer, TablePlan plan)
        {
            writer.Open("private static bool IsDefined(uint id, int table)");
            writer.Line("int index = IndexOf(id);");
            Func<MessageModel, bool> partial = m => m.Variants.Sum(v => v.Tables.Count) != plan.Table.TableCount;
            EmitDispatch(writer, plan, partial, chunk => $"return IsDefinedChunk{chunk}(id, table);");
            writer.Line("return index >= 0;");
            writer.Close();
            writer.Line();
            EmitChunks(writer, plan, "private static bool IsDefinedChunk{0}(uint id, int table)", partial, message =>
            {
                IEnumerable<int> tables = message.Variants.SelectMany(v => v.Tables).OrderBy(t => t);
                writer.Line($"case {CSharpLiteral.UInt(message.Id)}: return " + string.Join(" || ", tables.Select(t => "table == " + t)) + ";");
            }, "return true;");
        }

        /// <summary>A switch on the chunk of the identifier's index (negative when the table lacks it), calling the chunk methods that <see cref="EmitChunks"/> writes.</summary>
        private static void EmitDispatch(SourceWriter writer, TablePlan plan, Func<MessageModel, bool> needsCase, Func<int, string> callChunk)
        {
            List<int> chunks = ChunksWithCases(plan, needsCase);
            if (chunks.Count == 0)
            {
                return;
            }

            writer.Open($"switch (index >> {CodeLimits.ChunkShift})");
            foreach (int chunk in chunks)
            {
                writer.Line($"case {chunk}: {callChunk(chunk)}");
            }

            writer.Close();
            writer.Line();
        }

        /// <summary>One method per chunk of <see cref="CodeLimits.ChunkSize"/> messages that has messages needing a case: a switch on the identifier, then <paramref name="afterSwitch"/>.</summary>
        private static void EmitChunks(SourceWriter writer, TablePlan plan, string header, Func<MessageModel, bool> needsCase, Action<MessageModel> emitCase, params string[] afterSwitch)
        {
            IReadOnlyList<MessageModel> messages = plan.Table.Messages;
            foreach (int chunk in ChunksWithCases(plan, needsCase))
            {
                plan.CancellationToken.ThrowIfCancellationRequested();
                writer.Open(string.Format(System.Globalization.CultureInfo.InvariantCulture, header, chunk));
                writer.Open("switch (id)");
                for (int i = chunk * CodeLimits.ChunkSize; i < Math.Min(messages.Count, (chunk + 1) * CodeLimits.ChunkSize); i++)
                {
                    if (needsCase(messages[i]))
                    {
                        emitCase(messages[i]);
                    }
                }

                writer.Close();
                writer.Line();
                foreach (string line in afterSwitch)
                {
                    writer.Line(line);
                }

                writer.Close();
                writer.Line();
            }
        }

        private static List<int> ChunksWithCases(TablePlan plan, Func<MessageModel, bool> needsCase)
        {
            IReadOnlyList<MessageModel> messages = plan.Table.Messages;
            var chunks = new List<int>();
            for (int i = 0; i < messages.Count; i++)
            {
                if (needsCase(messages[i]) && (chunks.Count == 0 || chunks[chunks.Count - 1] != i / CodeLimits.ChunkSize))
                {
                    chunks.Add(i / CodeLimits.ChunkSize);
                }
            }

            return chunks;
        }
    }
}
