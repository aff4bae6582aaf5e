package dev.citebot.attribute;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Picks the main reporting clause of a sentence: the first construction attached to a quotation, else the first
 * one whose speaker resolves. A document as speaker ("The article claims that ...") only relays what a later
 * speaker in its content says ("... a source has advised the newspaper that ..."), so a later named speaker or
 * person wins over it (a pronoun does not: "The statement noted they had said ..." stays with the statement).
 */
final class MainClause {

    private MainClause() {
    }

    static <T> Optional<T> choose(List<Candidate> candidates, Function<Candidate, Optional<T>> resolve) {
        List<Optional<T>> resolved = candidates.stream().map(resolve).toList();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).attached() && resolved.get(i).isPresent()) {
                return resolved.get(i);
            }
        }
        Optional<T> document = Optional.empty();
        for (int i = 0; i < candidates.size(); i++) {
            if (resolved.get(i).isEmpty()) {
                continue;
            }
            Phrase.Kind kind = candidates.get(i).phrase().kind();
            boolean named = kind == Phrase.Kind.NAME || kind == Phrase.Kind.PERSON;
            if (document.isEmpty() && kind == Phrase.Kind.DOCUMENT) {
                document = resolved.get(i);
            } else if (document.isEmpty() || named) {
                return resolved.get(i);
            }
        }
        return document;
    }
}
