namespace SstpGen.Cli;

/// <summary>0 done; 1 the data was bad (a file that is not a PE, has no message table, is corrupt, or conflicts with the table file); 2 the command line was.</summary>
internal static class CliExitCodes
{
    public const int Ok = 0;
    public const int DataError = 1;
    public const int UsageError = 2;
}
