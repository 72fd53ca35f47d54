using SstpGen.Model;

namespace SstpGen.Emitting
{
    /// <summary>Emits the enum of the file versions the table covers (<c>SstpWindowsVersion</c>), oldest first.</summary>
    internal static class WindowsVersionEnumEmitter
    {
        public static string Emit(EmitContext context)
        {
            SourceWriter writer = context.BeginFile();
            writer.Line($"/// <summary>The versions of {XmlDocText.Escape(context.Table.ModuleName)} the message table covers, oldest first, named by the Windows release they shipped in.</summary>");
            writer.Line(context.GeneratedCodeAttribute);
            writer.Open($"{context.Accessibility} enum {context.Options.VersionEnumName}");
            for (int i = 0; i < context.Table.Versions.Count; i++)
            {
                WindowsVersionModel version = context.Table.Versions[i];
                writer.Line($"/// <summary>{XmlDocText.Escape(version.ReleaseName)}: file version {version.FileVersion}.</summary>");
                writer.Line($"{version.MemberName} = {i},");
                if (i < context.Table.Versions.Count - 1)
                {
                    writer.Line();
                }
            }

            writer.Close();
            return context.EndFile(writer);
        }
    }
}
