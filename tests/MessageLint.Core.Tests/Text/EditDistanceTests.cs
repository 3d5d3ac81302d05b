using MessageLint.Core.Text;

namespace MessageLint.Core.Tests.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("--json", "--json", 0)]
    [InlineData("--JSON", "--json", 0)]
    [InlineData("--jsonn", "--json", 1)]
    [InlineData("--foldz", "--folds", 1)]
    [InlineData("profle", "profile", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Counts_insertions_deletions_and_substitutions_ignoring_case(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }
}
