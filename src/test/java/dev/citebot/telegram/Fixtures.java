package dev.citebot.telegram;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Our own test article: hostile markup in a quote and in the title, and one paragraph of over 5,000 characters. */
final class Fixtures {
    static final String HOSTILE_TITLE = "Harbour <Board> & Quay Report";
    static final String HOSTILE_QUOTE = "“The <script>alert('pier')</script> tag & the <b>unclosed markup"
            + " are harmless,” said Mara Voss, the harbour's IT chief.";
    static final String LONG_SENTENCE = "The inspection report listed these defects along the eastern quay: "
            + IntStream.rangeClosed(1, 80)
            .mapToObj(i -> "cracked bollard " + i + " beside berth " + i + " with rust & <flaking> paint")
            .collect(Collectors.joining(", ")) + ".";

    private Fixtures() {
    }

    static String hostileArticle() {
        return HOSTILE_TITLE + "\n\n"
                + "The harbour board met on Tuesday to discuss repairs to the eastern quay.\n\n"
                + HOSTILE_QUOTE + "\n\n"
                + LONG_SENTENCE + "\n\n"
                + "Mara Voss said the repairs would start in May.\n";
    }
}
