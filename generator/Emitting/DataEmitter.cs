using System.Collections.Generic;
using System.Text;
using SstpGen.Model;
using SstpGen.Naming;
using SstpGen.Parsing;

namespace SstpGen.Emitting
{
    /// <summary>
    /// Emits <c>Data</c>, the table as the runtime parts read it (generator/Runtime): strings the compiler keeps
    /// as data, not code. Every message in identifier order with its text in each table; each distinct text's
    /// program (what the renderer runs, <see cref="Parsing.RenderProgramBuilder"/>) and its template, which is its
    /// constant in <c>Templates</c>; each message's name; each version's table, file version and release name. A table of
    /// several languages has each language's tables (the default language's last) and the languages' cultures too.
    /// </summary>
    internal static class DataEmitter
    {
        public static void Emit(SourceWriter writer, TablePlan plan, RequiredParts parts)
        {
            MessageTableModel table = plan.Table;
            int numberLength = NumberLength(table);
            writer.Line();
            writer.Line("/// <summary>The table as data, read by the members below.</summary>");
            writer.Open($"private static class {GeneratedNames.Data}");
            int languages = table.Languages.Count;
            if (table.HasCultureApi)
            {
                writer.Line("/// <summary>The tables of every language: each language's groups of file versions, oldest first; the other languages' first, the default language's last.</summary>");
                writer.Line($"internal const int Tables = {table.TableCount * languages};");
                writer.Line();
                writer.Line("/// <summary>The groups of file versions that share one text per message, oldest first: the tables of each language.</summary>");
                writer.Line($"internal const int TablesPerLanguage = {table.TableCount};");
                writer.Line();
                writer.Line("/// <summary>The culture of each language, the default first; its tables are in the same order after the default language's.</summary>");
                writer.BeginLine().Append("internal const string Languages = ").AppendLiteral(string.Join(" ", table.Languages)).Append(";").EndLine();
            }
            else
            {
                writer.Line("/// <summary>The groups of file versions that share one text per message, oldest first.</summary>");
                writer.Line($"internal const int Tables = {table.TableCount};");
            }

            writer.Line();
            writer.Line("/// <summary>The characters of a number in <see cref=\"Messages\"/> and <see cref=\"Programs\"/>.</summary>");
            writer.Line($"internal const int NumberLength = {numberLength};");
            writer.Line();
            writer.Line("/// <summary>Each message by identifier: the identifier (two characters), then the number of its text in each table, plus one (0: none).</summary>");
            var messages = new StringBuilder();
            foreach (MessageModel message in table.Messages)
            {
                plan.CancellationToken.ThrowIfCancellationRequested();
                messages.Append((char)(message.Id >> 16)).Append((char)(message.Id & 0xFFFF));
                var textOfTable = new int[table.TableCount * languages];
                int defaultTables = table.TableCount * (languages - 1);
                foreach (MessageVariant variant in message.Variants)
                {
                    foreach (int tableIndex in variant.Tables)
                    {
                        textOfTable[defaultTables + tableIndex] = variant.TemplateIndex + 1;
                    }
                }

                foreach (MessageTranslation translation in message.Translations)
                {
                    foreach (int tableIndex in translation.Tables)
                    {
                        textOfTable[((translation.Language - 1) * table.TableCount) + tableIndex] = translation.TemplateIndex + 1;
                    }
                }

                foreach (int text in textOfTable)
                {
                    AppendNumber(messages, text, numberLength);
                }
            }

            writer.BeginLine().Append("internal const string Messages = ").AppendLiteral(messages.ToString()).Append(";").EndLine();
            writer.Line();
            writer.Line("/// <summary>Where each text's program starts, then the programs: what renders each text.</summary>");
            writer.BeginLine().Append("internal const string Programs = ").AppendLiteral(Programs(plan, numberLength, parts)).Append(";").EndLine();
            writer.Line();
            writer.Line("/// <summary>The name of each message in <see cref=\"Ids\"/>, in the order of <see cref=\"Messages\"/>.</summary>");
            var names = new StringBuilder();
            foreach (MessageModel message in table.Messages)
            {
                names.Append(names.Length == 0 ? string.Empty : " ").Append(message.Name);
            }

            writer.BeginLine().Append("internal const string Names = ").AppendLiteral(names.ToString()).Append(";").EndLine();
            writer.Line();
            var fileVersions = new List<string>();
            var releaseNames = new List<string>();
            if (table.HasWindowsVersions)
            {
                writer.Line("/// <summary>The table of each version, in the order of the version enum.</summary>");
                var versionTables = new StringBuilder();
                foreach (WindowsVersionModel version in table.Versions)
                {
                    versionTables.Append((char)((table.TableCount * (languages - 1)) + version.TableIndex));
                    fileVersions.Add(CSharpLiteral.String(version.FileVersion));
                    releaseNames.Add(CSharpLiteral.String(version.ReleaseName));
                }

                writer.BeginLine().Append("internal const string VersionTables = ").AppendLiteral(versionTables.ToString()).Append(";").EndLine();
                writer.Line();
            }

            writer.Line(table.HasCultureApi
                ? "/// <summary>The template of each text: its constant in <see cref=\"Templates\"/>, or (a text only another language has) the text itself.</summary>"
                : "/// <summary>The template of each text: its constant in <see cref=\"Templates\"/>.</summary>");
            writer.BeginLine().Append("internal static readonly string[] Texts = { ");
            string?[] constants = TextConstants(plan);
            for (int i = 0; i < constants.Length; i++)
            {
                writer.Append(i == 0 ? string.Empty : ", ");
                if (constants[i] is { } constant)
                {
                    writer.Append(GeneratedNames.Templates).Append(".").Append(constant);
                }
                else
                {
                    writer.AppendLiteral(table.Templates[i].Template);
                }
            }

            writer.Append(" };").EndLine();
            if (table.HasWindowsVersions)
            {
                writer.Line();
                writer.Line($"internal static readonly string[] FileVersions = {{ {string.Join(", ", fileVersions)} }};");
                writer.Line();
                writer.Line($"internal static readonly string[] ReleaseNames = {{ {string.Join(", ", releaseNames)} }};");
            }

            writer.Close();
        }

