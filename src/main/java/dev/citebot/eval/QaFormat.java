package dev.citebot.eval;

/** The QA JSONL formats {@link QaFile} reads; each is judged by its own definition (see {@link QaJudge}). */
public enum QaFormat {
    /** {@code quote_contains}, {@code speaker_any}: the seed and PolNeAR who-said questions. */
    SEED,
    /** {@code answers}, {@code plausible}, {@code title}: SQuAD 2.0 questions, each scoped to its article. */
    SQUAD,
    /** {@code speaker}, {@code contents}, {@code title}: "What did X say?", right on a five-word run of X's words. */
    SAYWHAT
}
