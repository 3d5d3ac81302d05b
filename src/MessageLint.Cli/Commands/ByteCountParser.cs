using System.CommandLine.Parsing;
using System.Globalization;

namespace MessageLint.Cli.Commands;

/// <summary>
/// Reads a size in bytes such as <c>--max-size 5000000</c>. System.CommandLine's own message for a
/// value that is not a number names the .NET type ("expected type 'System.Int64'"), which means
/// nothing to someone checking a draft; this says what was wrong in the option's own terms.
/// </summary>
public static class ByteCountParser
{
    /// <summary>The value of the option's one token, or an error on the result when it is not a whole number.</summary>
    public static long Parse(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bytes))
        {
            return bytes;
        }

        var option = result.Parent is OptionResult parent ? parent.Option.Name : "size";
        result.AddError($"{option}: '{token}' is not a number of bytes");
        return 0;
    }
}
