using CaseLens.Interchange.Xlsx;

namespace CaseLens.Interchange.Tests.Xlsx;

/// <summary>The one rule for text an Office document cannot carry, shared by the case workbook and the report's xlsx and docx.</summary>
public class XmlTextTests
{
    [Theory]
    [InlineData("North\u0001 Board")]
    [InlineData("North\u0000 Board")]
    [InlineData("North\u001F Board")]
    [InlineData("North\u007F Board")]
    [InlineData("North\u0085 Board")]
    [InlineData("North\u009F Board")]
    [InlineData("North\uFFFE Board")]
    [InlineData("North\uFFFF Board")]
    public void Control_characters_and_non_characters_are_dropped(string text) =>
        XmlText.Clean(text, keepLineBreaks: true).ShouldBe("North Board");

    // A fact, not a theory: a lone surrogate does not survive the test runner's serialised arguments.
    [Fact]
    public void Lone_surrogates_are_dropped()
    {
        string[] texts = ["North\uD800 Board", "North\uDC00 Board", "North\uDC00\uD800 Board", "North Board\uD83D"];

        texts.Select(text => XmlText.Clean(text, keepLineBreaks: true)).ShouldAllBe(text => text == "North Board");
    }

    [Fact]
    public void A_surrogate_pair_is_kept_whole() =>
        XmlText.Clean("\uD800\uD83D\uDE42\uDC00", keepLineBreaks: true).ShouldBe("\uD83D\uDE42");

    [Fact]
    public void Tab_and_line_breaks_are_kept_only_when_asked()
    {
        XmlText.Clean("a\tb\r\nc", keepLineBreaks: true).ShouldBe("a\tb\r\nc");
        XmlText.Clean("a\tb\r\nc", keepLineBreaks: false).ShouldBe("abc");
    }

    [Fact]
    public void Text_xml_can_carry_is_returned_as_it_is()
    {
        const string text = "=HYPERLINK(\"x\") <b>&amp; é ß 中 ع \u00A0\u200B";

        XmlText.Clean(text, keepLineBreaks: true).ShouldBeSameAs(text);
    }
}
