using System;

namespace SstpGen.Model
{
    /// <summary>
    /// Limits of the runtime that generated code must respect to load, and the sizes chosen to stay inside them.
    /// A type with more than 65,535 methods compiles, then throws <c>TypeLoadException</c> when first used.
    /// </summary>
    internal static class CodeLimits
    {
        /// <summary>The most methods the CLR loads in one type.</summary>
        public const int MethodsPerType = 65_535;

        /// <summary>
        /// The methods of the messages class that do not grow with the table (its fixed API and helpers), counted
        /// generously: a test checks that the real count stays below.
        /// </summary>
        public const int FixedMessagesClassMethods = 64;

        /// <summary>Each lookup switch is cut into one method per this many messages (see the lookup emitter).</summary>
        public const int ChunkShift = 8;

        public const int ChunkSize = 1 << ChunkShift;

        /// <summary>The lookups that are cut into chunk methods (render, template, defined).</summary>
        public const int ChunkedLookups = 3;

        /// <summary>Texts per renderers class: at most two methods each (typed and from text), so a class stays within <paramref name="methodsPerType"/>.</summary>
        public static int TemplatesPerRenderersClass(int methodsPerType) => Math.Min(16_384, methodsPerType / 2);

        /// <summary>The methods of the messages class for <paramref name="messages"/> messages, before typed format methods.</summary>
        public static int MessagesClassBaseMethods(int messages) =>
            FixedMessagesClassMethods + (ChunkedLookups * ((messages + ChunkSize - 1) / ChunkSize));
    }
}
