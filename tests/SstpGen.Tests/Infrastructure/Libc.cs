using System;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

namespace SstpGen.Tests;

/// <summary>
/// The C runtime's own printf (glibc's snprintf), as an oracle for integer conversions. Windows' size prefixes
/// are translated to glibc's: <c>I64</c>/<c>I</c> (64-bit on x64) → <c>ll</c>; <c>l</c> (32-bit on Windows,
/// 64-bit on Linux) → none; <c>p</c> → 16 upper-case hex digits, as 64-bit Windows prints a pointer.
/// </summary>
internal static class Libc
{
    public static string Printf(string windowsSpec, ulong bits, Type type)
    {
        string spec = windowsSpec.EndsWith('p') ? "016llX"
            : windowsSpec.Replace("I64", "ll").Replace("I", "ll");
        if (!spec.Contains("ll"))
        {
            spec = spec.Replace("l", string.Empty);
        }

        // Passed as a 64-bit register: a 32-bit conversion reads its low half, as it reads a Windows argument slot.
        long value = Type.GetTypeCode(type) switch
        {
            TypeCode.Int16 => unchecked((short)bits),
            TypeCode.Int32 => unchecked((int)bits),
            _ => unchecked((long)bits),
        };
        var buffer = new byte[128];
        int length = snprintf(buffer, (nuint)buffer.Length, "%" + spec, value);
        Assert.InRange(length, 0, buffer.Length - 1);
        return Encoding.ASCII.GetString(buffer, 0, length);
    }

    // Variadic, but on x64 System V an integer vararg travels exactly like a fixed one.
    [DllImport("libc", CharSet = CharSet.Ansi)]
    private static extern int snprintf(byte[] buffer, nuint size, string format, long value);
}
