package dev.citebot.telegram.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTest {

    @Test
    void escapesTheThreeCharactersTelegramReads() {
        assertThat(Html.escape("a < b && c > \"d\"")).isEqualTo("a &lt; b &amp;&amp; c &gt; \"d\"");
    }

    @Test
    void escapedLengthIsTheLengthOfTheEscapedText() {
        String hostile = "<script>alert('&amp;')</script> & <b>unclosed";

        assertThat(Html.escapedLength(hostile)).isEqualTo(Html.escape(hostile).length());
    }

    @Test
    void escapedTextIsValidTelegramHtmlWhateverItHeld() {
        String hostile = "</blockquote><b>x</i> &nbsp; &#60; <<>>";

        assertThat(TelegramHtml.problem(Html.escape(hostile))).isNull();
    }

    @Test
    void plainTextDropsTagsDecodesEntitiesAndMarksQuotes() {
        String html = "<blockquote>He said &lt;no&gt; &amp; left.</blockquote>\n— <b>Ann Lee</b>, <i>chair</i>";

        assertThat(Html.toPlain(html)).isEqualTo("“He said <no> & left.”\n— Ann Lee, chair");
    }

    @Test
    void plainTextOfEscapedTextIsTheOriginal() {
        String text = "a &lt; literal, <tags> & more";

        assertThat(Html.toPlain(Html.escape(text))).isEqualTo(text);
    }
}
