namespace SstpGen.Model
{
    /// <summary>
    /// Limits of the runtime that generated code must respect to load. A type with more than 65,535 methods
    /// compiles, then throws <c>TypeLoadException</c> when first used: the messages class has a fixed set of methods
    /// (the runtime parts) and two typed format methods per event, as many as fit.
    /// </summary>
    internal static class CodeLimits
    {
        /// <summary>The most methods the CLR loads in one type.</summary>
        public const int MethodsPerType = 65_535;

        /// <summary>
        /// The methods of the messages class that do not grow with the table (its runtime parts and fixed API),
        /// counted generously: a test checks that the real count stays below.
        /// </summary>
        public const int FixedMessagesClassMethods = 128;
    }
}
