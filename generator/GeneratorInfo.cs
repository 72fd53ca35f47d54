using System.Reflection;

namespace SstpGen
{
    /// <summary>The tool name and version written into <c>[GeneratedCode]</c> (the assembly's version, set once in SstpGen.csproj), and where help links point.</summary>
    internal static class GeneratorInfo
    {
        public const string Name = "SstpGen";

        public static readonly string Version =
            typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? typeof(GeneratorInfo).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";

        /// <summary>The README every diagnostic's help link points into (<c>…/README.md#sstp001</c>); null until SstpGen.csproj sets a RepositoryUrl.</summary>
        public static readonly string? HelpLinkBase = HelpLinkBaseOf(typeof(GeneratorInfo).Assembly);

        private static string? HelpLinkBaseOf(Assembly assembly)
        {
            foreach (AssemblyMetadataAttribute metadata in assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
            {
                if (metadata.Key == "SstpGen.HelpLinkBase")
                {
                    return metadata.Value;
                }
            }

            return null;
        }
    }
}
