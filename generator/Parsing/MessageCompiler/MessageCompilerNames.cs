using System.Collections.Generic;

namespace SstpGen.Parsing.MessageCompiler
{
    /// <summary>A severity, facility or language name a Message Compiler source can use, with its value.</summary>
    internal sealed class CompilerName
    {
        public CompilerName(string name, uint value, string? headerSymbol)
        {
            Name = name;
            Value = value;
            HeaderSymbol = headerSymbol;
        }

        /// <summary>The name as declared (or built in).</summary>
        public string Name { get; }

        /// <summary>A severity's 2-bit value, a facility's 12-bit value, or a language's LANGID.</summary>
        public uint Value { get; }

        /// <summary>What follows the colon: the <c>#define</c> a severity or facility gets in mc.exe's header, a language's file name.</summary>
        public string? HeaderSymbol { get; }
    }

    /// <summary>
    /// The names a Message Compiler source can use for one kind of value (severities, facilities or languages): mc.exe's
    /// built-in ones, then those the file declares (a declaration of a built-in name replaces it). Names compare
    /// without case, as keywords do.
    /// </summary>
    internal sealed class CompilerNameSet
    {
        private readonly List<CompilerName> _names = new();

        /// <summary>mc.exe's severities: Success 0, Informational 1, Warning 2, Error 3.</summary>
        public static CompilerNameSet Severities() => new CompilerNameSet()
            .BuiltIn("Success", 0).BuiltIn("Informational", 1).BuiltIn("Warning", 2).BuiltIn("Error", 3);

        /// <summary>
        /// mc.exe's facilities as its output has them: System 0x0FF, and Application 0, although Microsoft's documentation
        /// gives 0xFFF (the real mc.exe wrote <c>Facility=Application</c> messages as 0xC0000003 in the EasyDynamicDNS golden pair).
        /// </summary>
        public static CompilerNameSet Facilities() => new CompilerNameSet().BuiltIn("System", 0x0FF).BuiltIn("Application", 0);

        /// <summary>mc.exe's one language: English, LANGID 0x409, written to MSG00001.bin.</summary>
        public static CompilerNameSet Languages() => new CompilerNameSet().BuiltIn("English", 0x409, "MSG00001");

        /// <summary>
        /// Facilities that Wine's message compiler (wmc) has built in and mc.exe does not: Wine's own <c>winerror.mc</c>
        /// uses them without declaring them. SstpGen uses wmc's value and says so (SSTP026).
        /// </summary>
        public static CompilerName? WineFacility(string name) =>
            string.Equals(name, "Null", System.StringComparison.OrdinalIgnoreCase) ? new CompilerName("Null", 0, null)
            : string.Equals(name, "Dxgi", System.StringComparison.OrdinalIgnoreCase) ? new CompilerName("Dxgi", 0x87A, null)
            : null;

        public IReadOnlyList<CompilerName> All => _names;

        public CompilerName? Find(string name)
        {
            foreach (CompilerName known in _names)
            {
                if (string.Equals(known.Name, name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            return null;
        }

        public void Declare(string name, uint value, string? headerSymbol)
        {
            var declared = new CompilerName(name, value, headerSymbol);
            for (int i = 0; i < _names.Count; i++)
            {
                if (string.Equals(_names[i].Name, name, System.StringComparison.OrdinalIgnoreCase))
                {
                    _names[i] = declared;
                    return;
                }
            }

            _names.Add(declared);
        }

        /// <summary>The names, for a diagnostic: "Success, Informational, Warning, Error".</summary>
        public string List()
        {
            var names = new string[_names.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = _names[i].Name;
            }

            return string.Join(", ", names);
        }

        private CompilerNameSet BuiltIn(string name, uint value, string? headerSymbol = null)
        {
            _names.Add(new CompilerName(name, value, headerSymbol));
            return this;
        }
    }
}
