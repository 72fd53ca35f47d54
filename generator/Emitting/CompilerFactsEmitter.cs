using System.Globalization;
using SstpGen.Model;
using SstpGen.Naming;

namespace SstpGen.Emitting
{
    /// <summary>
    /// What a Message Compiler source declares besides its messages, in its messages class: the <c>MessageIdTypedef</c>,
    /// and its severity and facility names (mc.exe's built-in ones too) as constants that compare with what
    /// <c>DecodeId</c> reads from an identifier.
    /// </summary>
    internal static class CompilerFactsEmitter
    {
        private static readonly string[] s_severityMembers = { "Success", "Informational", "Warning", "Error" };

        public static void Emit(SourceWriter writer, MessageCompilerFacts facts)
        {
            if (facts.MessageIdTypedef is { } typedef)
            {
                writer.Line();
                writer.Line("/// <summary>The type mc.exe's header casts every identifier to (<c>MessageIdTypedef</c>).</summary>");
                writer.Line($"public const string {GeneratedNames.MessageIdTypedef} = {CSharpLiteral.String(typedef)};");
            }

            writer.Line();
            writer.Line("/// <summary>The severity names the source can use (mc.exe's and its <c>SeverityNames</c>): bits 31-30 of an identifier, as <c>DecodeId(id).Severity</c> reads them.</summary>");
            writer.Open($"public static class {GeneratedNames.Severities}");
            foreach (DeclaredName severity in facts.Severities)
            {
                writer.Line($"/// <summary>{Describe(severity, "X1")}</summary>");
                writer.Line($"public const MessageSeverity {severity.MemberName} = MessageSeverity.{s_severityMembers[severity.Value & 3]};");
            }

            writer.Close();
            writer.Line();
            writer.Line("/// <summary>The facility names the source can use (mc.exe's and its <c>FacilityNames</c>): bits 27-16 of an identifier, as <c>DecodeId(id).Facility</c> reads them.</summary>");
            writer.Open($"public static class {GeneratedNames.Facilities}");
            foreach (DeclaredName facility in facts.Facilities)
            {
                writer.Line($"/// <summary>{Describe(facility, "X3")}</summary>");
                writer.Line($"public const int {facility.MemberName} = 0x{facility.Value.ToString("X3", CultureInfo.InvariantCulture)};");
            }

            writer.Close();
        }

        /// <summary>"Error = 0x3 (<c>STATUS_SEVERITY_ERROR</c> in mc.exe's header)."</summary>
        private static string Describe(DeclaredName name, string format)
        {
            string symbol = name.HeaderSymbol is { } header ? $" (<c>{XmlDocText.Escape(header)}</c> in mc.exe's header)" : string.Empty;
            return $"{XmlDocText.Escape(name.Name)} = 0x{name.Value.ToString(format, CultureInfo.InvariantCulture)}{symbol}.";
        }
    }
}
