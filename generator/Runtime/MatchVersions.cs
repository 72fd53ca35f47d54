// MessageMatch.Versions of a table of Windows versions in one language: the versions whose text the match is. Copied
// between the emit markers into the class right after Versions.cs (Emitting/RuntimeSource); a table of several
// languages has LanguageVersions.cs's instead, which looks at every language's texts.
namespace SstpGen.Runtime
{
    public static partial class SstpMessages
    {
        // <emit>
        // MessageMatch (Parsing.cs) of a table of versions also says which versions have its text.
        public sealed partial class MessageMatch
        {
            /// <summary>The Windows versions whose text of the message this is, oldest first.</summary>
            public SstpWindowsVersion[] Versions => VersionsWith(Id, Template);
        }
        // </emit>
    }
}
