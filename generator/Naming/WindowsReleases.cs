using System;
using System.Collections.Generic;
using System.Globalization;

namespace SstpGen.Naming
{
    /// <summary>Names file versions by the Windows release whose build they carry.</summary>
    internal static class WindowsReleases
    {
        // Key: major.minor.build. Value: (enum member, display name).
        private static readonly Dictionary<string, (string Member, string Display)> s_byBuild = new(StringComparer.Ordinal)
        {
            ["5.0.2195"] = ("Windows2000", "Windows 2000"),
            ["5.1.2600"] = ("WindowsXP", "Windows XP"),
            ["5.2.3790"] = ("WindowsServer2003", "Windows Server 2003"),
            ["6.0.6000"] = ("WindowsVista", "Windows Vista"),
            ["6.0.6001"] = ("WindowsVistaSP1", "Windows Vista SP1 / Server 2008"),
            ["6.0.6002"] = ("WindowsVistaSP2", "Windows Vista SP2 / Server 2008 SP2"),
            ["6.1.7600"] = ("Windows7", "Windows 7"),
            ["6.1.7601"] = ("Windows7SP1", "Windows 7 SP1"),
            ["6.2.9200"] = ("Windows8", "Windows 8"),
            ["6.3.9600"] = ("Windows81", "Windows 8.1"),
            ["10.0.10240"] = ("Windows10", "Windows 10 (1507)"),
            ["10.0.10586"] = ("Windows10Version1511", "Windows 10 version 1511"),
            ["10.0.14393"] = ("Windows10Version1607", "Windows 10 version 1607"),
            ["10.0.15063"] = ("Windows10Version1703", "Windows 10 version 1703"),
            ["10.0.16299"] = ("Windows10Version1709", "Windows 10 version 1709"),
            ["10.0.17134"] = ("Windows10Version1803", "Windows 10 version 1803"),
            ["10.0.17763"] = ("Windows10Version1809", "Windows 10 version 1809"),
            ["10.0.18362"] = ("Windows10Version1903", "Windows 10 version 1903"),
            ["10.0.18363"] = ("Windows10Version1909", "Windows 10 version 1909"),
            ["10.0.19041"] = ("Windows10Version2004", "Windows 10 version 2004"),
            ["10.0.19042"] = ("Windows10Version20H2", "Windows 10 version 20H2"),
            ["10.0.19043"] = ("Windows10Version21H1", "Windows 10 version 21H1"),
            ["10.0.19044"] = ("Windows10Version21H2", "Windows 10 version 21H2"),
            ["10.0.19045"] = ("Windows10Version22H2", "Windows 10 version 22H2"),
            ["10.0.20348"] = ("WindowsServer2022", "Windows Server 2022"),
            ["10.0.22000"] = ("Windows11Version21H2", "Windows 11 version 21H2"),
            ["10.0.22621"] = ("Windows11Version22H2", "Windows 11 version 22H2"),
            ["10.0.22631"] = ("Windows11Version23H2", "Windows 11 version 23H2"),
            ["10.0.26100"] = ("Windows11Version24H2", "Windows 11 version 24H2"),
        };

        /// <summary>
        /// Returns the release's member and display names; a build no release is known for is named by its
        /// version ("Build10_0_12345"). The caller adds the revision where two file versions share a build.
        /// </summary>
        public static (string Member, string Display) Name(Version fileVersion)
        {
            string build = string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}", fileVersion.Major, fileVersion.Minor, fileVersion.Build);
            return s_byBuild.TryGetValue(build, out var known)
                ? known
                : ("Build" + build.Replace('.', '_'), "build " + build);
        }
    }
}