        /// <summary>
        /// One character per number when every number of the table fits one (text numbers, program starts, the programs'
        /// numbers); two (high 16 bits first) in a table of very long texts or very many.
        /// </summary>
        private static int NumberLength(MessageTableModel table)
        {
            int end = table.Templates.Count;
            foreach (ParsedTemplate template in table.Templates)
            {
                foreach (int item in template.Program)
                {
                    end++;
                    if (item > char.MaxValue)
                    {
                        return 2;
                    }
                }
            }

            return end > char.MaxValue ? 2 : 1;
        }

        /// <summary>The start of each text's program, then the programs; a program with a printf conversion requires the printf part.</summary>
        private static string Programs(TablePlan plan, int numberLength, RequiredParts parts)
        {
            EquatableArray<ParsedTemplate> templates = plan.Table.Templates;
            var programs = new StringBuilder();
            int start = numberLength * templates.Count;
            foreach (ParsedTemplate template in templates)
            {
                AppendNumber(programs, start, numberLength);
                foreach (int item in template.Program)
                {
                    start += item < 0 ? 1 : numberLength;
                }
            }

            foreach (ParsedTemplate template in templates)
            {
                plan.CancellationToken.ThrowIfCancellationRequested();
                foreach (int item in template.Program)
                {
                    if (item < 0)
                    {
                        programs.Append(RenderProgramBuilder.CharacterOf(item));
                    }
                    else
                    {
                        AppendNumber(programs, item, numberLength);
                    }
                }

                foreach (TemplateSegment segment in template.Segments)
                {
                    if (segment.Insert is { IsPrintf: true })
                    {
                        parts.Require(RuntimePart.Printf);
                    }
                }
            }

            return programs.ToString();
        }

        private static void AppendNumber(StringBuilder text, int value, int numberLength)
        {
            if (numberLength == 2)
            {
                text.Append((char)(value >> 16));
            }

            text.Append((char)(value & 0xFFFF));
        }

        /// <summary>For each text, a constant in <c>Templates</c> that holds it: the first message's that has the text (null for a text only a translation has).</summary>
        private static string?[] TextConstants(TablePlan plan)
        {
            var constants = new string?[plan.Table.Templates.Count];
            foreach (MessageModel message in plan.Table.Messages)
            {
                foreach (MessageVariant variant in message.Variants)
                {
                    constants[variant.TemplateIndex] ??= variant.ConstantName;
                }
            }

            return constants;
        }
    }
}
