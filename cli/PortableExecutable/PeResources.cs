using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.PortableExecutable;

namespace SstpGen.Cli.PortableExecutable;

/// <summary>One resource of a PE image: its type (a number such as 11, or a name such as "MUI"), its name, its LANGID and its bytes.</summary>
internal sealed record PeResource(ResourceKey Type, ResourceKey Name, int LangId, byte[] Data);

/// <summary>A resource directory entry's key: a number, or a name (then <see cref="Id"/> is -1).</summary>
internal readonly record struct ResourceKey(int Id, string? Name)
{
    public static ResourceKey Of(int id) => new(id, null);

    public static ResourceKey OfName(string name) => new(-1, name);

    public override string ToString() => Name ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Reads the resources of a PE32 or PE32+ image (DLL, EXE, SYS, MUI) without any Windows API: the BCL's
/// <see cref="PEReader"/> for the headers and sections, and the resource directory (type → name → language) walked here,
/// every offset checked against the section, so a damaged file gives an <see cref="ExtractionException"/>, never another exception.
/// </summary>
internal static class PeResources
{
    public const int MessageTable = 11;
    public const int Version = 16;

    // IMAGE_RESOURCE_DIRECTORY is 16 bytes, followed by its 8-byte entries.
    private const int DirectoryHeader = 16;
    private const int EntrySize = 8;

    public static IReadOnlyList<PeResource> Read(string path)
    {
        byte[] image;
        try
        {
            image = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExtractionException($"{path}: cannot be read: {e.Message}");
        }

        return Read(path, image);
    }

    public static IReadOnlyList<PeResource> Read(string path, byte[] image)
    {
        if (image.Length < 2 || image[0] != 'M' || image[1] != 'Z')
        {
            throw new ExtractionException($"{path}: not a PE file (no MZ header)");
        }

        PEHeaders headers;
        using var reader = new PEReader(new MemoryStream(image, writable: false));
        try
        {
            headers = reader.PEHeaders;
        }
        catch (BadImageFormatException e)
        {
            throw new ExtractionException($"{path}: not a valid PE file: {e.Message}");
        }

        if (headers.PEHeader is not { } peHeader)
        {
            throw new ExtractionException($"{path}: not a PE image (a COFF object file without an optional header)");
        }

        DirectoryEntry directory = peHeader.ResourceTableDirectory;
        if (directory.RelativeVirtualAddress == 0 || directory.Size == 0)
        {
            return [];
        }

        var section = Section.Containing(headers, image, directory.RelativeVirtualAddress, path);
        var walker = new Walker(path, image, section, directory.RelativeVirtualAddress);
        return walker.Walk();
    }

    /// <summary>The section that holds the resource directory: where its RVAs map to in the file.</summary>
    private sealed record Section(int VirtualAddress, int RawOffset, int RawSize)
    {
        public static Section Containing(PEHeaders headers, byte[] image, int rva, string path)
        {
            foreach (SectionHeader header in headers.SectionHeaders)
            {
                long size = Math.Max(header.VirtualSize, header.SizeOfRawData);
                if (rva >= header.VirtualAddress && rva < header.VirtualAddress + size)
                {
                    long rawSize = Math.Min(header.SizeOfRawData, Math.Max(0L, image.Length - (long)header.PointerToRawData));
                    return new Section(header.VirtualAddress, header.PointerToRawData, (int)rawSize);
                }
            }

            throw new ExtractionException($"{path}: the resource directory (RVA 0x{rva:X}) lies in no section");
        }
    }

    /// <summary>Walks the three levels of the resource directory; every read is bounded by the section's bytes in the file.</summary>
    private sealed class Walker(string path, byte[] image, Section section, int rootRva)
    {
        private readonly List<PeResource> _resources = [];
        private int _entriesRead;

        public List<PeResource> Walk()
        {
            int root = rootRva - section.VirtualAddress;
            foreach (var (typeKey, typeOffset, typeIsDirectory) in Entries(root, "the resource directory"))
            {
                if (!typeIsDirectory)
                {
                    continue;
                }

                foreach (var (nameKey, nameOffset, nameIsDirectory) in Entries(typeOffset, $"the directory of resource type {typeKey}"))
                {
                    if (!nameIsDirectory)
                    {
                        continue;
                    }

                    foreach (var (langKey, dataOffset, isDirectory) in Entries(nameOffset, $"the directory of resource {typeKey}/{nameKey}"))
                    {
                        if (!isDirectory)
                        {
                            _resources.Add(new PeResource(typeKey, nameKey, langKey.Id, Data(dataOffset, $"resource {typeKey}/{nameKey}/{langKey}")));
                        }
                    }
                }
            }

            return _resources;
        }

        private List<(ResourceKey Key, int Offset, bool IsDirectory)> Entries(int directory, string what)
        {
            int named = U16(directory + 12, what);
            int numbered = U16(directory + 14, what);
            var entries = new List<(ResourceKey, int, bool)>(Math.Min(named + numbered, 256));
            for (int i = 0; i < named + numbered; i++)
            {
                // A loop through directories would read the same entries again: the file has at most one entry per 8 bytes.
                if (++_entriesRead > section.RawSize / EntrySize)
                {
                    throw new ExtractionException($"{path}: {what} has more entries than its section can hold (a corrupt or looping resource directory)");
                }

                int at = directory + DirectoryHeader + (i * EntrySize);
                uint name = U32(at, what);
                uint offset = U32(at + 4, what);
                ResourceKey key = (name & 0x8000_0000) != 0 ? ResourceKey.OfName(NameAt((int)(name & 0x7FFF_FFFF), what)) : ResourceKey.Of((int)(name & 0xFFFF));
                entries.Add((key, (int)(offset & 0x7FFF_FFFF), (offset & 0x8000_0000) != 0));
            }

            return entries;
        }

        private byte[] Data(int entry, string what)
        {
            uint rva = U32(entry, what);
            uint size = U32(entry + 4, what);
            long start = (long)rva - section.VirtualAddress;
            if (start < 0 || start + size > section.RawSize)
            {
                throw new ExtractionException($"{path}: {what} (data at RVA 0x{rva:X}, {size} bytes) lies outside the resource section: the file is truncated or corrupt");
            }

            return image.AsSpan(section.RawOffset + (int)start, (int)size).ToArray();
        }

        private string NameAt(int offset, string what)
        {
            int length = U16(offset, what);
            Check(offset + 2, length * 2, what);
            return System.Text.Encoding.Unicode.GetString(image, section.RawOffset + offset + 2, length * 2);
        }

        private int U16(int offset, string what)
        {
            Check(offset, 2, what);
            return BitConverter.ToUInt16(image, section.RawOffset + offset);
        }

        private uint U32(int offset, string what)
        {
            Check(offset, 4, what);
            return BitConverter.ToUInt32(image, section.RawOffset + offset);
        }

        private void Check(int offset, int length, string what)
        {
            if (offset < 0 || (long)offset + length > section.RawSize)
            {
                throw new ExtractionException($"{path}: {what} is cut off at offset 0x{section.RawOffset + (long)offset:X} of the file: the file is truncated or corrupt");
            }
        }
    }
}
