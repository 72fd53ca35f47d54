using System;
using System.Linq;
using SstpGen.Tests.Sstpsvc;
using Xunit;

namespace SstpGen.Tests;

/// <summary>The code SstpGen generates from messages.md, compiled into this assembly and called as a user calls it.</summary>
public class SstpsvcApiTests
{
    [Fact]
    public void The_event_enum_holds_exactly_the_27_event_log_messages()
    {
        uint[] expected = Enumerable.Range(1, 0x19).Select(i => (uint)i).Concat(new uint[] { 0x20, 0x21 }).ToArray();
        Assert.Equal(expected, Enum.GetValues<SstpEventId>().Select(id => (uint)id).ToArray());
        Assert.Equal(typeof(uint), Enum.GetUnderlyingType(typeof(SstpEventId)));
    }

    [Fact]
    public void Names_are_derived_from_the_message_text()
    {
        Assert.Equal("InitialRequestSendFailed", ((SstpEventId)1).ToString());
        Assert.Equal("InitialResponseReceiveFailed", ((SstpEventId)2).ToString());
        Assert.Equal("VpnConnectionTerminated", ((SstpEventId)6).ToString());
        Assert.Equal("CertificateConfigureFailedIPv6", ((SstpEventId)0xd).ToString());
        Assert.Equal("InitialRequestSendFailedProxyAuthentication", ((SstpEventId)0x17).ToString());
    }

    [Fact]
    public void Typed_method_renders_inserts_line_breaks_and_the_trailing_CRLF()
    {
        string message = SstpMessages.FormatVpnConnectionTerminated("{c0}", "AB", "CD");
        Assert.StartsWith("CoId={c0}:The SSTP-based VPN connection", message);
        Assert.EndsWith("relay the following information:\r\n\r\nSHA1 Certificate Hash: AB\r\nSHA256 Certificate Hash: CD\r\n", message);
    }

    [Fact]
    public void Parameters_are_named_after_the_labels_before_the_inserts()
    {
        string[] names = typeof(SstpMessages).GetMethod(nameof(SstpMessages.FormatVpnConnectionTerminated), [typeof(string), typeof(string), typeof(string)])!
            .GetParameters().Select(p => p.Name!).ToArray();
        Assert.Equal(["coId", "sha1CertificateHash", "sha256CertificateHash"], names);
        Assert.Equal("url", typeof(SstpMessages).GetMethod(nameof(SstpMessages.FormatUrlSecureFailed), [typeof(string), typeof(string)])!.GetParameters()[0].Name);
        Assert.Equal("certificateName", typeof(SstpMessages).GetMethod(nameof(SstpMessages.FormatCertificateConfigureFailed), [typeof(string), typeof(string)])!.GetParameters()[1].Name);
    }

    [Fact]
    public void Escaped_percent_before_a_digit_is_literal_text_and_not_an_insert()
    {
        string message = SstpMessages.FormatVpnSpecificCookiesConfigureFailed("7");
        Assert.EndsWith("given below.\r\n\r\n%2\r\n", message);
        Assert.Equal(message, SstpMessages.Format((SstpEventId)0x21, "7", "ignored"));
    }

    [Fact]
    public void A_null_insert_renders_as_null_in_parentheses()
    {
        Assert.StartsWith("CoId=(null):", SstpMessages.FormatNegotiationFailed(null));
    }

    [Fact]
    public void Format_by_id_needs_every_insert_and_ignores_extra_ones()
    {
        var exception = Assert.Throws<ArgumentException>(() => SstpMessages.Format(SstpEventId.VpnConnectionTerminated, "only one"));
        Assert.Contains("0x00000006 (VpnConnectionTerminated) needs 3 inserts; got 1", exception.Message);
        Assert.Equal(SstpMessages.FormatVpnConnectionTerminated("a", "b", "c"), SstpMessages.Format(SstpEventId.VpnConnectionTerminated, "a", "b", "c", "d", "e"));
    }

    [Fact]
    public void TryFormat_by_raw_id_reports_unknown_ids_and_short_inserts_without_throwing()
    {
        Assert.True(SstpMessages.TryFormat(5u, ["x"], out string? message));
        Assert.Equal(SstpMessages.FormatNegotiationFailed("x"), message);
        Assert.False(SstpMessages.TryFormat(0x1234u, ["x"], out message));
        Assert.False(SstpMessages.TryFormat(6u, ["x"], out message));
        Assert.True(SstpMessages.TryFormat(0x90000001u, [], out message));
        Assert.Equal("Microsoft-Windows-RasSstp\r\n", message);
    }

    [Fact]
    public void Templates_are_the_strings_as_Windows_stores_them()
    {
        Assert.StartsWith("CoId=%1:The SSTP-based VPN connection", SstpMessages.Templates.VpnConnectionTerminated);
        Assert.EndsWith("%n%nSHA1 Certificate Hash: %2%nSHA256 Certificate Hash: %3\r\n", SstpMessages.Templates.VpnConnectionTerminated);
        Assert.Equal(SstpMessages.Templates.VpnConnectionTerminated, SstpMessages.GetTemplate(SstpEventId.VpnConnectionTerminated));
        Assert.Equal(6u, SstpMessages.Ids.VpnConnectionTerminated);
        Assert.Null(SstpMessages.GetTemplate(0x90000002u, SstpWindowsVersion.Windows10Version1511));
        Assert.Equal("System\r\n", SstpMessages.GetTemplate(0x90000002u, SstpWindowsVersion.Windows81));
    }

