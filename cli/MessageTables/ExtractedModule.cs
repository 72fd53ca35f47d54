using System;
using System.Collections.Generic;

namespace SstpGen.Cli.MessageTables;

/// <summary>
/// What one file yields: the module's name (a .mui's without ".mui"), the file version of the file that holds the message
/// table, and its table in each language (LANGID → identifier → text).
/// </summary>
internal sealed record ExtractedModule(string ModuleName, Version FileVersion, SortedDictionary<int, SortedDictionary<uint, string>> Languages)
{
    /// <summary>English (United States) where the file has it, else its first language.</summary>
    public int DefaultLangId => Languages.ContainsKey(WindowsLanguages.English) ? WindowsLanguages.English : First();

    private int First()
    {
        foreach (int langId in Languages.Keys)
        {
            return langId;
        }

        throw new InvalidOperationException("An extracted module has at least one language.");
    }
}
