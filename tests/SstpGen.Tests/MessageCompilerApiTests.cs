using SstpGen.Tests.ServiceEvents;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The code generated for Tables/service-events.mc by the real build of this project (the compiler reads the file,
/// the generator runs as an analyzer): what the README's Message Compiler section shows.
/// </summary>
public class MessageCompilerApiTests
{
    [Fact]
    public void The_README_example_is_what_the_build_generates()
    {
        Assert.Equal("The Tunnel service failed with error 5 (0x00000005).\r\n\r\n; a semicolon line inside a text is text\r\n", ServiceMessages.FormatMsgServiceFailed("Tunnel", 5));
        Assert.Equal(0xC1000002u, ServiceMessages.Ids.MsgServiceFailed);
        Assert.Equal((uint)ServiceEventId.MsgServiceFailed, ServiceMessages.Ids.MsgServiceFailed);
        Assert.Equal(ServiceMessages.Facilities.Service, ServiceMessages.DecodeId(ServiceMessages.Ids.MsgServiceFailed).Facility);
        Assert.Equal(ServiceMessages.Severities.Error, ServiceMessages.DecodeId(ServiceMessages.Ids.MsgServiceFailed).Severity);
        Assert.Equal("DWORD", ServiceMessages.MessageIdTypedef);
    }

    [Fact]
    public void Rendering_by_id_and_parsing_back_work_as_for_a_markdown_table()
    {
        Assert.True(ServiceMessages.TryFormat(0x81010010, ["peer-7", "30"], out string? text));
        Assert.Equal("Connection peer-7 was closed by the peer after 30 seconds.\r\n", text);
        Assert.Equal("Connection peer-7 was closed by the peer after 30 seconds.\r\n", ServiceMessages.Format(ServiceEventId.ConnectionClosed, "peer-7", "30"));
        Assert.True(ServiceMessages.TryParse(text!, out uint id, out string?[] inserts));
        Assert.Equal(0x81010010u, id);
        Assert.Equal(new string?[] { "peer-7", "30" }, inserts);
        Assert.Equal("TunnelIPv6RouteFailed", ServiceMessages.GetName(0xC1010001));
        // %0 ends the text without its line break.
        Assert.Equal("The route to fe80::1 could not be added.", ServiceMessages.FormatTunnelIPv6RouteFailed("fe80::1"));
    }
}
