using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;
using SstpGen.Model;

namespace SstpGen.Naming
{
    /// <summary>A value written in the table to pin a name, with where it is written.</summary>
    internal sealed record Pin(string Value, TextSpan Span);

    /// <summary>One text of a message: its template's number and the tables (ascending) that have it.</summary>
    internal sealed class VariantDraft
    {
        public VariantDraft(int templateIndex) => TemplateIndex = templateIndex;

        public int TemplateIndex { get; }

        public List<int> Tables { get; } = new();

        public int NewestTable => Tables[Tables.Count - 1];
    }

    /// <summary>A file version a table lists, with the number of that table.</summary>
    internal sealed class FileVersion
    {
        public FileVersion(Version version, string text, int table)
        {
            Version = version;
            Text = text;
            Table = table;
        }

        public Version Version { get; }

        public string Text { get; }

        public int Table { get; }
    }

    /// <summary>
    /// One message as the parser found it, before it is named: its texts (newest last) with the tables that have
    /// each, and what the newest row that pins them wrote in the <c>Symbolic name</c> and <c>Insert names</c> columns.
    /// </summary>
    internal sealed class MessageDraft
    {
        public MessageDraft(uint id, List<VariantDraft> variants, TextSpan idSpan)
        {
            Id = id;
            Kind = MessageKinds.Classify(id);
            Variants = variants;
            IdSpan = idSpan;
        }

        public uint Id { get; }

        public MessageKind Kind { get; }

        public List<VariantDraft> Variants { get; }

        /// <summary>The identifier of the message's newest row: where a problem of the whole message is reported.</summary>
        public TextSpan IdSpan { get; }

        public Pin? SymbolicName { get; set; }

        public Pin? InsertNames { get; set; }

        /// <summary>A Message Compiler source's <c>SymbolicName</c> as written (<c>MSG_COMMAND_ERR</c>), for the docs.</summary>
        public string? SourceSymbol { get; set; }

        /// <summary>A Message Compiler source's texts of the message in its other languages.</summary>
        public List<MessageTranslation> Translations { get; } = new();

        public int LatestTemplate => Variants[Variants.Count - 1].TemplateIndex;
    }
}
