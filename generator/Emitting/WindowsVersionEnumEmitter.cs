using Microsoft.CodeAnalysis.Text;
using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>Emits the enum of the file versions the table covers (<c>SstpWindowsVersion</c>), oldest first.</summary>
    internal static class WindowsVersionEnumEmitter
    {
        public static SourceText Emit(TablePlan plan)
        {
            SourceWriter writer = GeneratedFile.Begin(plan);
            writer.Line($"/// <summary>The versions of {XmlDocText.Escape(plan.Table.ModuleName)} the message table covers, oldest first, named by the Windows release they shipped in.</summary>");
            writer.Line(plan.GeneratedCodeAttribute);
            writer.Open($"{plan.Accessibility} enum {plan.Options.VersionEnumName}");
            for (int i = 0; i < plan.Table.Versions.Count; i++)
            {
                WindowsVersionModel version = plan.Table.Versions[i];
                writer.Line($"/// <summary>{XmlDocText.Escape(version.ReleaseName)}: file version {version.FileVersion}.</summary>");
                writer.Line($"{version.MemberName} = {i},");
                if (i < plan.Table.Versions.Count - 1)
                {
                    writer.Line();
                }
            }

            writer.Close();
            return GeneratedFile.End(plan, writer);
        }
    }
}
