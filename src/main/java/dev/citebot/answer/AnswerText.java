package dev.citebot.answer;

import java.util.List;

/** Renders answers as the plain text shown in the console and sent where no markup is available. */
final class AnswerText {
    private AnswerText() {
    }

    static String answered(String lead, List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        if (!lead.isEmpty()) {
            out.append(lead).append("\n\n");
        }
        for (int i = 0; i < quotes.size(); i++) {
            out.append(i > 0 ? "\n\n" : "").append(quote(quotes.get(i)));
        }
        return out.toString();
    }

    /** Why the articles don't answer, and when a closest passage follows, a line that says what it is. */
    static String refusalLead(String reason, Quote closest) {
        return closest == null ? reason : reason + "\n\nClosest passage (it may not answer the question):";
    }

    static String refused(String lead, Quote closest) {
        return closest == null ? lead : lead + "\n" + quote(closest);
    }

    static String quote(Quote q) {
        return "“" + q.text() + "”\n— " + citation(q);
    }

    static String citation(Quote q) {
        StringBuilder c = new StringBuilder();
        if (q.speaker() != null) {
            c.append(q.speaker());
            if (q.role() != null) {
                c.append(", ").append(q.role());
            }
            c.append(" · ");
        }
        return c.append(q.articleTitle()).append(", ¶").append(q.paragraph()).toString();
    }
}