    [Fact]
    public void Versions_are_named_by_release_with_their_exact_file_versions()
    {
        Assert.Equal(
            ["Windows7", "Windows8", "Windows81", "Windows10Version1511", "Windows10Version1607", "Windows10Version1703", "Windows10Version1709",
             "Windows10Version1803", "Windows10Version1809", "Windows10Version1903", "Windows10Version2004", "Windows11Version21H2"],
            Enum.GetNames<SstpWindowsVersion>());
        Assert.Equal("6.1.7600.16385", SstpMessages.GetFileVersion(SstpWindowsVersion.Windows7));
        Assert.Equal("10.0.22000.1", SstpMessages.GetFileVersion(SstpWindowsVersion.Windows11Version21H2));
        Assert.Equal("Windows 10 version 1607", SstpMessages.GetReleaseName(SstpWindowsVersion.Windows10Version1607));
        Assert.Equal(SstpWindowsVersion.Windows11Version21H2, SstpMessages.LatestVersion);
    }

    [Fact]
    public void The_System_channel_is_defined_only_in_the_Windows_6_table()
    {
        Assert.Equal([SstpWindowsVersion.Windows7, SstpWindowsVersion.Windows8, SstpWindowsVersion.Windows81], SstpMessages.GetVersions(SstpMessages.Ids.ChannelSystem));
        Assert.True(SstpMessages.IsDefined(SstpMessages.Ids.ChannelSystem, SstpWindowsVersion.Windows81));
        Assert.False(SstpMessages.IsDefined(SstpMessages.Ids.ChannelSystem, SstpWindowsVersion.Windows10Version1511));
        Assert.True(SstpMessages.IsDefined(SstpEventId.CertificateMissing, SstpWindowsVersion.Windows7));
        Assert.Equal(12, SstpMessages.GetVersions(6).Length);
        Assert.Empty(SstpMessages.GetVersions(0x1234));
    }

    [Fact]
    public void Manifest_strings_are_typed_metadata_and_reachable_by_number()
    {
        Assert.Equal("Microsoft-Windows-RasSstp", SstpMessages.Manifest.ProviderName);
        Assert.Equal("System", SstpMessages.Manifest.Channels.System);
        Assert.Equal("Classic", SstpMessages.Manifest.Keywords.Classic);
        Assert.Equal(1UL << 55, SstpMessages.Manifest.KeywordMasks.Classic);
        Assert.Equal(0x10000038u, SstpMessages.Ids.KeywordClassic);
        Assert.Equal(0x90000001u, SstpMessages.Ids.ProviderName);
        Assert.False(Enum.IsDefined((SstpEventId)0x90000001u));
    }

    [Fact]
    public void Any_identifier_decodes_into_its_parts()
    {
        var keyword = SstpMessages.DecodeId(0x10000038);
        Assert.Equal(SstpMessages.MessageKind.Keyword, keyword.Kind);
        Assert.True(keyword.IsManifestString);
        Assert.Equal(SstpMessages.MessageKind.Channel, SstpMessages.DecodeId(0x90000002).Kind);
        Assert.Equal(SstpMessages.MessageKind.ProviderName, SstpMessages.DecodeId(0x90000001).Kind);

        var error = SstpMessages.DecodeId(0xC0071234);
        Assert.Equal(SstpMessages.MessageSeverity.Error, error.Severity);
        Assert.Equal(7, error.Facility);
        Assert.Equal(0x1234, error.Code);
        Assert.False(error.IsCustomerCode);
        Assert.True(SstpMessages.DecodeId(0x20000001).IsCustomerCode);
        Assert.Equal(SstpMessages.MessageKind.EventLog, SstpMessages.DecodeId(6).Kind);
    }

    [Fact]
    public void A_version_the_message_is_not_in_is_an_argument_error_naming_both()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => SstpMessages.FormatNegotiationFailed((SstpWindowsVersion)99, "x"));
        Assert.Equal("version", exception.ParamName);
        Assert.Equal(SstpMessages.FormatNegotiationFailed("x"), SstpMessages.FormatNegotiationFailed(SstpWindowsVersion.Windows7, "x"));
    }

    [Fact]
    public void Every_message_renders_as_an_independent_FormatMessage_reading_of_its_template()
    {
        foreach (uint id in new uint[] { 0x90000002 }.Concat(Enum.GetValues<SstpEventId>().Select(e => (uint)e)))
        {
            foreach (SstpWindowsVersion version in SstpMessages.GetVersions(id))
            {
                string template = SstpMessages.GetTemplate(id, version)!;
                string?[] inserts = Enumerable.Range(1, 5).Select(i => $"<insert {i}>").ToArray();
                Assert.True(SstpMessages.TryFormat(id, version, inserts, out string? message));
                Assert.Equal(ReferenceFormatMessage.Render(template, inserts), message);
            }
        }
    }
}
