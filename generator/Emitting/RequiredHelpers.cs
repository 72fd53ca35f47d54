using System;
using System.Globalization;

namespace SstpGen.Emitting
{
    /// <summary>A private helper of the messages class, written once at its end when some line of it calls the helper.</summary>
    [Flags]
    internal enum Helper
    {
        None = 0,

        /// <summary><c>MessageIdInfo</c> with its <c>MessageSeverity</c> and <c>MessageKind</c> enums.</summary>
        MessageIdInfo = 1,

        /// <summary><c>NotDefined</c> and <c>Describe</c>: the exception for a message a version lacks.</summary>
        NotDefined = 2,

        /// <summary><c>TableOf</c> and <c>TableIndexOf</c>: a version's table, checked.</summary>
        TableOf = 4,

        /// <summary>The <c>PrintfFlags</c> enum both printf helpers take.</summary>
        PrintfFlags = 8,

        /// <summary><c>ParseInt32</c> and <c>TryParseInteger</c>: a number read from an insert's text.</summary>
        IntegerParsing = 16,

        /// <summary><c>Printf</c>: one printf conversion of an insert given as text.</summary>
        TextPrintf = 32,

        /// <summary><c>Append</c>, <c>PrintfInteger</c>, <c>PrintfText</c>: conversions laid out and written into the returned string.</summary>
        SpanPrintf = 64,

        /// <summary><c>TryParse</c>, <c>ParseAll</c> and what they need: from a rendered text back to its message.</summary>
        Parse = 128,
    }

    /// <summary>
    /// The helpers the lines written so far call (the Regex source generator's <c>requiredHelpers</c>): an emitter
    /// that writes a call to a helper registers it in the same statement, through <see cref="Call"/>, and the
    /// class ends with exactly the helpers registered.
    /// </summary>
    internal sealed class RequiredHelpers
    {
        private Helper _required;

        /// <summary>Registers <paramref name="helper"/> (and what it calls) and returns <paramref name="code"/>, the call to write.</summary>
        public string Call(Helper helper, string code)
        {
            Require(helper);
            return code;
        }

        public void Require(Helper helper) => _required |= helper | DependenciesOf(helper);

        public bool Has(Helper helper) => (_required & helper) == helper;

        private static Helper DependenciesOf(Helper helper) => helper switch
        {
            Helper.TextPrintf => Helper.PrintfFlags | Helper.IntegerParsing,
            Helper.SpanPrintf => Helper.PrintfFlags,
            _ => Helper.None,
        };

        /// <summary>Writes every registered helper, in one fixed order.</summary>
        public void WriteRequired(SourceWriter writer, TablePlan plan)
        {
            string module = CSharpLiteral.String(plan.Table.ModuleName);
            string versionEnum = plan.Options.VersionEnumName;
            if (Has(Helper.NotDefined))
            {
                writer.Line();
                writer.Open($"private static global::System.ArgumentException NotDefined(uint id, {versionEnum}? version)");
                writer.Line("string where = version.HasValue ? GetReleaseName(version.Value) + \" (\" + GetFileVersion(version.Value) + \")\" : " + module + ";");
                writer.Line("return new global::System.ArgumentException(\"Message \" + Describe(id) + \" is not defined in \" + where + \".\", version.HasValue ? nameof(version) : nameof(id));");
                writer.Close();
                writer.Line();
                writer.Line("private static string Describe(uint id) => \"0x\" + id.ToString(\"X8\", global::System.Globalization.CultureInfo.InvariantCulture) + (GetName(id) is string name ? \" (\" + name + \")\" : string.Empty);");
            }

            if (Has(Helper.TableOf))
            {
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
            }

            WriteBlock(writer, Helper.MessageIdInfo, MessageIdInfoSource.Source);
            WriteBlock(writer, Helper.PrintfFlags, PrintfFlagsSource.Source);
            WriteBlock(writer, Helper.IntegerParsing, TextPrintfSource.IntegerParsingSource);
            WriteBlock(writer, Helper.TextPrintf, TextPrintfSource.PrintfSource);
            WriteBlock(writer, Helper.SpanPrintf, SpanPrintfSource.Source);
            WriteBlock(writer, Helper.Parse, ParseSource.Source.Replace("{VersionEnum}", versionEnum));
        }

        private void WriteBlock(SourceWriter writer, Helper helper, string source)
        {
            if (Has(helper))
            {
                writer.Line();
                writer.Block(source);
            }
        }
    }
}
