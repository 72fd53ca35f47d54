using System;
using System.Threading;
using SstpGen.Model;
using SstpGen.Parsing.Markdown;
using SstpGen.Parsing.MessageCompiler;

namespace SstpGen.Parsing
{
    /// <summary>
    /// Reads a table file with the reader of its form into the one model every later step shares: a Message Compiler
    /// source when its name ends in <c>.mc</c> (any case), else the markdown layout.
    /// </summary>
    internal static class MessageTableParser
    {
        public static bool IsMessageCompilerSource(string path) => path.EndsWith(".mc", StringComparison.OrdinalIgnoreCase);

        public static ParseResult Parse(TableInput input, CancellationToken cancellationToken, int methodsPerType = CodeLimits.MethodsPerType) =>
            IsMessageCompilerSource(input.Path)
                ? MessageCompilerTableParser.Parse(input, cancellationToken, methodsPerType)
                : MarkdownTableParser.Parse(input, cancellationToken, methodsPerType);
    }
}
