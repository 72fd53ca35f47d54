using System.Reflection;

namespace SstpGen
{
    /// <summary>The tool name and version written into <c>[GeneratedCode]</c>: the assembly's version, set once in SstpGen.csproj.</summary>
    internal static class GeneratorInfo
    {
        public const string Name = "SstpGen";

        public static readonly string Version =
            typeof(GeneratorInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? typeof(GeneratorInfo).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";
    }
}
