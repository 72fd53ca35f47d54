using System.Collections.Generic;
using SstpGen.Naming;

namespace SstpGen.Parsing.MessageCompiler
{
    /// <summary>A Message Compiler source as read, before texts are parsed and names are given.</summary>
    internal sealed class MessageCompilerDocument
    {
        public CompilerNameSet Severities { get; } = CompilerNameSet.Severities();

        public CompilerNameSet Facilities { get; } = CompilerNameSet.Facilities();

        public CompilerNameSet Languages { get; } = CompilerNameSet.Languages();

        /// <summary>Every message that has an identifier, in file order.</summary>
        public List<CompilerMessage> Messages { get; } = new();

        /// <summary>The LANGIDs of the texts, in the order each first appears, with where it first appears.</summary>
        public List<(int LangId, string Name, int Start, int Length)> TextLanguages { get; } = new();
    }

    /// <summary>One message: its 32-bit identifier as mc.exe composes it, its symbolic name, and its texts by language.</summary>
    internal sealed class CompilerMessage
    {
        public CompilerMessage(uint id, int start, string? typedef)
        {
            Id = id;
            Start = start;
            Typedef = typedef;
        }

        public uint Id { get; }

        /// <summary>Where its <c>MessageId</c> keyword stands: problems of the whole message are reported there.</summary>
        public int Start { get; }

        /// <summary>The <c>MessageIdTypedef</c> in force for it.</summary>
        public string? Typedef { get; }

        /// <summary>Its <c>SymbolicName</c> as written, and the pin of its C# name.</summary>
        public string? Symbol { get; set; }

        public Pin? NamePin { get; set; }

        public List<CompilerText> Texts { get; } = new();
    }

    /// <summary>A message's text in one language, exactly as mc.exe stores it, with where its lines stand in the file.</summary>
    internal sealed class CompilerText
    {
        public CompilerText(int langId, string stored, StoredTextLines lines)
        {
            LangId = langId;
            Stored = stored;
            Lines = lines;
        }

        public int LangId { get; }

        public string Stored { get; }

        public StoredTextLines Lines { get; }
    }
}
