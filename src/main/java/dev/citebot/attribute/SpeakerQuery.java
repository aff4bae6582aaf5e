package dev.citebot.attribute;

import dev.citebot.text.Folding;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How well a speaker fits a name someone asks about: 1 for the full name, the mention as written, the role
 * ("the Kremlin spokesman", "the UK prime minister") or an organisation's initials ("the FT"); 0.9 for the same
 * last word (a surname: "Peskov") or for a spokesperson of the body asked about ("the Kremlin" for "Kremlin
 * spokesman Dmitry Peskov"); 0 otherwise. {@link #byTitledName} is a weaker fit, for when none of these
 * finds anyone.
 */
public final class SpeakerQuery {

    /** "Mr. Ban", "Dr Jones": an honorific and one name, hyphens and apostrophes inside it allowed. */
    private static final Pattern TITLED = Pattern.compile(
            "(?i)(?:mr|mrs|ms|miss|dr|prof)\\.?\\s+(\\p{L}[\\p{L}\\p{Nd}'’-]*)\\s*");
    /** Generational suffixes that may follow a surname ("Martin Luther King Jr."). */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** Words of reach a reader leaves out: "the ambulance service" of "the regional ambulance service". */
    private static final Set<String> SCOPE_WORDS = Set.of("regional", "local", "national", "state", "federal",
            "county", "city", "municipal", "provincial", "international");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    /** The apostrophe of a plural's possessive: "the seafarers' union" is asked as "the seafarers union". */
    private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("(?<=s)'(?!\\p{L})");
    private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{Nd}' ]+");
    private static final Pattern NOT_NAME_WORD = Pattern.compile("[^\\p{L}\\p{Nd}'\\- ]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** First words of a name that are no first name: honorifics and offices. */
    private static final Set<String> NOT_FIRST_NAMES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord",
            "lady", "president", "senator", "sen", "gov", "governor", "rep", "representative", "secretary", "minister",
            "chancellor", "general", "gen", "judge", "justice", "former", "candidate", "nominee", "rev", "pope", "king",
            "queen", "prince", "princess", "mayor", "speaker", "chairman", "chairwoman", "leader", "first", "vice");
    /** Words that make a role a post at a place ("economist at the Tax Foundation"). */
    private static final Set<String> PREPOSITIONS = Set.of("at", "of", "for", "in", "with", "from", "to", "on", "by");
    /** Words for a person or people that say nothing of who: "the Kremlin guy" is whoever speaks for the Kremlin. */
    private static final Set<String> SOMEONE = Set.of("guy", "guys", "man", "woman", "person", "people", "folks",
            "lady", "fellow", "dude");
    /** The reader's words for whoever heads a body ("the boss of Halvex", "Halvex's head"). */
    private static final String HEAD_WORDS = "(?:boss|head|chief|leader)";
    private static final Pattern HEAD_OF = Pattern.compile(HEAD_WORDS + " of (.+)");
    private static final Pattern BODY_HEAD = Pattern.compile("(.+) " + HEAD_WORDS);
    /** Words of a role that head a body. */
    private static final Set<String> HEAD_TITLES = Set.of("chief", "executive", "ceo", "director", "head",
            "chairman", "chairwoman", "chair", "president", "founder", "owner", "manager", "boss");
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson",
            "press secretary", "spokesmen", "spokeswomen", "spokespeople");

    private static final String SPOKESPERSON_WORDS = "(?:spokesman|spokeswoman|spokesperson|spokesmen|spokeswomen|"
            + "spokespeople)";
    private static final Pattern SPOKESPERSON_WORD = Pattern.compile("\\b" + SPOKESPERSON_WORDS + "\\b");
    private static final Pattern BODY_SPOKESPERSON = Pattern.compile("(.+) " + SPOKESPERSON_WORDS);
    private static final Pattern SPOKESPERSON_FOR = Pattern.compile(SPOKESPERSON_WORDS + " (?:for|of|at) (.+)");

    private SpeakerQuery() {
    }

    public static double match(String asked, Speaker speaker) {
        return match(asked(asked), key(speaker, List.of()));
    }

    /** The speaker's names as {@link #match} and {@link #byTitledName} compare them, to compute once. */
    static SpeakerKey key(Speaker speaker) {
        return key(speaker, nameWords(speaker.name()));
    }

    /**
     * The key with {@code words} as the name's words an honorific may name: {@link #match} on its own, called for
     * passages' speakers while answering, passes none and so does not split the name for a fallback it never makes.
     */
    private static SpeakerKey key(Speaker speaker, List<String> words) {
        String name = normalise(speaker.name());
        String mention = normalise(speaker.mention());
        return new SpeakerKey(name, mention, speaker.role() == null ? "" : normalise(speaker.role()), initials(name),
                lastWord(name), lastWord(mention), words.isEmpty() ? "" : words.get(0),
                words.isEmpty() ? "" : words.get(words.size() - 1), described(speaker.name()));
    }

    /** A name someone asks about, prepared once for comparing with many speakers' {@linkplain #key keys}. */
    static AskedName asked(String asked) {
        String s = normalise(asked);
        return new AskedName(s, lastWord(s), " " + s, s.length() > 1 && !s.contains(" "), lastWord(body(s)),
                possessed(asked), headed(s), owner(asked));
    }

    /** The last word of a possessive's owner, normalised: "authority" of "the safety authority's spokeswoman". */
    private static String owner(String asked) {
        String lower = Folding.lowerCase(asked);
        Matcher m = POSSESSIVE.matcher(lower);
        return m.find() ? lastWord(normalise(lower.substring(0, m.start()))) : "";
    }

    /**
     * Whether a role gives what a possessive asks for with its owner after it: "spokeswoman for the authority" for
     * "the safety authority's spokeswoman", "lawyer of the family" for "the family's lawyer".
     */
    private static boolean ownedRole(String role, AskedName asked) {
        return !asked.owner().isEmpty() && (role.startsWith(asked.possessed() + " for ")
                || role.startsWith(asked.possessed() + " of ")) && role.endsWith(" " + asked.owner());
    }

    /** What a possessive asks about, normalised: "lawyer" of "Quill's lawyer"; empty without a possessive. */
    private static String possessed(String asked) {
        String lower = Folding.lowerCase(asked);
        Matcher m = POSSESSIVE.matcher(lower);
        return m.find() ? normalise(lower.substring(m.end())) : "";
    }

    /** For an honorific and one name ("Mr. Ban"), that name in lower case; otherwise empty. */
    static String titledWord(String asked) {
        Matcher titled = TITLED.matcher(asked.strip());
        return titled.matches() ? Folding.lowerCase(titled.group(1)) : "";
    }

    /**
     * {@link #match} of a name {@linkplain #asked prepared} against a speaker's {@link #key}. One word asked fits a
     * name that begins with it as well as one that ends with it (0.9): "Brightwell" is "Brightwell Coatings", whose
     * statements the article gives under that name, as "Chen" is "Maya Chen".
     */
    static double match(AskedName asked, SpeakerKey key) {
        String s = asked.normalised();
        if (s.isEmpty()) {
            return 0;
        }
        String role = key.role();
        boolean roleFits = !role.isEmpty() && (s.equals(role) || endsRole(role, asked) || roleHolds(role, s)
                || asked.possessed().isEmpty() && (ofForm(role, s) || clauseForm(role, s)));
        if (!roleFits && !asked.possessed().isEmpty() && (role.equals(asked.possessed()) || ownedRole(role, asked))) {
            return 0.9;
        }
        if (headOf(asked.headed(), role) || speaksForAsked(s, role)) {
            return 1;
        }
        boolean initials = asked.mayBeInitials() && s.equals(key.initials());
        if (s.equals(key.name()) || s.equals(key.mention()) || roleFits || initials) {
            return 1;
        }
        boolean sameLast = (asked.lastWord().equals(key.nameLast()) || asked.lastWord().equals(key.mentionLast()))
                && (key.described() || !otherFirstName(s, key.name()));
        boolean firstWord = !s.contains(" ") && !key.described() && key.name().startsWith(s + " ");
        return sameLast && (!key.described() || !s.contains(" ") || within(key.name(), s)) || speaksFor(body(s), role)
                || firstWord ? 0.9 : 0;
    }

    /**
     * Whether {@code asked} names another person than a speaker named {@code speakerName} though they share a
     * surname: both have a first name, and they differ ("Ann Hart" is not "Tom Hart"; see {@link #otherFirstName}).
     */
    public static boolean anotherPerson(String asked, String speakerName) {
        return otherFirstName(normalise(asked), normalise(speakerName));
    }

    /**
     * Whether two names of two words or more begin with different first names, neither found in the other name
     * ("Hillary Clinton", "Bill Clinton"; but "Jersey Gov. Chris Christie" is "Chris Christie"): then the same
     * surname is another person. A first word that is an honorific or an office ("President Clinton", "Secretary
     * Clinton") is no first name.
     */
    private static boolean otherFirstName(String asked, String name) {
        String[] a = SPACES.split(asked);
        String[] n = SPACES.split(name);
        return a.length > 1 && n.length > 1 && !List.of(a).contains(n[0]) && !List.of(n).contains(a[0])
                && !NOT_FIRST_NAMES.contains(a[0]) && !NOT_FIRST_NAMES.contains(n[0]);
    }

    /**
     * Whether every word of a description but its last is one of the asked name's, or one of reach a reader leaves
     * out ("the regional ambulance service" fits "the ambulance service"): "the anonymous source" fits "a source",
     * "the French leader" does not fit "the band leader" though both end in "leader".
     */
    private static boolean within(String description, String asked) {
        List<String> askedWords = List.of(SPACES.split(asked));
        String[] words = SPACES.split(description);
        for (int i = 0; i < words.length - 1; i++) {
            if (!askedWords.contains(words[i]) && !SCOPE_WORDS.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the role ends with the asked name as its head ("Kremlin spokesman" for "spokesman"), not in a phrase
     * after a preposition: "speaking to the Sunday Times" names whom the speaker spoke to, not the speaker, and
     * neither the Sunday Times nor "The Times".
     */
    private static boolean endsRole(String role, AskedName asked) {
        if (!role.endsWith(asked.spaced())) {
            return false;
        }
        String before = role.substring(0, role.length() - asked.spaced().length()).strip();
        return Arrays.stream(SPACES.split(before)).noneMatch(PREPOSITIONS::contains);
    }

    /**
     * Whether a role holds every word of the asked one and ends as it does: "the former defence minister" fits
     * "former Russian defence minister", as "the defence minister" does (by its end); "the former minister" does not
     * fit "prime minister". A role with a preposition is someone's post at a place ("economist at the Tax Foundation's
     * policy center"), not that place.
     */
    private static boolean roleHolds(String role, String asked) {
        return asked.contains(" ") && lastWord(asked).equals(lastWord(role)) && within(asked, role)
                && Arrays.stream(SPACES.split(role)).noneMatch(PREPOSITIONS::contains);
    }

    /**
     * Whether a role names the asked description's post with the body after it: "chair of the Merrow Cove board of
     * selectmen" for "the board chair", "president of the riders union" for "the union president" — the role opens
     * with the asked last word and a preposition, and holds each other word asked.
     */
    private static boolean ofForm(String role, String asked) {
        String[] words = SPACES.split(LEADING_ARTICLE.matcher(asked).replaceFirst(""));
        if (words.length < 2) {
            return false;
        }
        String head = words[words.length - 1];
        Matcher post = Pattern.compile(Pattern.quote(head) + " (?:of|for|at) (.+)").matcher(role);
        List<String> body = List.of(SPACES.split(post.matches() ? post.group(1) : ""));
        return post.matches() && Arrays.stream(words, 0, words.length - 1).allMatch(body::contains);
    }

    /**
     * Whether a role that is a relative clause names the asked description's post by its verb: "who owns ferraro's
     * trattoria on dock street" for "the trattoria owner", "who runs the shelter" for "the shelter manager" does
     * not (another verb) — the asked last word less "-er"/"-or" begins the verb (or the reverse), and the role holds
     * each other word asked.
     */
    private static boolean clauseForm(String role, String asked) {
        String[] words = SPACES.split(LEADING_ARTICLE.matcher(asked).replaceFirst(""));
        String[] clause = SPACES.split(role);
        if (words.length < 2 || clause.length < 3 || !clause[0].equals("who")) {
            return false;
        }
        String post = words[words.length - 1].replaceFirst("(?:er|or)$", "");
        String verb = clause[1].replaceFirst("(?:es|s|ed)$", "");
        List<String> rest = List.of(clause).subList(2, clause.length);
        return post.length() >= 3 && verb.length() >= 3 && (verb.startsWith(post) || post.startsWith(verb))
                && Arrays.stream(words, 0, words.length - 1)
                .allMatch(w -> rest.stream().anyMatch(r -> r.startsWith(w)));
    }

    /** The body whose head a normalised "boss of halvex", "head of the agency" or "halvex boss" asks for, or "". */
    private static String headed(String normalised) {
        Matcher of = HEAD_OF.matcher(normalised);
        if (of.matches()) {
            return LEADING_ARTICLE.matcher(of.group(1)).replaceFirst("");
        }
        Matcher before = BODY_HEAD.matcher(normalised);
        return before.matches() ? before.group(1) : "";
    }

    /**
     * Whether a role heads the {@linkplain #headed body} asked about: it holds every word of the body and a title of
     * one who heads it ("Halvex's chief executive", "director of the water agency").
     */
    private static boolean headOf(String body, String role) {
        if (body.isEmpty() || role.isEmpty()) {
            return false;
        }
        List<String> roleWords = List.of(SPACES.split(role));
        return roleWords.containsAll(List.of(SPACES.split(body))) && roleWords.stream().anyMatch(HEAD_TITLES::contains);
    }

    /**
     * Whether a role is a spokesperson's for the body a normalised "public works spokeswoman" or "spokesman for the
     * port" asks about: it holds every word of the body and any word for a spokesperson ("spokesperson for the city's
     * public works department"), whichever of them the reader used.
     */
    private static boolean speaksForAsked(String normalised, String role) {
        Matcher before = BODY_SPOKESPERSON.matcher(normalised);
        Matcher after = SPOKESPERSON_FOR.matcher(normalised);
        String body = before.matches() ? before.group(1) : after.matches() ? after.group(1) : "";
        if (body.isEmpty() || role.isEmpty()) {
            return false;
        }
        List<String> roleWords = List.of(SPACES.split(role));
        return roleWords.containsAll(List.of(SPACES.split(LEADING_ARTICLE.matcher(body).replaceFirst(""))))
                && roleWords.stream().anyMatch(SPOKESPEOPLE::contains);
    }

    /** Whether a speaker's name is a description, its last word in lower case ("the band leader", "officials"). */
    private static boolean described(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        String last = n.substring(space + 1);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0));
    }

    /**
     * The body a casual "the Kremlin guy" or "the White House people" asks about (of a normalised name); the name
     * itself otherwise.
     */
    private static String body(String asked) {
        String last = lastWord(asked);
        int cut = asked.length() - last.length() - 1;
        return cut > 0 && SOMEONE.contains(last) ? asked.substring(0, cut) : asked;
    }

    /**
     * Whether a speaker's role is a spokesperson of the body asked about ("Kremlin spokesman" for "the Kremlin",
     * "White House press secretary" for "the White House"): the body speaks through them.
     */
    static boolean speaksFor(String body, String role) {
        return !body.isEmpty() && body.equals(spokenFor(role));
    }

    /**
     * The body a (normalised) role is the spokesperson of ("white house" for "white house press secretary"), or
     * empty for any other role.
     */
    /** Whether a normalised role or name holds a word for a spokesperson ("spokeswoman for the port"). */
    static boolean isSpokesperson(String normalised) {
        return SPOKESPERSON_WORD.matcher(normalised).find();
    }

    static String spokenFor(String role) {
        for (String office : SPOKESPEOPLE) {
            if (role.endsWith(" " + office)) {
                return role.substring(0, role.length() - office.length() - 1);
            }
        }
        return "";
    }

    /** {@link #byTitledName} of a name's {@link #titledWord} against a speaker's {@link #key}. */
    static boolean byTitledWord(String word, SpeakerKey key) {
        return !word.isEmpty() && (key.firstWord().equals(word) || key.lastWord().equals(word));
    }

    /**
     * Whether {@code asked} names the speaker by the initials of its name alone ("the IMF" for "the International
     * Monetary Fund"): the one kind of match in which the asked name appears nowhere in the speaker's name.
     */
    public static boolean byInitials(String asked, Speaker speaker) {
        return isInitials(normalise(asked), normalise(speaker.name()));
    }

    /**
     * Whether {@code asked} is an honorific and one name ("Mr. Ban", "Dr. Jones") that is the first or the last
     * word of the speaker's name (a generational suffix aside): "Mr. Ban" for "Ban Ki-moon", whose family name comes
     * first, "Mr. King" for "Martin Luther King Jr.". A name's hyphenated word counts as one ("Mr. Moon" is not
     * "Ban Ki-moon"). Meant as a fallback: a first name is a weak sign of who is meant.
     */
    static boolean byTitledName(String asked, Speaker speaker) {
        return byTitledWord(titledWord(asked), key(speaker));
    }

    /** The words of a name, lower case, split at spaces only, without a leading article or a trailing suffix. */
    private static List<String> nameWords(String name) {
        String n = NOT_NAME_WORD.matcher(Folding.lowerCase(name)).replaceAll(" ").strip();
        List<String> words = List.of(SPACES.split(LEADING_ARTICLE.matcher(n).replaceFirst("")));
        boolean suffix = words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1));
        return suffix ? words.subList(0, words.size() - 1) : words;
    }

    /** Lower case, without possessive, punctuation or a leading article. */
    public static String normalise(String name) {
        String n = POSSESSIVE.matcher(Folding.lowerCase(name)).replaceAll("");
        n = PLURAL_POSSESSIVE.matcher(n).replaceAll("");
        n = NOT_NAME.matcher(n).replaceAll(" ").strip();
        n = LEADING_ARTICLE.matcher(n).replaceFirst("");
        return SPACES.matcher(n).replaceAll(" ");
    }

    private static boolean isInitials(String asked, String name) {
        return asked.length() > 1 && !asked.contains(" ") && asked.equals(initials(name));
    }

    /** The first letters of a normalised name's words; empty for a name of one word, which has no initials. */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        return initials.length() > 1 ? initials.toString() : "";
    }

    private static String lastWord(String s) {
        int space = s.lastIndexOf(' ');
        return space < 0 ? s : s.substring(space + 1);
    }
}
