namespace WorkshopAdvisor.Documents.Tests;

public class TextWrapperTests
{
    // Every character one unit wide: the expected lines can be read off the test.
    private static IReadOnlyList<string> Wrap(string text, double width) => TextWrapper.Wrap(text, width, s => s.Length);

    [Fact]
    public void Wrap_WhenChineseIsWiderThanTheLine_BreaksBetweenAnyCharacters()
    {
        Assert.Equal(["一二三", "四五六", "七"], Wrap("一二三四五六七", 3));
    }

    [Fact]
    public void Wrap_WhenTheLineIsExactlyAsWideAsTheText_KeepsItOnOneLine()
    {
        // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in floating point: a column sized to the whole text is
        // a hair narrower than the sum of its pieces, and must still hold it (a field label did not).
        var lines = TextWrapper.Wrap("一二三", 0.3, s => s.Length * 0.1);

        Assert.Equal(["一二三"], lines);
    }

    [Fact]
    public void Wrap_WhenLatinIsWiderThanTheLine_BreaksAtSpaces()
    {
        Assert.Equal(["the quick", "brown fox"], Wrap("the quick brown fox", 10));
    }

    [Fact]
    public void Wrap_WhenAWordIsWiderThanTheLine_CutsItBetweenCharacters()
    {
        Assert.Equal(["go", "ABCDE", "FGHIJ", "K ok"], Wrap("go ABCDEFGHIJK ok", 5));
    }

    [Fact]
    public void Wrap_WhenChineseMeetsLatin_MayBreakBetweenThem()
    {
        Assert.Equal(["更换", "Brake", "pads"], Wrap("更换Brake pads", 6));
    }

    [Theory]
    [InlineData("一二三，四", new[] { "一二", "三，四" })]
    [InlineData("一二（三）", new[] { "一二", "（三）" })]
    public void Wrap_WhenPunctuationFallsAtABreak_KeepsItWithItsCharacter(string text, string[] expected)
    {
        Assert.Equal(expected, Wrap(text, 3));
    }

    [Fact]
    public void Wrap_WhenTextHasLineBreaks_StartsNewLinesThere()
    {
        Assert.Equal(["第一行", "second", "", "三"], Wrap("第一行\r\nsecond\n\n三\n", 20));
    }

    [Fact]
    public void Wrap_WhenTextIsEmpty_ReturnsOneEmptyLine()
    {
        Assert.Equal([string.Empty], Wrap(string.Empty, 10));
    }

    [Fact]
    public void Wrap_WhenTextIsLong_LosesNoCharacterAndExceedsNoLine()
    {
        var text = string.Concat(Enumerable.Repeat("前制动片更换 Replace front brake pads, 含制动盘打磨 ", 12)) + new string('X', 75);

        var lines = Wrap(text, 17);

        Assert.All(lines, line => Assert.True(line.Length <= 17, line));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
