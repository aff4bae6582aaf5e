package dev.citebot.attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Picks the main reporting clause of a sentence: the first construction attached to a quotation, else the first
 * one whose speaker resolves. A document or another unnamed noun phrase as speaker ("Polls show that ...") ("The article claims that ...") only relays what a later
 * speaker in its content says ("... a source has advised the newspaper that ..."), so a later named speaker or
 * person wins over it (a pronoun does not: "The statement noted they had said ..." stays with the statement).
 */
final class MainClause {

    private MainClause() {
    }

    /** Resolves candidates only as far as needed, each at most once (a pronoun's resolution reads back). */
    static <T> Optional<T> choose(List<Candidate> candidates, Function<Candidate, Optional<T>> resolve) {
        List<Optional<T>> resolved = new ArrayList<>(Collections.nCopies(candidates.size(), null));
        Function<Integer, Optional<T>> at = i -> {
            if (resolved.get(i) == null) {
                resolved.set(i, resolve.apply(candidates.get(i)));
            }
            return resolved.get(i);
        };
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).attached() && at.apply(i).isPresent()) {
                return at.apply(i);
            }
        }
        Optional<T> document = Optional.empty();
        for (int i = 0; i < candidates.size(); i++) {
            Phrase.Kind kind = candidates.get(i).phrase().kind();
            boolean named = kind == Phrase.Kind.NAME || kind == Phrase.Kind.PERSON;
            boolean wanted = document.isEmpty() || named;
            if (!wanted || at.apply(i).isEmpty()) {
                continue;
            }
            if (document.isEmpty() && (kind == Phrase.Kind.DOCUMENT || kind == Phrase.Kind.OTHER)) {
                document = at.apply(i);
            } else {
                return at.apply(i);
            }
        }
        return document;
    }
}
