namespace SstpGen.Emitting
{
    /// <summary>
    /// The runtime parts (<see cref="RuntimePart"/>) the lines written so far need, as the Regex source generator's
    /// <c>requiredHelpers</c>: a line that needs a part registers it as it is written, and the class ends with
    /// exactly the parts registered. Every class calls the lookups, the renderer and TryParse; only the line that
    /// writes a program with a printf conversion registers the printf part, only a table of Windows versions the
    /// versions parts, and only a table of several languages the language parts.
    /// </summary>
    internal sealed class RequiredParts
    {
        private readonly bool[] _required = new bool[(int)RuntimePart.LanguageVersions + 1];

        public void Require(RuntimePart part) => _required[(int)part] = true;

        public bool Has(RuntimePart part) => _required[(int)part];

        /// <summary>Writes every registered part, in the order of <see cref="RuntimePart"/>.</summary>
        public void WriteRequired(SourceWriter writer, TablePlan plan)
        {
            for (int part = 0; part < _required.Length; part++)
            {
                if (_required[part])
                {
                    writer.Line();
                    writer.Append(RuntimeSource.Text((RuntimePart)part, plan.Options.EnumName, plan.Options.VersionEnumName, writer.IndentLevel));
                }
            }
        }
    }
}
