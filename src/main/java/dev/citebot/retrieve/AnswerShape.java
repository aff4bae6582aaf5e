package dev.citebot.retrieve;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence holds an answer of the kind a question asks for: a time for "when", a number or amount for
 * "how many" and "how much", a duration or length for "how long", a cause for "why", a place for "where". Scoring
 * prefers such sentences; the answerer refuses a "when", "where", "how many" or "how long" question whose best
 * sentence holds no answer of its kind at all.
 */
public final class AnswerShape {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    /**
     * A time. A weekday followed by a capitalised word other than a month is a name ("the Sunday Times"); "May"
     * after a capitalised word other than a preposition is a surname ("Theresa May", see {@link #temporal}).
     */
    static final Pattern TEMPORAL = Pattern.compile("\\b(?:(?:January|February|March|April|June|July|"
            + "August|September|October|November|December)"
            + "|(?<surname>\\p{Lu}\\p{L}{1,30}\\s)?May"
            + "|(?:" + WEEKDAYS + ")(?!\\s+(?!(?:" + MONTHS + ")\\b)\\p{Lu})"
            + "|yesterday|today|tomorrow|tonight|(?:19|20)\\d\\d|immediately|noon|midnight"
            + "|(?:last|next|this|later this|later that|early next|by next) (?:week|month|year|spring|summer|autumn|"
            + "fall|winter|season|session|term|weekend|morning|afternoon|evening)"
            + "|(?:within|in) (?:the next |a |the coming )?(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|twelve|few|several|couple of)(?:[\\s-]\\p{L}+)? (?:hours?|days?|weeks?|months?|years?)"
            + "|earlier|ago|since|until|1\\d{3}s?|\\d{1,2}(?:st|nd|rd|th) century)\\b"
            + "|\\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.(?=\\s+\\d)|\\b\\d{1,2}(?::\\d\\d)?\\s?[ap]\\.m\\.");
    /**
     * An occasion rather than a date, which answers "when" as well: "in the event of a ceasefire", "as soon as the
     * vote is in", "after the election", "during the talks", "at the end of the war"; group 1 is what happens (up to
     * three words).
     */
    static final Pattern OCCASION = Pattern.compile("\\b(?:(?:in the event (?:of|that)|as soon as|during)\\s+"
            + "(?:(?:the|a|an|his|her|their|its|any)\\s+)?|(?:after|before|following|once|upon|whenever|"
            + "at the (?:end|start|beginning|time|close) of)\\s+(?:the|a|an|his|her|their|its|any)\\s+)"
            + "(\\p{L}+(?:[\\s-]+\\p{L}+){0,2})", Pattern.CASE_INSENSITIVE);
    static final Pattern QUANTITY = Pattern.compile("\\b(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|"
            + "several|half|quarter)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A duration or a length: an amount of a unit ("three years", "380 years", "a few weeks", "20 miles"), or a span
     * given by its ends ("since the 1950s", "until the vote", "well into the nineteenth century", "for good").
     */
    static final Pattern DURATION = Pattern.compile("\\b(?:(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|several|few|many|some|"
            + "couple of)(?:[\\s-]+\\p{L}+)?[\\s-]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|"
            + "decades?|centuries|century|generations?|terms?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|"
            + "foot|yards?)|since|until|till|throughout|into the (?:\\p{L}+\\s+)?(?:centur(?:y|ies)|decades?|years?|"
            + "months?|weeks?)|for good|permanent(?:ly)?|indefinite(?:ly)?|long-term|short-term|temporar(?:y|ily)|"
            + "forever)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * What a preposition of place points at: up to three words ending in a name (a capitalised word) or a word for a
     * place ("in Harbourside", "at the old port", "into the war zone"); group 1. Months and weekdays are left to
     * {@link #place}.
     */
    private static final String PLACE_OBJECT = "((?:(?:the|a|an|its|their|his|her|this|that|our)\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:\\p{Lu}[\\p{L}'’-]*|(?:cit(?:y|ies)|towns?|villages?|countr(?:y|ies)|"
            + "regions?|provinces?|states?|capital|areas?|coasts?|islands?|borders?|ports?|harbou?rs?|zones?|"
            + "territor(?:y|ies)|continent|districts?|count(?:y|ies)|streets?|squares?|buildings?|headquarters|sites?|"
            + "front|north|south|east|west|colon(?:y|ies)|settlements?|valleys?|rivers?|seas?|oceans?|lakes?|"
            + "mountains?|world|kingdom|empire|republic|nations?|lands?|camps?|bases?|offices?|schools?|"
            + "universit(?:y|ies)|churche?s?|halls?|parks?|stations?|hospitals?|prisons?|courts?|parliament|"
            + "houses?)\\b))";
    /** A place where something is or happens: "in Harbourside", "at the port", "near the border". */
    static final Pattern STATIC_PLACE = Pattern.compile("\\b(?i:in|at|near|inside|outside|within|throughout|across|"
            + "around|along|off|beside|beyond|(?:north|south|east|west) of)\\s+" + PLACE_OBJECT
            + "|\\b(?i:abroad|overseas|nationwide|worldwide)\\b");
    /** A place something goes to or comes from: "to Harbourside", "into the war zone", "from the north". */
    static final Pattern PLACE_OF_MOVEMENT = Pattern.compile("\\b(?i:to|into|towards?|from)\\s+" + PLACE_OBJECT);
    /** A "where" question about going or coming somewhere, which a place of movement answers. */
    private static final Pattern MOVES = Pattern.compile("\\b(?:go(?:es|ing|ne)?|went|sen[dt]|sending|"
            + "mov(?:e|es|ed|ing)|travel\\p{L}*|fle(?:e|es|d|eing)|\\p{L}*migrat\\p{L}*|deploy\\p{L}*|"
            + "head(?:s|ed|ing)?|c[oa]me|comes|coming|originat\\p{L}*|return\\p{L}*|export\\p{L}*|"
            + "ship(?:s|ped|ping)?|fl(?:y|ies|ew|own)|sail\\p{L}*|escap\\p{L}*|relocat\\p{L}*|br(?:ing|ings|ought)|"
            + "t(?:ake|akes|aken|aking|ook)|arriv\\p{L}*)\\b", Pattern.CASE_INSENSITIVE);
    /** "Where does X stand on …?", "Where do we go from here?": no place asked for. */
    private static final Pattern NO_PLACE_ASKED = Pattern.compile("\\bstand(?:s)?\\b|\\bgo from here\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_PLACES = Set.of((MONTHS + "|" + WEEKDAYS).split("\\|"));
    static final Pattern CAUSAL = Pattern.compile("\\b(?:because|due to|owing to|as a result|since|so that|"
            + "in order to|so as to|to (?:ensure|make sure|prevent|avoid|protect|guarantee)|citing|amid|given|for fear|"
            + "over concerns?|caused|reason|blam(?:e|es|ed|ing)|persuaded|convinced|prompted|led to|followed|"
            + "result of|thanks to|driven by|attribut(?:e|es|ed|ing) (?:it |this |that )?to)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Why a source is not named ("who asked not to be named because they were not authorised to speak"): a reason
     * for the anonymity, not for what the sentence reports.
     */
    private static final Pattern ANONYMITY = Pattern.compile("\\b(?:not to be (?:named|identified)|"
            + "(?:on (?:the )?condition of|requested|granted) anonymity)\\s+(?:because|as|since)\\b[^,.;]*",
            Pattern.CASE_INSENSITIVE);

    /** Capitalised words before "May" that leave it a month ("In May", "Since May"). */
    private static final Set<String> BEFORE_MONTH = Set.of("In", "By", "On", "Since", "Until", "From", "Early",
            "Late", "Last", "Next", "Mid", "Each", "Every", "Through", "Of", "Before", "After", "During");

    private AnswerShape() {
    }

    private static boolean temporal(String text) {
        Matcher m = TEMPORAL.matcher(text);
        while (m.find()) {
            String before = m.group("surname");
            if (before == null || BEFORE_MONTH.contains(before.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a sentence of the asked shape, and for every sentence when the question asks for no particular shape.
     * For "when" that is a time, or an occasion other than the question's own subject: "in the event of a
     * ceasefire" says when troops would be sent, not when the ceasefire starts.
     */
    public static boolean holds(QuestionAnalysis question, String text) {
        return switch (question.type()) {
            case WHEN -> temporal(text) || occasion(text, question.terms());
            case HOW_MANY -> QUANTITY.matcher(text).find();
            case HOW_LONG -> DURATION.matcher(text).find();
            case WHY -> CAUSAL.matcher(ANONYMITY.matcher(text).replaceAll("")).find();
            case WHERE -> place(text, question);
            default -> true;
        };
    }

    /**
     * For "where": a place other than the question's own ("in Harbourside" does not answer "Where in Harbourside
     * …?"), where something is or happens, or, when the question asks where someone goes or comes from, where to or
     * from ("Where were the ferries sent?" is answered by "sent to Harbourside"). A question about a stance ("Where
     * does the mayor stand on fares?") asks for no place.
     */
    private static boolean place(String text, QuestionAnalysis question) {
        if (NO_PLACE_ASKED.matcher(question.text()).find()) {
            return true;
        }
        if (placeIn(STATIC_PLACE.matcher(text), question.terms())) {
            return true;
        }
        return MOVES.matcher(question.text()).find() && placeIn(PLACE_OF_MOVEMENT.matcher(text), question.terms());
    }

    private static boolean placeIn(Matcher m, List<String> questionTerms) {
        while (m.find()) {
            String object = m.group(1);
            if (object == null) {
                return true;
            }
            String last = object.substring(object.lastIndexOf(' ') + 1);
            List<String> terms = SearchTerms.terms(object);
            if (!NOT_PLACES.contains(last) && (terms.isEmpty() || !questionTerms.containsAll(terms))) {
                return true;
            }
        }
        return false;
    }

    private static boolean occasion(String text, List<String> questionTerms) {
        Matcher m = OCCASION.matcher(text);
        while (m.find()) {
            if (Collections.disjoint(SearchTerms.terms(m.group(1)), questionTerms)) {
                return true;
            }
        }
        return false;
    }
}
